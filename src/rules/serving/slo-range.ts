import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import { formatPath, isWithin, latencySlos, quantityAt, USUAL_SLO_RANGES, valueAt } from '../functions/index.js';

const written = (value: unknown): string => (typeof value === 'string' ? value.trim() : String(value));

export default defineRule({
  id: 'serving/slo-range',
  meta: {
    description: 'An SLO target is worse than the usual range: slower, less available, costlier or under more load.',
    severity: 'info',
    rationale:
      'The framework gives typical serving targets: p50 < 50ms, p99 < 200ms, 1K–100K requests per second, 99.9%–99.99% availability, and ' +
        '$0.001–$0.01 per prediction. A target worse than them is not wrong (a fraud check may afford 500ms, an internal tool 99% ' +
        'availability), but it is worth a second look in review: it is either a deliberate trade-off worth writing down, or a typo.',
    details: [
      "One finding per target worse than usual, at the target's value; bounds are inclusive. A target better than usual (a 3ms median, a " +
        '$0.00001 prediction, 99.999% availability, a few requests per second) is no finding:',
      '',
      '| field | usual |',
      '|---|---|',
      ...USUAL_SLO_RANGES.map((range) => `| \`${formatPath(range.path)}\` | ${range.text} |`),
      '',
      'Values are converted first (`0.3s` is 300ms, `600K rpm` is 10K rps); latency targets written as `deployment.slo.latency: {p50, ' +
        'p99}` are judged the same way. Costs are judged only in USD; other currencies are not converted and not judged. Values that do ' +
        'not parse are skipped here and reported by `serving/slo-consistency`.',
    ].join('\n'),
    messages: { outside: '`{{field}}` {{value}} is {{worse}} ({{range}})' },
    examples: {
      valid: [
        {
          title: 'Targets within the usual ranges',
          yaml: 'deployment:\n  slo:\n    latency_p50: 50ms\n    latency_p99: 200ms\n    throughput: 10K rps\n    availability: ' +
            '99.9%\n    cost_per_prediction: $0.001\n',
          findings: [],
        },
        {
          title: 'Targets better than usual are no finding',
          yaml: 'deployment:\n  slo:\n    latency: {p50: 3ms, p99: 10ms}\n    throughput: 50 rps\n    availability: 99.999%\n    ' +
            'cost_per_prediction: $0.00001\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A slow p99 and a low availability',
          yaml: 'deployment:\n  slo:\n    latency_p99: 500ms\n    availability: 99%\n',
          findings: [
            { line: 3, column: 18, message: '`deployment.slo.latency_p99` 500ms is slower than usual (at most 200ms)' },
            { line: 4, column: 19, message: '`deployment.slo.availability` 99% is less available than usual (at least 99.9%)' },
          ],
        },
      ],
    },
  },
  check(context) {
    const latencies = latencySlos(context.design);
    for (const range of USUAL_SLO_RANGES) {
      // A latency target may be written nested (`latency: {p99: …}`): judge it where it is.
      const path: DataPath =
        range.kind === 'duration' ? (latencies.find((slo) => slo.percentile.flat === range.path.at(-1))?.path ?? range.path) : range.path;
      const quantity = quantityAt(context.design, path, range.kind);
      if (!quantity) continue;
      if (range.currency !== undefined && quantity.currency !== range.currency) continue;
      if (isWithin(quantity.value, range)) continue;
      context.report({
        messageId: 'outside',
        path,
        data: { field: formatPath(path), value: written(valueAt(context.design, path)), range: range.text, worse: range.worse },
      });
    }
  },
});
