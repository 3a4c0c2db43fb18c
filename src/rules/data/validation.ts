import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'data/validation',
  meta: {
    description: 'The design says nothing about data validation or verification.',
    severity: 'warn',
    rationale:
      "Data verification is its own box in the framework's picture of a production ML system, larger than the ML code itself: the model " +
        'is only as good as the raw, messy data it is fed. Schema checks, null-rate and range checks, and freshness checks catch broken ' +
        'upstream pipelines before they silently degrade training or predictions. Say how data is verified in `data.validation`.',
    messages: { missing: 'no data validation: say how data is verified (schema, null rates, ranges, freshness) in `data.validation`' },
    examples: {
      valid: [
        { title: 'Checks listed', yaml: 'data:\n  validation: [Schema checks on events, Null-rate checks per feature]\n', findings: [] },
      ],
      invalid: [
        {
          title: 'Sources but no checks',
          yaml: 'mlsys: 1\ndata:\n  sources: [Card transactions]\n',
          findings: [
            {
              line: 2,
              column: 1,
              message: 'no data validation: say how data is verified (schema, null rates, ranges, freshness) in `data.validation`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['data', 'validation'], 'missing');
  },
});
