import { defineRule } from '../define-rule.js';
import { requirePresent, saysSomething, valueAt } from '../functions/index.js';

export default defineRule({
  id: 'evaluation/experiment',
  meta: {
    description: 'Online metrics but no experiment plan (A/B test, holdout, interleaving).',
    severity: 'warn',
    rationale:
      'Online metrics move for many reasons: seasonality, marketing campaigns, other launches. Only a controlled experiment (an A/B ' +
        'test, a holdout group, interleaving) attributes a change in CTR or retention to the model. The framework\'s step 5 asks "what ' +
        'experiments to run?" and its example plans "A/B testing with holdout groups"; without a plan, online metrics are watched but ' +
        'prove nothing.',
    details:
      'Reports when `evaluation.online_metrics` is present and `evaluation.experiment` is absent or empty. Designs without online ' +
        'metrics are left to `evaluation/online-metrics`.',
    messages: {
      missing:
        'online metrics but no experiment plan: say how online impact is tested (A/B test, holdout, interleaving) in ' +
          '`evaluation.experiment`',
    },
    examples: {
      valid: [
        {
          title: 'An A/B test',
          yaml: 'evaluation:\n  online_metrics: [CTR]\n  experiment: A/B testing with holdout groups\n',
          findings: [],
        },
        { title: 'No online metrics, nothing to test', yaml: 'evaluation:\n  offline_metrics: [AUC]\n', findings: [] },
      ],
      invalid: [
        {
          title: 'Online metrics without an experiment',
          yaml: 'evaluation:\n  offline_metrics: [NDCG]\n  online_metrics: [CTR, Watch time]\n',
          findings: [
            {
              line: 1,
              column: 1,
              message:
                'online metrics but no experiment plan: say how online impact is tested (A/B test, holdout, interleaving) in ' +
                  '`evaluation.experiment`',
            },
          ],
        },
        {
          title: 'An experiment that is not planned yet',
          yaml: 'evaluation:\n  online_metrics: [CTR]\n  experiment: No A/B test yet\n',
          findings: [
            {
              line: 3,
              column: 15,
              message: '`evaluation.experiment` is `No A/B test yet`: say how online impact is tested (A/B test, holdout, interleaving)',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    if (saysSomething(valueAt(context.design, ['evaluation', 'online_metrics'])))
      requirePresent(context, ['evaluation', 'experiment'], 'missing');
  },
});
