import { defineRule } from '../define-rule.js';
import { requirePresent, servingModes } from '../functions/index.js';

export default defineRule({
  id: 'requirements/latency',
  meta: {
    description: 'Online or streaming serving without a latency requirement.',
    severity: 'warn',
    rationale:
      "When someone waits for the prediction, latency is a product requirement, not an implementation detail: the framework's " +
        'recommender needs recommendations in under 200ms. Stated in step 1, the requirement is what the serving SLOs of step 6 must ' +
        'meet (`serving/slo-consistency` compares them), and it rules out models too slow to serve. Batch and edge systems are not ' +
        'asked for one.',
    details:
      'Reports when `deployment.mode` is `online` or `streaming` and `requirements.latency` is absent or empty. Whether the value ' +
        'parses as a duration is checked by `serving/slo-consistency`.',
    messages: {
      missing: '{{mode}} serving without a latency requirement: say how fast answers must be (e.g. "< 200ms") in `requirements.latency`',
    },
    fixes: {
      suggestions:
        'When `requirements` is a mapping without `latency`, the suggestion adds `latency: "< 200ms"` as its first key: a placeholder ' +
          '(the framework\'s example) that the author must replace with the product\'s own target.',
    },
    examples: {
      valid: [
        {
          title: 'Online serving with a latency requirement',
          yaml: 'requirements:\n  latency: "< 200ms"\ndeployment:\n  mode: online\n',
          findings: [],
        },
        {
          title: 'Batch scoring needs none',
          yaml: 'requirements:\n  business_goal: Weekly churn list\ndeployment:\n  mode: batch\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Online serving, no latency requirement',
          yaml: 'requirements:\n  business_goal: Block fraudulent payments\ndeployment:\n  mode: online\n',
          findings: [
            {
              line: 1,
              column: 1,
              message:
                'online serving without a latency requirement: say how fast answers must be (e.g. "< 200ms") in `requirements.latency`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const mode = servingModes(context.design).find((candidate) => candidate === 'online' || candidate === 'streaming');
    // The framework's example target; the suggestion says it is one to replace with the product's own.
    const suggestions = [
      {
        desc: 'Add `requirements.latency: "< 200ms"` (a placeholder: write the product\'s own target)',
        edit: { kind: 'insert-key', parentPath: ['requirements'], key: 'latency', valueText: '"< 200ms"' },
      },
    ] as const;
    if (mode !== undefined) requirePresent(context, ['requirements', 'latency'], 'missing', { mode }, { suggestions });
  },
});
