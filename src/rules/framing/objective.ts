import { defineRule } from '../define-rule.js';
import { approachOf, requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'framing/objective',
  meta: {
    description: 'An ML or hybrid design without an ML objective.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      'Step 2 of the framework, Frame the Problem, translates the business goal into an ML objective: what exactly the model predicts or ' +
        'optimises (e.g. "Predict user engagement score for each movie" for a goal of retention). The objective decides the labels to ' +
        'collect, the loss to train on and the offline metrics to report; a model without one tends to optimise whatever was easy to ' +
        'measure. A purely traditional design has no model and needs none.',
    details:
      'Reports when `approach` is `ml` or `hybrid` and `framing.ml_objective` is absent or empty. With no `approach` (or another one) ' +
        'the rule says nothing.',
    messages: {
      missing: 'approach `{{approach}}` without an ML objective: say what the model predicts or optimises in `framing.ml_objective`',
    },
    examples: {
      valid: [
        {
          title: 'An objective stated',
          yaml: 'approach: ml\nframing:\n  ml_objective: Predict the probability that a payment is fraudulent\n',
          findings: [],
        },
        { title: 'A rules engine needs none', yaml: 'approach: traditional\nframing:\n  output: Tax owed\n', findings: [] },
      ],
      invalid: [
        {
          title: 'A hybrid with no objective',
          yaml: 'approach: hybrid\nframing:\n  output: Fraud score\n',
          findings: [
            {
              line: 2,
              column: 1,
              message: 'approach `hybrid` without an ML objective: say what the model predicts or optimises in `framing.ml_objective`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const approach = approachOf(context.design);
    if (approach === 'ml' || approach === 'hybrid') requirePresent(context, ['framing', 'ml_objective'], 'missing', { approach });
  },
});
