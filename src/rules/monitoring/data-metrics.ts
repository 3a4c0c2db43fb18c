import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'monitoring/data-metrics',
  meta: {
    description: 'No data metrics are monitored.',
    severity: 'warn',
    rationale:
      'A model is only as good as the data it is fed in production, and that data changes without anyone deploying anything: an upstream ' +
        "team renames a field, a tracker breaks, a new market brings new users. The framework's data metrics — input data distribution, " +
        "missing values, feature statistics, data freshness and schema violations — catch this before the model's outputs quietly degrade.",
    details: 'Reports when `monitoring.data` is absent or empty.',
    messages: {
      missing:
        "no data metrics: list what watches the model's inputs (distribution, missing values, freshness, schema violations) in " +
          '`monitoring.data`',
    },
    traditionalMessages: {
      missing:
        "no data metrics: list what watches the service's inputs and reference data (missing values, freshness, schema violations) in " +
          '`monitoring.data`',
    },
    examples: {
      valid: [{ title: 'Freshness and missing values', yaml: 'monitoring:\n  data: [Missing values, Data freshness]\n', findings: [] }],
      invalid: [
        {
          title: 'Only system metrics',
          yaml: 'monitoring:\n  system: [Latency]\n',
          findings: [
            {
              line: 1,
              column: 1,
              message:
                "no data metrics: list what watches the model's inputs (distribution, missing values, freshness, schema violations) in " +
                  '`monitoring.data`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['monitoring', 'data'], 'missing');
  },
});
