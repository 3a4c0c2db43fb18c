import { MAPPING, SCALAR, SEQUENCE, type FastTree } from '../load/fast-tree.js';
import type { RuleEdit } from '../rules/define-rule.js';
import type { DataPath, TextEdit } from '../types.js';

/** The answer is for the `yaml` package's document to give: the fast tree cannot be sure. */
export const UNSURE = Symbol('resolve through the yaml document');

/** The style of a scalar written on one line, as the `yaml` package names it. */
export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

/**
 * Resolves one edit on the subset parser's tree of a file, as `resolveOne` in
 * `resolve-edit.ts` does on the `yaml` package's document, with the same answers: the
 * tree's offsets are the document's (the position tests check both parsers agree on every
 * path). Anything this does not read as surely the same (an empty value, a value over
 * several lines, repeated keys, anything but a plain or quoted scalar) is {@link UNSURE},
 * and the document decides. Parsing the document costs several times the subset parse, and
 * a file with a fix used to pay it (docs/performance.md).
 */
export function resolveOnFastTree(
  tree: FastTree,
  root: number | null,
  edit: RuleEdit,
  scalarText: (value: string, style: ScalarStyle) => string,
): TextEdit | undefined | typeof UNSURE {
  if (root === null || tree.hasDuplicateKeys) return UNSURE;
  switch (edit.kind) {
    case 'rename-key': {
      const parent = nodeAt(tree, root, edit.path.slice(0, -1));
      if (parent === undefined || tree.kinds[parent] !== MAPPING || tree.entryNamed(parent, edit.to) !== undefined) return undefined;
      const key = tree.entryNamed(parent, String(edit.path.at(-1)))?.key;
      if (key === undefined) return undefined;
      const span = scalarSpan(tree, key);
      return span === UNSURE ? UNSURE : { range: span.range, text: scalarText(edit.to, span.style) };
    }
    case 'replace-value': {
      const node = nodeAt(tree, root, edit.path);
      if (node === undefined || tree.kinds[node] !== SCALAR) return node === undefined ? undefined : UNSURE;
      const span = scalarSpan(tree, node);
      return span === UNSURE ? UNSURE : { range: span.range, text: scalarText(edit.value, span.style) };
    }
    case 'insert-key': {
      const parent = nodeAt(tree, root, edit.parentPath);
      if (parent === undefined || tree.kinds[parent] !== MAPPING || tree.entryNamed(parent, edit.key) !== undefined) return undefined;
      // Flow mappings and their empty forms are left to the document.
      if (tree.text[tree.startOf(parent)] === '{' || tree.childCount(parent) === 0) return UNSURE;
      const key = scalarText(edit.key, 'PLAIN');
      const at = tree.startOf(tree.childAt(parent, 0));
      const { text } = tree;
      const column = at - (text.lastIndexOf('\n', at - 1) + 1);
      const end = text.indexOf('\n', at);
      const lineEnding = end > 0 && text[end - 1] === '\r' ? '\r\n' : '\n';
      return { range: [at, at], text: `${key}: ${edit.valueText}${lineEnding}${' '.repeat(column)}` };
    }
  }
}

/** The node at a data path, through mappings and sequences, as `nodeAt` reads the document. */
function nodeAt(tree: FastTree, root: number, path: DataPath): number | undefined {
  let node = root;
  for (const segment of path) {
    const kind = tree.kinds[node];
    if (kind === MAPPING) {
      const entry = tree.entryNamed(node, String(segment));
      if (entry === undefined) return undefined;
      node = entry.value;
    } else if (kind === SEQUENCE && typeof segment === 'number') {
      if (!Number.isInteger(segment) || segment < 0 || segment >= tree.childCount(node)) return undefined;
      node = tree.childAt(node, segment);
    } else {
      return undefined;
    }
  }
  return node;
}

/** Where a scalar written on one line is, and its style; anything else is for the document. */
function scalarSpan(tree: FastTree, node: number): { range: [number, number]; style: ScalarStyle } | typeof UNSURE {
  const start = tree.startOf(node);
  const end = tree.ends[node]!;
  if (end <= start) return UNSURE;
  const { text } = tree;
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13) return UNSURE;
  const first = text[start];
  if (first === '"') return { range: [start, end], style: 'QUOTE_DOUBLE' };
  if (first === "'") return { range: [start, end], style: 'QUOTE_SINGLE' };
  if (first === '|' || first === '>' || first === '&' || first === '!' || first === '*' || first === '{' || first === '[') return UNSURE;
  return { range: [start, end], style: 'PLAIN' };
}
