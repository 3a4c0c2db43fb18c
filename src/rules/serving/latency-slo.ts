import { defineRule } from '../define-rule.js';
import { latencySlos, saysSomething, servingModes } from '../functions/index.js';

const PLACEHOLDER_ADVICE = 'Add `deployment.slo.latency_p99: 200ms` (a placeholder: write the target the service must meet)';

export default defineRule({
  id: 'serving/latency-slo',
  meta: {
    description: 'Online or streaming serving has no latency SLO.',
    severity: 'error',
    rationale:
      'When someone waits for the prediction, latency is part of the product: the framework puts it first among serving concerns, with ' +
      'typical targets of p50 < 50ms and p99 < 200ms. Without a latency objective nobody can tell whether a bigger model, a feature ' +
      'lookup or a second ranking stage still fits, and nobody is alerted when it stops fitting.',
    details:
      'Reports when `deployment.mode` is `online` or `streaming` and neither `deployment.slo.latency_p50` nor ' +
      '`deployment.slo.latency_p99` is set. Batch and edge serving, and designs without a mode, are not checked (`serving/mode` ' +
      'reports a missing mode). The finding points at `deployment.slo.latency_p99`, or the nearest part of it that exists.',
    messages: { missing: '{{mode}} serving without a latency SLO: set `deployment.slo.latency_p99` (and `latency_p50`)' },
    fixes: {
      suggestions:
        'The suggestion adds `latency_p99: 200ms` as the first key of `deployment.slo`, or `slo: {latency_p99: 200ms}` to ' +
          "`deployment` when it has no `slo`: a placeholder (the framework's typical p99) that the author must replace with the target " +
          'the service must meet.',
    },
    examples: {
      valid: [
        { title: 'Online serving with a p99 target', yaml: 'deployment:\n  mode: online\n  slo: {latency_p99: 200ms}\n', findings: [] },
        { title: 'Batch scoring needs no latency SLO', yaml: 'deployment:\n  mode: batch\n', findings: [] },
      ],
      invalid: [
        {
          title: 'Online serving with only a throughput target',
          yaml: 'deployment:\n  mode: online\n  slo:\n    throughput: 10K rps\n',
          findings: [
            { line: 3, column: 3, message: 'online serving without a latency SLO: set `deployment.slo.latency_p99` (and `latency_p50`)' },
          ],
        },
      ],
    },
  },
  check(context) {
    const mode = servingModes(context.design).find((candidate) => candidate === 'online' || candidate === 'streaming');
    if (mode === undefined) return;
    if (latencySlos(context.design).some((slo) => saysSomething(slo.value))) return;
    // Two ways in: the engine offers whichever fits the design (a `slo` mapping, or none yet).
    context.report({
      messageId: 'missing',
      path: ['deployment', 'slo', 'latency_p99'],
      data: { mode },
      suggestions: [
        {
          desc: PLACEHOLDER_ADVICE,
          edit: { kind: 'insert-key', parentPath: ['deployment', 'slo'], key: 'latency_p99', valueText: '200ms' },
        },
        {
          desc: PLACEHOLDER_ADVICE,
          edit: { kind: 'insert-key', parentPath: ['deployment'], key: 'slo', valueText: '{latency_p99: 200ms}' },
        },
      ],
    });
  },
});
