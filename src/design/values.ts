import type { DataPath } from '../types.js';

/** The value at a data path, reading own properties only (a key named `__proto__` is data, not a prototype). */
export function valueAt(root: unknown, path: DataPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** A mapping's own entries, or none when the value is not a mapping. */
export function mappingAt(root: unknown, path: DataPath): Record<string, unknown> | undefined {
  const value = valueAt(root, path);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The items of a list, or none when the value is not a list. */
export function listAt(root: unknown, path: DataPath): unknown[] {
  const value = valueAt(root, path);
  return Array.isArray(value) ? value : [];
}

/**
 * Whether a value says something: not absent, not empty text, not an empty list or mapping.
 * Numbers and booleans count.
 */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isPresent);
  if (typeof value === 'object') return Object.values(value).some(isPresent);
  return true;
}

/** The texts of a free-text field that holds one string or a list of strings (other items ignored). */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (typeof value === 'number') return [String(value)];
  const texts: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string') {
        if (item.trim() !== '') texts.push(item);
      } else if (typeof item === 'number') {
        texts.push(String(item));
      }
    }
  }
  return texts;
}

/** Whether any of the texts at the given paths matches a keyword pattern. */
export function mentions(root: unknown, paths: readonly DataPath[], keywords: RegExp): boolean {
  return paths.some((path) => textsOf(valueAt(root, path)).some((text) => keywords.test(text)));
}

/** A text for comparing names: case, punctuation and white space do not count. */
export function comparableName(text: string): string {
  // ASCII is its own NFKC form, and its letters and digits are [a-z0-9] once lower-cased:
  // the same result without the Unicode passes, for the names nearly every design uses.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Words that carry no meaning in a metric's name. */
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'per', 'and', 'or', 'in', 'on', 'by', 'to', 'for', 'with', 'at']);

/** A word without the endings that do not change which metric is meant (`watching` → `watch`, `sessions` → `session`). */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The meaningful words of a metric's name, stemmed. */
export function metricWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .map(stem);
}

/** A metric name prepared for comparison with {@link sameMetric}. */
export interface MetricName {
  compact: string;
  words: string[];
}

// Prepared names by text: designs repeat the same metric names (`CTR`, `Watch time`), and
// preparing one takes Unicode normalisation and several regular expressions. Frozen, as
// every reader shares them.
const preparedNames = new Map<string, MetricName>();
const MAX_PREPARED = 10_000;

export function metricName(text: string): MetricName {
  let name = preparedNames.get(text);
  if (name === undefined) {
    name = Object.freeze({ compact: comparableName(text), words: Object.freeze(metricWords(text)) as string[] });
    if (preparedNames.size >= MAX_PREPARED) preparedNames.clear();
    preparedNames.set(text, name);
  }
  return name;
}

/**
 * Whether two names are the same metric: equal ignoring case, punctuation and white
 * space; or the words of one all appear in the other (`Retention` and `Subscriber
 * retention`, `Watch time` and `Time spent watching`); or one is the initials of the
 * other (`CTR` and `Click-through rate`).
 */
export function sameMetric(a: MetricName, b: MetricName): boolean {
  if (a.compact === b.compact) return a.compact !== '';
  if (a.words.length === 0 || b.words.length === 0) return false;
  const [fewer, more] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  if (fewer.every((word) => more.includes(word))) return true;
  const initials = (words: string[]): string => words.map((word) => word[0]).join('');
  return (a.words.length === 1 && a.words[0]!.length >= 2 && a.words[0] === initials(b.words)) || (b.words.length === 1 && b.words[0]!.length >= 2 && b.words[0] === initials(a.words));
}
