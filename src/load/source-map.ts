import { isAlias, isCollection, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
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

type Offsets = readonly [number, number];

/** A {@link SourceMap} over a document parsed by the `yaml` package. */
export class YamlSourceMap implements SourceMap {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
    private readonly text: string,
  ) {}

  locate(path: DataPath, options: LocateOptions = {}): SourceRange {
    let node: unknown = this.doc.contents;
    let keyNode: Node | null = null;
    // The deepest place found so far that a missing path falls back to.
    let fallback: Offsets | null = null;
    for (const segment of path) {
      const here = this.placeOf(node, keyNode);
      if (here) fallback = here;
      if (isAlias(node)) node = node.resolve(this.doc);
      const step = childOf(node, segment);
      if (!step) return fallback ? this.rangeOf(fallback) : START_OF_FILE;
      node = step.value;
      keyNode = step.key;
    }
    if (options.key && keyNode?.range) return this.rangeOf([keyNode.range[0], keyNode.range[1]]);
    const found = this.placeOf(node, keyNode);
    return found ? this.rangeOf(found) : fallback ? this.rangeOf(fallback) : START_OF_FILE;
  }

  /**
   * Where a node is shown: a scalar or flow collection by itself; a block collection or
   * an empty value by its key, since its own text starts on a later line.
   */
  private placeOf(node: unknown, keyNode: Node | null): Offsets | null {
    const own = nodeOffsets(node);
    const key = keyNode?.range ? ([keyNode.range[0], keyNode.range[1]] as const) : null;
    if (!own) return key;
    const isBlock = isCollection(node) && !node.flow;
    if (key && (isBlock || isEmptyScalar(node))) return key;
    return own;
  }

  /** The range of a span of the text, clamped to its first line. */
  rangeOfOffsets(start: number, end: number): SourceRange {
    return this.rangeOf([start, end]);
  }

  private rangeOf([start, end]: Offsets): SourceRange {
    // Keep findings on one line: a multi-line node is shown by its first line.
    const newline = this.text.indexOf('\n', start);
    let stop = newline !== -1 && newline < end ? newline : end;
    while (stop > start && /[\s\r]/.test(this.text[stop - 1] ?? '')) stop--;
    if (stop <= start) stop = start;
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(stop);
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }
}

function nodeOffsets(node: unknown): Offsets | null {
  if (!node || typeof node !== 'object' || !('range' in node)) return null;
  const range = (node as Node).range;
  return range ? [range[0], range[1]] : null;
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
}

/** The child of a map or sequence node named by one path segment (the last one wins for repeated keys, as in the data). */
export function childOf(node: unknown, segment: string | number): { key: Node | null; value: unknown } | null {
  if (isMap(node)) {
    for (let i = node.items.length - 1; i >= 0; i--) {
      const pair = node.items[i]!;
      if (keyText(pair.key) === String(segment)) return { key: pair.key as Node, value: pair.value };
    }
    return null;
  }
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    if (index < 0 || index >= node.items.length) return null;
    return { key: null, value: node.items[index] };
  }
  return null;
}

/** The text of a mapping key as it appears in the data, or null for complex keys. */
export function keyText(key: unknown): string | null {
  if (isScalar(key)) return String(key.value);
  return null;
}
