/** "Did you mean" suggestions for misspelled keys, enum values and rule ids. */

/**
 * Optimal string alignment distance: edits, with a swap of two neighbours counting as one.
 * Three rows, reused, rather than a matrix of arrays: it runs once per unknown key and
 * candidate, hundreds of thousands of times for a hostile file.
 */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforePrevious[j - 2]! + 1);
      current[j] = best;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length]!;
}

const normalise = (word: string): string => word.toLowerCase().replace(/[\s_-]+/g, '');

/** The digits of a name: `latency_p95` and `latency_p99` differ in meaning, not by a typo. */
const digitsOf = (word: string): string => word.replace(/\D+/g, ' ').trim();

/** A name without the endings that do not change what it names: `alerting`, `alerts` → `alert`. */
const stemOf = (word: string): string => word.replace(/(?:ings?|s|es|ed)$/, '');

/** Names longer than this are not compared: a suggestion for them would be noise, and the work grows with the product of lengths. */
const MAX_COMPARED = 64;

/**
 * The candidate closest to `word`, when it is close enough to be a likely typo and means
 * the same: equal but for case, separators or an ending (`alerting` → `alerts`), or within a
 * third of the word's length in edits; never one whose numbers differ (`latency_p95` is no
 * typo of `latency_p99`).
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  return rankedMatch(word, candidates)?.best;
}

/**
 * {@link closestMatch} when no other candidate is as close: the one a fix may rename to
 * without guessing (`monitorng` → `monitoring`), undefined when two are equally likely.
 */
export function uniqueClosestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const ranked = rankedMatch(word, candidates);
  return ranked && !ranked.tied ? ranked.best : undefined;
}

function rankedMatch(word: string, candidates: Iterable<string>): { best: string; tied: boolean } | undefined {
  const target = normalise(word);
  if (target.length > MAX_COMPARED) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(target.length, 3) / 3));
  const digits = digitsOf(target);
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    const other = normalise(candidate);
    if (digitsOf(other) !== digits) continue;
    const sameStem = stemOf(other) === stemOf(target) && stemOf(target).length >= 3;
    // The lengths alone put it out of reach: skip the quadratic distance (300,000 unknown
    // keys must stay cheap; docs/robustness.md).
    if (!sameStem && Math.abs(other.length - target.length) > allowed) continue;
    const distance = sameStem ? 0 : editDistance(target, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) {
      tied = true;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= allowed ? { best, tied } : undefined;
}
