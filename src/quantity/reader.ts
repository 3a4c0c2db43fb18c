/**
 * A cursor over a quantity's tokens and the pieces every parser shares: the text as shown in
 * messages, comparators, a number with its multiplier, a written percentile. Each reader looks
 * ahead a bounded number of tokens and moves forward only when it matches.
 */
import { tokenize, type Token } from './tokens.js';
import type { Comparator, QuantityResult } from './types.js';
import {
  COMPARATOR_PHRASES,
  COMPARATOR_SYMBOLS,
  MULTIPLIER_LETTERS,
  MULTIPLIER_WORDS,
  PLACEHOLDERS,
  TRAILING_COMPARATOR_PHRASES,
} from './words.js';

/** Longest text quoted in a message; longer texts are cut with `…` so a message stays one line. */
const MAX_SHOWN = 60;

export class Reader {
  index = 0;
  constructor(
    /** The text as written (trimmed). */
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  atEnd(): boolean {
    return this.index >= this.tokens.length;
  }

  isWord(word: string, offset = 0): boolean {
    const token = this.tokens[this.index + offset];
    return token !== undefined && token.kind === 'word' && token.text === word;
  }

  isSymbol(symbol: string, offset = 0): boolean {
    const token = this.tokens[this.index + offset];
    return token !== undefined && token.kind === 'symbol' && token.text === symbol;
  }

  /** Moves past the next token when it is this word or symbol. */
  skip(text: string): boolean {
    const token = this.tokens[this.index];
    if (token === undefined || token.kind === 'number' || token.text !== text) return false;
    this.index++;
    return true;
  }

  /** The text as written from token `from` up to (not including) token `to`. */
  written(from: number, to = this.index): string {
    if (to <= from) return '';
    return this.text.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end);
  }

  /** What the token at `index` looks like in the text (original case). */
  writtenToken(token: Token): string {
    return this.text.slice(token.start, token.end);
  }
}

/** A text quoted in a message: `200 parsecs`, cut short when long. */
export function quote(text: string): string {
  return `\`${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text}\``;
}

export const fail = (message: string): QuantityResult => ({ ok: false, message });

/**
 * The tokens of a field's value, or the failure shared by every kind: not text, empty, a
 * placeholder such as `TBD`, or far too long to be a quantity.
 */
export function readerFor(input: unknown, example: string): Reader | QuantityResult {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail(`${quote(String(input))} is not a number; ${example}`);
    // A YAML number such as 1e21 is read as the digits it stands for.
    text = String(input).includes('e') ? input.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : String(input);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    return fail('expected a quantity written as text');
  }
  if (text === '') return fail('is empty');
  if (text.length <= 4 && PLACEHOLDERS.has(text.toLowerCase()))
    return fail(`${quote(text)} is a placeholder; ${example}, or leave the field out until it is known`);
  const { tokens, truncated } = tokenize(text);
  if (truncated) return fail(`${quote(text)} is too long to be a quantity; ${example}`);
  return new Reader(text, tokens);
}

function readPhrase(reader: Reader, phrases: readonly (readonly [readonly string[], Comparator])[]): Comparator | undefined {
  for (const [words, comparator] of phrases) {
    if (words.every((word, offset) => reader.isWord(word, offset))) {
      reader.index += words.length;
      // `approx.`, `ca.`
      if (reader.isSymbol('.')) reader.index++;
      return comparator;
    }
  }
  return undefined;
}

/** A comparator before the value: `<`, `<=`, `≤`, `~`, `under`, `at most`, `up to`, `at least`… */
export function readComparator(reader: Reader): Comparator | undefined {
  const token = reader.peek();
  if (token === undefined) return undefined;
  if (token.kind === 'symbol') {
    const comparator = COMPARATOR_SYMBOLS.get(token.text);
    if (comparator !== undefined) reader.index++;
    return comparator;
  }
  return token.kind === 'word' ? readPhrase(reader, COMPARATOR_PHRASES) : undefined;
}

/** A comparator after the value: `or less`, `max`, `at least`. */
export function readTrailingComparator(reader: Reader): Comparator | undefined {
  return reader.peek()?.kind === 'word' ? readPhrase(reader, TRAILING_COMPARATOR_PHRASES) : undefined;
}

/** A multiplier at the cursor: `K`, `M`, `B`, `thousand`, `million`, `billion`. Single letters keep their case. */
export function readMultiplier(reader: Reader): number | undefined {
  const token = reader.peek();
  if (token === undefined || token.kind !== 'word') return undefined;
  const multiplier = MULTIPLIER_WORDS.get(token.text) ?? MULTIPLIER_LETTERS.get(reader.writtenToken(token));
  if (multiplier !== undefined) reader.index++;
  return multiplier;
}

const isUpperCase = (word: string): boolean => word.length > 0 && word === word.toUpperCase();

/**
 * `150MAU`, `10KRPS`: a multiplier letter run together with an upper-case word could be
 * `150M MAU` or 150 MAU (M for monthly). Returns the word when it is such a case.
 */
function ambiguousMultiplier(reader: Reader): string | undefined {
  const token = reader.peek();
  const number = reader.peek(-1);
  if (token === undefined || number === undefined || token.kind !== 'word' || token.start !== number.end || token.end - token.start < 3)
    return undefined;
  const written = reader.writtenToken(token);
  return 'KMB'.includes(written[0]!) && isUpperCase(written.slice(1)) ? written : undefined;
}

/** `100-200ms`, `2 to 3 s`, `10–20M`: a second number after a dash or `to`. */
function atRange(reader: Reader): boolean {
  return (reader.isSymbol('-') || reader.isSymbol('–') || reader.isWord('to')) && reader.peek(1)?.kind === 'number';
}

export interface Amount {
  value: number;
  /** The number (and multiplier) as written: `10K`, `1,000`, `150 million`. */
  written: string;
  /** The number as written, without its multiplier. */
  digits: string;
  /** Why the amount cannot be used: a multiplier that may not be one (`150MAU`), or too many digits. */
  problem?: string;
}

/** The message for a word run together with a number that may or may not start with a multiplier. */
function ambiguousAmount(text: string, digits: string, word: string): string {
  return `${quote(text)} is ambiguous: put a space between the number and \`${word}\`, with a multiplier if one is meant: ` +
    `\`${digits} ${word}\` or \`${digits}${word[0]} ${word}\``;
}

/** A number, with a multiplier after it when `multipliers` is set. */
export function readAmount(reader: Reader, multipliers: boolean): Amount | undefined {
  const token = reader.peek();
  if (token === undefined || token.kind !== 'number') return undefined;
  const from = reader.index;
  reader.index++;
  const multiplier = multipliers ? readMultiplier(reader) : undefined;
  const ambiguous = multipliers && multiplier === undefined ? ambiguousMultiplier(reader) : undefined;
  const amount: Amount = { value: token.value * (multiplier ?? 1), written: reader.written(from), digits: token.text };
  if (ambiguous !== undefined) amount.problem = ambiguousAmount(reader.text, token.text, ambiguous);
  else if (atRange(reader)) amount.problem = `${quote(reader.text)} is a range; write one value, with \`<\` or \`>\` if it is a bound`;
  else if (!Number.isFinite(amount.value)) amount.problem = `${quote(reader.text)} is too large a number`;
  return amount;
}

/** `p99` → 99, `p999` → 99.9, `p99.9` → 99.9, `p50` → 50; undefined when the digits are no percentile. */
function percentileOf(digits: string, value: number): number | undefined {
  if (value <= 100) return value;
  if (digits.startsWith('99') && !digits.includes('.') && !digits.includes(',')) return Number(`99.${digits.slice(2)}`);
  return undefined;
}

const ORDINAL_SUFFIXES = new Set(['th', 'st', 'nd', 'rd']);

/**
 * A latency percentile: `p99`, `P99`, `p99.9`, `p999`, `99th percentile`, in parentheses or
 * after `at` (`100ms (p99)`, `100ms at p99`). Leaves the cursor where it was when there is none.
 */
export function readPercentile(reader: Reader): number | undefined {
  const start = reader.index;
  const parenthesised = reader.skip('(');
  if (!parenthesised && reader.skip('at')) reader.skip('the');
  let percentile: number | undefined;
  const first = reader.peek();
  const second = reader.peek(1);
  if (first?.kind === 'word' && first.text === 'p' && second?.kind === 'number' && second.start === first.end) {
    percentile = percentileOf(second.text, second.value);
    reader.index += 2;
  } else if (
    first?.kind === 'number' &&
    second?.kind === 'word' &&
    ORDINAL_SUFFIXES.has(second.text) &&
    second.start === first.end &&
    reader.isWord('percentile', 2)
  ) {
    percentile = percentileOf(first.text, first.value);
    reader.index += 3;
  }
  if (percentile === undefined || (parenthesised && !reader.skip(')'))) {
    reader.index = start;
    return undefined;
  }
  return percentile;
}

/** How a percentile is named in keys and messages: 99 → `p99`, 99.9 → `p999`. */
export function percentileName(percentile: number): string {
  return `p${String(percentile).replace('.', '')}`;
}
