import { isWhiteSpace as isSpace, sequenceIndex, type NodeTree, type Offsets } from './source-map.js';

/**
 * Constructs that the fast path leaves to the `yaml` package, so that both paths give the
 * same data and positions: anchors, aliases and tags, complex keys, merge keys, several
 * documents, directives and unusual line breaks. False alarms only cost speed.
 */
export const PROPERTY_OR_ALIAS = /(?:^|[\s[{,:-])[&*!]\S/;

/** Characters the parsers treat differently: a byte-order mark inside the text, and Unicode line breaks. */
const UNUSUAL_CHARACTER = /[\uFEFF\u0085\u2028\u2029]/;

/**
 * Whether a text uses what the fast path leaves to the reference parser; markers before `from`
 * (a leading `---` the fast path skips) do not count.
 */
export function needsReferenceParser(text: string, from = 0): boolean {
  if (UNUSUAL_CHARACTER.test(text)) return true;
  if (hasPropertyOrAlias(text)) return true;
  if (text.includes('<<')) return true;
  return hasLineStartMarker(text, from);
}

/**
 * Whether an anchor, alias or tag may start in the text: what {@link PROPERTY_OR_ALIAS}
 * matches (a test compares them on random text), found from each `&`, `*` and `!` rather
 * than by trying the expression at every character: prose is full of "R&D", "5*" and "!",
 * and the expression cost more than the rest of the check.
 */
export function hasPropertyOrAlias(text: string): boolean {
  for (const indicator of PROPERTY_INDICATORS) {
    for (let at = text.indexOf(indicator); at !== -1; at = text.indexOf(indicator, at + 1)) {
      if (at + 1 >= text.length || isSpace(text.charCodeAt(at + 1))) continue;
      if (at === 0) return true;
      const before = text.charCodeAt(at - 1);
      // [ { , : -
      if (isSpace(before) || before === 91 || before === 123 || before === 44 || before === 58 || before === 45) return true;
    }
  }
  return false;
}

const PROPERTY_INDICATORS = ['&', '*', '!'];

const LINE_START_MARKERS = ['---', '...', '%'];

/**
 * Whether a line starts with `---`, `...` or `%`, or with `?` and a space after any
 * whitespace: what `/^(?:\s*\?(?:\s|$)|---|\.\.\.|%)/m` matches (a test compares them on
 * random text). Found by searching for the markers, not by trying the expression at
 * every line: designs are full of `99.9%` and `...`, rarely at a line's start, and the
 * expression took 5% of linting thousands of them.
 */
export function hasLineStartMarker(text: string, from = 0): boolean {
  for (const marker of LINE_START_MARKERS) {
    for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + 1))
      if (at === 0 || isLineBreak(text.charCodeAt(at - 1))) return true;
  }
  for (let at = text.indexOf('?', from); at !== -1; at = text.indexOf('?', at + 1)) {
    if (at + 1 < text.length && !isSpace(text.charCodeAt(at + 1))) continue;
    // Back over whitespace: a line starts in it, or the text does.
    let before = at - 1;
    let lineBreak = false;
    for (; before >= 0 && isSpace(text.charCodeAt(before)); before--) if (isLineBreak(text.charCodeAt(before))) lineBreak = true;
    if (before < 0 || lineBreak) {
      // A line must start at `from` or after it: after a line break at `from - 1` or later.
      if (before + 1 >= from || lineBreakAtOrAfter(text, from - 1, at)) return true;
    }
  }
  return false;
}

function lineBreakAtOrAfter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}

/** Line terminators, as `^` and `$` know them in a multiline regular expression. */
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

export const SCALAR = 1;
export const MAPPING = 2;
export const SEQUENCE = 3;

/**
 * The nodes of one document in flat arrays, numbered in document order (a parent before
 * its children). Children lists are built only when a position is asked for, so that
 * files without findings pay little for positions.
 */
/** Mappings up to this many entries are searched by a scan, larger ones through an index. */
const SCANNED_ENTRIES = 32;

export class FastTree {
  readonly starts: number[];
  readonly ends: number[];
  readonly kinds: number[];
  readonly parents: number[];
  /** Scalar values (a key's value is its name in the data). */
  readonly values: unknown[];
  /** Whether some mapping repeats a key (only then are mappings walked for duplicates). */
  hasDuplicateKeys = false;
  /**
   * Children lists, built on the first position asked for: node `n`'s children are
   * `childList[childStart[n] .. childStart[n + 1]]`, in source order. Two typed arrays
   * rather than an array per node, since every file with a finding builds them.
   */
  private childStart: number[] | undefined;
  private childList: number[] | undefined;

  /**
   * `capacity`: about how many nodes the parser expects. The arrays are made that long at
   * once, rather than grown node by node (a copy at each doubling, five arrays a design),
   * and cut to the real count by {@link trim} when the parse ends.
   */
  constructor(
    readonly text: string,
    capacity = 0,
  ) {
    this.starts = new Array<number>(capacity);
    this.ends = new Array<number>(capacity);
    this.kinds = new Array<number>(capacity);
    this.parents = new Array<number>(capacity);
    this.values = new Array<unknown>(capacity);
  }

  /** Cuts the arrays to the `count` nodes written. */
  trim(count: number): void {
    this.starts.length = count;
    this.ends.length = count;
    this.kinds.length = count;
    this.parents.length = count;
    this.values.length = count;
  }

  private indexChildren(): void {
    const count = this.kinds.length;
    const parents = this.parents;
    const start: number[] = new Array<number>(count + 1).fill(0);
    for (let i = 1; i < count; i++) start[parents[i]! + 1]!++;
    for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, count);
    const list: number[] = new Array<number>(Math.max(count - 1, 0)).fill(0);
    for (let i = 1; i < count; i++) list[next[parents[i]!]!++] = i;
    this.childStart = start;
    this.childList = list;
  }

  /** How many children a node has. */
  childCount(node: number): number {
    if (!this.childStart) this.indexChildren();
    return node >= 0 && node < this.kinds.length ? this.childStart![node + 1]! - this.childStart![node]! : 0;
  }

  /** A node's child by its index in source order (the index must be below {@link childCount}). */
  childAt(node: number, index: number): number {
    if (!this.childStart) this.indexChildren();
    return this.childList![this.childStart![node]! + index]!;
  }

  /** The children of a node in source order. */
  childrenOf(node: number): number[] {
    const count = this.childCount(node);
    const children: number[] = [];
    for (let i = 0; i < count; i++) children.push(this.childAt(node, i));
    return children;
  }

  private readonly entries = new Map<number, { name: string; key: number; value: number }[]>();

  /** A mapping's entries in source order: key name, key node, value node. */
  entriesOf(node: number): { name: string; key: number; value: number }[] {
    const cached = this.entries.get(node);
    if (cached) return cached;
    const children = this.childrenOf(node);
    const entries: { name: string; key: number; value: number }[] = [];
    for (let i = 0; i + 1 < children.length; i += 2)
      entries.push({ name: String(this.values[children[i]!]), key: children[i]!, value: children[i + 1]! });
    this.entries.set(node, entries);
    return entries;
  }

  private readonly entriesByName = new Map<number, Map<string, { name: string; key: number; value: number }>>();

  /**
   * A mapping's entry of a key name (the last of repeated keys, as in the data). Indexed
   * once per mapping: locating each of 300,000 unknown keys must not scan the mapping
   * each time (docs/robustness.md).
   */
  entryNamed(node: number, name: string): { name: string; key: number; value: number } | undefined {
    let byName = this.entriesByName.get(node);
    if (!byName) {
      const pairs = this.childCount(node) >> 1;
      // A design's mappings are small: a scan of the children costs less than a map. A
      // large one (300,000 keys) is indexed once, so that finding many of its keys stays linear.
      if (pairs <= SCANNED_ENTRIES) {
        // The last of repeated keys wins, as in the data.
        for (let i = pairs - 1; i >= 0; i--) {
          const key = this.childAt(node, 2 * i);
          if (String(this.values[key]) === name) return { name, key, value: this.childAt(node, 2 * i + 1) };
        }
        return undefined;
      }
      byName = new Map();
      for (const entry of this.entriesOf(node)) byName.set(entry.name, entry);
      this.entriesByName.set(node, byName);
    }
    return byName.get(name);
  }

  /** Where a node's own text starts: past blanks and comments. */
  startOf(node: number): number {
    const text = this.text;
    let at = this.starts[node]!;
    const end = this.ends[node]!;
    for (;;) {
      while (at < end && isBlank(text.charCodeAt(at))) at++;
      if (text.charCodeAt(at) !== 35 /* # */ || at >= end) return at;
      while (at < end && text.charCodeAt(at) !== 10) at++;
    }
  }

  isKind(node: number, kind: 'mapping' | 'sequence'): boolean {
    return this.kinds[node] === (kind === 'mapping' ? MAPPING : SEQUENCE);
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** The fast tree as a {@link NodeTree}. */
export function fastTree(tree: FastTree, root: number | null): NodeTree<number> {
  const { text } = tree;
  return {
    root,
    child(node, segment) {
      if (tree.isKind(node, 'mapping')) {
        const entry = tree.entryNamed(node, String(segment));
        return entry ? { key: entry.key, value: entry.value } : null;
      }
      if (tree.isKind(node, 'sequence')) {
        const index = sequenceIndex(segment, tree.childCount(node));
        return index === -1 ? null : { key: null, value: tree.childAt(node, index) };
      }
      return null;
    },
    offsets(node): Offsets {
      const start = tree.startOf(node);
      return [start, Math.max(start, tree.ends[node]!)];
    },
    isBlockCollection(node) {
      if (!tree.isKind(node, 'mapping') && !tree.isKind(node, 'sequence')) return false;
      const first = text[tree.startOf(node)];
      return first !== '{' && first !== '[';
    },
    isEmpty(node) {
      // Only white space from its start to its end (what `trim` removes), without slicing the text.
      const end = tree.ends[node]!;
      for (let at = tree.startOf(node); at < end; at++) if (!isSpace(text.charCodeAt(at))) return false;
      return true;
    },
  };
}
