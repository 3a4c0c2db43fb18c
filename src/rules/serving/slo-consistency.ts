import type { LatencySlo } from '../../design/index.js';
import { unitRewrite, type Quantity } from '../../quantity/index.js';
import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import {
  formatPath,
  isAbove,
  isPresent,
  latencySlos,
  parseQuantityField,
  peakLoad,
  quantityAt,
  quantityFields,
  valueAt,
} from '../functions/index.js';

const REQUIRED_LATENCY: DataPath = ['requirements', 'latency'];
const THROUGHPUT: DataPath = ['deployment', 'slo', 'throughput'];
const REQUIRED_AVAILABILITY: DataPath = ['requirements', 'availability'];
const AVAILABILITY: DataPath = ['deployment', 'slo', 'availability'];

/** A value as the author wrote it, for quoting in a message. */
const written = (value: unknown): string => (typeof value === 'string' ? value.trim() : String(value));

export default defineRule({
  id: 'serving/slo-consistency',
  meta: {
    description: 'SLOs contradict each other or the requirements, or a quantity does not parse.',
    severity: 'error',
    rationale:
      'Step 1 states what the product needs ("< 200ms for recommendations"); step 6 promises what the serving stack delivers. When the ' +
      'promise is looser than the need, the design already fails its own requirement; when the median is slower than the 99th ' +
      'percentile, one of the numbers is a typo. And a target that cannot be read (`200` — milliseconds? seconds?) cannot be checked ' +
      'by anyone, human or tool.',
    details: [
      'Five checks, each reported at the value that is wrong:',
      '',
      '- **Unparseable quantities.** Every quantity field — `requirements.latency`, every dimension of `requirements.scale` (the ' +
        'known `users`, `items`, `events_per_day`, `peak_rps` and its aliases `peak_qps`, `peak_tps`, and any other snake_case name, ' +
        'read as a count or a rate), and `deployment.slo`\'s latency targets (`latency_p50`, `latency_p90`, `latency_p95`, ' +
        '`latency_p99`, `latency_p999`, or the same under `latency: {p50, …}`), `throughput`, `availability`, `cost_per_prediction` — ' +
        'that holds a value which does not parse as its kind (docs/format.md, "Quantities"; `peak_rps` and its aliases also take a ' +
        'plain count such as `10K`, since the name gives the unit). A latency target whose text names another percentile (`latency_p50: ' +
        '150ms p99`) is reported too. The message is the parser\'s. Empty values are left to the rules for missing fields.',
      '- **Percentiles out of order.** p50 ≤ p90 ≤ p95 ≤ p99 ≤ p999, among the targets stated (parsed to milliseconds, so `0.3s` vs ' +
        '`200ms` counts). Reported at the lower percentile.',
      '- **Looser than the requirement.** `requirements.latency` is read as an upper bound whatever its comparator (`< 200ms`, `under ' +
        '200ms` and `200ms` all mean at most 200ms). It is compared with the target at the percentile it names (`p95 < 100ms`), else ' +
        'with `latency_p99`, else with the highest target stated below p99. An SLO greater than the requirement is reported at the SLO ' +
        'value; an equal one is fine.',
      '- **Throughput below the peak.** `deployment.slo.throughput` lower than the peak load the requirements state ' +
        '(`requirements.scale.peak_rps`, or `peak_qps` / `peak_tps`), both per second. Reported at the throughput.',
      '- **Availability below the requirement.** `deployment.slo.availability` lower than `requirements.availability` (`99.9%` ' +
        'promised where the product needs `99.95%`). Reported at the SLO.',
      '',
      'Values are compared after conversion to a common unit, ignoring floating-point noise.',
    ].join('\n'),
    messages: {
      unparseable: '`{{field}}`: {{problem}}',
      percentilesOutOfOrder:
        '`{{lowerField}}` {{lower}} is above `{{higherField}}` {{higher}}: the {{lowerName}} latency cannot be slower than the ' +
        '{{higherName}}',
      looserThanRequirement: '`{{field}}` {{slo}} is looser than the requirement `requirements.latency` {{requirement}}',
      throughputBelowPeak:
        '`deployment.slo.throughput` {{slo}} is below the required peak `{{peakField}}` {{peak}}: the service would shed load at peak',
      availabilityBelowRequirement:
        '`deployment.slo.availability` {{slo}} is below the requirement `requirements.availability` {{requirement}}',
    },
    fixes: {
      suggestions:
        'A quantity written as a bare number gets the suggestion to write it with the unit its message names: `0.9995` → `99.95%` and ' +
          '`99.9` → `99.9%` for availability, `200` → `200ms` for a latency, `10K` → `10K rps` for a rate. Suggestions, not fixes: the ' +
          'unit is a guess (`200` might have meant seconds).',
    },
    examples: {
      valid: [
        {
          title: 'SLOs within the requirement',
          yaml: 'requirements:\n  latency: "< 200ms"\ndeployment:\n  slo:\n    latency_p50: 50ms\n    latency_p99: 0.2s\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A p99 looser than the requirement',
          yaml: 'requirements:\n  latency: "< 200ms"\ndeployment:\n  slo:\n    latency_p99: 300ms\n',
          findings: [
            {
              line: 5,
              column: 18,
              message: '`deployment.slo.latency_p99` 300ms is looser than the requirement `requirements.latency` < 200ms',
            },
          ],
        },
        {
          title: 'A median above the 99th percentile',
          yaml: 'deployment:\n  slo: {latency_p50: 250ms, latency_p99: 200ms}\n',
          findings: [
            {
              line: 2,
              column: 22,
              message:
                '`deployment.slo.latency_p50` 250ms is above `deployment.slo.latency_p99` 200ms: the p50 latency cannot be slower than ' +
                'the p99',
            },
          ],
        },
        {
          title: 'A throughput below the required peak',
          yaml: 'requirements:\n  scale: {peak_qps: 5K}\ndeployment:\n  slo:\n    throughput: 2K QPS\n',
          findings: [
            {
              line: 5,
              column: 17,
              message:
                '`deployment.slo.throughput` 2K QPS is below the required peak `requirements.scale.peak_qps` 5K: the service would shed ' +
                'load at peak',
            },
          ],
        },
        {
          title: 'An availability SLO below the required uptime',
          yaml: 'requirements:\n  availability: 99.95%\ndeployment:\n  slo:\n    availability: 99.9%\n',
          findings: [
            {
              line: 5,
              column: 19,
              message: '`deployment.slo.availability` 99.9% is below the requirement `requirements.availability` 99.95%',
            },
          ],
        },
        {
          title: 'A p95 above the p99, written nested',
          yaml: 'deployment:\n  slo:\n    latency: {p50: 40ms, p95: 150ms, p99: 120ms}\n',
          findings: [
            {
              line: 3,
              column: 31,
              message:
                '`deployment.slo.latency.p95` 150ms is above `deployment.slo.latency.p99` 120ms: the p95 latency cannot be slower than ' +
                'the p99',
            },
          ],
        },
        {
          title: 'Quantities without units',
          yaml: 'deployment:\n  slo:\n    latency_p99: 200\n    availability: 99.9\n',
          findings: [
            { line: 3, column: 18, message: '`deployment.slo.latency_p99`: `200` has no unit; write `200ms` (or s, us)' },
            { line: 4, column: 19, message: '`deployment.slo.availability`: `99.9` has no unit; write `99.9%`' },
          ],
        },
      ],
    },
  },
  check(context) {
    const { design } = context;
    for (const field of quantityFields(design)) {
      const { path } = field;
      const value = valueAt(design, path);
      if (!isPresent(value)) continue;
      const parsed = parseQuantityField(field, value);
      if (parsed.ok) continue;
      const rewrite = unitRewrite(field.kind, value);
      const suggestions =
        rewrite === undefined ? [] : [{ desc: `Write \`${rewrite}\``, edit: { kind: 'replace-value' as const, path, value: rewrite } }];
      context.report({
        messageId: 'unparseable',
        path,
        data: { field: formatPath(path), problem: parsed.message },
        ...(rewrite === undefined ? {} : { suggestions }),
      });
    }

    // Each stated percentile against the next higher one that is stated.
    const latencies = latencySlos(design)
      .map((slo) => ({ slo, quantity: quantityAt(design, slo.path, 'duration') }))
      .filter((entry): entry is { slo: LatencySlo; quantity: Quantity } => entry.quantity !== undefined);
    for (let index = 0; index + 1 < latencies.length; index++) {
      const lower = latencies[index]!;
      const higher = latencies[index + 1]!;
      if (!isAbove(lower.quantity.value, higher.quantity.value)) continue;
      context.report({
        messageId: 'percentilesOutOfOrder',
        path: lower.slo.path,
        data: {
          lowerField: formatPath(lower.slo.path),
          lower: written(lower.slo.value),
          higherField: formatPath(higher.slo.path),
          higher: written(higher.slo.value),
          lowerName: lower.slo.percentile.name,
          higherName: higher.slo.percentile.name,
        },
      });
    }

    const requirement = quantityAt(design, REQUIRED_LATENCY, 'duration');
    if (requirement) {
      // Chosen among the targets written, parsed or not: an unreadable p99 is not replaced by the p50.
      const chosen = comparedLatency(latencySlos(design).filter((slo) => isPresent(slo.value)), requirement.percentile);
      // The same objects: `latencySlos` reads a design once.
      const compared = chosen && latencies.find((entry) => entry.slo === chosen);
      if (compared && isAbove(compared.quantity.value, requirement.value)) {
        context.report({
          messageId: 'looserThanRequirement',
          path: compared.slo.path,
          data: {
            field: formatPath(compared.slo.path),
            slo: written(compared.slo.value),
            requirement: written(valueAt(design, REQUIRED_LATENCY)),
          },
        });
      }
    }

    const peak = peakLoad(design);
    const required = peak && quantityAt(design, peak.path, 'rate');
    const throughput = quantityAt(design, THROUGHPUT, 'rate');
    if (peak && required && throughput && isAbove(required.value, throughput.value)) {
      context.report({
        messageId: 'throughputBelowPeak',
        path: THROUGHPUT,
        data: { slo: written(valueAt(design, THROUGHPUT)), peakField: formatPath(peak.path), peak: written(peak.value) },
      });
    }

    const requiredUptime = quantityAt(design, REQUIRED_AVAILABILITY, 'percentage');
    const availability = quantityAt(design, AVAILABILITY, 'percentage');
    if (requiredUptime && availability && isAbove(requiredUptime.value, availability.value)) {
      context.report({
        messageId: 'availabilityBelowRequirement',
        path: AVAILABILITY,
        data: { slo: written(valueAt(design, AVAILABILITY)), requirement: written(valueAt(design, REQUIRED_AVAILABILITY)) },
      });
    }
  },
});

/**
 * The latency target a requirement is compared with: the one at the percentile the
 * requirement names (`p95 < 100ms`), else p99, else the highest stated below p99, else p50.
 */
function comparedLatency(slos: readonly LatencySlo[], percentile: number | undefined): LatencySlo | undefined {
  if (percentile !== undefined) return slos.find((slo) => slo.percentile.percentile === percentile);
  return slos.filter((slo) => slo.percentile.percentile <= 99).at(-1);
}
