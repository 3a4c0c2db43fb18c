import { isHollowText } from './filler.js';
import { isNegatedItem } from './phrases.js';

export { FILLER_WORDS, HOLLOW_HEADS, isHollowText } from './filler.js';

/**
 * Values that say nothing. A design that answers `fallback: None` or `business: TBD` has
 * not answered: every presence check reads a hollow value as a missing one (docs/rules.md,
 * "Hollow values").
 */

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

/** A text's presence: read each time, as the reading is quicker than remembering texts that rarely repeat. */
function presenceOfText(text: string): Presence {
  const trimmed = text.trim();
  if (trimmed === '') return MISSING;
  return isHollowText(trimmed) || isNegatedItem(trimmed) ? Object.freeze({ state: 'hollow' as const, written: trimmed }) : PRESENT;
}

/** Whether a value says something: present and not hollow. */
export function saysSomething(value: unknown): boolean {
  return presenceOf(value).state === 'present';
}
