import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'serving/fallback',
  meta: {
    description: 'No fallback for when the model is unavailable or wrong.',
    severity: 'warn',
    rationale:
      'Models time out, fail to load, and sometimes start predicting nonsense. "What happens if the model is wrong?" is one of the framework\'s questions for every system. A fallback (popular items, a rule-based score, the last good model, a cached answer) keeps the product working and is what the availability target really rests on.',
    details: 'Reports when `deployment.fallback` is absent or empty, whatever the serving mode.',
    messages: { missing: 'no fallback: say what is served when the model is unavailable or wrong in `deployment.fallback`' },
    traditionalMessages: { missing: 'no fallback: say what is served when the service is unavailable or a rule release is wrong in `deployment.fallback`' },
    examples: {
      valid: [{ title: 'A fallback to popular titles', yaml: 'deployment:\n  fallback: Popular titles when the ranker is unavailable\n', findings: [] }],
      invalid: [
        {
          title: 'A deployment without a fallback',
          yaml: 'deployment:\n  mode: online\n',
          findings: [{ line: 1, column: 1, message: 'no fallback: say what is served when the model is unavailable or wrong in `deployment.fallback`' }],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['deployment', 'fallback'], 'missing');
  },
});
