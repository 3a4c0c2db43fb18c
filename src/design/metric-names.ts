/**
 * Metric names compared as a reviewer reads them: stemmed words, abbreviations expanded, and
 * filler and targets left out, so that "Late delivery rate" is not covered by "Delivery rate"
 * (docs/rules.md, traceability).
 */

/** A text for comparing names: case, punctuation and white space do not count. */
export function comparableName(text: string): string {
  // ASCII is its own NFKC form, and its letters and digits are [a-z0-9] once lower-cased:
  // the same result without the Unicode passes, for the names nearly every design uses.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Words that carry no meaning in a metric's name. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'per',
  'and',
  'or',
  'in',
  'on',
  'by',
  'to',
  'for',
  'with',
  'at',
  'from',
  'as',
  'is',
  'are',
]);

/**
 * Words that say how a quantity is written, not which quantity it is: "Time spent watching"
 * is watch time, "Total revenue" and "Number of orders" are revenue and orders.
 */
const FILLER_WORDS = new Set([
  'spent',
  'total',
  'overall',
  'number',
  'count',
  'amount',
  'metric',
  'metrics',
  'kpi',
  'kpis',
  '%',
  'percent',
  'percentage',
  'pct',
]);

/**
 * Words of a target written into a metric's name ("Reduce late deliveries below 3%", "CTR +5%
 * vs baseline"): they say what to do with the quantity, not which quantity it is.
 */
const TARGET_WORDS = new Set([
  'reduce',
  'reduced',
  'reduces',
  'reducing',
  'reduction',
  'increase',
  'increased',
  'increases',
  'increasing',
  'lower',
  'higher',
  'raise',
  'improve',
  'improved',
  'improves',
  'improving',
  'improvement',
  'boost',
  'maximise',
  'maximize',
  'minimise',
  'minimize',
  'keep',
  'maintain',
  'below',
  'above',
  'under',
  'over',
  'less',
  'fewer',
  'more',
  'than',
  'least',
  'most',
  'target',
  'vs',
  'versus',
  'relative',
  'baseline',
  'uplift',
  'lift',
  'within',
]);

/** A number written in a metric's name: part of a target ("below 3%", "+20", "0.5"), not of the quantity (`p99` and `D30` are words). */
const NUMBER = /^\d+(?:ms|s|sec|min|h|hrs?|x|k|m|pp|bps)?$/;

/** Units that follow a number in a target ("under 200 ms", "2 x"). */
const UNITS = new Set([
  'ms',
  's',
  'sec',
  'secs',
  'seconds',
  'min',
  'mins',
  'minutes',
  'h',
  'hr',
  'hrs',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'pp',
  'bps',
  'x',
  'k',
  'm',
  'usd',
  'eur',
  'gbp',
]);

/**
 * Abbreviations of metric names, with what they stand for: a name written either way is the
 * same metric. One table, listed in the docs of `traceability/success-metric`.
 */
export const METRIC_ABBREVIATIONS: readonly { abbreviation: string; meaning: string }[] = [
  { abbreviation: 'CTR', meaning: 'click-through rate' },
  { abbreviation: 'CVR', meaning: 'conversion rate' },
  { abbreviation: 'GMV', meaning: 'gross merchandise value' },
  { abbreviation: 'AOV', meaning: 'average order value' },
  { abbreviation: 'ARPU', meaning: 'average revenue per user' },
  { abbreviation: 'ARPPU', meaning: 'average revenue per paying user' },
  { abbreviation: 'LTV', meaning: 'lifetime value' },
  { abbreviation: 'CLV', meaning: 'customer lifetime value' },
  { abbreviation: 'CLTV', meaning: 'customer lifetime value' },
  { abbreviation: 'ARR', meaning: 'annual recurring revenue' },
  { abbreviation: 'ROI', meaning: 'return on investment' },
  { abbreviation: 'ROAS', meaning: 'return on ad spend' },
  { abbreviation: 'CPC', meaning: 'cost per click' },
  { abbreviation: 'CPA', meaning: 'cost per acquisition' },
  { abbreviation: 'CPM', meaning: 'cost per mille' },
  { abbreviation: 'CAC', meaning: 'customer acquisition cost' },
  { abbreviation: 'DAU', meaning: 'daily active users' },
  { abbreviation: 'WAU', meaning: 'weekly active users' },
  { abbreviation: 'MAU', meaning: 'monthly active users' },
  { abbreviation: 'NPS', meaning: 'net promoter score' },
  { abbreviation: 'CSAT', meaning: 'customer satisfaction' },
  { abbreviation: 'AHT', meaning: 'average handle time' },
  { abbreviation: 'ETA', meaning: 'estimated time of arrival' },
  { abbreviation: 'MAE', meaning: 'mean absolute error' },
  { abbreviation: 'MAPE', meaning: 'mean absolute percentage error' },
  { abbreviation: 'MSE', meaning: 'mean squared error' },
  { abbreviation: 'RMSE', meaning: 'root mean squared error' },
  { abbreviation: 'FPR', meaning: 'false positive rate' },
  { abbreviation: 'FNR', meaning: 'false negative rate' },
  { abbreviation: 'TPR', meaning: 'true positive rate' },
  { abbreviation: 'AUC', meaning: 'area under the curve' },
  { abbreviation: 'SLA', meaning: 'service level agreement' },
  { abbreviation: 'QPS', meaning: 'queries per second' },
  { abbreviation: 'RPS', meaning: 'requests per second' },
];

/** Spellings of one word that mean the same (`avg` is `average`). */
const WORD_VARIANTS: Readonly<Record<string, string>> = { avg: 'average', qty: 'quantity' };

/**
 * A word without the endings that do not change which metric is meant (`watching` → `watch`,
 * `deliveries` → `delivery`, `losses` → `loss`).
 */
function stem(word: string): string {
  let stemmed = word;
  if (stemmed.length > 4 && stemmed.endsWith('ies')) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.length > 3 && stemmed.endsWith('s') && !/(?:ss|us|is)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.length > 5 && stemmed.endsWith('ing')) stemmed = stemmed.slice(0, -3);
  else if (stemmed.length > 4 && stemmed.endsWith('ed') && !stemmed.endsWith('eed')) stemmed = stemmed.slice(0, -2);
  // "purchase" and "purchased" are one word once the silent e goes too.
  if (stemmed.length > 4 && stemmed.endsWith('e')) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/** Abbreviations by their lower-case spelling (and plural, `DAUs`), as the stemmed words they stand for. */
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = (() => {
  const expansions = new Map<string, readonly string[]>();
  for (const { abbreviation, meaning } of METRIC_ABBREVIATIONS) {
    const words = Object.freeze(wordsOf(meaning).flatMap((word) => (TARGET_WORDS.has(word) ? [] : meaningWord(word))));
    expansions.set(abbreviation.toLowerCase(), words);
    expansions.set(`${abbreviation.toLowerCase()}s`, words);
  }
  return expansions;
})();

/** The words of a text, lower-cased, split at anything that is not a letter or digit (`%` is kept: "CTR %"). */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}%]+|(?=%)|(?<=%)/u)
    .filter((word) => word !== '');
}

/** What one written word contributes to a metric's meaning: nothing, or its stemmed form. */
function meaningWord(word: string): string[] {
  if (STOP_WORDS.has(word) || FILLER_WORDS.has(word)) return [];
  const variant = WORD_VARIANTS[word] ?? word;
  return [stem(variant)];
}

/** One written word of a metric's name and the stemmed words it means (several for an abbreviation). */
export interface MetricTerm {
  written: string;
  words: readonly string[];
}

/**
 * The meaningful words of a metric's name as written, each with its meaning: stop and filler
 * words dropped, abbreviations expanded, words stemmed.
 */
export function metricTerms(text: string): MetricTerm[] {
  const terms: MetricTerm[] = [];
  let afterNumber = false;
  for (const written of wordsOf(text)) {
    const number = NUMBER.test(written);
    const target = number || TARGET_WORDS.has(written) || (afterNumber && UNITS.has(written));
    afterNumber = number;
    if (target) continue;
    const words = EXPANSIONS.get(written) ?? meaningWord(written);
    if (words.length > 0) terms.push({ written, words });
  }
  return terms;
}

/** The meaningful words of a metric's name: stemmed, abbreviations expanded (`CTR` → `click`, `through`, `rate`). */
export function metricWords(text: string): string[] {
  return metricTerms(text).flatMap((term) => term.words);
}

/** A metric name prepared for comparison with {@link coversMetric} and {@link sameMetric}. */
export interface MetricName {
  compact: string;
  words: string[];
  terms: readonly MetricTerm[];
}

// Prepared names by text: designs repeat the same metric names (`CTR`, `Watch time`), and
// preparing one takes Unicode normalisation and several regular expressions. Frozen, as
// every reader shares them.
const preparedNames = new Map<string, MetricName>();
const MAX_PREPARED = 10_000;

export function metricName(text: string): MetricName {
  let name = preparedNames.get(text);
  if (name === undefined) {
    const terms = Object.freeze(metricTerms(text).map((term) => Object.freeze(term)));
    name = Object.freeze({ compact: comparableName(text), words: Object.freeze(terms.flatMap((term) => term.words)) as string[], terms });
    if (preparedNames.size >= MAX_PREPARED) preparedNames.clear();
    preparedNames.set(text, name);
  }
  return name;
}

/**
 * Which of `wanted`'s words `named` has: each word appears in `named`, or is two of its
 * adjacent words written together (`clickthrough` and `click through`), or two adjacent
 * words of `wanted` are one word of `named`.
 */
function matchedWords(wanted: readonly string[], named: readonly string[]): boolean[] {
  const words = new Set(named);
  const joined = new Set(named.slice(1).map((word, index) => named[index] + word));
  const matched = wanted.map((word) => words.has(word) || joined.has(word));
  for (let index = 0; index + 1 < wanted.length; index++) {
    if (words.has(wanted[index]! + wanted[index + 1]!)) matched[index] = matched[index + 1] = true;
  }
  return matched;
}

/** The initials of a name's words (`Late delivery rate` → `ldr`). */
const initials = (words: readonly string[]): string => words.map((word) => word[0]).join('');

/**
 * Words naming the audience a product serves. Leading a metric's name, one says whose metric
 * it is, not which quantity: a subscription service's `Retention` is its `Subscriber
 * retention`. The sides of a marketplace (`Driver`, `Rider`, `Merchant`, `Seller`, `Host`) are
 * not in the list: their metrics are different quantities.
 */
export const AUDIENCE_WORDS: readonly string[] = [
  'user',
  'subscriber',
  'customer',
  'member',
  'viewer',
  'visitor',
  'account',
  'client',
  'player',
  'listener',
  'reader',
  'shopper',
];
const AUDIENCE = new Set(AUDIENCE_WORDS.map(stem));

/** For each term of `wanted`, whether `named` matches it (a leading audience word needs no match). */
function matchedTerms(wanted: MetricName, named: MetricName): boolean[] {
  const matched = matchedWords(wanted.words, named.words);
  let at = 0;
  return wanted.terms.map((term, index) => {
    const words = matched.slice(at, at + term.words.length);
    at += term.words.length;
    if (words.every(Boolean)) return true;
    return index === 0 && wanted.terms.length > 1 && term.words.length === 1 && AUDIENCE.has(term.words[0]!);
  });
}

/**
 * Whether `named` names the quantity `wanted` names: equal ignoring case, punctuation and
 * white space; or every meaningful word of `wanted` matched in `named`, after stemming and
 * expanding abbreviations (`Watch time` in `Time spent watching`, `CTR` in `Click-through
 * rate on the home page`), so a qualifier `named` lacks means another quantity (`Late delivery
 * rate` is not `Delivery rate`), except a leading audience word (`Subscriber retention` is
 * `Retention`); or one is a single word that is the initials of the other.
 */
export function coversMetric(wanted: MetricName, named: MetricName): boolean {
  // Remembered by pair: prepared names are shared by text, and designs pair the same metrics.
  let byNamed = coveredPairs.get(wanted);
  if (byNamed === undefined) coveredPairs.set(wanted, (byNamed = new Map()));
  let covered = byNamed.get(named);
  if (covered === undefined) byNamed.set(named, (covered = comparedCover(wanted, named)));
  return covered;
}

const coveredPairs = new WeakMap<MetricName, Map<MetricName, boolean>>();

function comparedCover(wanted: MetricName, named: MetricName): boolean {
  if (wanted.compact === named.compact) return wanted.compact !== '';
  if (wanted.words.length === 0 || named.words.length === 0) return false;
  if (matchedTerms(wanted, named).every(Boolean)) return true;
  const isInitialsOf = (short: readonly MetricTerm[], long: readonly string[]): boolean =>
    short.length === 1 &&
    short[0]!.words.length === 1 &&
    short[0]!.written.length >= 2 &&
    long.length >= 2 &&
    short[0]!.written === initials(long);
  return isInitialsOf(wanted.terms, named.words) || isInitialsOf(named.terms, wanted.words);
}

/**
 * The words of `wanted`, as written, that `named` does not match (for a message: `Late` of
 * `Late delivery rate` against `Delivery rate`).
 */
export function unmatchedTerms(wanted: MetricName, named: MetricName): string[] {
  const matched = matchedTerms(wanted, named);
  return wanted.terms.filter((_, index) => !matched[index]).map((term) => term.written);
}

/** Whether two names are the same metric either way round: one covers the other ({@link coversMetric}). */
export function sameMetric(a: MetricName, b: MetricName): boolean {
  return coversMetric(a, b) || coversMetric(b, a);
}
