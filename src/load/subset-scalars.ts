import { giveUp } from './subset-give-up.js';

/*
 * Scalars in the design subset of YAML: what a plain scalar resolves to, how lines fold,
 * and where a quoted scalar ends and what its escapes mean. The block and flow parsers
 * (subset-parser.ts, subset-flow.ts) find the scalars; this file says what they are.
 */

// YAML 1.2 core schema, as the reference parser resolves plain scalars.
const NULL = /^(?:~|null|Null|NULL)?$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Numbers in other notations (octal, hex, infinities, NaN): left to the reference parser. */
const OTHER_NUMBER = /^[-+]?(?:0o|0x|\.inf|\.nan)/i;
/** Characters a plain scalar may not start with (or that start another construct), by char code. */
const INDICATORS = new Uint8Array(128);
for (const char of '-?:,[]{}#&*!|>\'"%@`') INDICATORS[char.charCodeAt(0)] = 1;

/** Whether a character code is one a plain scalar may not start with (a table, not a regular expression: called for every scalar). */
export function isIndicator(code: number): boolean {
  return code < 128 && INDICATORS[code] === 1;
}

export function resolvePlain(raw: string): unknown {
  // Most scalars are words: only text starting with one of `~nNtTfF` or a digit, sign or dot can be anything else.
  const first = raw.charCodeAt(0);
  if (raw.length > 0 && !MAY_NOT_BE_TEXT[first]) return raw;
  // A word starting with a letter is null or a boolean only when spelled as one (what
  // NULL, TRUE and FALSE match; no number starts with a letter): `training`, `to`, `from`
  // and `team-3` are text without trying the expressions.
  const startsWithLetter = first !== 126 /* ~ */ && !(first >= 48 && first <= 57) && first !== 43 && first !== 45 && first !== 46;
  if (raw.length > 0 && startsWithLetter) {
    // Only four- and five-letter words can be one of them: the others need no lookup.
    if (raw.length !== 4 && raw.length !== 5) return raw;
    return WORD_VALUES.has(raw) ? WORD_VALUES.get(raw) : raw;
  }
  if (NULL.test(raw)) return null;
  if (TRUE.test(raw)) return true;
  if (FALSE.test(raw)) return false;
  if (INT.test(raw) || FLOAT.test(raw)) return Number(raw);
  if (OTHER_NUMBER.test(raw)) giveUp();
  return raw;
}

/** Folds lines as YAML does: neighbours join with a space, each empty line between them is a line break. */
export function fold(lines: readonly string[]): string {
  let text = '';
  let pendingBreaks = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      pendingBreaks++;
      continue;
    }
    text += started ? (pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ') : '\n'.repeat(pendingBreaks);
    text += line;
    pendingBreaks = 0;
    started = true;
  }
  return text;
}

/** The plain words that are not text in YAML 1.2's core schema (what NULL, TRUE and FALSE match, but the empty string and `~`). */
const WORD_VALUES = new Map<string, null | boolean>([
  ['null', null], ['Null', null], ['NULL', null],
  ['true', true], ['True', true], ['TRUE', true],
  ['false', false], ['False', false], ['FALSE', false],
]);

const MAY_NOT_BE_TEXT: boolean[] = [];
for (const char of '~nNtTfF0123456789+-.') MAY_NOT_BE_TEXT[char.charCodeAt(0)] = true;

/** The value of a one-line quoted scalar, quotes included in `raw`. */
export function unquote(raw: string): string {
  const body = raw.slice(1, -1);
  if (raw[0] === "'") return body.replace(/''/g, "'");
  if (!body.includes('\\')) return body;
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, escape: string) => {
    switch (escape[0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case '\\':
        return '\\';
      case '"':
        return '"';
      case '/':
        return '/';
      case 'u':
        return escape.length === 5 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : giveUp();
      default:
        return giveUp();
    }
  });
}

/** The offset just past a one-line quoted scalar starting at `at`, or -1. */
export function quotedEnd(text: string, at: number, end: number): number {
  const close = closingQuote(text, at + 1, end, text[at]!);
  return close === -1 ? -1 : close + 1;
}

/** The offset of the quote that closes a quoted scalar, searched from `from` to `end`, or -1. */
export function closingQuote(text: string, from: number, end: number, quote: string): number {
  for (let i = from; i < end; i++) {
    if (quote === '"' && text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}
