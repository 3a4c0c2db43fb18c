import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'monitoring/model-metrics',
  meta: {
    description: 'No model metrics are monitored.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      "A model can answer fast and without errors while answering wrongly. The framework's model metrics — prediction distribution, " +
        'confidence scores, online accuracy where labels arrive, model drift and changes in feature importance — are what show that the ' +
        'model still behaves as it did when it was evaluated.',
    details: 'Reports when `monitoring.model` is absent or empty.',
    messages: {
      missing:
        'no model metrics: list what watches the predictions (distribution, confidence, online accuracy, drift) in `monitoring.model`',
    },
    examples: {
      valid: [
        {
          title: 'Prediction distribution and confidence',
          yaml: 'monitoring:\n  model: [Prediction distribution, Confidence scores]\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Only system metrics',
          yaml: 'monitoring:\n  system: [Latency]\n',
          findings: [
            {
              line: 1,
              column: 1,
              message:
                'no model metrics: list what watches the predictions (distribution, confidence, online accuracy, drift) in ' +
                  '`monitoring.model`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['monitoring', 'model'], 'missing');
  },
});
