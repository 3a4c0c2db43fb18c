/** "Did you mean" suggestions for misspelled keys, enum values and rule ids. */

/** Optimal string alignment distance: edits, with a swap of two neighbours counting as one. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
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
  const target = normalise(word);
  if (target.length > MAX_COMPARED) return undefined;
  const digits = digitsOf(target);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const normalised = normalise(candidate);
    if (digitsOf(normalised) !== digits) continue;
    const distance = stemOf(normalised) === stemOf(target) && stemOf(target).length >= 3 ? 0 : editDistance(target, normalised);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(target.length, 3) / 3));
  return bestDistance <= allowed ? best : undefined;
}
