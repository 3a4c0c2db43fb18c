import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'data/sources',
  meta: {
    description: 'The design names no data sources.',
    severity: 'error',
    rationale:
      'Step 3 of the framework, Data Preparation, begins with "what data do we have?". In a production system the model sees raw, messy ' +
        'real-world data, and data collection alone is one of the largest parts of the effort. Without named sources (e.g. watch ' +
        'history, ratings, search queries) nobody can judge whether the inputs of step 2 can be built, how fresh they are, or whether ' +
        'there is enough data to learn from, so this rule is an error.',
    messages: { missing: 'no data sources: list where the data comes from in `data.sources`' },
    examples: {
      valid: [{ title: 'Sources listed', yaml: 'data:\n  sources: [Watch history, Ratings, Search queries]\n', findings: [] }],
      invalid: [
        {
          title: 'Features without sources',
          yaml: 'data:\n  features: [User embeddings]\n',
          findings: [{ line: 1, column: 1, message: 'no data sources: list where the data comes from in `data.sources`' }],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['data', 'sources'], 'missing');
  },
});
