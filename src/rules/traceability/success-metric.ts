import {
  AUDIENCE_WORDS,
  coversMetric,
  METRIC_ABBREVIATIONS,
  metricName,
  unmatchedTerms,
  type MetricName,
} from '../../design/metric-names.js';
import { isHollowText } from '../../design/hollow.js';
import { formatPath, quoteValue } from '../../design/describe.js';
import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import { isNegatedItem, successMetrics, textsOf, valueAt } from '../functions/index.js';

/** Where a success metric counts as followed after launch. */
const FOLLOWED_IN: readonly DataPath[] = [
  ['evaluation', 'online_metrics'],
  ['monitoring', 'business'],
];

/**
 * A metric the design follows after launch, and where it is written. Its name is prepared
 * when first compared: a success metric is usually found among the first items, and the
 * others are then never read.
 */
class Followed {
  private prepared: MetricName | undefined;

  constructor(
    readonly text: string,
    readonly field: DataPath,
  ) {}

  get name(): MetricName {
    return (this.prepared ??= metricName(this.text));
  }
}

/** The abbreviations the rule knows, as a Markdown table for its docs. */
const ABBREVIATION_DOCS = [
  '| abbreviation | stands for |',
  '|---|---|',
  ...METRIC_ABBREVIATIONS.map(({ abbreviation, meaning }) => `| \`${abbreviation}\` | ${meaning} |`),
].join('\n');

/** The audience words, for the docs. */
const AUDIENCE_DOC = AUDIENCE_WORDS.map((word) => `\`${word}\``).join(', ');

const MESSAGE_END =
  'is neither an online metric (`evaluation.online_metrics`) nor a business metric (`monitoring.business`): measure it after launch';

export default defineRule({
  id: 'traceability/success-metric',
  meta: {
    description: 'A success metric from step 1 is neither evaluated online nor monitored.',
    severity: 'warn',
    rationale:
      'Step 1 says how success is measured; steps 5 and 7 are where it is actually measured. A success metric that no A/B test reads and ' +
      'no business dashboard tracks is a promise nobody checks: the team will optimise NDCG and report CTR while the goal was ' +
      'retention. Naming the same metric in `evaluation.online_metrics` or `monitoring.business` keeps the thread from goal to launch ' +
      'to production. The same metric means the same quantity: a dashboard of the delivery rate does not measure the *late* delivery ' +
      'rate, and a decline rate is not the *false* decline rate.',
    details: [
      'Each success metric of `requirements.success_metrics` (one text, a list of texts, or `{name, target}` mappings, read by their ' +
        '`name`) must be named by an item of `evaluation.online_metrics` or of `monitoring.business`. An item names the success metric ' +
        'when:',
      '',
      '- they are equal ignoring case, punctuation and white space (`Click-through rate` and `click through rate`); or',
      '- **every** meaningful word of the success metric is matched in the item (the item may have more: `Watch time` is named by `Watch ' +
        'time per member` and by `Time spent watching`). Words are compared after dropping `of`, `per`, `the` and similar words and the ' +
        'filler words `spent`, `total`, `overall`, `number`, `count`, `amount`, `metric`, `KPI`, `%`, `percent`; after dropping a target ' +
        'written into the name (numbers, units after them, and words such as `reduce`, `increase`, `below`, `above`, `under`, `vs`, ' +
        '`baseline`: `Reduce late deliveries below 3%` is the late delivery rate; `p99` and `D30` are words, not targets); after ' +
        'removing endings such as plural `-s`, `-ing` and `-ed`; after reading `avg` as `average`; and with a word written together ' +
        'matching two written apart (`clickthrough`). A qualifier the item lacks makes it another quantity: `Delivery rate` does not ' +
        "name `Late delivery rate`, `Decline rate` does not name `False decline rate`. A first word naming the product's audience (" +
        AUDIENCE_DOC +
        ', singular or plural) says whose metric it is, not another quantity: `Retention` names `Subscriber retention`. The sides of a ' +
        'marketplace (`Driver`, `Rider`, `Merchant`, `Seller`, `Host`) are qualifiers: `Cancellation rate` does not name `Driver ' +
        'cancellation rate`; or',
      '- one is a single word made of the initials of the other (`LDR` and `Late delivery rate`).',
      '',
      'These abbreviations stand for their meaning on either side (`CTR` names `Click-through rate` and the reverse):',
      '',
      ABBREVIATION_DOCS,
      '',
      'A synonym is a different name (`Churn` is not `Retention`): write the metric the same way in both places. Matching is English. An ' +
        'item that says the metric is not measured ("Revenue is not tracked", "No CTR yet") names nothing. When an item names all but ' +
        'some words of the success metric, the message quotes it and the missing words.',
      'A success metric that lists several quantities (`CTR and watch time`, joined by `and`, `&`, `+`, a comma or a semicolon) is also ' +
        'followed when each of them is, by one item or several.',
      'One finding per unmatched metric, at that item (at its `name` for a mapping). Items that are not text, that have no letters or ' +
        'digits, or that say nothing (`TBD`) are skipped.',
    ].join('\n'),
    messages: {
      untraced: `success metric \`{{metric}}\` ${MESSAGE_END}`,
      partly: `success metric \`{{metric}}\` ${MESSAGE_END}; \`{{near}}\` in \`{{field}}\` is another quantity without {{missing}}`,
    },
    examples: {
      valid: [
        {
          title: 'Each success metric is measured online or monitored',
          yaml:
            'requirements:\n  success_metrics: [Watch time, Subscriber retention]\nevaluation:\n  online_metrics: [CTR, ' +
            'watch-time]\nmonitoring:\n  business: [Subscriber Retention]\n',
          findings: [],
        },
        {
          title: 'The same metrics in other words: more words, other endings, abbreviations',
          yaml:
            'requirements:\n  success_metrics: [Watch time, Click-through rate, Gross merchandise value]\nevaluation:\n  ' +
            'online_metrics: [CTR on the home page, Time spent watching per member]\nmonitoring:\n  business: [GMV]\n',
          findings: [],
        },
        {
          title: 'Success metrics with targets',
          yaml:
            'requirements:\n  success_metrics:\n    - {name: Late delivery rate, target: below 3%}\nmonitoring:\n  business: [Late ' +
            'delivery rate by city]\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A success metric nobody measures',
          yaml: 'requirements:\n  success_metrics: [Watch time, Subscriber retention]\nevaluation:\n  online_metrics: [CTR, Watch time]\n',
          findings: [{ line: 2, column: 33, message: `success metric \`Subscriber retention\` ${MESSAGE_END}` }],
        },
        {
          title: 'A qualifier lost on the way: the delivery rate is not the late delivery rate',
          yaml:
            'requirements:\n  success_metrics:\n    - {name: Late delivery rate, target: below 3%}\nmonitoring:\n  business: ' +
            '[Delivery rate]\n',
          findings: [
            {
              line: 3,
              column: 14,
              message:
                `success metric \`Late delivery rate\` ${MESSAGE_END}; \`Delivery rate\` in \`monitoring.business[0]\` is another ` +
                `quantity without \`Late\``,
            },
          ],
        },
        {
          title: 'A metric the design says it does not track',
          yaml: 'requirements:\n  success_metrics: [Revenue]\nmonitoring:\n  business: [Revenue is not tracked yet, Orders]\n',
          findings: [{ line: 2, column: 21, message: `success metric \`Revenue\` ${MESSAGE_END}` }],
        },
      ],
    },
  },
  check(context) {
    const followed: Followed[] = [];
    for (const path of FOLLOWED_IN) {
      const value = valueAt(context.design, path);
      textsOf(value).forEach((text, index) => {
        if (isNegatedItem(text)) return;
        followed.push(new Followed(text, Array.isArray(value) ? [...path, index] : path));
      });
    }
    for (const metric of successMetrics(context.design)) {
      const text = metric.name.trim();
      if (isHollowText(text) || isNegatedItem(text)) continue;
      const name = metricName(text);
      if (name.compact === '' || isFollowed(name, followed) || partsFollowed(text, followed)) continue;
      // An item whose own words are all in the success metric names it but for a qualifier: say which.
      const near = followed.find((other) => other.name.words.length > 0 && coversMetric(other.name, name));
      const missing = near === undefined ? [] : unmatchedTerms(name, near.name);
      if (near === undefined || missing.length === 0) {
        context.report({ messageId: 'untraced', path: metric.path, data: { metric: quoteValue(text) } });
        continue;
      }
      const words = missing.map((word) => `\`${quoteValue(originalCase(text, word))}\``);
      context.report({
        messageId: 'partly',
        path: metric.path,
        data: { metric: quoteValue(text), near: quoteValue(near.text.trim()), field: formatPath(near.field), missing: words.join(' and ') },
      });
    }
  },
});

/** Whether an item that is followed after launch names the metric. */
function isFollowed(name: MetricName, followed: readonly Followed[]): boolean {
  return followed.some((other) => coversMetric(name, other.name));
}

/** Where a success metric lists several quantities ("CTR and watch time"). A slash is no list: "Revenue / user" is one quantity. */
const LIST_SEPARATOR = /\s+(?:and|&|\+)\s+|\s*[,;]\s+/i;

/** Whether a success metric that lists several quantities has each of them followed, by one item or several. */
function partsFollowed(text: string, followed: readonly Followed[]): boolean {
  const parts = text.split(LIST_SEPARATOR).filter((part) => part.trim() !== '');
  if (parts.length < 2) return false;
  return parts.every((part) => {
    const name = metricName(part);
    return name.words.length > 0 && isFollowed(name, followed);
  });
}

/** A lower-cased word as the text writes it (`late` → `Late`). */
function originalCase(text: string, word: string): string {
  const at = text.normalize('NFKC').toLowerCase().indexOf(word);
  return at < 0 ? word : text.normalize('NFKC').slice(at, at + word.length);
}
