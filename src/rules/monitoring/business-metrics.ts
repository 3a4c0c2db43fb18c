import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'monitoring/business-metrics',
  meta: {
    description: 'No business metrics are monitored.',
    severity: 'warn',
    rationale:
      "The system exists for the business goal stated in step 1, not for its offline metrics. The framework's business metrics — " +
        'click-through rate, conversion rate, revenue impact, user satisfaction, engagement — show whether it still serves that goal ' +
        'after launch, when the A/B test is long over.',
    details:
      'Reports when `monitoring.business` is absent or empty. Whether they cover the success metrics of step 1 is ' +
        "`traceability/success-metric`'s business.",
    messages: {
      missing:
        'no business metrics: list what shows the system still serves the business goal (CTR, conversion, revenue, engagement) in ' +
          '`monitoring.business`',
    },
    examples: {
      valid: [{ title: 'Engagement metrics', yaml: 'monitoring:\n  business: [Daily active users, Watch time]\n', findings: [] }],
      invalid: [
        {
          title: 'Only system metrics',
          yaml: 'monitoring:\n  system: [Latency]\n',
          findings: [
            {
              line: 1,
              column: 1,
              message:
                'no business metrics: list what shows the system still serves the business goal (CTR, conversion, revenue, engagement) ' +
                  'in `monitoring.business`',
            },
          ],
        },
        {
          title: 'A business metric that is not tracked',
          yaml: 'monitoring:\n  business: [Revenue is not tracked]\n',
          findings: [
            {
              line: 2,
              column: 13,
              message:
                '`monitoring.business` is `Revenue is not tracked`: list what shows the system still serves the business goal (CTR, ' +
                  'conversion, revenue, engagement)',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['monitoring', 'business'], 'missing');
  },
});
