import {
  fail,
  percentileName,
  quote,
  readAmount,
  readComparator,
  Reader,
  readerFor,
  readPercentile,
  readTrailingComparator,
} from './reader.js';
import type { Comparator, Quantity, QuantityOptions, QuantityResult } from './types.js';
import { DURATION_UNITS } from './words.js';

const EXAMPLE = 'write a duration like `200ms` or `0.2s`';
const notADuration = (shown: string): string => `${quote(shown)} is not a duration; write it like \`200ms\` or \`0.2s\``;

// Percentiles that have their own SLO field (`latency_p50` … `latency_p999`, docs/format.md).
const PERCENTILE_FIELDS = new Set([50, 90, 95, 99, 99.9]);

/** A percentile written before the value: `p99 < 100ms`, `P99: 100ms`, `p99 latency under 100ms`. */
function readLeadingPercentile(reader: Reader): number | undefined {
  const percentile = readPercentile(reader);
  if (percentile === undefined) return undefined;
  reader.skip('latency');
  if (!reader.skip(':')) reader.skip('=');
  return percentile;
}

function checkPercentile(text: string, written: number | undefined, field: number | undefined): string | undefined {
  if (written === undefined || field === undefined || Math.abs(written - field) < 1e-9) return undefined;
  const name = percentileName(written);
  const advice = PERCENTILE_FIELDS.has(written) ? `move it to \`latency_${name}\`` : `write the ${percentileName(field)} latency here`;
  return `${quote(text)} is a ${name} latency, but this field is the ${percentileName(field)} target: ${advice}`;
}

/**
 * A duration in milliseconds: `50ms`, `0.2s`, `200 ms`, `< 200ms`, `under 150ms`, `150us`,
 * `120 milliseconds`, with a percentile before or after (`p99 < 100 ms`, `150ms p99`,
 * `100ms (p99)`). A bare number needs a unit.
 */
export function parseDuration(input: unknown, options: QuantityOptions = {}): QuantityResult {
  const reader = readerFor(input, EXAMPLE);
  if (!(reader instanceof Reader)) return reader;
  const text = reader.text;
  const leading = readLeadingPercentile(reader);
  let comparator: Comparator | undefined = readComparator(reader);
  const amount = readAmount(reader, false);
  if (amount === undefined) return fail(notADuration(text));
  if (amount.problem !== undefined) return fail(amount.problem);
  const unitToken = reader.peek();
  const scale = unitToken?.kind === 'word' ? DURATION_UNITS.get(unitToken.text) : undefined;
  if (scale === undefined) {
    // A word that is neither a unit nor the start of a percentile or comparator is a unit we do not know.
    const atPercentile = reader.index;
    if (unitToken?.kind === 'word' && readPercentile(reader) === undefined && readTrailingComparator(reader) === undefined) {
      return fail(`${quote(text)} has an unknown unit ${quote(reader.writtenToken(unitToken))}; use us, ms, s, min or h`);
    }
    reader.index = atPercentile;
    if (unitToken === undefined || unitToken.kind === 'word' || unitToken.text === '(')
      return fail(`${quote(text)} has no unit; write \`${amount.digits}ms\` (or s, us)`);
    return fail(notADuration(text));
  }
  reader.index++;
  comparator ??= readTrailingComparator(reader);
  const trailing = readPercentile(reader);
  if (trailing !== undefined) reader.skip('latency');
  comparator ??= readTrailingComparator(reader);
  if (!reader.atEnd()) {
    if (reader.peek()!.kind === 'number') return fail(`${quote(text)} holds more than one value; write one duration, like \`200ms\``);
    return fail(notADuration(text));
  }
  if (leading !== undefined && trailing !== undefined && leading !== trailing)
    return fail(`${quote(text)} names two percentiles; write one, like \`p99 < 200ms\``);
  const percentile = leading ?? trailing;
  const contradiction = checkPercentile(text, percentile, options.percentile);
  if (contradiction !== undefined) return fail(contradiction);
  const quantity: Quantity = { kind: 'duration', value: amount.value * scale };
  if (comparator !== undefined) quantity.comparator = comparator;
  if (percentile !== undefined) quantity.percentile = percentile;
  return { ok: true, quantity };
}
