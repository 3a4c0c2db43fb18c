import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'requirements/success-metrics',
  meta: {
    description: 'The requirements name no success metric.',
    severity: 'error',
    rationale:
      'A requirements document and its success metrics are the key outputs of step 1 of the framework. Success metrics say, in business ' +
        'terms, how everyone will know the system works (time spent watching, subscriber retention, fraud losses); offline metrics such ' +
        'as NDCG or AUC only matter insofar as they move them. Without them, evaluation (step 5) and business monitoring (step 7) have ' +
        'nothing to aim at, which is why this rule is an error.',
    messages: { missing: 'no success metrics: say how success is measured in business terms in `requirements.success_metrics`' },
    examples: {
      valid: [
        {
          title: 'Business metrics named',
          yaml: 'requirements:\n  success_metrics: [Time spent watching, Subscriber retention]\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A goal but no way to measure it',
          yaml: 'requirements:\n  business_goal: Reduce fraud losses\n',
          findings: [
            {
              line: 1,
              column: 1,
              message: 'no success metrics: say how success is measured in business terms in `requirements.success_metrics`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['requirements', 'success_metrics'], 'missing');
  },
});
