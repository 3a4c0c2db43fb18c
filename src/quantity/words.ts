/**
 * The vocabulary of quantities: units, multipliers, comparators and currencies, in one place
 * so the parsers and docs/format.md ("Quantities") say the same thing. Words are lower case.
 */
import type { Comparator } from './types.js';

/** Milliseconds per duration unit. */
export const DURATION_UNITS: ReadonlyMap<string, number> = new Map([
  ...['ns', 'nanosecond', 'nanoseconds'].map((word) => [word, 1e-6] as const),
  ...['us', 'µs', 'μs', 'microsecond', 'microseconds'].map((word) => [word, 1e-3] as const),
  ...['ms', 'msec', 'msecs', 'millisecond', 'milliseconds'].map((word) => [word, 1] as const),
  ...['s', 'sec', 'secs', 'second', 'seconds'].map((word) => [word, 1e3] as const),
  ...['min', 'mins', 'minute', 'minutes'].map((word) => [word, 60e3] as const),
  ...['h', 'hr', 'hrs', 'hour', 'hours'].map((word) => [word, 3600e3] as const),
  ...['d', 'day', 'days'].map((word) => [word, 86400e3] as const),
]);

const DAY = 86400;
/** Seconds per time unit of a rate (`/s`, `per hour`, `/week`). A month is 30 days and a year 365 days. */
export const TIME_UNITS: ReadonlyMap<string, number> = new Map([
  ...['s', 'sec', 'secs', 'second', 'seconds'].map((word) => [word, 1] as const),
  ...['m', 'min', 'mins', 'minute', 'minutes'].map((word) => [word, 60] as const),
  ...['h', 'hr', 'hrs', 'hour', 'hours'].map((word) => [word, 3600] as const),
  ...['d', 'day', 'days'].map((word) => [word, DAY] as const),
  ...['w', 'wk', 'wks', 'week', 'weeks'].map((word) => [word, 7 * DAY] as const),
  ...['mo', 'mos', 'month', 'months'].map((word) => [word, 30 * DAY] as const),
  ...['y', 'yr', 'yrs', 'year', 'years'].map((word) => [word, 365 * DAY] as const),
]);

/** Seconds per period of an adverb written after a rate: `600M playlists weekly`. */
export const PERIOD_ADVERBS: ReadonlyMap<string, number> = new Map([
  ['secondly', 1],
  ['hourly', 3600],
  ['daily', DAY],
  ['weekly', 7 * DAY],
  ['monthly', 30 * DAY],
  ['yearly', 365 * DAY],
  ['annually', 365 * DAY],
]);

/** Words that put a rate over a time unit: `per second`, `a day`, `every hour`. */
export const PER_WORDS: ReadonlySet<string> = new Set(['per', 'a', 'an', 'each', 'every']);

/** Units that are a rate on their own, in events per second. */
export const RATE_WORDS: ReadonlyMap<string, number> = new Map([
  ...['rps', 'qps', 'tps', 'eps'].map((word) => [word, 1] as const),
  ...['rpm', 'qpm', 'tpm'].map((word) => [word, 1 / 60] as const),
  ...['rph', 'qph'].map((word) => [word, 1 / 3600] as const),
  ...['rpd', 'qpd'].map((word) => [word, 1 / DAY] as const),
]);

/**
 * Multipliers after a number. The single letters are case-sensitive (`M` is million; `m` is
 * not accepted, since it also means minutes or milli); the words are not.
 */
export const MULTIPLIER_LETTERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['K', 1e3],
  ['M', 1e6],
  ['B', 1e9],
  ['T', 1e12],
]);
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['thousands', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['mn', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
]);

/** Comparators written as symbols. */
export const COMPARATOR_SYMBOLS: ReadonlyMap<string, Comparator> = new Map([
  ['<', '<'],
  ['<=', '<='],
  ['≤', '<='],
  ['>', '>'],
  ['>=', '>='],
  ['≥', '>='],
  ['~', '~'],
  ['≈', '~'],
  ['∼', '~'],
]);

/** Comparators written as words before the value, longest first so `no more than` wins over `more than`. */
export const COMPARATOR_PHRASES: readonly (readonly [readonly string[], Comparator])[] = [
  [['less', 'than', 'or', 'equal', 'to'], '<='],
  [['no', 'more', 'than'], '<='],
  [['not', 'more', 'than'], '<='],
  [['no', 'less', 'than'], '>='],
  [['not', 'less', 'than'], '>='],
  [['less', 'than'], '<'],
  [['fewer', 'than'], '<'],
  [['lower', 'than'], '<'],
  [['at', 'most'], '<='],
  [['up', 'to'], '<='],
  [['more', 'than'], '>'],
  [['greater', 'than'], '>'],
  [['higher', 'than'], '>'],
  [['at', 'least'], '>='],
  [['under'], '<'],
  [['below'], '<'],
  [['within'], '<='],
  [['max'], '<='],
  [['maximum'], '<='],
  [['over'], '>'],
  [['above'], '>'],
  [['min'], '>='],
  [['minimum'], '>='],
  [['about'], '~'],
  [['around'], '~'],
  [['approx'], '~'],
  [['approximately'], '~'],
  [['roughly'], '~'],
  [['circa'], '~'],
  [['ca'], '~'],
];

/** Comparators written as words after the value: `150ms or less`, `200ms max`. */
export const TRAILING_COMPARATOR_PHRASES: readonly (readonly [readonly string[], Comparator])[] = [
  [['or', 'less'], '<='],
  [['or', 'lower'], '<='],
  [['or', 'fewer'], '<='],
  [['or', 'under'], '<='],
  [['or', 'below'], '<='],
  [['or', 'more'], '>='],
  [['or', 'higher'], '>='],
  [['or', 'above'], '>='],
  [['or', 'over'], '>='],
  [['at', 'most'], '<='],
  [['at', 'least'], '>='],
  [['max'], '<='],
  [['maximum'], '<='],
  [['min'], '>='],
  [['minimum'], '>='],
];

/** Currency symbols written before an amount. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
]);
/** Currencies written after an amount, by code or name. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['usd', 'USD'],
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['eur', 'EUR'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['gbp', 'GBP'],
]);
/** Hundredths of a US dollar: `0.1 cents`, `0.1¢`. */
export const CENT_WORDS: ReadonlySet<string> = new Set(['cent', 'cents', '¢']);

/** Words people write while a value is not known yet. */
export const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'tbd',
  'tbc',
  'todo',
  'unknown',
  'na',
  'n/a',
  'none',
  'null',
  '?',
  '??',
  '???',
  '-',
  '—',
]);
