import { fail, quote, readAmount, readComparator, Reader, readerFor, readTrailingComparator } from './reader.js';
import { notAMultiplier, readNoun, readPerTimeUnit } from './rate.js';
import type { Comparator, Quantity, QuantityResult } from './types.js';
import { DURATION_UNITS, RATE_WORDS } from './words.js';

const EXAMPLE = 'write a count like `5000`, `15K`, `200M` or `1.2B`';
const notACount = (shown: string): string => `${quote(shown)} is not a count; write it like \`5000\`, \`15K\`, \`200M\` or \`1.2B\``;

/**
 * A count: `200M`, `15K`, `1.2B`, `5000`, `5,000`, `200M+`, `~2M`, `150 million`,
 * `1.5 billion`, with a noun after it (`150M MAU`, `10M users`, `2M orders`).
 * A count over time (`2M/day`) is a rate, not a count.
 */
export function parseCount(input: unknown): QuantityResult {
  const reader = readerFor(input, EXAMPLE);
  if (!(reader instanceof Reader)) return reader;
  const text = reader.text;
  let comparator: Comparator | undefined = readComparator(reader);
  const amount = readAmount(reader, true);
  if (amount === undefined) return fail(notACount(text));
  if (amount.problem !== undefined) return fail(amount.problem);
  reader.skip('+');
  const nounStart = reader.index;
  const nouns = readNoun(reader);
  const first = reader.tokens[nounStart];
  if (nouns > 0 && first !== undefined) {
    if (RATE_WORDS.has(first.text)) return fail(`${quote(text)} is a rate, not a count; write a count like \`${amount.written}\``);
    if (DURATION_UNITS.has(first.text) && first.text.length > 1)
      return fail(`${quote(text)} is a duration, not a count; write a count like \`${amount.written}\``);
    if (first.text.length === 1) return fail(notAMultiplier(text, reader.writtenToken(first)));
  }
  const noun = reader.written(nounStart);
  const atRate = reader.index;
  if (readPerTimeUnit(reader) !== undefined) {
    return fail(`${quote(text)} is a rate, not a count; write a count like \`${reader.written(0, atRate)}\``);
  }
  comparator ??= readTrailingComparator(reader);
  if (!reader.atEnd()) {
    if (reader.peek()!.kind === 'number') return fail(`${quote(text)} holds more than one value; write one count, like \`200M\``);
    return fail(notACount(text));
  }
  const quantity: Quantity = { kind: 'count', value: amount.value };
  if (noun !== '') quantity.noun = noun;
  if (comparator !== undefined) quantity.comparator = comparator;
  return { ok: true, quantity };
}
