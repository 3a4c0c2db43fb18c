import { fail, quote, readAmount, readComparator, readMultiplier, Reader, readerFor, readTrailingComparator } from './reader.js';
import { readNoun } from './rate.js';
import type { Comparator, Quantity, QuantityResult } from './types.js';
import { CENT_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, PERIOD_ADVERBS, TIME_UNITS } from './words.js';

const EXAMPLE = 'write an amount like `$0.001` or `0.01 USD`';
const notMoney = (shown: string): string => `${quote(shown)} is not an amount of money; write it like \`$0.001\` or \`0.01 USD\``;
const PER = new Set(['/', 'per', 'for', 'each', 'every', 'a']);

/** A currency written before the amount: `$`, `€`, `£`, `USD `. */
function readLeadingCurrency(reader: Reader): string | undefined {
  const token = reader.peek();
  if (token === undefined) return undefined;
  const currency =
    token.kind === 'symbol' ? CURRENCY_SYMBOLS.get(token.text) : token.kind === 'word' ? CURRENCY_WORDS.get(token.text) : undefined;
  if (currency !== undefined) reader.index++;
  return currency;
}

interface PerClause {
  /** How many predictions the amount pays for. */
  divisor: number;
  /** The time unit when the amount is per time (`$5 per hour`), which is not a cost per prediction. */
  time?: string;
}

/**
 * What the amount is for: `/prediction`, `per 1000 predictions`, `/1K`, `per million requests`.
 * Undefined when there is no such clause (cursor unmoved).
 */
function readPerClause(reader: Reader): PerClause | undefined {
  const start = reader.index;
  const token = reader.peek();
  if (token === undefined) return undefined;
  const adverb = token.kind === 'word' && PERIOD_ADVERBS.has(token.text);
  if (adverb) return { divisor: 1, time: reader.writtenToken(token) };
  if (token.kind === 'number' || !PER.has(token.text)) return undefined;
  reader.index++;
  let divisor = 1;
  const amount = readAmount(reader, true);
  if (amount !== undefined) divisor = amount.value;
  else divisor = readMultiplier(reader) ?? 1;
  const nounStart = reader.index;
  const nouns = readNoun(reader);
  if (nouns === 0 && reader.index === start + 1) {
    reader.index = start;
    return undefined;
  }
  const first = reader.tokens[nounStart];
  if (nouns === 1 && first !== undefined && (TIME_UNITS.has(first.text) || DURATION_UNITS.has(first.text)))
    return { divisor, time: reader.writtenToken(first) };
  return { divisor };
}

/**
 * Money per prediction, in currency units: `$0.001`, `0.01 USD`, `€0.002`, `0.1 cents`,
 * `0.1¢`, `$0.001/prediction`, `$1 per 1000 predictions`, `$1/1K`, `$2 per million
 * predictions`. A bare number needs a currency.
 */
export function parseMoney(input: unknown): QuantityResult {
  const reader = readerFor(input, EXAMPLE);
  if (!(reader instanceof Reader)) return reader;
  const text = reader.text;
  let comparator: Comparator | undefined = readComparator(reader);
  let currency = readLeadingCurrency(reader);
  const amount = readAmount(reader, true);
  if (amount === undefined) return fail(notMoney(text));
  if (amount.problem !== undefined) return fail(amount.problem);
  let value = amount.value;
  const next = reader.peek();
  if (next !== undefined && next.kind !== 'number' && CENT_WORDS.has(next.text)) {
    if (currency !== undefined) return fail(notMoney(text));
    reader.index++;
    currency = 'USD';
    value /= 100;
  } else if (next?.kind === 'word' && !PER.has(next.text) && !PERIOD_ADVERBS.has(next.text)) {
    const code = CURRENCY_WORDS.get(next.text);
    if (code === undefined) return fail(`${quote(text)} has an unknown currency ${quote(reader.writtenToken(next))}; use USD, EUR or GBP`);
    if (currency !== undefined && currency !== code) return fail(`${quote(text)} names two currencies; write one, like \`$0.001\``);
    reader.index++;
    currency = code;
  }
  if (currency === undefined) {
    const digits = amount.written;
    return fail(`${quote(text)} has no currency; write \`$${digits}\` or \`${digits} USD\``);
  }
  const unitStart = reader.index;
  const per = readPerClause(reader);
  if (per?.time !== undefined)
    return fail(
      `${quote(text)} is a cost per ${per.time}; write the cost of one prediction, like \`$0.001\` or \`$1 per 1000 predictions\``,
    );
  const unit = reader.written(unitStart);
  if (per !== undefined) {
    if (!(per.divisor > 0 && Number.isFinite(per.divisor)))
      return fail(`${quote(text)} is per zero predictions; write the cost of one prediction, like \`$0.001\``);
    value /= per.divisor;
  }
  comparator ??= readTrailingComparator(reader);
  if (!reader.atEnd()) {
    if (reader.peek()!.kind === 'number') return fail(`${quote(text)} holds more than one value; write one amount, like \`$0.001\``);
    return fail(notMoney(text));
  }
  const quantity: Quantity = { kind: 'money', value, currency };
  if (unit !== '') quantity.unit = unit;
  if (comparator !== undefined) quantity.comparator = comparator;
  return { ok: true, quantity };
}
