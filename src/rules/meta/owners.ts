import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'meta/owners',
  meta: {
    description: 'The design names no owners.',
    severity: 'warn',
    rationale:
      'An ML system is never finished: unlike an algorithm that is trained once, it needs continuous improvement, retraining when data ' +
        'drifts, and someone to answer its alerts. A design without owners has nobody accountable for those decisions or for reviewing ' +
        'the design itself. Name the teams or people in `owners`.',
    messages: { missing: 'no owners: name the teams or people accountable for the system in `owners`' },
    examples: {
      valid: [{ title: 'A team owns the system', yaml: 'mlsys: 1\nname: Fraud detection\nowners: [risk-ml-team]\n', findings: [] }],
      invalid: [
        {
          title: 'Nobody named',
          yaml: 'mlsys: 1\nname: Fraud detection\n',
          findings: [{ line: 1, column: 1, message: 'no owners: name the teams or people accountable for the system in `owners`' }],
        },
        {
          title: 'An empty list counts as none',
          yaml: 'mlsys: 1\nname: Fraud detection\nowners: []\n',
          findings: [{ line: 3, column: 9, message: 'no owners: name the teams or people accountable for the system in `owners`' }],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['owners'], 'missing');
  },
});
