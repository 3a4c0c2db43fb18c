import { quoteValue } from '../../schema/describe.js';
import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import { comparableName, textsOf, valueAt } from '../functions/index.js';

const SUCCESS_METRICS: DataPath = ['requirements', 'success_metrics'];

/** Where a success metric counts as followed after launch. */
const FOLLOWED_IN: readonly DataPath[] = [
  ['evaluation', 'online_metrics'],
  ['monitoring', 'business'],
];

export default defineRule({
  id: 'traceability/success-metric',
  meta: {
    description: 'A success metric from step 1 is neither evaluated online nor monitored.',
    severity: 'warn',
    rationale:
      'Step 1 says how success is measured; steps 5 and 7 are where it is actually measured. A success metric that no A/B test reads and no business dashboard tracks is a promise nobody checks: the team will optimise NDCG and report CTR while the goal was retention. Naming the same metric in `evaluation.online_metrics` or `monitoring.business` keeps the thread from goal to launch to production.',
    details: [
      'Each item of `requirements.success_metrics` (one text or a list) must equal an item of `evaluation.online_metrics` or of `monitoring.business`.',
      'Names are compared ignoring case, punctuation and white space, so `Click-through rate` equals `click through rate`, but not `CTR`: an abbreviation or a synonym is a different name, so write the metric the same way in both places.',
      'One finding per unmatched metric, at that item. Items that are not text, or that have no letters or digits, are skipped.',
    ].join('\n'),
    messages: {
      untraced: 'success metric `{{metric}}` is neither an online metric (`evaluation.online_metrics`) nor a business metric (`monitoring.business`): measure it after launch',
    },
    examples: {
      valid: [
        {
          title: 'Each success metric is measured online or monitored',
          yaml: 'requirements:\n  success_metrics: [Watch time, Subscriber retention]\nevaluation:\n  online_metrics: [CTR, watch-time]\nmonitoring:\n  business: [Subscriber Retention]\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A success metric nobody measures',
          yaml: 'requirements:\n  success_metrics: [Watch time, Subscriber retention]\nevaluation:\n  online_metrics: [CTR, Watch time]\n',
          findings: [
            {
              line: 2,
              column: 33,
              message: 'success metric `Subscriber retention` is neither an online metric (`evaluation.online_metrics`) nor a business metric (`monitoring.business`): measure it after launch',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const followed = new Set(FOLLOWED_IN.flatMap((path) => textsOf(valueAt(context.design, path)).map(comparableName)));
    const declared = valueAt(context.design, SUCCESS_METRICS);
    const items: { text: string; path: DataPath }[] = Array.isArray(declared)
      ? declared.flatMap((item, index) => (typeof item === 'string' || typeof item === 'number' ? textsOf(item) : []).map((text) => ({ text, path: [...SUCCESS_METRICS, index] })))
      : textsOf(declared).map((text) => ({ text, path: SUCCESS_METRICS }));
    for (const { text, path } of items) {
      const name = comparableName(text);
      if (name === '' || followed.has(name)) continue;
      context.report({ messageId: 'untraced', path, data: { metric: quoteValue(text.trim()) } });
    }
  },
});
