/**
 * Parsers for the quantities people write in designs (docs/format.md, "Quantities"). Each
 * returns a canonical number or a message saying what is wrong and how to write it. All of
 * them read through one linear-time tokenizer (tokens.ts); the accepted and rejected forms
 * are listed once, in examples.ts, which drives both the tests and the docs.
 */
import { parseCount } from './count.js';
import { parseDuration } from './duration.js';
import { parseMoney } from './money.js';
import { parsePercentage } from './percentage.js';
import { parseRate } from './rate.js';
import type { QuantityKind, QuantityParser, QuantityResult } from './types.js';

export type { Comparator, Quantity, QuantityKind, QuantityOptions, QuantityParser, QuantityResult } from './types.js';
export { formatQuantity } from './format.js';
export { unitRewrite } from './unit-rewrite.js';
export { parseCount, parseDuration, parseMoney, parsePercentage, parseRate };

/**
 * A rate in a field whose name already says "per second" (`peak_rps`): `10K rps` as usual,
 * and also a plain count, `10K`, read as requests per second.
 */
export function parsePerSecond(input: unknown): QuantityResult {
  const rate = parseRate(input);
  if (rate.ok) return rate;
  const count = parseCount(input);
  if (!count.ok) return rate;
  const { noun: _noun, ...quantity } = count.quantity;
  return { ok: true, quantity: { ...quantity, kind: 'rate' } };
}

const latencyParsers = new Map<number, (input: unknown) => QuantityResult>();

/**
 * The parser of a latency field for one percentile (`latency_p50` → 50): a percentile written
 * in the text must agree with it. One function per percentile, so results memoised by parser
 * (src/rules/functions/quantities.ts) are shared.
 */
export function latencyParser(percentile: number): (input: unknown) => QuantityResult {
  let parser = latencyParsers.get(percentile);
  if (parser === undefined) latencyParsers.set(percentile, (parser = (input) => parseDuration(input, { percentile })));
  return parser;
}

export const QUANTITY_PARSERS: Record<QuantityKind, QuantityParser> = {
  duration: parseDuration,
  rate: parseRate,
  percentage: parsePercentage,
  money: parseMoney,
  count: parseCount,
};
