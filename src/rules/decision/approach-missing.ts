import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'decision/approach-missing',
  meta: {
    description: 'The design does not say whether it builds ML, a traditional system or a hybrid.',
    severity: 'warn',
    rationale:
      'ML is not always the answer: when data is scarce, rules are simple and well defined, or every decision must be explained, a ' +
        'traditional approach is cheaper and safer. Stating the `approach` (`ml`, `traditional` or `hybrid`) records that choice so that ' +
        'it can be checked against the should-use-ML scorer (`decision/approach-mismatch`) and questioned in review.',
    messages: { missing: 'no approach: say whether the team builds `ml`, `traditional` or `hybrid` in `approach`' },
    examples: {
      valid: [{ title: 'A hybrid of rules and a model', yaml: 'mlsys: 1\nname: Fraud detection\napproach: hybrid\n', findings: [] }],
      invalid: [
        {
          title: 'No approach stated',
          yaml: 'mlsys: 1\nname: Fraud detection\nproblem: {has_patterns: true}\n',
          findings: [
            { line: 1, column: 1, message: 'no approach: say whether the team builds `ml`, `traditional` or `hybrid` in `approach`' },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['approach'], 'missing');
  },
});
