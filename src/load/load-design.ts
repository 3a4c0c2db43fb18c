import { isAscii } from 'node:buffer';
import type { Document } from 'yaml';
import type { DataPath, SourceRange } from '../types.js';
import { fastTree, type FastTree } from './fast-tree.js';
import { parseDesignSubset } from './subset-parser.js';
import { LineIndex, START_OF_FILE, TreeSourceMap, type SourceMap } from './source-map.js';
import { keyText, yaml, yamlTree } from './yaml-tree.js';

/** A problem the loader itself found, reported through the `yaml/*` rules. */
export interface LoadProblem {
  ruleId: 'yaml/syntax' | 'yaml/duplicate-key';
  messageId: string;
  data: Record<string, string | number>;
  range: SourceRange;
  path: DataPath;
  /** Nothing else can be said about the file. */
  fatal: boolean;
}

/** A design file read and parsed, with everything rules and reports need. */
export interface LoadedDesign {
  filePath: string;
  /** The text as parsed: a leading byte-order mark removed. */
  text: string;
  /** The plain data; `undefined` when the file could not be parsed. */
  data: unknown;
  sourceMap: SourceMap;
  problems: LoadProblem[];
  /** The design-subset parser's tree, when that parser read the file: fixes are placed on it without parsing the text again. */
  subsetTree?: SubsetTree;
}

/** The subset parser's node tree of a text and its root node (null for an empty document). */
export interface SubsetTree {
  tree: FastTree;
  root: number | null;
}

/**
 * Which parser reads the YAML. `auto` (the default) uses the design-subset parser and
 * falls back to the `yaml` package (the reference) for anything it does not take; both
 * give the same data and positions, which the test suite checks on every path.
 */
export type ParserChoice = 'auto' | 'reference';

export interface LoadOptions {
  parser?: ParserChoice;
  /** Most alias dereferences allowed when building the data ("billion laughs"). */
  maxAliasCount?: number;
}

export const DEFAULT_MAX_ALIAS_COUNT = 100;

/** Deepest nesting accepted; real designs nest about 6 levels, hostile files thousands (a stack overflow in any parser). */
export const MAX_NESTING_DEPTH = 100;

const NO_SOURCE_MAP: SourceMap = { locate: () => START_OF_FILE };

// Decoding is stateless without `stream`, so one decoder serves every file.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes file bytes as UTF-8 (dropping a leading byte-order mark), or, when they start
 * with the byte-order mark of UTF-16 or UTF-32, as that; or explains why they are not a
 * text file (docs/robustness.md).
 */
export function decodeDesignBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.includes(0) || (bytes.length >= 2 && (bytes[0] === 0xfe || bytes[0] === 0xff))) {
    const wide = decodeWideText(bytes);
    if (wide !== undefined) return wide;
    return { problem: 'the file is binary (it contains NUL bytes), not YAML text' };
  }
  // Most designs are ASCII, which decodes byte for byte (and cannot hold a byte-order mark).
  if (isAscii(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { problem: 'the file is not valid UTF-8 text; save it as UTF-8' };
  }
}

/** Text in UTF-16 or UTF-32 with a byte-order mark, decoded; without one, what to do; undefined when the bytes look like neither. */
function decodeWideText(bytes: Uint8Array): { text: string } | { problem: string } | undefined {
  const [b0, b1, b2, b3] = bytes;
  const encoding =
    b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0
      ? 'utf-32le'
      : b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff
        ? 'utf-32be'
        : b0 === 0xff && b1 === 0xfe
          ? 'utf-16le'
          : b0 === 0xfe && b1 === 0xff
            ? 'utf-16be'
            : undefined;
  if (encoding === undefined) {
    // No mark: text in UTF-32 or UTF-16 starts with characters (ASCII in YAML) each with three or one NUL beside it.
    if (looksWide(bytes, 4)) return { problem: 'UTF-32 is not supported without a byte-order mark: save the file as UTF-8' };
    if (looksWide(bytes, 2)) return { problem: 'UTF-16 is not supported without a byte-order mark: save the file as UTF-8' };
    return undefined;
  }
  let text: string;
  try {
    text = encoding.startsWith('utf-16')
      ? new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2))
      : decodeUtf32(bytes.subarray(4), encoding === 'utf-32le');
  } catch {
    return {
      problem:
        `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text; save ` +
        `it as UTF-8`,
    };
  }
  if (text.includes('\u0000')) return { problem: 'the file is binary (it contains NUL characters), not YAML text' };
  return { text };
}

/**
 * Whether the bytes start like ASCII text in `width`-byte units, little- or big-endian: each
 * unit one printable or white-space byte and NULs.
 */
function looksWide(bytes: Uint8Array, width: 2 | 4): boolean {
  if (bytes.length < width || bytes.length % width !== 0) return false;
  const units = Math.min(bytes.length / width, 32);
  const text = (byte: number) => (byte >= 0x20 && byte < 0x7f) || byte === 9 || byte === 10 || byte === 13;
  const endian = (little: boolean): boolean => {
    for (let unit = 0; unit < units; unit++) {
      for (let at = 0; at < width; at++) {
        const byte = bytes[unit * width + at]!;
        const isCharacter = little ? at === 0 : at === width - 1;
        if (isCharacter ? !text(byte) : byte !== 0) return false;
      }
    }
    return true;
  };
  return endian(true) || endian(false);
}

/** UTF-32 text (after its byte-order mark); throws on a length or code point that is not UTF-32. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 4 !== 0) throw new Error('not UTF-32');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 4) {
    const point = view.getUint32(at, littleEndian);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) throw new Error('not UTF-32');
    parts.push(String.fromCodePoint(point));
  }
  return parts.join('');
}

/** A design whose bytes could not even be read as text. */
export function unreadableDesign(filePath: string, reason: string): LoadedDesign {
  return {
    filePath,
    text: '',
    data: undefined,
    sourceMap: NO_SOURCE_MAP,
    problems: [{ ruleId: 'yaml/syntax', messageId: 'unreadable', data: { reason }, range: START_OF_FILE, path: [], fatal: true }],
  };
}

/** Parses a design's text, keeping a node tree so that any data path can be located. */
export function loadDesign(filePath: string, source: string, options: LoadOptions = {}): LoadedDesign {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = new LineIndex(text);
  const tooDeep = deepestNesting(text, lines);
  if (tooDeep) {
    const { line, column } = lines.position(tooDeep);
    const range = { line, column, endLine: line, endColumn: column };
    return {
      filePath,
      text,
      data: undefined,
      sourceMap: NO_SOURCE_MAP,
      problems: [{ ruleId: 'yaml/syntax', messageId: 'tooDeep', data: { limit: MAX_NESTING_DEPTH }, range, path: [], fatal: true }],
    };
  }
  if (options.parser !== 'reference') {
    const fast = parseDesignSubset(text, lines.starts);
    if (fast) {
      const sourceMap = new TreeSourceMap(fastTree(fast.tree, fast.root), lines);
      const problems = fastDuplicateKeys(fast.tree, fast.root, lines);
      return { filePath, text, data: fast.data, sourceMap, problems, subsetTree: { tree: fast.tree, root: fast.root } };
    }
  }
  return loadWithReferenceParser(filePath, text, lines, options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT);
}

function loadWithReferenceParser(filePath: string, text: string, lines: LineIndex, maxAliasCount: number): LoadedDesign {
  // logLevel `error`: the package's warnings (a list or mapping used as a key) go to
  // process warnings, that is stderr; such a key is an unknown-key finding instead.
  const doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false, logLevel: 'error' });
  const sourceMap = new TreeSourceMap(yamlTree(doc), lines);
  const at = (offset: number): SourceRange => {
    const { line, column } = lines.position(Math.min(offset, text.length));
    return { line, column, endLine: line, endColumn: column };
  };
  const atOffset = at;
  const problems: LoadProblem[] = [];
  for (const error of doc.errors) {
    if (error.code === 'MULTIPLE_DOCS') {
      problems.push({ ruleId: 'yaml/syntax', messageId: 'multipleDocuments', data: {}, range: at(error.pos[0]), path: [], fatal: false });
    } else {
      problems.push({
        ruleId: 'yaml/syntax',
        messageId: 'syntax',
        data: { reason: syntaxReason(error.message) },
        range: at(error.pos[0]),
        path: [],
        fatal: true,
      });
    }
  }
  if (problems.some((problem) => problem.fatal)) return { filePath, text, data: undefined, sourceMap, problems };
  for (const problem of referenceDuplicateKeys(doc, lines)) problems.push(problem);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The package throws a ReferenceError for an alias whose anchor is not defined (before it), too.
    const unresolved = /^Unresolved alias[^:]*: (.*)$/s.exec(message);
    let range = START_OF_FILE;
    let reason: string;
    if (unresolved) {
      const name = unresolved[1]!;
      const at = aliasOffset(text, name);
      if (at !== -1) range = atOffset(at);
      reason = `alias \`*${name}\` is not defined (an anchor \`&${name}\` must come before it)`;
    } else if (error instanceof ReferenceError && /alias/i.test(message)) {
      reason = `too many alias expansions (more than ${maxAliasCount}); a file that expands aliases this much is refused`;
    } else {
      reason = message;
    }
    problems.push({ ruleId: 'yaml/syntax', messageId: 'syntax', data: { reason }, range, path: [], fatal: true });
    return { filePath, text, data: undefined, sourceMap, problems };
  }
  return { filePath, text, data, sourceMap, problems };
}

/** Where `*name` first stands as an alias in the text (not inside a longer name), or -1. */
function aliasOffset(text: string, name: string): number {
  for (let at = text.indexOf(`*${name}`); at !== -1; at = text.indexOf(`*${name}`, at + 1)) {
    const after = text.charCodeAt(at + name.length + 1);
    if (Number.isNaN(after) || /[\s,\]}]/.test(String.fromCharCode(after))) return at;
  }
  return -1;
}

/**
 * The offset where nesting first goes deeper than {@link MAX_NESTING_DEPTH}, counting flow
 * brackets outside quotes and block indentation (one level per two columns), or 0.
 */
function deepestNesting(text: string, lines: LineIndex): number {
  if (!mayNestDeeply(text, lines.starts)) return 0;
  let depth = 0;
  let quote = '';
  let lineStart = true;
  let indent = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '\n') {
      lineStart = true;
      indent = 0;
      quote = quote === '"' ? quote : '';
      continue;
    }
    if (lineStart) {
      if (char === ' ' || char === '-') {
        indent++;
        if (indent / 2 > MAX_NESTING_DEPTH) return at;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (char === quote) quote = '';
      else if (char === '\\' && quote === '"') at++;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (at === 0 || /\s/.test(text[at - 1]!))) {
      while (at + 1 < text.length && text[at + 1] !== '\n') at++;
    } else if (char === '[' || char === '{') {
      if (++depth > MAX_NESTING_DEPTH) return at;
    } else if ((char === ']' || char === '}') && depth > 0) depth--;
  }
  return 0;
}

/** A cheap test that rules out deep nesting for almost every file: few brackets and no deep indentation. */
function mayNestDeeply(text: string, lineStarts: readonly number[]): boolean {
  let brackets = 0;
  for (const bracket of ['[', '{']) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) if (++brackets > MAX_NESTING_DEPTH) return true;
  }
  const deep = MAX_NESTING_DEPTH * 2 + 1;
  // The lines are already found: searching for each newline again took 2-3% of linting full-size designs.
  for (const start of lineStarts) {
    // Only a line whose character at the limit is indentation can be indented that deeply.
    const at = text.charCodeAt(start + deep - 1);
    if (at !== 32 && at !== 45) continue;
    let i = start;
    while (i < start + deep && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 45)) i++;
    if (i === start + deep) return true;
  }
  return false;
}

function syntaxReason(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

const duplicateProblem = (path: DataPath, name: string, range: SourceRange): LoadProblem => ({
  ruleId: 'yaml/duplicate-key',
  messageId: 'duplicate',
  data: { key: name },
  range,
  path,
  fatal: false,
});

/** Every mapping key that repeats an earlier key of the same mapping, at its second occurrence, in document order. */
function fastDuplicateKeys(tree: FastTree, root: number | null, lines: LineIndex): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const walk = (node: number, path: (string | number)[]): void => {
    if (tree.isKind(node, 'mapping')) {
      const seen = new Set<string>();
      for (const entry of tree.entriesOf(node)) {
        if (seen.has(entry.name))
          problems.push(
            duplicateProblem([...path, entry.name], entry.name, lines.rangeOf([tree.startOf(entry.key), tree.ends[entry.key]!])),
          );
        seen.add(entry.name);
        walk(entry.value, [...path, entry.name]);
      }
    } else if (tree.isKind(node, 'sequence')) {
      tree.childrenOf(node).forEach((item, index) => walk(item, [...path, index]));
    }
  };
  if (root !== null && tree.hasDuplicateKeys) walk(root, []);
  return problems.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}

function referenceDuplicateKeys(doc: Document.Parsed, lines: LineIndex): LoadProblem[] {
  const { isCollection, isSeq } = yaml();
  const problems: LoadProblem[] = [];
  yaml().visit(doc, {
    Map(_key, map, ancestry) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const name = keyText(pair.key);
        const range = (pair.key as { range?: [number, number, number] }).range;
        if (name === null) {
          // A list or mapping used as a key: JSON has no such key, so the data would hold it as
          // text nobody wrote. Said even inside `x-` extensions, which are otherwise never checked.
          if (isCollection(pair.key) && range) {
            const kind = isSeq(pair.key) ? 'list' : 'mapping';
            problems.push({
              ruleId: 'yaml/syntax',
              messageId: 'collectionKey',
              data: { kind },
              range: lines.rangeOf([range[0], range[1]]),
              path: pathOf(ancestry, map),
              fatal: false,
            });
          }
          continue;
        }
        if (seen.has(name) && range)
          problems.push(duplicateProblem([...pathOf(ancestry, map), name], name, lines.rangeOf([range[0], range[1]])));
        seen.add(name);
      }
    },
  });
  return problems.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}

/** The data path of a node from the ancestry that `visit` gives. */
function pathOf(ancestry: readonly unknown[], node: unknown): (string | number)[] {
  const { isMap, isPair, isSeq } = yaml();
  const path: (string | number)[] = [];
  const chain = [...ancestry, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isPair(parent) && child === parent.value) {
      const name = keyText(parent.key);
      if (name !== null) path.push(name);
    } else if (isSeq(parent)) {
      path.push(parent.items.indexOf(child as never));
    } else if (isMap(parent)) {
      continue;
    }
  }
  return path;
}
