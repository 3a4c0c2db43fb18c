import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'evaluation/online-metrics',
  meta: {
    description: 'The design names no online metrics.',
    severity: 'warn',
    rationale:
      'Offline metrics may not reflect real-world performance. The framework pairs them with online evaluation on live traffic ' +
        '(click-through rate, conversion, revenue, engagement), which is slower and riskier but measures the real impact on the business ' +
        'goal of step 1. Online metrics are also what an experiment (A/B test) compares and what ties the model back to the success ' +
        'metrics.',
    messages: {
      missing: 'no online metrics: list the metrics measured on live traffic (e.g. CTR, conversion) in `evaluation.online_metrics`',
    },
    examples: {
      valid: [{ title: 'Live-traffic metrics', yaml: 'evaluation:\n  online_metrics: [CTR, Watch time, Retention]\n', findings: [] }],
      invalid: [
        {
          title: 'Offline metrics only',
          yaml: 'mlsys: 1\nevaluation:\n  offline_metrics: [AUC]\n',
          findings: [
            {
              line: 2,
              column: 1,
              message: 'no online metrics: list the metrics measured on live traffic (e.g. CTR, conversion) in `evaluation.online_metrics`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['evaluation', 'online_metrics'], 'missing');
  },
});
