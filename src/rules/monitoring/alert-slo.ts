import { alertCondition, alertSloMismatches } from '../../design/alert-thresholds.js';
import { defineRule } from '../define-rule.js';

const message = (alert: string, slo: string, target: string, direction: string): string =>
  `alert fires at ${alert} but the ${slo} SLO is ${target}: the alert is ${direction} than the SLO it guards — update one of them`;

export default defineRule({
  id: 'monitoring/alert-slo',
  meta: {
    description: 'An alert threshold on an SLO metric does not match the SLO it guards.',
    severity: 'warn',
    rationale:
      'An alert on an SLO metric is the SLO put to work: it is what wakes someone when the promise of step 6 is broken. When its ' +
        'threshold and the SLO disagree, one of them is wrong, usually because one was changed and the other forgotten. A looser alert ' +
        '("p99 > 300ms" under a 200ms SLO) stays quiet while the SLO is already broken; a tighter one ("p99 > 120ms" under a 180ms SLO) ' +
        'pages people while the service keeps its promise, and teaches them to ignore the page.',
    details: [
      'Reads each item of `monitoring.alerts` and compares it with `deployment.slo` when the alert states exactly one of these thresholds:',
      '',
      '- **a latency percentile**: `p50`, `p90`, `p95`, `p99`, `p99.9`/`p999`, `99th percentile`, or `median` (p50), with a duration it ' +
        'fires above (`>`, `>=`, `above`, `over`, `exceeds`, `greater than`, `more than`, `higher than`, `slower than`, `breaches`, ' +
        '`crosses`): "p99 latency > 120ms for 5 min pages on-call", "Latency p95 above 200 ms", "p99 > 0.2s". The alert must say ' +
        '`latency` (or `response time`), or put the threshold right after the percentile, so "p99 consumer lag > 2 min" is no latency ' +
        'alert. It is compared with the latency target of the same percentile (`latency_p99`, or `latency: {p99}`); an alert on ' +
        '"latency" with no percentile, or naming two percentiles, is compared with nothing.',
      '- **availability** (or `uptime`), with a percentage it fires below (`<`, `<=`, `below`, `under`, `less than`, `lower than`): ' +
        '"availability < 99.9% over 1h". It is compared with `deployment.slo.availability`.',
      '',
      'Values are compared after conversion (`0.2s` is `200ms`); an equal threshold is fine, an alert with levels ("p99 latency > 150ms ' +
        'warns, > 200ms pages") is fine when one level is the SLO (otherwise its first level is compared), and the alert\'s window ("for ' +
        '5 min", "over 1h") is not compared. An alert whose SLO the design does not state, or does not state readably, is left alone. ' +
        'The finding is at the alert.',
      '',
      'Error-rate alerts ("Error rate > 1% for 5 min") are **not** compared with availability, nor are alerts on the error budget or its ' +
        'burn rate: SLO-based alerting pages on how fast the error budget is spent over short and long windows (for a 99.9% target over ' +
        '30 days, a 14.4× burn rate over one hour), so a sound error-rate threshold rarely equals 100% minus the availability target. ' +
        'Matching is English.',
    ].join('\n'),
    messages: {
      mismatch:
        'alert fires at {{alert}} but the {{slo}} SLO is {{target}}: the alert is {{direction}} than the SLO it guards — update one of ' +
          'them',
    },
    examples: {
      valid: [
        {
          title: 'An alert at the p99 SLO, in another unit',
          yaml: 'deployment:\n  slo: {latency_p99: 200ms, availability: 99.9%}\nmonitoring:\n  alerts:\n    - p99 > 0.2s for 5 min pages ' +
            'on-call\n    - Availability < 99.9% over 1h\n',
          findings: [],
        },
        {
          title: 'An error-rate alert and an alert on latency with no percentile',
          yaml: 'deployment:\n  slo: {latency_p99: 200ms, availability: 99.9%}\nmonitoring:\n  alerts: [Error rate > 1% for 5 min, ' +
            'Latency > 150ms for 10 min]\n',
          findings: [],
        },
        {
          title: 'An alert with two levels, one at the SLO',
          yaml: 'deployment:\n  slo: {latency_p99: 200ms}\nmonitoring:\n  alerts: [p99 latency > 150ms notifies the team, > 200ms pages ' +
            'on-call]\n',
          findings: [],
        },
        {
          title: 'An alert on a percentile the SLOs do not state',
          yaml: 'deployment:\n  slo: {latency_p99: 200ms}\nmonitoring:\n  alerts: [p95 latency > 120ms]\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'An alert left at 120ms after the SLO was loosened to 180ms',
          yaml: 'deployment:\n  slo:\n    latency_p99: 180ms\nmonitoring:\n  alerts:\n    - p99 latency > 120ms for 5 min pages on-call\n',
          findings: [{ line: 6, column: 7, message: message('p99 > 120ms', 'p99', '180ms', 'tighter') }],
        },
        {
          title: 'A p95 alert looser than the nested p95 SLO',
          yaml: 'deployment:\n  slo:\n    latency: {p95: 150ms}\nmonitoring:\n  alerts: Latency p95 above 200 ms\n',
          findings: [{ line: 5, column: 11, message: message('p95 > 200 ms', 'p95', '150ms', 'looser') }],
        },
        {
          title: 'An availability alert below the availability SLO',
          yaml: 'deployment:\n  slo: {availability: 99.95%}\nmonitoring:\n  alerts: [availability < 99.9% over 1h]\n',
          findings: [{ line: 4, column: 12, message: message('availability < 99.9%', 'availability', '99.95%', 'looser') }],
        },
      ],
    },
  },
  check(context) {
    for (const mismatch of alertSloMismatches(context.design)) {
      context.report({
        messageId: 'mismatch',
        path: mismatch.alert.path,
        data: {
          alert: alertCondition(mismatch.threshold),
          slo: mismatch.threshold.slo,
          target: mismatch.target.written,
          direction: mismatch.direction,
        },
      });
    }
  },
});
