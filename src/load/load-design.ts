import { LineCounter, isMap, isSeq, isPair, parseDocument, visit, type Document } from 'yaml';
import type { DataPath, SourceRange } from '../types.js';
import { START_OF_FILE, YamlSourceMap, keyText, type SourceMap } from './source-map.js';

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
}

/** Limits that keep hostile input from exhausting the process. */
export interface LoadLimits {
  /** Most alias dereferences allowed when building the data ("billion laughs"). */
  maxAliasCount: number;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = { maxAliasCount: 100 };

const NO_SOURCE_MAP: SourceMap = { locate: () => START_OF_FILE };

/** Decodes file bytes as UTF-8, or explains why they are not a text file. */
export function decodeDesignBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.includes(0)) return { problem: 'the file is binary (it contains NUL bytes), not YAML text' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'the file is not valid UTF-8 text; save it as UTF-8' };
  }
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

/** Parses a design's text, keeping the YAML document so that any data path can be located. */
export function loadDesign(filePath: string, source: string, limits: LoadLimits = DEFAULT_LOAD_LIMITS): LoadedDesign {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const sourceMap = new YamlSourceMap(doc, lineCounter, text);
  const rangeAt = (offset: number): SourceRange => {
    const { line, col } = lineCounter.linePos(Math.min(offset, text.length));
    return { line, column: col, endLine: line, endColumn: col };
  };
  const problems: LoadProblem[] = [];
  for (const error of doc.errors) {
    if (error.code === 'MULTIPLE_DOCS') {
      problems.push({ ruleId: 'yaml/syntax', messageId: 'multipleDocuments', data: {}, range: rangeAt(error.pos[0]), path: [], fatal: false });
    } else {
      problems.push({ ruleId: 'yaml/syntax', messageId: 'syntax', data: { reason: syntaxReason(error.message) }, range: rangeAt(error.pos[0]), path: [], fatal: true });
    }
  }
  if (problems.some((problem) => problem.fatal)) return { filePath, text, data: undefined, sourceMap, problems };
  problems.push(...duplicateKeys(doc, sourceMap));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const reason = error instanceof ReferenceError && /alias/i.test(error.message)
      ? `too many alias expansions (more than ${limits.maxAliasCount}); a file that expands aliases this much is refused`
      : error instanceof Error ? error.message : String(error);
    problems.push({ ruleId: 'yaml/syntax', messageId: 'syntax', data: { reason }, range: START_OF_FILE, path: [], fatal: true });
    return { filePath, text, data: undefined, sourceMap, problems };
  }
  return { filePath, text, data, sourceMap, problems };
}

function syntaxReason(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/** Every mapping key that repeats an earlier key of the same mapping, at its second occurrence. */
function duplicateKeys(doc: Document.Parsed, sourceMap: YamlSourceMap): LoadProblem[] {
  const problems: LoadProblem[] = [];
  visit(doc, {
    Map(_key, map, ancestry) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const name = keyText(pair.key);
        if (name === null) continue;
        if (seen.has(name)) {
          const keyRange = (pair.key as { range?: [number, number, number] }).range;
          const path = [...pathOf(ancestry, map), name];
          problems.push({
            ruleId: 'yaml/duplicate-key',
            messageId: 'duplicate',
            data: { key: name },
            range: keyRange ? sourceMap.rangeOfOffsets(keyRange[0], keyRange[1]) : sourceMap.locate(path, { key: true }),
            path,
            fatal: false,
          });
        }
        seen.add(name);
      }
    },
  });
  return problems;
}

/** The data path of a node from the ancestry that `visit` gives. */
function pathOf(ancestry: readonly unknown[], node: unknown): (string | number)[] {
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
