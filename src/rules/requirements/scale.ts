import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'requirements/scale',
  meta: {
    description: 'The requirements give no scale.',
    severity: 'warn',
    rationale:
      'Step 1 of the framework asks for the scale of the system (e.g. "200M+ users, 15K+ titles"). Scale decides most of the design that ' +
        'follows: whether candidates must be retrieved before ranking, batch or online serving, the throughput to provision (1K–100K ' +
        'requests per second is typical), how far to auto-scale, and what each prediction may cost. Give users, items, peak requests per ' +
        'second or events per day.',
    messages: {
      missing:
        'no scale: give users, items, `peak_rps` or the dimensions of your domain (e.g. `orders_per_day: 2M`) in `requirements.scale`',
    },
    examples: {
      valid: [
        {
          title: 'Users, items and peak load',
          yaml: 'requirements:\n  scale: {users: 200M, items: 15K, peak_rps: 10K rps}\n',
          findings: [],
        },
        {
          title: "Scale in the domain's own terms",
          yaml: 'requirements:\n  scale: {orders_per_day: 2M, couriers: 150K, peak_qps: 5K}\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'No scale',
          yaml: 'requirements:\n  business_goal: Increase engagement\n',
          findings: [
            {
              line: 1,
              column: 1,
              message:
                'no scale: give users, items, `peak_rps` or the dimensions of your domain (e.g. `orders_per_day: 2M`) in ' +
                  '`requirements.scale`',
            },
          ],
        },
        {
          title: 'An empty mapping counts as none',
          yaml: 'mlsys: 1\nrequirements:\n  scale: {}\n',
          findings: [
            {
              line: 3,
              column: 10,
              message:
                'no scale: give users, items, `peak_rps` or the dimensions of your domain (e.g. `orders_per_day: 2M`) in ' +
                  '`requirements.scale`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['requirements', 'scale'], 'missing');
  },
});
