/**
 * The tokenizer every quantity parser reads from. One pass over the text, each character
 * looked at a bounded number of times, so any input (a megabyte of spaces, digits or `1,`
 * repeated) costs linear time; no regular expression runs on user text (tests/quantity-linear.test.ts).
 */

export type TokenKind = 'number' | 'word' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Offsets into the text: `text.slice(start, end)` is what was written. */
  start: number;
  end: number;
  /** Words in lower case; symbols as written (`<=` and `>=` are one symbol); numbers as written. */
  text: string;
  /** A number's value (commas removed). */
  value: number;
}

/** Past this many tokens a text is not a quantity: the parsers stop reading there. */
export const MAX_TOKENS = 24;
/** No unit, multiplier or number of a quantity is longer; a longer token ends the reading too. */
export const MAX_TOKEN_LENGTH = 64;

export interface Tokens {
  tokens: Token[];
  /** More tokens followed than MAX_TOKENS, or one was longer than MAX_TOKEN_LENGTH. */
  truncated: boolean;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
// ASCII letters plus the micro signs of `µs`.
const isLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 0xb5 || code === 0x3bc;
// Spaces, tabs, line breaks, no-break and thin spaces.
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f;

// Scans stop one past MAX_TOKEN_LENGTH: a longer token is refused without reading the rest of it.
function digitsEnd(text: string, from: number, limit: number): number {
  let index = from;
  while (index < limit && isDigit(text.charCodeAt(index))) index++;
  return index;
}

/** End of a number starting at `start`: `1,000,000.5`, `.5`; a comma counts only before exactly three digits. */
function numberEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_TOKEN_LENGTH + 1);
  let end = digitsEnd(text, start, limit);
  while (text.charCodeAt(end) === 44 /* , */ && end > start && end < limit) {
    const groupEnd = digitsEnd(text, end + 1, Math.min(text.length, end + 5));
    if (groupEnd - end !== 4 || isDigit(text.charCodeAt(groupEnd))) break;
    end = groupEnd;
  }
  if (text.charCodeAt(end) === 46 /* . */ && isDigit(text.charCodeAt(end + 1))) end = digitsEnd(text, end + 1, limit);
  return end;
}

function numberValue(written: string): number {
  return Number(written.includes(',') ? written.split(',').join('') : written);
}

/** Splits a text into numbers, words and one-character symbols, skipping spaces. */
export function tokenize(text: string): Tokens {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      index++;
      continue;
    }
    if (tokens.length === MAX_TOKENS) return { tokens, truncated: true };
    const start = index;
    if (isDigit(code) || (code === 46 && isDigit(text.charCodeAt(index + 1)))) {
      index = numberEnd(text, index);
      if (index - start > MAX_TOKEN_LENGTH) return { tokens, truncated: true };
      const written = text.slice(start, index);
      tokens.push({ kind: 'number', start, end: index, text: written, value: numberValue(written) });
    } else if (isLetter(code)) {
      const limit = Math.min(text.length, start + MAX_TOKEN_LENGTH + 1);
      while (index < limit && isLetter(text.charCodeAt(index))) index++;
      if (index - start > MAX_TOKEN_LENGTH) return { tokens, truncated: true };
      tokens.push({ kind: 'word', start, end: index, text: text.slice(start, index).toLowerCase(), value: 0 });
    } else {
      // `<=` and `>=` are one comparator; any other character stands alone (a surrogate pair stays whole).
      const width = (code === 60 || code === 62) && text.charCodeAt(index + 1) === 61 ? 2 : code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      index += width;
      tokens.push({ kind: 'symbol', start, end: index, text: text.slice(start, index), value: 0 });
    }
  }
  return { tokens, truncated: false };
}
