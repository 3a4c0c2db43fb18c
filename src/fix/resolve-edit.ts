import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { SubsetTree } from '../load/load-design.js';
import { parseDesignSubset } from '../load/subset-parser.js';
import { yaml } from '../load/yaml-tree.js';
import type { RuleEdit } from '../rules/define-rule.js';
import type { DataPath, TextEdit } from '../types.js';
import { resolveOnFastTree, UNSURE } from './resolve-edit-fast.js';

/** Turns a rule's edits into text edits on one file; undefined for an edit it cannot place safely. */
export type EditResolver = (edit: RuleEdit | readonly RuleEdit[]) => TextEdit | undefined;

/**
 * Resolves rules' edits against one file's text (as loaded: no byte-order mark) through the
 * `yaml` package's document, whose node ranges are offsets into that text: only the span
 * that changes is rewritten, so comments, key order, quoting and blank lines stay as they
 * are (docs/fixes.md). A file in the design subset is read by the subset parser, whose tree
 * gives the same spans at a fraction of the cost (`resolve-edit-fast.ts`); the document is
 * parsed only for what that tree leaves open, on the first such edit: files without fixes
 * pay nothing. An edit whose result would not parse as YAML is dropped.
 */
export function editResolver(text: string, subsetTree?: SubsetTree): EditResolver {
  // The loader's tree of this text when it has one: the same as parsing the text again.
  let fast: SubsetTree | null | undefined = subsetTree;
  let doc: Document.Parsed | null | undefined;
  const documentOf = (): Document.Parsed | null => {
    if (doc === undefined) {
      const parsed = yaml().parseDocument(text, { uniqueKeys: false, logLevel: 'silent' });
      doc = parsed.errors.length === 0 ? parsed : null;
    }
    return doc;
  };
  const resolveEach = (one: RuleEdit): TextEdit | undefined => {
    if (fast === undefined) fast = parseDesignSubset(text);
    if (fast !== null) {
      const resolved = resolveOnFastTree(fast.tree, fast.root, one, scalarText);
      if (resolved !== UNSURE) return resolved;
    }
    const parsed = documentOf();
    return parsed === null ? undefined : resolveOne(parsed, text, one);
  };
  return (edit) => {
    const edits: TextEdit[] = [];
    for (const one of Array.isArray(edit) ? (edit as readonly RuleEdit[]) : [edit as RuleEdit]) {
      const resolved = resolveEach(one);
      if (resolved === undefined) return undefined;
      edits.push(resolved);
    }
    const merged = mergeEdits(text, edits);
    return merged !== undefined && parses(applyEdit(text, merged)) ? merged : undefined;
  };
}

/** The text with one edit applied. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}

/**
 * Whether a text parses as YAML without errors (repeated keys are errors here). What the
 * subset parser reads without repeated keys does; it gives up on anything else, errors
 * included, and the `yaml` package decides.
 */
function parses(text: string): boolean {
  const fast = parseDesignSubset(text);
  if (fast !== null && !fast.tree.hasDuplicateKeys) return true;
  return yaml().parseDocument(text, { uniqueKeys: true, logLevel: 'silent' }).errors.length === 0;
}

/** Several edits as one covering the span from the first to the last (as ESLint merges a rule's fixes); undefined when they overlap. */
function mergeEdits(text: string, edits: TextEdit[]): TextEdit | undefined {
  if (edits.length === 1) return edits[0];
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  const start = sorted[0]!.range[0];
  let end = start;
  let merged = '';
  for (const edit of sorted) {
    if (edit.range[0] < end) return undefined;
    merged += text.slice(end, edit.range[0]) + edit.text;
    end = edit.range[1];
  }
  return { range: [start, end], text: merged };
}

function resolveOne(doc: Document.Parsed, text: string, edit: RuleEdit): TextEdit | undefined {
  switch (edit.kind) {
    case 'rename-key': {
      const parent = nodeAt(doc, edit.path.slice(0, -1));
      if (!isMap(parent) || pairOf(parent, edit.to) !== undefined) return undefined;
      const key = pairOf(parent, String(edit.path.at(-1)))?.key;
      if (!isPlainOrQuoted(key)) return undefined;
      return { range: [key.range![0], key.range![1]], text: scalarText(edit.to, key.type) };
    }
    case 'replace-value': {
      const node = nodeAt(doc, edit.path);
      if (!isPlainOrQuoted(node)) return undefined;
      return { range: [node.range![0], node.range![1]], text: scalarText(edit.value, node.type) };
    }
    case 'insert-key': {
      const parent = nodeAt(doc, edit.parentPath);
      if (!isMap(parent) || pairOf(parent, edit.key) !== undefined || !parent.range) return undefined;
      const key = scalarText(edit.key, 'PLAIN');
      const first = parent.items[0]?.key as Node | undefined;
      if (parent.flow) {
        if (first === undefined) return { range: [parent.range[0] + 1, parent.range[0] + 1], text: `${key}: ${edit.valueText}` };
        if (!first.range) return undefined;
        return { range: [first.range[0], first.range[0]], text: `${key}: ${edit.valueText}, ` };
      }
      if (!first?.range) return undefined;
      const at = first.range[0];
      const column = at - (text.lastIndexOf('\n', at - 1) + 1);
      return { range: [at, at], text: `${key}: ${edit.valueText}${lineEndingAt(text, at)}${' '.repeat(column)}` };
    }
  }
}

/** The line ending of the line at `offset` (a file may mix them): the new line gets the one of the line it is put before. */
function lineEndingAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return end > 0 && text[end - 1] === '\r' ? '\r\n' : '\n';
}

/** The node at a data path, through mappings and sequences (not aliases: an edit there would change other places too). */
function nodeAt(doc: Document.Parsed, path: DataPath): unknown {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) node = pairOf(node, String(segment))?.value;
    else if (yaml().isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node;
}

const isMap = (node: unknown): node is YAMLMap<unknown, unknown> => yaml().isMap(node);

/** The pair of a key, the last one written as in the data. */
function pairOf(map: YAMLMap<unknown, unknown>, key: string): Pair<unknown, unknown> | undefined {
  let found: Pair<unknown, unknown> | undefined;
  for (const pair of map.items) if (yaml().isScalar(pair.key) && String(pair.key.value) === key) found = pair;
  return found;
}

/** A scalar written on one line, plain or quoted: the only kind edited in place (block scalars span lines). */
function isPlainOrQuoted(node: unknown): node is Scalar & { range: NonNullable<Scalar['range']> } {
  return (
    yaml().isScalar(node) &&
    node.range != null &&
    (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
    !node.anchor &&
    !node.tag
  );
}

/**
 * A text value written in the style of the scalar it replaces: the same quotes, or plain
 * when plain YAML reads it back unchanged anywhere.
 */
function scalarText(value: string, type: Scalar['type']): string {
  if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (type === 'PLAIN' && readsBackPlain(value)) return value;
  return JSON.stringify(value);
}

function readsBackPlain(value: string): boolean {
  if (value === '' || /[\r\n#,[\]{}]/.test(value) || value !== value.trim()) return false;
  // The subset parser reads what it accepts as the `yaml` package does, and costs less than loading it.
  const fast = parseDesignSubset(`k: ${value}\n`);
  if (fast !== null && !fast.tree.hasDuplicateKeys) return (fast.data as { k?: unknown } | null)?.k === value;
  try {
    const block = yaml().parse(`k: ${value}\n`) as { k?: unknown } | null;
    return block?.k === value;
  } catch {
    return false;
  }
}
