import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'requirements/business-goal',
  meta: {
    description: 'The requirements state no business goal.',
    severity: 'warn',
    rationale:
      'Step 1 of the framework, Clarify Requirements, starts with "what are we optimising?". A production ML system exists to produce ' +
        'actionable results for the business, not predictions for their own sake; without a stated goal (e.g. "Increase user engagement ' +
        'and retention") there is nothing to derive success metrics, the ML objective or trade-offs between accuracy, latency and cost ' +
        'from.',
    messages: { missing: 'no business goal: say what the business wants to achieve in `requirements.business_goal`' },
    examples: {
      valid: [{ title: 'A goal stated', yaml: 'requirements:\n  business_goal: Increase user engagement and retention\n', findings: [] }],
      invalid: [
        {
          title: 'Metrics without a goal',
          yaml: 'mlsys: 1\nrequirements:\n  success_metrics: [Subscriber retention]\n',
          findings: [
            { line: 2, column: 1, message: 'no business goal: say what the business wants to achieve in `requirements.business_goal`' },
          ],
        },
        {
          title: 'A goal still to be written',
          yaml: 'requirements:\n  business_goal: TBD\n',
          findings: [{ line: 2, column: 18, message: '`requirements.business_goal` is `TBD`: say what the business wants to achieve' }],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['requirements', 'business_goal'], 'missing');
  },
});
