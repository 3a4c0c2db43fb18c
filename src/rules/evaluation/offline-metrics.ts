import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'evaluation/offline-metrics',
  meta: {
    description: 'The design names no offline metrics.',
    severity: 'error',
    approaches: ['ml', 'hybrid'],
    rationale:
      "Offline evaluation on a held-out test set is the framework's gate before deployment: fast, cheap and reproducible. Metrics such " +
        'as precision/recall, AUC-ROC or NDCG decide which model is good enough to put in front of users at all and whether it beats the ' +
        'baseline; without them every model version goes to production untested, so this rule is an error.',
    messages: {
      missing: 'no offline metrics: list the metrics computed on held-out data before deployment in `evaluation.offline_metrics`',
    },
    examples: {
      valid: [{ title: 'Ranking metrics', yaml: 'evaluation:\n  offline_metrics: [Recall@K, NDCG, Hit Rate]\n', findings: [] }],
      invalid: [
        {
          title: 'Only online metrics',
          yaml: 'evaluation:\n  online_metrics: [CTR]\n',
          findings: [
            {
              line: 1,
              column: 1,
              message: 'no offline metrics: list the metrics computed on held-out data before deployment in `evaluation.offline_metrics`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['evaluation', 'offline_metrics'], 'missing');
  },
});
