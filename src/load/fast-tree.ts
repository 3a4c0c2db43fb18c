import jsYaml from 'js-yaml';
import { sequenceIndex, type NodeTree, type Offsets } from './source-map.js';

/**
 * Constructs that the fast path leaves to the `yaml` package, so that both paths give the
 * same data and positions: anchors, aliases and tags, complex keys, merge keys, several
 * documents, directives, and numbers whose YAML 1.2 meaning js-yaml reads differently.
 * False alarms only cost speed.
 */
const PROPERTY_OR_ALIAS = /(?:^|[\s[{,:-])[&*!]\S/;
const LINE_START_MARKER = /^(?:\s*\?(?:\s|$)|---|\.\.\.|%)/m;
const AMBIGUOUS_NUMBER = /\d_\d|\b0b[01]/;

function needsReferenceParser(text: string): boolean {
  // Cheap character checks first: most designs contain none of these characters.
  if ((text.includes('&') || text.includes('*') || text.includes('!')) && PROPERTY_OR_ALIAS.test(text)) return true;
  if (text.includes('<<')) return true;
  if ((text.includes('?') || text.includes('---') || text.includes('...') || text.includes('%')) && LINE_START_MARKER.test(text)) return true;
  return (text.includes('_') || text.includes('0b')) && AMBIGUOUS_NUMBER.test(text);
}

const SCALAR = 1;
const MAPPING = 2;
const SEQUENCE = 3;
/** A node js-yaml composed twice (a flow collection in a block sequence item): stands for its only child. */
const WRAPPER = 4;

const KIND_CODES: Record<string, number> = { scalar: SCALAR, mapping: MAPPING, sequence: SEQUENCE };

interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
}

/**
 * The nodes of one document in flat arrays, numbered in the order they open (a parent
 * before its children). Children lists are built only when a position is asked for, so
 * that files without findings pay little for positions.
 */
export class FastTree {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly kinds: number[] = [];
  readonly parents: number[] = [];
  /** Scalar values (a key's value is its name in the data). */
  readonly values: unknown[] = [];
  /** Whether some mapping repeats a key (only then are mappings walked for duplicates). */
  hasDuplicateKeys = false;
  private children: number[][] | undefined;

  constructor(readonly text: string) {}

  /** The children of a node in source order, wrappers replaced by what they wrap. */
  childrenOf(node: number): number[] {
    if (!this.children) {
      const lists: number[][] = this.kinds.map(() => []);
      for (let i = 1; i < this.kinds.length; i++) lists[this.parents[i]!]!.push(i);
      this.children = lists.map((list) => list.map((child) => this.unwrap(child)));
    }
    return this.children[node] ?? [];
  }

  unwrap(node: number): number {
    let at = node;
    while (this.kinds[at] === WRAPPER) at = at + 1;
    return at;
  }

  private readonly entries = new Map<number, { name: string; key: number; value: number }[]>();

  /** A mapping's entries in source order: key name, key node, value node. */
  entriesOf(node: number): { name: string; key: number; value: number }[] {
    const cached = this.entries.get(node);
    if (cached) return cached;
    const children = this.childrenOf(node);
    const entries: { name: string; key: number; value: number }[] = [];
    for (let i = 0; i + 1 < children.length; i += 2) entries.push({ name: String(this.values[children[i]!]), key: children[i]!, value: children[i + 1]! });
    this.entries.set(node, entries);
    return entries;
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

/**
 * Parses with js-yaml (several times faster than the `yaml` package) and records every
 * node's offsets from its parse events. Returns null when the text needs the reference
 * parser: a construct above, a syntax error (whose message and position the reference
 * parser gives), or events that do not add up.
 */
export function parseFast(text: string): { data: unknown; tree: FastTree; root: number | null } | null {
  if (needsReferenceParser(text)) return null;
  const tree = new FastTree(text);
  const { starts, ends, kinds, parents, values } = tree;
  const open: number[] = [];
  const childCounts: number[] = [];
  const positionInParent: number[] = [];
  const withComplexKey = new Set<number>();
  let consistent = true;
  let data: unknown;
  try {
    data = jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      json: true,
      listener(event: 'open' | 'close', state: ListenerState) {
        if (event === 'open') {
          const parent = open.length > 0 ? open[open.length - 1]! : -1;
          positionInParent.push(parent === -1 ? -1 : childCounts[childCounts.length - 1]!);
          if (parent !== -1) childCounts[childCounts.length - 1]!++;
          open.push(starts.length);
          childCounts.push(0);
          starts.push(state.position);
          ends.push(state.position);
          kinds.push(0);
          parents.push(parent);
          values.push(undefined);
          return;
        }
        const node = open.pop();
        const count = childCounts.pop();
        if (node === undefined || count === undefined) {
          consistent = false;
          return;
        }
        ends[node] = state.position;
        const kind = state.kind === null ? 0 : (KIND_CODES[state.kind] ?? 0);
        if (count === 1 && (kind === MAPPING || kind === SEQUENCE) && kinds[node + 1] === kind && values[node + 1] === state.result) {
          kinds[node] = WRAPPER;
          return;
        }
        kinds[node] = kind;
        values[node] = state.result;
        // A collection in a key's place (even position) makes its parent's keys complex, if the parent is a mapping.
        if (kind !== SCALAR && kind !== 0 && positionInParent[node]! % 2 === 0 && parents[node] !== -1) withComplexKey.add(parents[node]!);
        if (kind === MAPPING) {
          const result = state.result as Record<string, unknown> | null;
          const keys = result !== null && typeof result === 'object' ? Object.keys(result).length : -1;
          if (count % 2 !== 0 || count / 2 < keys || keys === -1 || withComplexKey.has(node)) consistent = false;
          // The two parsers name a null key differently ('' and 'null').
          else if (Object.prototype.hasOwnProperty.call(result, 'null') || Object.prototype.hasOwnProperty.call(result, '')) consistent = false;
          else if (count / 2 > keys) tree.hasDuplicateKeys = true;
        } else if (kind === SEQUENCE) {
          if (!Array.isArray(state.result) || state.result.length !== count) consistent = false;
        }
      },
    } as jsYaml.LoadOptions);
  } catch {
    return null;
  }
  if (!consistent || open.length > 0) return null;
  const root = kinds.length === 0 ? null : tree.unwrap(0);
  // A document of only comments or blanks has no node, as in the reference parser.
  const empty = root !== null && kinds[root] === 0 && text.slice(tree.startOf(root), ends[root]).trim() === '';
  return { data: data === undefined ? null : data, tree, root: empty ? null : root };
}

/** The fast tree as a {@link NodeTree}. */
export function fastTree(tree: FastTree, root: number | null): NodeTree<number> {
  const { text } = tree;
  return {
    root,
    child(node, segment) {
      if (tree.isKind(node, 'mapping')) {
        const entries = tree.entriesOf(node);
        for (let i = entries.length - 1; i >= 0; i--) {
          const entry = entries[i]!;
          if (entry.name === String(segment)) return { key: entry.key, value: entry.value };
        }
        return null;
      }
      if (tree.isKind(node, 'sequence')) {
        const items = tree.childrenOf(node);
        const index = sequenceIndex(segment, items.length);
        return index === -1 ? null : { key: null, value: items[index]! };
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
      const start = tree.startOf(node);
      return tree.ends[node]! <= start || text.slice(start, tree.ends[node]).trim() === '';
    },
  };
}
