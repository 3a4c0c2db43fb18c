import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'serving/throughput',
  meta: {
    description: 'No throughput target.',
    severity: 'warn',
    rationale:
      'Throughput is how many predictions per second the serving stack must sustain; the framework gives 1K–100K requests per second as ' +
        'the usual range. It sizes the fleet, the cache and the feature store, and it is the load a latency SLO must hold under: a p99 ' +
        'measured at 10 rps says little about 10K rps.',
    details:
      'Reports when `deployment.slo.throughput` is absent or empty, whatever the serving mode. A value that does not parse as a rate is ' +
        'reported by `serving/slo-consistency`.',
    messages: { missing: 'no throughput target: set the load to sustain, e.g. `10K rps`, in `deployment.slo.throughput`' },
    examples: {
      valid: [{ title: 'A throughput target', yaml: 'deployment:\n  slo:\n    throughput: 10K rps\n', findings: [] }],
      invalid: [
        {
          title: 'Latency but no throughput',
          yaml: 'deployment:\n  slo:\n    latency_p99: 200ms\n',
          findings: [
            {
              line: 2,
              column: 3,
              message: 'no throughput target: set the load to sustain, e.g. `10K rps`, in `deployment.slo.throughput`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['deployment', 'slo', 'throughput'], 'missing');
  },
});
