import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import { isNegatedItem, textsOf, valueAt } from '../functions/index.js';
import { lowerCaseWords } from '../../design/words.js';

const RETRAINING: DataPath = ['monitoring', 'retraining'];

/** Where a design watches its metrics: every list of `monitoring` but the retraining plan itself. */
const WATCHING: readonly DataPath[] = ['system', 'data', 'model', 'business', 'alerts', 'dashboards'].map((key) => ['monitoring', key]);

/** Words that open a trigger: "when", "if", "whenever", "once", "as soon as", "after", "upon", "unless". */
const OPENER = /\b(?:when(?:ever)?|if|once|as\s+soon\s+as|after|upon|unless)\s+/gi;
const OPENER_ANYWHERE = new RegExp(OPENER.source, 'i');

/** Words of a promotion gate, which decides whether a retrained model ships, not when to retrain. Keep in step with `details`. */
const GATE = /\b(?:promot\w*|deploy\w*|ship\w*|roll(?:ed|s)?\s*back|rollback|beats?|outperform\w*|improv\w*|champion|challenger)\b/i;

/** What states a threshold: a comparison sign, or a verb of change, followed (soon) by a number. Keep in step with `details`. */
const THRESHOLD =
  /(?:>=|<=|≥|≤|>|<)\s*[-+]?\d|\b(?:exceeds?|exceeding|(?:goes|is|gets|stays|rises|rise|climbs|climb|drops?|dropped|falls?|fell|dips?|goes)\s+(?:above|below|under|over|past)|above|below|under|over|beyond|outside|drops?|dropped|falls?|fell|declines?|declined|decreases?|decreased|degrades?|degraded|rises?|rose|increases?|increased|grows?|jumps?|crosses|reaches|hits|(?:more|less|greater|lower|higher|fewer)\s+than)\s+(?:by\s+)?(?:more\s+than\s+|at\s+least\s+|over\s+)?[-+]?\d/i;

/** Where the metric's own name ends: the scope that follows ("recall on matured labels", "PSI > 0.2 in a market"). */
const SCOPE = /\s(?:on|of|in|for|per|by|across|at|within|over|against|vs\.?|versus|from|compared|relative)\s/i;

/** A verb that ends the metric's name ("calibration drifts beyond 5%", "the score distribution shifts"). */
const TRAILING_VERB = /\s+(?:drifts|shifts|moves|changes|worsens|is|are|goes|gets|stays|becomes|has|have|was|were)$/i;

/** Words that say which or where, not what is measured. */
const QUALIFIERS = new Set([
  'the',
  'a',
  'an',
  'any',
  'our',
  'its',
  'their',
  'this',
  'that',
  'model',
  'models',
  'online',
  'offline',
  'live',
  'production',
  'prod',
  'daily',
  'weekly',
  'hourly',
  'monthly',
  'overall',
  'average',
  'avg',
  'mean',
  'median',
  'rolling',
  'feature',
  'features',
  'top',
  'key',
  'main',
  'score',
  'scores',
  'metric',
  'metrics',
  'rate',
  'rates',
  'ratio',
  'value',
  'values',
  'level',
  'measured',
  'observed',
  'estimated',
  'retrain',
  'retraining',
  'retrained',
  'emergency',
  'immediately',
  'also',
  'and',
  'or',
  'only',
  'automatically',
  'trigger',
  'triggered',
  'new',
  'current',
  'data',
]);

/** Names of drift: a trigger on any of them is watched by a monitor that names any of them. Keep in step with `details`. */
const DRIFT_WORDS = new Set(['drift', 'psi', 'ks', 'kl', 'js', 'divergence', 'wasserstein', 'stability', 'shift', 'skew']);

/**
 * A monitor that compares distributions with a reference is a drift check by another name
 * ("Compare feature histograms with the training set").
 */
const HISTOGRAM_OR_DISTRIBUTION = /histogram|distribution/i;
const COMPARED_DISTRIBUTION =
  /\b(?:histograms?|distributions?)\b.*\b(?:compar\w*|training|reference|baseline)\b|\b(?:compar\w*)\b.*\b(?:histograms?|distributions?)\b/i;

/**
 * Words of a trigger on how much data there is or how old the model is, which is counted, not
 * monitored ("when 1M new labels arrive", "model age > 30 days").
 */
const VOLUME_OR_AGE = new Set(['label', 'sample', 'example', 'row', 'record', 'dataset', 'volume', 'age', 'size']);

/** Abbreviations a metric is written as, and the words of their long form. Keep in step with `details`. */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  ctr: ['click', 'through'],
  cvr: ['conversion'],
  auc: ['area', 'curve'],
  ndcg: ['discounted', 'cumulative', 'gain'],
  map: ['mean', 'average', 'precision'],
  mrr: ['reciprocal', 'rank'],
  mae: ['absolute', 'error'],
  rmse: ['root', 'squared', 'error'],
  mape: ['absolute', 'percentage', 'error'],
  gmv: ['gross', 'merchandise'],
  dau: ['daily', 'active', 'user'],
  mau: ['monthly', 'active', 'user'],
  fpr: ['false', 'positive'],
  fnr: ['false', 'negative'],
  tpr: ['true', 'positive'],
};

/** A word without endings that do not change the metric (`labels` → `label`). */
const stem = (word: string): string => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

/** The words of a text, lower-cased and stemmed, with drift's many names made one. */
function wordsOf(text: string): string[] {
  const words = lowerCaseWords(text);
  for (let index = 0; index < words.length; index++) {
    const word = stem(words[index]!);
    words[index] = DRIFT_WORDS.has(word) ? 'drift' : word;
  }
  return words;
}

/** The texts of `monitoring.retraining`, one string or a list, each with where it is. */
function retrainingTexts(design: unknown): { text: string; path: DataPath }[] {
  const value = valueAt(design, RETRAINING);
  if (typeof value === 'string') return [{ text: value, path: RETRAINING }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (typeof item === 'string' ? [{ text: item, path: [...RETRAINING, index] }] : []));
}

/** A metric that a retraining trigger names, with a threshold. */
interface Trigger {
  /** The metric as written: `feature drift PSI`. */
  metric: string;
  /** The words that must be watched. */
  words: string[];
}

/**
 * The metrics that a retraining plan's triggers name with a threshold: "when feature drift
 * PSI > 0.2" names `feature drift PSI`; "if online precision drops below 0.9" names `online
 * precision`. A cadence ("Weekly") names none.
 */
export function retrainingTriggers(text: string): readonly Trigger[] {
  // Remembered by text: designs repeat the same retraining plans ("Weekly").
  let triggers = triggersByText.get(text);
  if (triggers === undefined) {
    triggers = Object.freeze(findTriggers(text));
    if (triggersByText.size >= 10_000) triggersByText.clear();
    triggersByText.set(text, triggers);
  }
  return triggers;
}

const triggersByText = new Map<string, readonly Trigger[]>();

function findTriggers(text: string): Trigger[] {
  const triggers: Trigger[] = [];
  // Each sentence, then each alternative of it: "Weekly; when PSI > 0.2 or online NDCG drops 3%".
  for (const sentence of text.slice(0, 2000).split(/;|\.\s|\n/)) {
    // An opener reaches the alternatives after it: "when PSI > 0.2 or recall drops 10%".
    let opened = false;
    for (const part of sentence.split(/,\s|\s(?:or|and)\s(?!(?:more|less|fewer)\b)/i)) {
      const threshold = THRESHOLD.exec(part);
      const end = threshold ? threshold.index : part.length;
      // The last opener before the threshold starts the metric.
      let start = -1;
      for (const opener of part.matchAll(OPENER)) if (opener.index < end) start = opener.index + opener[0].length;
      if (start >= 0 || OPENER_ANYWHERE.test(part)) opened = true;
      // A promotion gate ("promote only if AUC improves by more than 0.5%") is no trigger.
      if (!threshold || GATE.test(part)) continue;
      // Without an opener, only a comparison sign makes a trigger: "takes under 2 hours" is a fact about the job.
      if (!opened && !/^[<>≤≥]/.test(threshold[0])) continue;
      let head = part.slice(Math.max(start, 0), threshold.index);
      // A parenthesis says how the metric is measured ("shifts (KS p < 0.01)"), not which.
      if (head.includes('(')) head = head.slice(0, head.indexOf('('));
      const scope = SCOPE.exec(` ${head} `);
      const metric = (scope ? ` ${head} `.slice(0, scope.index) : head).trim().replace(TRAILING_VERB, '');
      if (metric === '' || isNegatedItem(metric)) continue;
      const words = wordsOf(metric).filter((word) => word.length > 1 && !QUALIFIERS.has(word) && !/^\d/.test(word));
      if (words.length > 0 && !words.some((word) => VOLUME_OR_AGE.has(word))) triggers.push({ metric, words });
    }
  }
  return triggers;
}

/** Whether a monitor's words cover every word of the trigger's metric, reading abbreviations both ways. */
function watches(monitor: ReadonlySet<string>, trigger: Trigger): boolean {
  return trigger.words.every((word) => {
    if (monitor.has(word)) return true;
    const longForm = ABBREVIATIONS[word];
    if (longForm?.every((part) => monitor.has(part))) return true;
    // The monitor abbreviates what the trigger spells out ("click-through rate" watched by "CTR@10").
    return ABBREVIATIONS_OF_WORD.get(word)?.some((abbreviation) => monitor.has(abbreviation)) ?? false;
  });
}

/** The abbreviations whose long form has a word (`error` → `mae`, `rmse`, `mape`), looked up once rather than per word. */
const ABBREVIATIONS_OF_WORD = new Map<string, string[]>();
for (const [abbreviation, parts] of Object.entries(ABBREVIATIONS)) {
  for (const part of parts) {
    const abbreviations = ABBREVIATIONS_OF_WORD.get(part);
    if (abbreviations === undefined) ABBREVIATIONS_OF_WORD.set(part, [abbreviation]);
    else if (!abbreviations.includes(abbreviation)) abbreviations.push(abbreviation);
  }
}

/** The words a monitoring text watches; none when it negates itself ("No drift check yet"). */
function monitoredWords(text: string): ReadonlySet<string> | undefined {
  if (isNegatedItem(text)) return undefined;
  const words = new Set(wordsOf(text));
  // The words it needs are there first: most monitors name neither histograms nor distributions.
  if (HISTOGRAM_OR_DISTRIBUTION.test(text) && COMPARED_DISTRIBUTION.test(text)) words.add('drift');
  return words;
}

/**
 * Whether some monitoring text watches a trigger's metric. The texts' words are read as
 * needed, in order, and kept for the design's other triggers: the first monitor that watches
 * usually comes early, and the rest are never read.
 */
function isWatched(trigger: Trigger, monitors: readonly string[], words: (ReadonlySet<string> | undefined | null)[]): boolean {
  for (let index = 0; index < monitors.length; index++) {
    let watching = words[index];
    if (watching === null) words[index] = watching = monitoredWords(monitors[index]!);
    if (watching !== undefined && watches(watching, trigger)) return true;
  }
  return false;
}

export default defineRule({
  id: 'monitoring/retraining-trigger',
  meta: {
    description: 'A retraining trigger names a metric that no monitor watches.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      'A trigger ("retrain when online precision drops below 0.9") only fires if someone measures the metric it names. When no monitor, ' +
        'alert or dashboard watches that metric, the trigger is a wish: the model degrades, nothing notices, and it is retrained on the ' +
        'calendar if at all. Either watch the metric in step 7 or trigger on one that is watched.',
    details: [
      'Reads `monitoring.retraining` one alternative at a time (split at `;`, `,`, `.`, `or`, `and`). An alternative is a trigger when ' +
        'it states a threshold: a comparison sign before a number (`PSI > 0.2`), or, after `when`, `whenever`, `if`, `once`, `as soon ' +
        'as`, `after`, `upon` or `unless` earlier in the sentence, a verb of change before a number (`exceeds 10%`, `drops below 0.9`, ' +
        '`falls 5%`, `rises above`, `more than 3`). A promotion gate (words such as `promote`, `deploy`, `ship`, `roll back`, `beats`, ' +
        '`outperforms`, `improves`, `champion`, `challenger`: "promote only if AUC improves by more than 0.5%") is no trigger. The ' +
        'metric of a trigger is what stands before the threshold, after the last of those openers, and before any scope (`on`, `of`, ' +
        '`in`, `for`, `per`, `by`, `across`, `at`, `within`, `over`, `against`, `vs`, `from`): "recall on matured labels drops 10%" ' +
        'names `recall`.',
      '',
      'The metric is watched when one item of `monitoring.system`, `data`, `model`, `business`, `alerts` or `dashboards` contains each ' +
        'of its words, compared without case and plural `s`, leaving out words that say which or where rather than what (`online`, ' +
        '`model`, `feature`, `score`, `rate`, `daily`, `top`, `average`, …). So `online precision` is watched by "Online precision@10", ' +
        '`appeal overturn rate` by "Appeal overturn rate", and `CTR` by "CTR@10" or "Click-through rate". Drift goes by many names ' +
        '(`drift`, `PSI`, `KS`, `KL`, `JS`, `divergence`, `Wasserstein`, `stability`, `shift`, `skew`), which count as one, and so does ' +
        'a monitor that compares histograms or distributions with the training data or a reference ("Compare feature histograms with the ' +
        'training set weekly"): a trigger on "feature drift PSI" is watched by "Feature drift". Abbreviations read both ways: ' +
        Object.keys(ABBREVIATIONS)
          .map((abbreviation) => `\`${abbreviation.toUpperCase()}\``)
          .join(', ') +
        '. Negated monitors ("No drift check yet") watch nothing.',
      '',
      'A cadence ("Weekly", "Daily at 02:00"), a trigger with no threshold ("when a new abuse pattern is declared") and a trigger on the ' +
        'amount of data or the age of the model (words `label`, `sample`, `example`, `row`, `record`, `dataset`, `volume`, `age`, ' +
        '`size`: "when 1M new labels arrive") are not checked. The finding is at `monitoring.retraining` (at the item, for a list), once ' +
        'per unwatched metric. It applies to approaches `ml` and `hybrid`: a rules engine is not retrained. Matching is English.',
    ].join('\n'),
    messages: {
      unwatched:
        'retraining triggers on {{metric}}, but nothing in `monitoring` watches it: add it to `monitoring.model` (or another list) or ' +
          'trigger on a metric that is watched',
    },
    examples: {
      valid: [
        {
          title: 'A drift trigger watched as feature drift',
          yaml: 'monitoring:\n  data: [Feature drift (PSI), Missing values]\n  retraining: Weekly, or when feature drift PSI > 0.2\n',
          findings: [],
        },
        {
          title: 'A precision trigger watched online',
          yaml: 'monitoring:\n  model: [Online precision@10 from reviewer audits]\n  retraining: Monthly; also if online precision drops ' +
            'below 0.9\n',
          findings: [],
        },
        { title: 'A cadence', yaml: 'monitoring:\n  model: [Prediction distribution]\n  retraining: Weekly\n', findings: [] },
        {
          title: 'A cadence and a promotion gate',
          yaml: 'monitoring:\n  model: [Prediction distribution]\n  retraining: Weekly; promote only if AUC improves by more than 0.5% ' +
            'over the production model\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A precision trigger that nothing measures',
          yaml: 'monitoring:\n  model: [Prediction distribution]\n  retraining: Weekly; also if online precision drops below 0.9\n',
          findings: [
            {
              line: 3,
              column: 15,
              message:
                'retraining triggers on online precision, but nothing in `monitoring` watches it: add it to `monitoring.model` (or ' +
                  'another list) or trigger on a metric that is watched',
            },
          ],
        },
        {
          title: 'A drift trigger with nothing watching drift',
          yaml: 'monitoring:\n  data: [Missing values, No drift check yet]\n  retraining: Weekly, or when feature drift PSI > 0.2\n',
          findings: [
            {
              line: 3,
              column: 15,
              message:
                'retraining triggers on feature drift PSI, but nothing in `monitoring` watches it: add it to `monitoring.model` (or ' +
                  'another list) or trigger on a metric that is watched',
            },
          ],
        },
        {
          title: 'A CTR trigger with only system metrics',
          yaml: 'monitoring:\n  system: [Latency, Error rate]\n  retraining: whenever CTR falls 5%\n',
          findings: [
            {
              line: 3,
              column: 15,
              message:
                'retraining triggers on CTR, but nothing in `monitoring` watches it: add it to `monitoring.model` (or another list) or ' +
                  'trigger on a metric that is watched',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const { design } = context;
    const triggers = retrainingTexts(design).flatMap(({ text, path }) => retrainingTriggers(text).map((trigger) => ({ ...trigger, path })));
    if (triggers.length === 0) return;
    const monitors = WATCHING.flatMap((path) => textsOf(valueAt(design, path)));
    // Each monitor's words, once read (null: not read yet).
    const words: (ReadonlySet<string> | undefined | null)[] = monitors.map(() => null);
    const reported = new Set<string>();
    for (const trigger of triggers) {
      const key = trigger.words.join(' ');
      if (reported.has(key) || isWatched(trigger, monitors, words)) continue;
      reported.add(key);
      context.report({ messageId: 'unwatched', path: trigger.path, data: { metric: trigger.metric } });
    }
  },
});
