import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'monitoring/system-metrics',
  meta: {
    description: 'No system metrics are monitored.',
    severity: 'warn',
    rationale:
      "System metrics are the first of the framework's four monitoring categories: CPU/GPU utilisation, memory, request latency, error " +
        'rates and throughput. They show whether the serving stack keeps its SLOs; without them a latency or availability target is a ' +
        'wish, not a commitment.',
    details: 'Reports when `monitoring.system` is absent or empty.',
    messages: {
      missing:
        "no system metrics: list what shows the service's health (CPU/GPU, memory, latency, error rates, throughput) in " +
          '`monitoring.system`',
    },
    examples: {
      valid: [
        { title: 'Latency, throughput and errors', yaml: 'monitoring:\n  system: [Latency, Throughput, Error rates]\n', findings: [] },
      ],
      invalid: [
        {
          title: 'Only business metrics',
          yaml: 'monitoring:\n  business: [CTR]\n',
          findings: [
            {
              line: 1,
              column: 1,
              message:
                "no system metrics: list what shows the service's health (CPU/GPU, memory, latency, error rates, throughput) in " +
                  '`monitoring.system`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['monitoring', 'system'], 'missing');
  },
});
