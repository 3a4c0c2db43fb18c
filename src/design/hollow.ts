import { isNegatedItem } from './phrases.js';

/**
 * Values that say nothing. A design that answers `fallback: None` or `business: TBD` has
 * not answered: every presence check reads a hollow value as a missing one (docs/rules.md,
 * "Hollow values").
 */

/** Words that can make up a whole hollow answer ("to be decided later", "not yet", "n/a"). */
const FILLER_WORDS = new Set([
  'to', 'be', 'the', 'for', 'now', 'yet', 'at', 'moment', 'still', 'currently', 'will', 'we', 'decide', 'decided', 'determined',
  'defined', 'confirmed', 'discussed', 'later', 'soon', 'open', 'question', 'planned', 'tbd', 'tbc', 'tba', 'todo', 'fixme', 'xxx',
  'none', 'na', 'n', 'a', 'not', 'no', 'nope', 'never', 'nothing', 'unknown', 'undecided', 'pending', 'null', 'nil', 'applicable',
  'available', 'specified', 'sure', 'idk', 'yet', 'some', 'day', 'eventually', 'maybe', 'possibly', 'in', 'future', 'one',
]);

/** Of those, the words that make the answer empty; "for now" alone is no answer, but not for this reason. */
const HOLLOW_HEADS = new Set([
  'tbd', 'tbc', 'tba', 'todo', 'fixme', 'xxx', 'none', 'na', 'not', 'no', 'nope', 'never', 'nothing', 'unknown', 'undecided', 'pending',
  'null', 'nil', 'later', 'decided', 'determined', 'idk', 'maybe', 'eventually',
]);

const WORD = /[\p{L}\p{N}]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Whether one text says nothing: only punctuation (`-`, `?`, `...`), or only filler words led by a hollow one. */
export function isHollowText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  if (!HAS_WORD.test(trimmed)) return true;
  // A long text is an answer, whatever its words; this also bounds the work below.
  if (trimmed.length > 60) return false;
  const words = trimmed.toLowerCase().match(WORD) ?? [];
  // Words joined by punctuation without a space are one token to a reader ("n/a", "t.b.d.").
  if (!words.every((word) => FILLER_WORDS.has(word)) && !FILLER_WORDS.has(words.join(''))) return false;
  return words.some((word) => HOLLOW_HEADS.has(word)) || HOLLOW_HEADS.has(words.join(''));
}

/** What a field holds, for a presence check. */
export type Presence = { state: 'missing' } | { state: 'hollow'; written: string } | { state: 'present' };

const MISSING: Presence = Object.freeze({ state: 'missing' });
const PRESENT: Presence = Object.freeze({ state: 'present' });

/**
 * Whether a value is missing (absent, null, empty text or list), hollow (only texts that say
 * nothing or negate themselves, "No A/B test yet", quoted as written), or present. Numbers,
 * booleans and mappings with something in them count as present; the schema judges their type.
 */
export function presenceOf(value: unknown): Presence {
  if (value === undefined || value === null) return MISSING;
  if (typeof value === 'string') return presenceOfText(value);
  if (typeof value === 'object') return presenceOfItems(Array.isArray(value) ? value : Object.values(value));
  return PRESENT;
}

/** A list's or a mapping's items: present if one is, hollow if all that are there say nothing. */
function presenceOfItems(items: readonly unknown[]): Presence {
  const hollow: string[] = [];
  for (const item of items) {
    const presence = presenceOf(item);
    if (presence.state === 'present') return PRESENT;
    if (presence.state === 'hollow') hollow.push(presence.written);
  }
  return hollow.length === 0 ? MISSING : { state: 'hollow', written: hollow.join(', ') };
}

// Presence by text: designs repeat the same answers ("Weekly", "MLflow") and several rules
// ask about each field. Frozen, as every reader shares them.
const presenceByText = new Map<string, Presence>();
const MAX_REMEMBERED = 10_000;

function presenceOfText(text: string): Presence {
  let presence = presenceByText.get(text);
  if (presence === undefined) {
    if (text.trim() === '') presence = MISSING;
    else presence = isHollowText(text) || isNegatedItem(text) ? Object.freeze({ state: 'hollow' as const, written: text.trim() }) : PRESENT;
    if (presenceByText.size >= MAX_REMEMBERED) presenceByText.clear();
    presenceByText.set(text, presence);
  }
  return presence;
}

/** Whether a value says something: present and not hollow. */
export function saysSomething(value: unknown): boolean {
  return presenceOf(value).state === 'present';
}
