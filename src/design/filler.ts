/**
 * Text that says nothing by itself: `TBD`, `n/a`, `-`, "to be decided later". Below both
 * the presence checks (hollow.ts) and the reading of negated items (phrases.ts), which asks
 * whether what follows a label ("Drift: TBD") is filler.
 */

/** Words that can make up a whole hollow answer ("to be decided later", "not yet", "n/a"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'to', 'be', 'the', 'for', 'now', 'yet', 'at', 'moment', 'still', 'currently', 'will', 'we', 'decide', 'decided', 'determined',
  'defined', 'confirmed', 'discussed', 'later', 'soon', 'open', 'question', 'planned', 'tbd', 'tbc', 'tba', 'todo', 'fixme', 'xxx',
  'none', 'na', 'n', 'a', 'not', 'no', 'nope', 'never', 'nothing', 'unknown', 'undecided', 'pending', 'null', 'nil', 'applicable',
  'available', 'specified', 'sure', 'idk', 'yet', 'some', 'day', 'eventually', 'maybe', 'possibly', 'in', 'future', 'one',
]);

/** Of those, the words that make the answer empty; "for now" alone is no answer, but not for this reason. */
export const HOLLOW_HEADS: ReadonlySet<string> = new Set([
  'tbd', 'tbc', 'tba', 'todo', 'fixme', 'xxx', 'none', 'na', 'not', 'no', 'nope', 'never', 'nothing', 'unknown', 'undecided', 'pending',
  'null', 'nil', 'later', 'decided', 'determined', 'idk', 'maybe', 'eventually',
]);

const WORD = /[\p{L}\p{N}]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The most letters a filler word has ("applicable"): words joined by punctuation ("t.b.d.") are read as one. */
const LONGEST_FILLER = Math.max(...[...FILLER_WORDS].map((word) => word.length));

/** Whether one text says nothing: only punctuation (`-`, `?`, `...`), or only filler words led by a hollow one. */
export function isHollowText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  if (isAnAnswer(trimmed)) return false;
  if (!HAS_WORD.test(trimmed)) return true;
  // A long text is an answer, whatever its words; this also bounds the work below.
  if (trimmed.length > 60) return false;
  const words = trimmed.toLowerCase().match(WORD) ?? [];
  // Words joined by punctuation without a space are one token to a reader ("n/a", "t.b.d.").
  if (!words.every((word) => FILLER_WORDS.has(word)) && !FILLER_WORDS.has(words.join(''))) return false;
  return words.some((word) => HOLLOW_HEADS.has(word)) || HOLLOW_HEADS.has(words.join(''));
}

/**
 * A quick no for most texts, read without regular expressions: ASCII text with a word that is
 * no filler word and more letters and digits than a filler word joined from its pieces could
 * have. Text beyond ASCII before that is settled is left to the full reading.
 */
function isAnAnswer(text: string): boolean {
  let letters = 0;
  let wordStart = -1;
  let answered = false;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 32;
    if (code > 0x7f) return false;
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      letters++;
      if (wordStart === -1) wordStart = at;
      continue;
    }
    if (wordStart !== -1 && !answered) answered = !FILLER_WORDS.has(text.slice(wordStart, at).toLowerCase());
    wordStart = -1;
    // Both settled: what follows cannot make the text filler.
    if (answered && letters > LONGEST_FILLER) return true;
  }
  return false;
}
