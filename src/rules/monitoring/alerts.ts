import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'monitoring/alerts',
  meta: {
    description: 'No alerts are defined.',
    severity: 'warn',
    rationale:
      'Metrics nobody is told about are only noticed after users complain. An alert names a condition and who is paged, e.g. "p99 ' +
        'latency > 200ms for 5 min pages on-call".',
    messages: { missing: 'no alerts: say which conditions page whom in `monitoring.alerts`' },
    examples: {
      valid: [
        {
          title: 'An alert with a threshold and a receiver',
          yaml: 'monitoring:\n  alerts: [p99 latency > 200ms for 5 min pages on-call]\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Metrics without alerts',
          yaml: 'monitoring:\n  system: [Latency, Error rates]\n',
          findings: [{ line: 1, column: 1, message: 'no alerts: say which conditions page whom in `monitoring.alerts`' }],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['monitoring', 'alerts'], 'missing');
  },
});
