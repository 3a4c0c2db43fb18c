import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'framing/task-type',
  meta: {
    description: 'The framing names no task type.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      'Step 2 of the framework asks "what type of ML problem is this?". The task type (classification, regression, learning-to-rank, ' +
        'recommendation, forecasting, anomaly detection…) decides the model families worth trying, the offline metrics that make sense ' +
        '(AUC for classification, NDCG for ranking) and the baselines to beat; the report also uses it to find similar designs.',
    messages: { missing: 'no task type: name the kind of ML task (classification, ranking, …) in `framing.task_type`' },
    examples: {
      valid: [{ title: 'A ranking problem', yaml: 'framing:\n  task_type: learning-to-rank\n', findings: [] }],
      invalid: [
        {
          title: 'No task type',
          yaml: 'mlsys: 1\nframing:\n  output: Ranked list of movies\n',
          findings: [
            { line: 2, column: 1, message: 'no task type: name the kind of ML task (classification, ranking, …) in `framing.task_type`' },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['framing', 'task_type'], 'missing');
  },
});
