import jsYaml from 'js-yaml';
import { sequenceIndex, type NodeTree, type Offsets } from './source-map.js';

/** A node of the tree built from js-yaml's parse events. */
export interface FastNode {
  start: number;
  end: number;
  kind: 'mapping' | 'sequence' | 'scalar' | null;
  /** For scalars: the value js-yaml read (a key's value is its name in the data). */
  value?: unknown;
  /** For mappings: key and value nodes in source order (repeated keys included). */
  entries?: { name: string; key: FastNode; value: FastNode }[];
  /** For sequences: the items. */
  items?: FastNode[];
}

interface Frame {
  start: number;
  children: FastNode[];
}

interface ListenerState {
  position: number;
  kind: FastNode['kind'];
  result: unknown;
}

/**
 * Constructs that the fast path leaves to the `yaml` package, so that both paths give the
 * same data and positions: anchors, aliases and tags, complex keys, merge keys, several
 * documents, directives, and numbers whose YAML 1.2 meaning js-yaml reads differently.
 * False alarms only cost speed.
 */
const NEEDS_REFERENCE_PARSER = /(^|[\s[{,:-])[&*!]\S|<<|^\s*\?(\s|$)|^(---|\.\.\.|%)|\d_\d|\b0b[01]/m;

/** Moves past blanks and comments, to where a node's own text starts. */
function skipTrivia(text: string, position: number): number {
  let at = position;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text[at] !== '#') return at;
    while (at < text.length && text[at] !== '\n') at++;
  }
}

/**
 * Parses with js-yaml (several times faster than the `yaml` package) and builds a node
 * tree with offsets from its parse events. Returns null when the text needs the
 * reference parser: a construct above, a syntax error (whose message and position the
 * reference parser gives), or events that do not add up.
 */
export function parseFast(text: string): { data: unknown; root: FastNode | null } | null {
  if (NEEDS_REFERENCE_PARSER.test(text)) return null;
  const stack: Frame[] = [];
  let root: FastNode | null = null;
  let consistent = true;
  let data: unknown;
  try {
    data = jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      json: true,
      listener(event: 'open' | 'close', state: ListenerState) {
        if (event === 'open') {
          stack.push({ start: state.position, children: [] });
          return;
        }
        const frame = stack.pop();
        if (!frame) {
          consistent = false;
          return;
        }
        const only = frame.children.length === 1 ? frame.children[0]! : undefined;
        const parent = stack[stack.length - 1];
        // js-yaml composes a flow collection inside a block sequence item twice, one node
        // wrapping the other with the same result: keep the inner one.
        if (only && (state.kind === 'mapping' || state.kind === 'sequence') && only.kind === state.kind && only.value === state.result) {
          if (parent) parent.children.push(only);
          else root = only;
          return;
        }
        const node: FastNode = { start: skipTrivia(text, frame.start), end: state.position, kind: state.kind, value: state.result };
        if (node.end < node.start) node.end = node.start;
        if (state.kind === 'mapping') {
          if (frame.children.length % 2 !== 0) consistent = false;
          node.entries = [];
          for (let i = 0; i + 1 < frame.children.length; i += 2) {
            const key = frame.children[i]!;
            // A null key is named '' by the reference parser and 'null' by js-yaml.
            if (typeof key.value !== 'string' && typeof key.value !== 'number' && typeof key.value !== 'boolean') consistent = false;
            // js-yaml names a key by String(value), as plain objects do; complex keys never get here.
            node.entries.push({ name: String(key.value), key, value: frame.children[i + 1]! });
          }
          const result = state.result as Record<string, unknown>;
          if (result === null || typeof result !== 'object' || new Set(node.entries.map((entry) => entry.name)).size !== Object.keys(result).length) consistent = false;
        } else if (state.kind === 'sequence') {
          node.items = frame.children;
          if (!Array.isArray(state.result) || state.result.length !== frame.children.length) consistent = false;
        }
        if (parent) parent.children.push(node);
        else root = node;
      },
    } as jsYaml.LoadOptions);
  } catch {
    return null;
  }
  if (!consistent || stack.length > 0) return null;
  // A document of only comments or blanks has no node, as in the reference parser.
  const empty = root !== null && (root as FastNode).kind === null && (root as FastNode).end <= (root as FastNode).start;
  return { data: data === undefined ? null : data, root: empty ? null : root };
}

/** The fast tree as a {@link NodeTree}. */
export function fastTree(text: string, root: FastNode | null): NodeTree<FastNode> {
  return {
    root,
    child(node, segment) {
      if (node.entries) {
        for (let i = node.entries.length - 1; i >= 0; i--) {
          const entry = node.entries[i]!;
          if (entry.name === String(segment)) return { key: entry.key, value: entry.value };
        }
        return null;
      }
      if (node.items) {
        const index = sequenceIndex(segment, node.items.length);
        return index === -1 ? null : { key: null, value: node.items[index]! };
      }
      return null;
    },
    offsets: (node): Offsets => [node.start, node.end],
    isBlockCollection: (node) => (node.kind === 'mapping' || node.kind === 'sequence') && text[node.start] !== '{' && text[node.start] !== '[',
    isEmpty: (node) => node.end <= node.start || text.slice(node.start, node.end).trim() === '',
  };
}
