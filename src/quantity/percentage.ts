import { fail, quote, readAmount, readComparator, Reader, readerFor, readTrailingComparator } from './reader.js';
import type { Comparator, Quantity, QuantityResult } from './types.js';
import { PERIOD_ADVERBS, TIME_UNITS } from './words.js';

const EXAMPLE = 'write a percentage like `99.9%`';
const notAPercentage = (shown: string): string => `${quote(shown)} is not a percentage; write it like \`99.9%\``;

/** Words that may follow a percentage without being its window: `99.9% uptime`, `99.9% of requests`. */
const SUBJECT_WORDS = new Set([
  'uptime',
  'availability',
  'available',
  'success',
  'successful',
  'rate',
  'of',
  'requests',
  'calls',
  'time',
  'sla',
  'slo',
]);
/** Words that make the rest a window: `monthly`, `per quarter`, `30-day window`. */
const PERIOD_WORDS = new Set([
  ...TIME_UNITS.keys(),
  ...PERIOD_ADVERBS.keys(),
  'quarter',
  'quarters',
  'quarterly',
  'q',
  'annual',
  'calendar',
]);

/** A fraction written as a percentage without float noise: 0.9995 → `99.95`. */
export function fractionAsPercent(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(12)));
}

/** `%`, `percent`, `pct`, `per cent`. */
function readPercentSign(reader: Reader): boolean {
  if (reader.skip('%') || reader.skip('percent') || reader.skip('pct')) return true;
  if (reader.isWord('per') && reader.isWord('cent', 1)) {
    reader.index += 2;
    return true;
  }
  return false;
}

/**
 * The window after a percentage: `monthly`, `per quarter`, `(30-day window)`. Returns '' for
 * no window, undefined when the rest is not a window.
 */
function readWindow(reader: Reader): string | undefined {
  let first = reader.index;
  let last = reader.tokens.length;
  while (
    first < last &&
    (reader.tokens[first]!.text === '(' || (reader.tokens[first]!.kind === 'word' && SUBJECT_WORDS.has(reader.tokens[first]!.text)))
  )
    first++;
  while (last > first && reader.tokens[last - 1]!.text === ')') last--;
  let hasPeriod = false;
  for (let index = first; index < last; index++) {
    const token = reader.tokens[index]!;
    if (token.kind === 'symbol' && !'-/,:()'.includes(token.text)) return undefined;
    if (token.kind === 'word' && PERIOD_WORDS.has(token.text)) hasPeriod = true;
  }
  reader.index = reader.tokens.length;
  if (first === last) return '';
  return hasPeriod ? reader.written(first, last) : undefined;
}

/**
 * A percentage: `99.9%`, `99.99 %`, `>= 99.9%`, with a window after it (`99.95% monthly`,
 * `99.9% per quarter`, `99.9% (30-day window)`). A bare number needs `%`; a fraction such
 * as `0.9995` is told the percentage it means.
 */
export function parsePercentage(input: unknown): QuantityResult {
  const reader = readerFor(input, EXAMPLE);
  if (!(reader instanceof Reader)) return reader;
  const text = reader.text;
  let comparator: Comparator | undefined = readComparator(reader);
  const bound = reader.written(0);
  const amount = readAmount(reader, false);
  if (amount === undefined) return fail(notAPercentage(text));
  if (amount.problem !== undefined) return fail(amount.problem);
  if (!readPercentSign(reader)) {
    const next = reader.peek();
    if (next !== undefined && next.kind !== 'word') return fail(notAPercentage(text));
    if (amount.value < 1)
      return fail(`${quote(text)} is a fraction; write \`${bound}${bound === '' ? '' : ' '}${fractionAsPercent(amount.value)}%\``);
    return fail(`${quote(text)} has no unit; write \`${amount.digits}%\``);
  }
  if (amount.value > 100) return fail(`${quote(text)} is more than 100%`);
  comparator ??= readTrailingComparator(reader);
  const window = readWindow(reader);
  if (window === undefined)
    return fail(
      `${quote(text)} has words after the percentage that are not a window; write it like \`99.95% monthly\` or \`99.9% per quarter\``,
    );
  const quantity: Quantity = { kind: 'percentage', value: amount.value };
  if (comparator !== undefined) quantity.comparator = comparator;
  if (window !== '') quantity.window = window;
  return { ok: true, quantity };
}
