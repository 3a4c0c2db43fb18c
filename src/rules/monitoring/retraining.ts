import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'monitoring/retraining',
  meta: {
    description: 'No retraining trigger or cadence.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      '"When to retrain?" is one of the two questions the framework asks of step 7, and retraining triggers are among its outputs. The ' +
        'world a model learnt from keeps moving; a design that monitors drift but never says when a new model is trained only documents ' +
        'the decline. A cadence ("weekly"), a trigger ("when feature drift PSI > 0.2") or both close the loop.',
    details:
      'Reports when `monitoring.retraining` is absent or empty. `model.training` (how a model is trained) does not count: this rule asks ' +
        'when the production model is replaced.',
    messages: {
      missing:
        'no retraining plan: say when the model is retrained (a cadence, a trigger such as drift, or both) in `monitoring.retraining`',
    },
    examples: {
      valid: [
        {
          title: 'A cadence and a drift trigger',
          yaml: 'monitoring:\n  retraining: Weekly, or when feature drift PSI > 0.2\n',
          findings: [],
        },
        { title: 'A rules engine is not asked', yaml: 'approach: traditional\nmonitoring:\n  system: [Latency]\n', findings: [] },
      ],
      invalid: [
        {
          title: 'Drift watched but never acted on',
          yaml: 'monitoring:\n  data: [Feature drift]\n',
          findings: [
            {
              line: 1,
              column: 1,
              message:
                'no retraining plan: say when the model is retrained (a cadence, a trigger such as drift, or both) in ' +
                  '`monitoring.retraining`',
            },
          ],
        },
        {
          title: 'Never is no plan',
          yaml: 'monitoring:\n  retraining: Never\n',
          findings: [
            {
              line: 2,
              column: 15,
              message: '`monitoring.retraining` is `Never`: say when the model is retrained (a cadence, a trigger such as drift, or both)',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['monitoring', 'retraining'], 'missing');
  },
});
