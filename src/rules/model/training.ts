import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'model/training',
  meta: {
    description: 'The design gives no training cadence.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      'An ML algorithm is trained once; an ML system is improved continuously. Training frequency is one of the framework\'s key ' +
        'considerations for model training (e.g. "Daily batch + real-time updates"): it decides how stale the model may get, what ' +
        'compute and pipelines training needs, and how retraining triggers from monitoring (step 7) are acted on.',
    messages: { missing: 'no training cadence: say how and how often the model is trained in `model.training`' },
    examples: {
      valid: [{ title: 'A cadence stated', yaml: 'model:\n  training: Daily batch + real-time updates\n', findings: [] }],
      invalid: [
        {
          title: 'No training plan',
          yaml: 'mlsys: 1\nmodel:\n  architecture: Two-tower neural network\n',
          findings: [
            { line: 2, column: 1, message: 'no training cadence: say how and how often the model is trained in `model.training`' },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['model', 'training'], 'missing');
  },
});
