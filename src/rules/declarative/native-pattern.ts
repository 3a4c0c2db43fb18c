/**
 * Patterns that V8's own engine runs as RE2 would, in linear time: most patterns a team
 * writes (`^[a-z][a-z0-9-]*$`, `pages|on-?call|rotation`) are plain enough that loading and
 * running RE2's JavaScript port for them costs more than the rule (see safe-pattern.ts).
 *
 * A pattern qualifies when both of these hold; anything else runs on RE2.
 * - **Same answers.** It is written in a small common syntax (ASCII literals, `.`, classes,
 *   `\d \w \s \b` and their negations, groups, alternation, quantifiers, `^` and `$` without
 *   the `m` flag) and is translated where the engines differ (`.` and `\s`). The answers
 *   agree on ASCII text only, since the engines fold case and count characters differently
 *   beyond it: a text with other characters is matched by RE2.
 * - **Linear time on a backtracking engine.** No quantifier applies to a group, so no
 *   repetition nests; the bounded quantifiers together allow at most {@link MAX_CHOICES}
 *   ways through; and an unbounded one (`*`, `+`, `{n,}`) is allowed only once, in a pattern
 *   anchored at its start, which V8 tries at the first position alone. Without the anchor one
 *   `*` can cost time quadratic in the text (`a*b` on a long run of `a`).
 */

/** The most ways through a pattern's bounded quantifiers together (`?` is two, `{2,5}` four). */
const MAX_CHOICES = 1024;
/** A counted repetition, read where it stands (sticky: no copy of the rest of the pattern at each `{`). */
const COUNTED = /\{(\d{1,4})(,(\d{0,4}))?\}/y;
/** RE2 refuses repetition counts above 1000. */
const MAX_COUNT = 1000;

/** RE2's `\s` (JavaScript's also holds `\v` and Unicode spaces). */
const SPACE = '\\t\\n\\f\\r ';
const LITERAL_ESCAPES = new Set([...'\\^$.|?*+()[]{}/-', 'n', 't', 'r', 'f', 'v']);
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W']);
const META = new Set([...'\\^$.|?*+()[]{}']);

const isAsciiPrintable = (char: string): boolean => char >= ' ' && char <= '~';

/**
 * The pattern as V8 source when V8 runs it as RE2 would in linear time (flags `i`, `s`, `u`
 * at most: `m` changes what `^` and `$` match); undefined when it must run on RE2.
 */
export function nativeSource(body: string, flags: string): string | undefined {
  if (flags.includes('m')) return undefined;
  const dotAll = flags.includes('s');
  let out = '';
  let at = 0;
  let depth = 0;
  let unbounded = 0;
  let choices = 1;
  // What the last piece was: a quantifier may follow a single atom only.
  let last: 'atom' | 'group' | 'other' = 'other';
  let topLevelAlternation = false;

  const quantifier = (): boolean => {
    const from = at;
    const char = body[at]!;
    let min: number;
    let max: number;
    if (char === '*' || char === '+') {
      min = char === '+' ? 1 : 0;
      max = Infinity;
      at++;
    } else if (char === '?') {
      min = 0;
      max = 1;
      at++;
    } else {
      COUNTED.lastIndex = at;
      const counted = COUNTED.exec(body);
      if (!counted) return false;
      min = Number(counted[1]);
      max = counted[2] === undefined ? min : counted[3] === '' ? Infinity : Number(counted[3]);
      if (min > MAX_COUNT || (max !== Infinity && (max > MAX_COUNT || max < min))) return false;
      at += counted[0].length;
    }
    if (last !== 'atom') return false;
    if (max === Infinity) unbounded++;
    else choices *= max - min + 1;
    out += body.slice(from, at);
    // A lazy quantifier answers `test` as the greedy one does.
    if (body[at] === '?') out += body[at++];
    last = 'other';
    return choices <= MAX_CHOICES;
  };

  while (at < body.length) {
    const char = body[at]!;
    if (char === '*' || char === '+' || char === '?' || char === '{') {
      if (!quantifier()) return undefined;
      continue;
    }
    if (char === '\\') {
      const next = body[at + 1];
      if (next === undefined) return undefined;
      if (next === 's') out += `[${SPACE}]`;
      else if (next === 'S') out += `[^${SPACE}]`;
      else if (next === 'b' || next === 'B') {
        out += `\\${next}`;
        at += 2;
        last = 'other';
        continue;
      } else if (CLASS_ESCAPES.has(next) || LITERAL_ESCAPES.has(next)) out += `\\${next}`;
      else return undefined;
      at += 2;
      last = 'atom';
      continue;
    }
    if (char === '[') {
      const end = characterClass(body, at);
      if (end === undefined) return undefined;
      out += end.source;
      at = end.next;
      last = 'atom';
      continue;
    }
    if (char === '(') {
      if (body[at + 1] === '?') {
        if (body[at + 2] !== ':') return undefined;
        out += '(?:';
        at += 3;
      } else {
        out += '(';
        at++;
      }
      depth++;
      last = 'other';
      continue;
    }
    if (char === ')') {
      if (depth === 0) return undefined;
      depth--;
      out += ')';
      at++;
      last = 'group';
      continue;
    }
    if (char === '|') {
      if (depth === 0) topLevelAlternation = true;
      out += '|';
      at++;
      last = 'other';
      continue;
    }
    if (char === '^' || char === '$') {
      out += char;
      at++;
      last = 'other';
      continue;
    }
    if (char === '.') {
      // RE2's `.` leaves out `\n` only; V8's also `\r` and the Unicode line separators.
      out += dotAll ? '[\\s\\S]' : '[^\\n]';
      at++;
      last = 'atom';
      continue;
    }
    if (!isAsciiPrintable(char) || META.has(char)) return undefined;
    out += char;
    at++;
    last = 'atom';
  }
  if (depth !== 0) return undefined;
  if (unbounded > 1) return undefined;
  if (unbounded === 1 && (!body.startsWith('^') || topLevelAlternation)) return undefined;
  return out;
}

/** A character class from `start` (its `[`), as V8 source, and where it ends; undefined outside the common syntax. */
function characterClass(body: string, start: number): { source: string; next: number } | undefined {
  let at = start + 1;
  let source = '[';
  if (body[at] === '^') {
    source += '^';
    at++;
  }
  // `[]` and `[^]` mean different things to the two engines.
  if (body[at] === ']') return undefined;
  let previousLiteral: string | undefined;
  while (at < body.length) {
    const char = body[at]!;
    if (char === ']') return { source: `${source}]`, next: at + 1 };
    if (char === '[' || char === '^') return undefined;
    if (char === '\\') {
      const next = body[at + 1];
      if (next === undefined) return undefined;
      if (next === 's') source += SPACE;
      else if (CLASS_ESCAPES.has(next) || LITERAL_ESCAPES.has(next)) source += `\\${next}`;
      else return undefined;
      at += 2;
      previousLiteral = undefined;
      continue;
    }
    if (char === '-' && body[at + 1] !== ']' && at !== start + 1 && !(at === start + 2 && body[start + 1] === '^')) {
      // A range between two plain characters, in order.
      const to = body[at + 1]!;
      if (previousLiteral === undefined || to === '\\' || to === '[' || !isAsciiPrintable(to) || to < previousLiteral) return undefined;
      source += `-${to}`;
      at += 2;
      previousLiteral = undefined;
      continue;
    }
    if (!isAsciiPrintable(char)) return undefined;
    source += char;
    previousLiteral = char;
    at++;
  }
  return undefined;
}

/** Whether a text holds ASCII characters only: the texts a native pattern answers for. */
export function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}
