import { quoteValue } from '../../schema/describe.js';
import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import { metricName, sameMetric, textsOf, valueAt } from '../functions/index.js';

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
      'Each item of `requirements.success_metrics` (one text or a list) must name the same metric as an item of `evaluation.online_metrics` or of `monitoring.business`. Two names are the same metric when:',
      '',
      '- they are equal ignoring case, punctuation and white space (`Click-through rate` and `click through rate`);',
      '- all the words of one appear in the other, ignoring `of`, `per`, `the` and similar words and endings such as `-ing` and plural `-s` (`Retention` and `Subscriber retention`; `Watch time` and `Time spent watching`);',
      '- one is the initials of the other (`CTR` and `Click-through rate`, `DAU` and `Daily active users`).',
      '',
      'A synonym is a different name (`Churn` is not `Retention`): write the metric the same way in both places.',
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
        {
          title: 'The same metrics in other words: fewer words, other endings, initials',
          yaml: 'requirements:\n  success_metrics: [Time spent watching, Subscriber retention, Click-through rate]\nevaluation:\n  online_metrics: [CTR, Watch time, Retention]\n',
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
    const followed = FOLLOWED_IN.flatMap((path) => textsOf(valueAt(context.design, path)).map(metricName));
    const declared = valueAt(context.design, SUCCESS_METRICS);
    const items: { text: string; path: DataPath }[] = Array.isArray(declared)
      ? declared.flatMap((item, index) => (typeof item === 'string' || typeof item === 'number' ? textsOf(item) : []).map((text) => ({ text, path: [...SUCCESS_METRICS, index] })))
      : textsOf(declared).map((text) => ({ text, path: SUCCESS_METRICS }));
    for (const { text, path } of items) {
      const name = metricName(text);
      if (name.compact === '' || followed.some((other) => sameMetric(name, other))) continue;
      context.report({ messageId: 'untraced', path, data: { metric: quoteValue(text.trim()) } });
    }
  },
});
