import { defineRule } from '../define-rule.js';
import { formatPath, isAbove, latencySlos, quantityAt, servingModes } from '../functions/index.js';

/** Below this, a latency target is a request's latency, not a job's run time. */
const ONE_SECOND_MS = 1000;

export default defineRule({
  id: 'serving/batch-latency',
  meta: {
    description: 'Batch-only serving with a millisecond latency SLO.',
    severity: 'warn',
    rationale:
      'A batch job computes predictions ahead of time and writes them somewhere; nobody waits on a request, so it has no request ' +
        'latency. A target such as `latency_p99: 200ms` on a batch-only design either belongs to a path the design does not declare (an ' +
        'online lookup of the precomputed results, a real-time model for fresh users), or it was copied from another design. Either way ' +
        "the reader cannot tell what is promised: the job's run time, the freshness of its output, or the latency of an online read.",
    details: [
      'Reports when `deployment.mode` includes `batch` and neither `online` (or `real-time`) nor `streaming`, and a latency target of ' +
        '`deployment.slo` (`latency_p50` … `latency_p999`, flat or under `latency:`) is under one second. One finding per design, at the ' +
        'highest such percentile.',
      '',
      'Targets of a second or more ("job completes within 2h", `latency_p99: 30 min`) describe a job and are fine; so is any target when ' +
        'the design also serves online or streaming. If the millisecond target is the latency of reading the precomputed results, add ' +
        '`online` to `deployment.mode` (serving precomputed predictions is an online path); otherwise replace it with what the batch job ' +
        'promises, such as its run time or the freshness of its output.',
    ].join('\n'),
    messages: {
      requestLatencyInBatch:
        "`{{field}}` {{target}} is a request latency, but the design serves only in batch: say what the target measures (the job's run " +
          'time, the freshness of its output) or add an online path to `deployment.mode`',
    },
    examples: {
      valid: [
        { title: 'A batch job with a run-time target', yaml: 'deployment:\n  mode: batch\n  slo:\n    latency_p99: 2h\n', findings: [] },
        {
          title: 'Batch scoring with an online read path',
          yaml: 'deployment:\n  mode: [batch, online]\n  slo:\n    latency_p99: 50ms\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A nightly batch job with a 200ms p99',
          yaml: 'deployment:\n  mode: batch\n  slo:\n    latency_p50: 50ms\n    latency_p99: 200ms\n',
          findings: [
            {
              line: 5,
              column: 18,
              message:
                '`deployment.slo.latency_p99` 200ms is a request latency, but the design serves only in batch: say what the target ' +
                  "measures (the job's run time, the freshness of its output) or add an online path to `deployment.mode`",
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const { design } = context;
    const modes = servingModes(design);
    if (!modes.includes('batch') || modes.includes('online') || modes.includes('streaming')) return;
    const subSecond = latencySlos(design).filter((slo) => {
      const quantity = quantityAt(design, slo.path, 'duration');
      return quantity !== undefined && isAbove(ONE_SECOND_MS, quantity.value);
    });
    const highest = subSecond.at(-1);
    if (!highest) return;
    const target = typeof highest.value === 'string' ? highest.value.trim() : String(highest.value);
    context.report({ messageId: 'requestLatencyInBatch', path: highest.path, data: { field: formatPath(highest.path), target } });
  },
});
