/** Lines of context around each change, as `diff -u` shows. */
const CONTEXT = 3;
/** Above this many cells the middle of two texts is shown as one replacement rather than aligned line by line. */
const MAX_ALIGNED_CELLS = 25_000_000;

type Line = { kind: ' ' | '-' | '+'; text: string };

/**
 * A unified diff of two versions of a file (`--- a/name`, `+++ b/name`, hunks with 3 lines of
 * context), as `diff -u` and `git diff` write it; '' when they are equal. Lines keep their
 * endings; a last line without one is marked `\ No newline at end of file`.
 */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const lines = alignedLines(splitLines(before), splitLines(after));
  const hunks: string[] = [];
  let index = 0;
  while (index < lines.length) {
    if (lines[index]!.kind === ' ') {
      index++;
      continue;
    }
    // A hunk: back up for context, then run on while changes are within 2 × context of each other.
    const start = Math.max(0, index - CONTEXT);
    let end = index;
    let lastChange = index;
    while (end < lines.length && end - lastChange <= 2 * CONTEXT) {
      if (lines[end]!.kind !== ' ') lastChange = end;
      end++;
    }
    end = Math.min(lines.length, lastChange + CONTEXT + 1);
    hunks.push(hunkText(lines, start, end));
    index = end;
  }
  return `--- a/${name}\n+++ b/${name}\n${hunks.join('')}`;
}

function hunkText(lines: readonly Line[], start: number, end: number): string {
  let oldStart = 1;
  let newStart = 1;
  for (let index = 0; index < start; index++) {
    if (lines[index]!.kind !== '+') oldStart++;
    if (lines[index]!.kind !== '-') newStart++;
  }
  const slice = lines.slice(start, end);
  const oldCount = slice.filter((line) => line.kind !== '+').length;
  const newCount = slice.filter((line) => line.kind !== '-').length;
  const range = (first: number, count: number): string => `${count === 0 ? first - 1 : first}${count === 1 ? '' : `,${count}`}`;
  const body = slice
    .map((line) => `${line.kind}${line.text}${line.text.endsWith('\n') ? '' : '\n\\ No newline at end of file\n'}`)
    .join('');
  return `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${body}`;
}

const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** The two line lists aligned by a longest common subsequence, after their common start and end. */
function alignedLines(a: readonly string[], b: readonly string[]): Line[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const same = (text: string): Line => ({ kind: ' ', text });
  return [...a.slice(0, head).map(same), ...alignMiddle(middleA, middleB), ...a.slice(a.length - tail).map(same)];
}

function alignMiddle(a: readonly string[], b: readonly string[]): Line[] {
  if (a.length * b.length > MAX_ALIGNED_CELLS || a.length === 0 || b.length === 0) {
    return [...a.map((text): Line => ({ kind: '-', text })), ...b.map((text): Line => ({ kind: '+', text }))];
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const lines: Line[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ kind: ' ', text: a[i++]! });
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      lines.push({ kind: '-', text: a[i++]! });
    } else {
      lines.push({ kind: '+', text: b[j++]! });
    }
  }
  while (i < a.length) lines.push({ kind: '-', text: a[i++]! });
  while (j < b.length) lines.push({ kind: '+', text: b[j++]! });
  return lines;
}
