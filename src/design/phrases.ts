/**
 * Reading what a design's prose says, in English: items that negate themselves ("No drift
 * check yet", "Revenue is not tracked") and concepts recognised by their usual phrasings
 * rather than by one keyword. The phrasings are data, listed in each rule's docs.
 */

import { isHollowText } from './filler.js';

/** Words that open a negated statement when they stand first. */
// "Missing values" is a data metric, not a negation.
const NEGATION_OPENERS =
  /^(?:no|not|none|never|without|missing(?!\s+(?:values?|data|fields?|features?|labels?|entries|records|rates?|ratios?|counts?|inputs?|rows?|keys?|events?|timestamps?)\b)|lacks?|lacking|yet\s+to|nothing|n\/a)(?:\s|$)/i;

/** What a statement says is not done: "(is not) tracked", "(isn't yet) monitored". */
const DONE =
  String.raw`(?:tracked|monitored|measured|watched|checked|logged|computed|collected|done|implemented|planned|covered|in\s+place|` +
  String.raw`available|defined|set\s+up)`;
/** After a bare "not", fewer: "not done" and "not available" are too often part of an answer. */
const DONE_AFTER_NOT =
  String.raw`(?:tracked|monitored|measured|watched|checked|logged|computed|collected|implemented|planned|covered|in\s+place|` +
  String.raw`defined|set\s+up)`;

/**
 * A statement that something is not done, anywhere in the item ("Revenue is not tracked",
 * "CTR isn't being logged", "Drift is yet to be monitored"); "Revenue is tracked" is no such
 * statement.
 */
const NOT_DONE = new RegExp(
  String.raw`\b(?:is|are|was|were)\s+not\s+(?:yet\s+)?(?:being\s+)?${DONE}\b` +
    String.raw`|\b(?:isn't|aren't|wasn't|weren't)\s+(?:yet\s+)?(?:being\s+)?${DONE}\b` +
    String.raw`|\b(?:is|are|was|were)\s+yet\s+to\s+be\s+${DONE}\b` +
    String.raw`|\bnot\s+(?:yet\s+)?(?:being\s+)?${DONE_AFTER_NOT}\b`,
  'i',
);

/** Every statement {@link NOT_DONE} finds holds one of these: most items hold none and are not searched further. */
const NOT_DONE_CUE = /not|n't|yet/i;

/** What may follow a negation and still leave it bare ("no canary yet", "none for now"). */
const REASON_SEPARATOR = /[:;—–]|\s-\s|,\s|\(/;

/** The longest negated opening, in words, that is a bare negation rather than an answer. */
const MAX_BARE_WORDS = 6;

/**
 * Whether an item of prose says that the thing is absent: it opens with a negation and gives
 * no reason ("No A/B test yet", "Not monitored"), or states that something is not done
 * ("Revenue is not tracked"). A negation followed by a reason is an answer: "none — the widget
 * is hidden and the page renders without it".
 */
export function isNegatedItem(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 400) return false;
  if (isLabelledFiller(trimmed)) return true;
  if (NOT_DONE_CUE.test(trimmed)) {
    const at = trimmed.search(NOT_DONE);
    if (at >= 0) return !hasReason(trimmed, at);
  }
  if (!NEGATION_OPENERS.test(trimmed)) return false;
  if (hasReason(trimmed, 0)) return false;
  return trimmed.split(/\s+/).length <= MAX_BARE_WORDS;
}

/** The most words a label before a colon has ("Feature drift: TBD"); more, and the colon ends a sentence. */
const MAX_LABEL_WORDS = 4;

/** A short label, a colon and nothing but filler: "Drift: TBD", "A/B test: none yet", "Fallback:". */
function isLabelledFiller(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 60) return false;
  const label = text.slice(0, colon).trim();
  if (label === '' || label.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  return isHollowText(text.slice(colon + 1));
}

/** Whether a reason follows the negation that starts at `from`: a separator, then at least two words. */
function hasReason(text: string, from: number): boolean {
  const rest = text.slice(from);
  const separator = REASON_SEPARATOR.exec(rest);
  if (!separator) return false;
  const after = rest.slice(separator.index + separator[0].length);
  return (after.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2;
}

/** One way of saying a concept: every pattern must occur in the same clause. */
export interface Phrasing {
  /** How the docs show it, e.g. "`PSI` or `population stability`". */
  doc: string;
  patterns: readonly RegExp[];
}

export interface Concept {
  /** What it is, for docs: "drift monitoring". */
  name: string;
  phrasings: readonly Phrasing[];
}

/**
 * Words that put what follows them in a clause out of force ("no drift check", "without PSI");
 * not the first part of a compound ("no-show rate drift", "not-at-risk segment").
 */
const NEGATION_CUES = /\b(?:no|not|never|neither|without|nor|yet\s+to|lacks?|lacking|isn't|aren't|don't|doesn't|won't|cannot|can't)\b(?!-)/gi;

/** Clauses: a negation does not reach past them. */
const CLAUSE_BREAK = /[.;!?](?:\s|$)|\bbut\b|\bhowever\b|\balthough\b|\bexcept\b|\binstead\b/i;

/** The clauses of a text, split where a negation stops. */
function clausesOf(text: string): string[] {
  const clauses: string[] = [];
  let rest = text;
  // Bounded: each step consumes at least one character of the text.
  for (;;) {
    const match = CLAUSE_BREAK.exec(rest);
    if (!match || match[0].length === 0) break;
    clauses.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
  }
  clauses.push(rest);
  return clauses;
}

/** Where a phrasing matches in a clause (the position of its first pattern), or -1. */
function matchAt(phrasing: Phrasing, clause: string): number {
  let first = -1;
  for (const pattern of phrasing.patterns) {
    const at = clause.search(pattern);
    if (at < 0) return -1;
    if (first < 0) first = at;
  }
  return first;
}

/**
 * Whether a negation cue before `position` reaches it. A comma ends a cue's reach ("no nulls,
 * drift by PSI"), except in a list of alternatives it opens ("no PSI, KS or drift checks").
 */
function negatedAt(clause: string, position: number): boolean {
  NEGATION_CUES.lastIndex = 0;
  for (let cue = NEGATION_CUES.exec(clause); cue !== null && cue.index < position; cue = NEGATION_CUES.exec(clause)) {
    const between = clause.slice(cue.index + cue[0].length, position);
    if (!between.includes(',') || /\b(?:or|nor)\b/i.test(between) || isListItemAt(clause, position, between)) return true;
  }
  return false;
}

/**
 * Whether the word at `position` is one of a list of alternatives that the cue opened and
 * that goes on after it: "no PSI, KS or drift checks" negates KS too, whose `or` comes
 * after it. Each item before it is a word or two, and the word itself is followed by a
 * comma, `or` or `nor`; "no nulls, drift by PSI" is no such list.
 */
function isListItemAt(clause: string, position: number, between: string): boolean {
  if (!between.split(',').every((item) => item.trim().split(/\s+/).length <= 2)) return false;
  let end = position;
  while (end < clause.length && /[\w-]/.test(clause[end]!)) end++;
  return /^\s*(?:,|(?:or|nor)\b)/i.test(clause.slice(end, end + 8));
}

/** Texts longer than this are read only up to it: a concept is named near the start of an item. */
const MAX_TEXT = 2000;

/**
 * Whether a text mentions the concept in a clause that does not negate it. `excluded`
 * names words that, standing right before a match, make it something else (a feature named
 * "GPS drift" is no drift check).
 */
export function mentionsConcept(text: string, concept: Concept, excluded?: (clause: string, position: number) => boolean): boolean {
  const read = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  // Most texts name none of a concept's phrasings: they are not read for negation or split into clauses.
  if (!mayMatch(concept, read)) return false;
  if (isNegatedItem(text)) return false;
  for (const clause of clausesOf(read)) {
    for (const phrasing of concept.phrasings) {
      const at = matchAt(phrasing, clause);
      if (at < 0) continue;
      if (negatedAt(clause, at)) continue;
      if (excluded?.(clause, at)) continue;
      return true;
    }
  }
  return false;
}

/**
 * Whether some phrasing of the concept may match in a clause of the text: each of its
 * patterns occurs somewhere in the whole text. A pattern that occurs in a clause occurs in
 * the text, unless it looks at where the clause ends (`^`, `$`, `\B`, a lookaround, a sticky pattern): a phrasing
 * with such a pattern is always read clause by clause.
 */
function mayMatch(concept: Concept, text: string): boolean {
  const anyFirst = firstPatternsOf(concept);
  if (anyFirst !== null && !anyFirst.test(text)) return false;
  for (const phrasing of concept.phrasings) {
    if (readsClauseEdges(phrasing)) return true;
    let all = true;
    for (const pattern of phrasing.patterns) {
      if (text.search(pattern) < 0) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

const firstPatterns = new WeakMap<Concept, RegExp | null>();

/**
 * One pattern that matches wherever the first pattern of some phrasing does: a text it does
 * not match names no phrasing, found with one search rather than one per phrasing. Null when
 * the patterns cannot be joined (different flags, numbered references) or a phrasing reads
 * clause edges.
 */
function firstPatternsOf(concept: Concept): RegExp | null {
  let joined = firstPatterns.get(concept);
  if (joined === undefined) {
    const firsts = concept.phrasings.map((phrasing) => phrasing.patterns[0]);
    const flags = firsts[0]?.flags.replace(/[gy]/g, '');
    const joinable =
      firsts.length > 1 &&
      firsts.every((pattern) => pattern !== undefined && pattern.flags.replace(/[gy]/g, '') === flags && !/\\[1-9k]/.test(pattern.source)) &&
      !concept.phrasings.some(readsClauseEdges);
    joined = joinable ? new RegExp(firsts.map((pattern) => `(?:${pattern!.source})`).join('|'), flags) : null;
    firstPatterns.set(concept, joined);
  }
  return joined;
}

const edgeReading = new WeakMap<Phrasing, boolean>();

function readsClauseEdges(phrasing: Phrasing): boolean {
  let reads = edgeReading.get(phrasing);
  if (reads === undefined) {
    reads = phrasing.patterns.some(
      (pattern) => pattern.sticky || pattern.source.includes('\\B') || /[\^$]|\(\?[=!<]/.test(pattern.source.replace(/\\[\s\S]/g, '')),
    );
    edgeReading.set(phrasing, reads);
  }
  return reads;
}

/** The concept's phrasings as a Markdown list, for the rule's docs. */
export function phrasingDocs(concept: Concept): string {
  return concept.phrasings.map((phrasing) => `- ${phrasing.doc}`).join('\n');
}
