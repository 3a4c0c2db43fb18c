import { formatPath } from '../../schema/describe.js';
import { defineRule } from '../define-rule.js';
import { isWithin, quantityAt, USUAL_SLO_RANGES, valueAt } from '../functions/index.js';

const written = (value: unknown): string => (typeof value === 'string' ? value.trim() : String(value));

export default defineRule({
  id: 'serving/slo-range',
  meta: {
    description: 'An SLO target lies outside the usual range.',
    severity: 'info',
    rationale:
      'The framework gives typical serving targets: p50 < 50ms, p99 < 200ms, 1K–100K requests per second, 99.9%–99.99% availability, and $0.001–$0.01 per prediction. A target outside them is not wrong (a fraud check may afford 500ms, an internal tool 99% availability), but it is worth a second look in review: it is either a deliberate trade-off worth writing down, or a typo.',
    details: [
      'One finding per target outside its range, at the target\'s value; bounds are inclusive:',
      '',
      '| field | usual range |',
      '|---|---|',
      ...USUAL_SLO_RANGES.map((range) => `| \`${formatPath(range.path)}\` | ${range.text} |`),
      '',
      'Values are converted first (`0.3s` is 300ms, `600K rpm` is 10K rps). Costs are judged only in USD; other currencies are not converted and not judged. Values that do not parse are skipped here and reported by `serving/slo-consistency`.',
    ].join('\n'),
    messages: { outside: '`{{field}}` {{value}} is outside the usual range ({{range}})' },
    examples: {
      valid: [
        {
          title: 'Targets within the usual ranges',
          yaml: 'deployment:\n  slo:\n    latency_p50: 50ms\n    latency_p99: 200ms\n    throughput: 10K rps\n    availability: 99.9%\n    cost_per_prediction: $0.001\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A slow p99 and a low availability',
          yaml: 'deployment:\n  slo:\n    latency_p99: 500ms\n    availability: 99%\n',
          findings: [
            { line: 3, column: 18, message: '`deployment.slo.latency_p99` 500ms is outside the usual range (at most 200ms)' },
            { line: 4, column: 19, message: '`deployment.slo.availability` 99% is outside the usual range (99.9%–99.99%)' },
          ],
        },
      ],
    },
  },
  check(context) {
    for (const range of USUAL_SLO_RANGES) {
      const quantity = quantityAt(context.design, range.path, range.kind);
      if (!quantity) continue;
      if (range.currency !== undefined && quantity.currency !== range.currency) continue;
      if (isWithin(quantity.value, range)) continue;
      context.report({ messageId: 'outside', path: range.path, data: { field: formatPath(range.path), value: written(valueAt(context.design, range.path)), range: range.text } });
    }
  },
});
