import type { DataPath, SourceRange } from '../types.js';

/** Options for {@link SourceMap.locate}. */
export interface LocateOptions {
  /** Point at the key of the last path segment instead of its value (unknown keys, duplicate keys). */
  key?: boolean;
}

/** Turns data paths into positions in the file they were parsed from. */
export interface SourceMap {
  /**
   * The range of the node at `path`; for a path that does not exist, the range of its
   * nearest existing ancestor (its key when it has one); for nothing at all, 1:1.
   */
  locate(path: DataPath, options?: LocateOptions): SourceRange;
}

export const START_OF_FILE: SourceRange = Object.freeze({ line: 1, column: 1, endLine: 1, endColumn: 1 });

export type Offsets = readonly [start: number, end: number];

/** Line and column (both 1-based) of character offsets, by binary search over line starts. */
export class LineIndex {
  /** The offset where each line starts. */
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  /** The range of a span, kept on its first line (a multi-line node is shown by its first line) and without trailing blanks. */
  rangeOf([start, end]: Offsets): SourceRange {
    const newline = this.text.indexOf('\n', start);
    let stop = newline !== -1 && newline < end ? newline : end;
    while (stop > start && isWhiteSpace(this.text.charCodeAt(stop - 1))) stop--;
    const from = this.position(start);
    const to = this.position(Math.max(stop, start));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

/** What `\s` matches in a regular expression: white space and line terminators (also what `trim` removes). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** What a parser's node tree must offer for paths to be located in it. */
export interface NodeTree<N> {
  root: N | null;
  /** The child named by one path segment: a mapping's value (with its key node) or a sequence's item. */
  child(node: N, segment: string | number): { key: N | null; value: N | null } | null;
  offsets(node: N): Offsets | null;
  /** A block mapping or sequence, whose text starts on the line after its key. */
  isBlockCollection(node: N): boolean;
  /** A value with no text at all (`key:` and nothing after it). */
  isEmpty(node: N): boolean;
}

/** The index a sequence path segment names, or -1. */
export function sequenceIndex(segment: string | number, length: number): number {
  const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
  return index >= 0 && index < length ? index : -1;
}

/**
 * Locates a path in a node tree, the same way whatever parser built the tree: a scalar
 * or flow collection by itself; a block collection or an empty value by its key; a
 * missing path by its nearest existing ancestor; nothing at all at 1:1.
 */
export function locateInTree<N>(tree: NodeTree<N>, lines: LineIndex, path: DataPath, options: LocateOptions = {}): SourceRange {
  const placeOf = (node: N | null, key: N | null): Offsets | null => {
    const own = node === null ? null : tree.offsets(node);
    const keyOffsets = key === null ? null : tree.offsets(key);
    if (!own) return keyOffsets;
    if (keyOffsets && (tree.isBlockCollection(node!) || tree.isEmpty(node!))) return keyOffsets;
    return own;
  };
  let node: N | null = tree.root;
  let keyNode: N | null = null;
  // The nodes walked so far, for the nearest existing ancestor of a path that is not there:
  // its place is worked out only then (most located paths exist).
  const walked: (N | null)[] = [];
  for (const segment of path) {
    walked.push(node, keyNode);
    const step = node === null ? null : tree.child(node, segment);
    if (!step) {
      for (let at = walked.length - 2; at >= 0; at -= 2) {
        const place = placeOf(walked[at]!, walked[at + 1]!);
        if (place) return lines.rangeOf(place);
      }
      return START_OF_FILE;
    }
    node = step.value;
    keyNode = step.key;
  }
  if (options.key && keyNode) {
    const keyOffsets = tree.offsets(keyNode);
    if (keyOffsets) return lines.rangeOf(keyOffsets);
  }
  const found = placeOf(node, keyNode);
  if (found) return lines.rangeOf(found);
  for (let at = walked.length - 2; at >= 0; at -= 2) {
    const place = placeOf(walked[at]!, walked[at + 1]!);
    if (place) return lines.rangeOf(place);
  }
  return START_OF_FILE;
}

/** A {@link SourceMap} over any parser's tree. */
export class TreeSourceMap<N> implements SourceMap {
  constructor(
    private readonly tree: NodeTree<N>,
    readonly lines: LineIndex,
  ) {}

  locate(path: DataPath, options?: LocateOptions): SourceRange {
    return locateInTree(this.tree, this.lines, path, options);
  }
}
