import { formatPath } from '../../schema/describe.js';
import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import { isAbove, isPresent, parseQuantityField, QUANTITY_FIELDS, quantityAt, valueAt } from '../functions/index.js';

const P50: DataPath = ['deployment', 'slo', 'latency_p50'];
const P99: DataPath = ['deployment', 'slo', 'latency_p99'];
const REQUIRED_LATENCY: DataPath = ['requirements', 'latency'];

/** A value as the author wrote it, for quoting in a message. */
const written = (value: unknown): string => (typeof value === 'string' ? value.trim() : String(value));

export default defineRule({
  id: 'serving/slo-consistency',
  meta: {
    description: 'SLOs contradict each other or the requirements, or a quantity does not parse.',
    severity: 'error',
    rationale:
      'Step 1 states what the product needs ("< 200ms for recommendations"); step 6 promises what the serving stack delivers. When the promise is looser than the need, the design already fails its own requirement; when the median is slower than the 99th percentile, one of the numbers is a typo. And a target that cannot be read (`200` — milliseconds? seconds?) cannot be checked by anyone, human or tool.',
    details: [
      'Three checks, each reported at the value that is wrong:',
      '',
      '- **Unparseable quantities.** Every quantity field — `requirements.latency`, `requirements.scale.users`, `.items`, `.peak_rps`, `.events_per_day`, and `deployment.slo.latency_p50`, `.latency_p99`, `.throughput`, `.availability`, `.cost_per_prediction` — that holds a value which does not parse as its kind (duration, count, rate, percentage, money; `peak_rps` also takes a plain count such as `10K`, since its name gives the unit). The message is the parser\'s, e.g. a bare number is told which unit to add. Empty values are left to the rules for missing fields.',
      '- **p50 above p99.** `latency_p50` greater than `latency_p99` (both parsed to milliseconds, so `0.3s` vs `200ms` counts). Reported at `latency_p50`.',
      '- **Looser than the requirement.** `requirements.latency` is read as an upper bound whatever its comparator (`< 200ms`, `<= 200ms` and `200ms` all mean at most 200ms). The SLO compared with it is `latency_p99`, or `latency_p50` when there is no p99. An SLO greater than the requirement is reported at the SLO value; an equal one is fine.',
      '',
      'Values are compared after conversion to a common unit, ignoring floating-point noise.',
    ].join('\n'),
    messages: {
      unparseable: '`{{field}}`: {{problem}}',
      p50AboveP99: '`deployment.slo.latency_p50` {{p50}} is above `deployment.slo.latency_p99` {{p99}}: the median cannot be slower than the 99th percentile',
      looserThanRequirement: '`{{field}}` {{slo}} is looser than the requirement `requirements.latency` {{requirement}}',
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
          findings: [{ line: 5, column: 18, message: '`deployment.slo.latency_p99` 300ms is looser than the requirement `requirements.latency` < 200ms' }],
        },
        {
          title: 'A median above the 99th percentile',
          yaml: 'deployment:\n  slo: {latency_p50: 250ms, latency_p99: 200ms}\n',
          findings: [
            {
              line: 2,
              column: 22,
              message: '`deployment.slo.latency_p50` 250ms is above `deployment.slo.latency_p99` 200ms: the median cannot be slower than the 99th percentile',
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
    for (const field of QUANTITY_FIELDS) {
      const { path } = field;
      const value = valueAt(design, path);
      if (!isPresent(value)) continue;
      const parsed = parseQuantityField(field, value);
      if (!parsed.ok) context.report({ messageId: 'unparseable', path, data: { field: formatPath(path), problem: parsed.message } });
    }

    const p50 = quantityAt(design, P50, 'duration');
    const p99 = quantityAt(design, P99, 'duration');
    if (p50 && p99 && isAbove(p50.value, p99.value)) {
      context.report({ messageId: 'p50AboveP99', path: P50, data: { p50: written(valueAt(design, P50)), p99: written(valueAt(design, P99)) } });
    }

    const requirement = quantityAt(design, REQUIRED_LATENCY, 'duration');
    if (!requirement) return;
    const sloPath = isPresent(valueAt(design, P99)) ? P99 : P50;
    const slo = quantityAt(design, sloPath, 'duration');
    if (slo && isAbove(slo.value, requirement.value)) {
      context.report({
        messageId: 'looserThanRequirement',
        path: sloPath,
        data: { field: formatPath(sloPath), slo: written(valueAt(design, sloPath)), requirement: written(valueAt(design, REQUIRED_LATENCY)) },
      });
    }
  },
});
