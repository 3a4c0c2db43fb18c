import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'serving/availability',
  meta: {
    description: 'No availability target.',
    severity: 'warn',
    rationale:
      'Availability is the uptime the serving stack guarantees; the framework gives 99.9%–99.99% as the usual range. It decides how many ' +
        'replicas and regions are needed, how much a fallback matters, and how much error budget a risky rollout may spend.',
    details:
      'Reports when `deployment.slo.availability` is absent or empty, whatever the serving mode. A value that does not parse as a ' +
        'percentage is reported by `serving/slo-consistency`.',
    messages: { missing: 'no availability target: set the uptime to guarantee, e.g. `99.9%`, in `deployment.slo.availability`' },
    examples: {
      valid: [{ title: 'An availability target', yaml: 'deployment:\n  slo:\n    availability: 99.9%\n', findings: [] }],
      invalid: [
        {
          title: 'Latency but no availability',
          yaml: 'deployment:\n  slo:\n    latency_p99: 200ms\n',
          findings: [
            {
              line: 2,
              column: 3,
              message: 'no availability target: set the uptime to guarantee, e.g. `99.9%`, in `deployment.slo.availability`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['deployment', 'slo', 'availability'], 'missing');
  },
});
