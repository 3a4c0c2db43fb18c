import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'model/baseline',
  meta: {
    description: 'The design names no simple or non-ML baseline to beat.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      'The framework warns that ML is not always the answer, and the ML code is a small part of what a production ML system costs. A ' +
        'simple baseline (most-popular items, a heuristic, a logistic regression, the current rules) is the yardstick that shows whether ' +
        'the model earns that cost: offline and online metrics only mean something next to what the simple approach achieves. It is also ' +
        'a natural fallback when the model is unavailable.',
    messages: { missing: 'no baseline: name the simple or non-ML approach the model must beat in `model.baseline`' },
    examples: {
      valid: [
        {
          title: 'A non-ML baseline',
          yaml: 'model:\n  architecture: Two-tower neural network\n  baseline: Most-popular titles per country\n',
          findings: [],
        },
        {
          title: 'A rules engine is not asked for one',
          yaml: 'approach: traditional\nmodel:\n  architecture: Versioned rule tables\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A model with nothing to compare it to',
          yaml: 'model:\n  architecture: Gradient-boosted trees\n',
          findings: [
            { line: 1, column: 1, message: 'no baseline: name the simple or non-ML approach the model must beat in `model.baseline`' },
          ],
        },
        {
          title: 'A baseline that says nothing',
          yaml: 'model:\n  baseline: none\n',
          findings: [
            { line: 2, column: 13, message: '`model.baseline` is `none`: name the simple or non-ML approach the model must beat' },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['model', 'baseline'], 'missing');
  },
});
