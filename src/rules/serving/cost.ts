import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'serving/cost',
  meta: {
    description: 'No cost target per prediction.',
    severity: 'warn',
    rationale:
      'The framework counts cost among the concerns that separate an ML system from an ML algorithm (accuracy + latency + cost + ' +
        'reliability), with $0.001–$0.01 per prediction as the usual range. Without a budget, a larger model or a GPU fleet looks free ' +
        'until the bill arrives, and there is no way to tell whether the business value pays for the serving.',
    details:
      'Reports when `deployment.slo.cost_per_prediction` is absent or empty, whatever the serving mode. A value that does not parse as ' +
        'money is reported by `serving/slo-consistency`.',
    messages: { missing: 'no cost target: set the budget per prediction, e.g. `$0.001`, in `deployment.slo.cost_per_prediction`' },
    traditionalMessages: { missing: 'no cost target: set the budget per request, e.g. `$0.0001`, in `deployment.slo.cost_per_prediction`' },
    examples: {
      valid: [{ title: 'A cost target', yaml: 'deployment:\n  slo:\n    cost_per_prediction: $0.001\n', findings: [] }],
      invalid: [
        {
          title: 'Latency but no cost',
          yaml: 'deployment:\n  slo:\n    latency_p99: 200ms\n',
          findings: [
            {
              line: 2,
              column: 3,
              message: 'no cost target: set the budget per prediction, e.g. `$0.001`, in `deployment.slo.cost_per_prediction`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['deployment', 'slo', 'cost_per_prediction'], 'missing');
  },
});
