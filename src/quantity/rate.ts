import { fail, quote, readAmount, readComparator, Reader, readerFor, readTrailingComparator } from './reader.js';
import type { Comparator, Quantity, QuantityResult } from './types.js';
import { PER_WORDS, PERIOD_ADVERBS, RATE_WORDS, TIME_UNITS } from './words.js';

const EXAMPLE = 'write a rate like `10K rps` or `300/s`';
const notARate = (shown: string): string => `${quote(shown)} is not a rate; write it like \`10K rps\` or \`300/s\``;
const TIME_UNIT_LIST = 's, min, hour, day, week, month or year';

/**
 * Seconds in the time unit at the cursor: `/s`, `/ 5 min`, `per second`, `a day`, `weekly`.
 * Undefined (cursor unmoved) when there is none.
 */
export function readPerTimeUnit(reader: Reader): number | undefined {
  const start = reader.index;
  const adverb = reader.peek()?.kind === 'word' ? PERIOD_ADVERBS.get(reader.peek()!.text) : undefined;
  if (adverb !== undefined) {
    // `monthly` ends a rate (`600M playlists monthly`) but starts a noun in `150M monthly active users`.
    reader.index++;
    if (reader.peek()?.kind !== 'word' || readTrailingComparator(reader) !== undefined) {
      reader.index = start + 1;
      return adverb;
    }
    reader.index = start;
    return undefined;
  }
  const token = reader.peek();
  if (token === undefined || !(token.kind === 'symbol' ? token.text === '/' : token.kind === 'word' && PER_WORDS.has(token.text)))
    return undefined;
  reader.index++;
  // `/5min`: a count of time units.
  const count = reader.peek()?.kind === 'number' ? reader.peek()!.value : 1;
  if (reader.peek()?.kind === 'number') reader.index++;
  const unit = reader.peek();
  const seconds = unit?.kind === 'word' ? TIME_UNITS.get(unit.text) : undefined;
  if (seconds === undefined || count <= 0) {
    reader.index = start;
    return undefined;
  }
  reader.index++;
  return seconds * count;
}

/** Whether the cursor is at `/` or `per` (a time unit should follow). */
const atPer = (reader: Reader): boolean => reader.isSymbol('/') || reader.isWord('per');

/**
 * Nouns between a number and its time unit: `playlists` in `600M playlists/week`,
 * `search queries`, `page-views`. Stops before a time unit. Returns how many tokens it read.
 */
export function readNoun(reader: Reader): number {
  const start = reader.index;
  while (reader.peek()?.kind === 'word') {
    const save = reader.index;
    if (readPerTimeUnit(reader) !== undefined) {
      reader.index = save;
      break;
    }
    if (reader.isWord('per')) break;
    if (readTrailingComparator(reader) !== undefined) {
      reader.index = save;
      break;
    }
    reader.index++;
    if (reader.isSymbol('-') && reader.peek(1)?.kind === 'word') reader.index++;
  }
  return reader.index - start;
}

/** `peak`, `at peak`, `(peak)`: says which rate it is, changes nothing. */
function readPeak(reader: Reader): boolean {
  const start = reader.index;
  const parenthesised = reader.skip('(');
  reader.skip('at');
  if (reader.skip('peak') && (!parenthesised || reader.skip(')'))) {
    reader.skip(':');
    return true;
  }
  reader.index = start;
  return false;
}

/** The hint for a lone letter where a multiplier could be meant: `5m users`. */
export function notAMultiplier(text: string, letter: string): string {
  return `${quote(text)}: \`${letter}\` is not a multiplier; write K, M or B (or thousand, million, billion)`;
}

/**
 * A rate in events per second: `10K rps`, `1.5M qps`, `300/s`, `5K requests/sec`,
 * `300K/min`, `600M playlists/week`, `100 predictions per hour`. Any noun may stand between
 * the number and the time unit; a month is 30 days and a year 365 days. A bare number needs a unit.
 */
export function parseRate(input: unknown): QuantityResult {
  const reader = readerFor(input, EXAMPLE);
  if (!(reader instanceof Reader)) return reader;
  const text = reader.text;
  const peak = readPeak(reader);
  let comparator: Comparator | undefined = readComparator(reader);
  const amount = readAmount(reader, true);
  if (amount === undefined) return fail(notARate(text));
  if (amount.problem !== undefined) return fail(amount.problem);
  if (reader.atEnd()) return fail(`${quote(text)} has no unit; write \`${amount.written} rps\` (or qps, /s)`);
  const unitStart = reader.index;
  const rateWord = reader.peek()!.kind === 'word' ? RATE_WORDS.get(reader.peek()!.text) : undefined;
  let perSecond: number;
  if (rateWord !== undefined) {
    reader.index++;
    const unit = reader.written(unitStart);
    if (readPerTimeUnit(reader) !== undefined)
      return fail(
        `${quote(text)} has two time units: \`${unit}\` is already a rate; write \`${amount.written} ${unit}\`, or ` +
          `\`${amount.written}/day\` for a count per day`,
      );
    perSecond = rateWord;
  } else {
    const nouns = readNoun(reader);
    const firstNoun = reader.peek(-nouns);
    if (nouns > 0 && firstNoun !== undefined && firstNoun.text.length === 1)
      return fail(notAMultiplier(text, reader.writtenToken(firstNoun)));
    const seconds = readPerTimeUnit(reader);
    if (seconds === undefined) {
      if (atPer(reader)) {
        const unit = reader.peek(1) ?? reader.peek(0)!;
        return fail(`${quote(text)} has an unknown time unit ${quote(reader.writtenToken(unit))}; use ${TIME_UNIT_LIST}`);
      }
      if (nouns > 0 && reader.atEnd()) {
        const noun = reader.written(unitStart);
        return fail(`${quote(text)} has no time unit; write \`${amount.written} ${noun}/s\` (or /min, /hour, /day, /week)`);
      }
      return fail(notARate(text));
    }
    perSecond = 1 / seconds;
  }
  const unit = reader.written(unitStart);
  comparator ??= readTrailingComparator(reader);
  if (!peak) readPeak(reader);
  if (!reader.atEnd()) {
    if (reader.peek()!.kind === 'number') return fail(`${quote(text)} holds more than one value; write one rate, like \`10K rps\``);
    return fail(notARate(text));
  }
  const quantity: Quantity = { kind: 'rate', value: amount.value * perSecond, unit };
  if (comparator !== undefined) quantity.comparator = comparator;
  return { ok: true, quantity };
}
