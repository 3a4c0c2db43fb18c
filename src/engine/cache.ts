import { rmSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FileResult } from '../types.js';
import { readInputFile } from '../util/read-input.js';
import { isDirectory, writeFileAtomic } from '../util/write-atomic.js';
import { fileOfLine, lineAt, lineEnd, lineOf, parsedLine, sha1 } from './cache-lines.js';
import { findingsOf, rowsOf, type FindingRow } from './cached-findings.js';
import { resultOf } from './lint-designs.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_DIRECTORY = 'node_modules/.cache/mlsys-lint';
const CACHE_FILE = 'lint-cache';
/** What format 3 and earlier called the file: removed when a newer cache is written beside it. */
const OLD_CACHE_FILE = 'lint-cache.json';
/** The first line of the file; a file that starts otherwise (another format version) is ignored whole. */
const HEADER = 'mlsys-lint cache, format 6';
/** A larger cache file is not read (every file is linted and a new one written): about the longest string V8 makes. */
export const MAX_CACHE_FILE_SIZE = 512 * 1024 * 1024;

/**
 * One file's stored result, a line of the cache file (docs/cli.md, `--cache`): the size and
 * modification time seen before it was read, the SHA-1 of its content, the hash of its
 * context (configuration fingerprint, options, tool version), the rules it was checked
 * against (the id of a list) and its findings as rows (see cached-findings.ts).
 */
interface Entry {
  file: string;
  size: number;
  mtime: number;
  content: string;
  context: string;
  checked: string | null;
  findings: FindingRow[];
}

/** A list many entries share, stored once: the rules checked under one configuration, the keys of a kind of finding. */
interface List {
  list: string;
  items: string[];
}

/** The cache file for `--cache-location` (a folder, or a file; the default folder when undefined). */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  const target = resolve(cwd, location ?? DEFAULT_CACHE_DIRECTORY);
  return location === undefined || location.endsWith('/') || isDirectory(target) ? join(target, CACHE_FILE) : target;
}

/**
 * Results of earlier runs, by file: one JSON value a line, each line led by the SHA-1 of
 * its JSON, so that a damaged line is dropped (its file linted again) and never trusted
 * (docs/robustness.md). A file whose size and modification time are those stored is not
 * read again (as ESLint's file-entry-cache does); otherwise its content hash decides.
 *
 * The file is kept as the bytes read: opening it reads the lists and the path each entry's
 * line starts with; a line is checked and parsed when its file is looked up, and its parse
 * is garbage once the result is made, rather than 20,000 parsed entries alive through the
 * run (docs/performance.md, "The cache read line by line").
 */
export class LintCache {
  /** Entries of this run, by file, in file order: where its line starts when stored unchanged; null until a missed file's result comes. */
  private readonly kept = new Map<string, Entry | number | null>();
  /** Lists the unchanged lines of {@link kept} point at, in the order they were met. */
  private readonly keptLists = new Set<string>();
  /** Files {@link lookup} missed, with what their new entry is stored under. */
  private readonly misses = new Map<string, Omit<Entry, 'checked' | 'findings'>>();
  private readonly contextHashes = new Map<string, string>();
  private readonly listIds = new Map<string, string>();
  private dirty = false;

  private constructor(
    readonly filePath: string,
    /** The cache file as read (empty when there was none). */
    private readonly bytes: Buffer,
    /** Where each stored entry's line starts, by the file it names. */
    private readonly stored: ReadonlyMap<string, number>,
    private readonly lists: Map<string, string[]>,
    private readonly maxFileSize: number,
  ) {}

  /** Opens the cache at a location; a missing, unreadable or foreign file starts afresh. Files over `maxFileSize` are never cached. */
  static open(location: string | undefined, cwd: string, { maxFileSize = Infinity }: { maxFileSize?: number } = {}): LintCache {
    const filePath = cacheFilePath(location, cwd);
    const stored = new Map<string, number>();
    const lists = new Map<string, string[]>();
    let bytes: Buffer = Buffer.alloc(0);
    try {
      // Bounded and without blocking: a pipe or device given as --cache-location is not read.
      bytes = readInputFile(filePath, MAX_CACHE_FILE_SIZE);
    } catch {
      // No cache yet, or one that cannot be read: every file is linted and the cache rewritten.
    }
    if (lineAt(bytes, 0) !== HEADER) bytes = Buffer.alloc(0);
    for (let start = HEADER.length + 1; start < bytes.length; start = lineEnd(bytes, start) + 1) {
      const file = fileOfLine(bytes, start);
      if (file !== undefined) stored.set(file, start);
      else {
        // A list (a few lines, shared by many entries): read now.
        const value = parsedLine(bytes, start) as Partial<List> | undefined;
        if (typeof value?.list === 'string' && isStringList(value.items)) lists.set(value.list, value.items);
      }
    }
    return new LintCache(filePath, bytes, stored, lists, maxFileSize);
  }

  /**
   * The cached result for a file, when nothing it depends on changed; `context` names the
   * configuration and options, `stats` is the file's status taken before it is read
   * (undefined when it is missing). Otherwise, what {@link set} stores its new result under
   * is remembered (unless the file is gone or is not one the cache keeps).
   */
  lookup(filePath: string, context: string, stats: Stats | undefined): FileResult | undefined {
    // Not a regular file, or one the linter refuses: linted, with its finding, every time.
    if (stats === undefined || !stats.isFile() || stats.size > this.maxFileSize) return undefined;
    let contextHash = this.contextHashes.get(context);
    if (contextHash === undefined) this.contextHashes.set(context, (contextHash = sha1(context)));
    const start = this.stored.get(filePath);
    const stored = start === undefined ? undefined : (parsedLine(this.bytes, start) as Partial<Entry> | undefined);
    const candidate = stored && isEntry(stored) && stored.file === filePath && stored.context === contextHash ? stored : undefined;
    const result = candidate && this.resultOf(candidate);
    if (candidate && result && candidate.size === stats.size && candidate.mtime === stats.mtimeMs) {
      this.kept.set(filePath, start!);
      if (candidate.checked !== null) this.keptLists.add(candidate.checked);
      for (const row of candidate.findings) this.keptLists.add(row[0] as string);
      return result;
    }
    let content: string;
    try {
      content = sha1(readInputFile(filePath, this.maxFileSize));
    } catch {
      return undefined;
    }
    this.dirty = true;
    if (candidate && result && candidate.content === content) {
      // Same content, new modification time: stored again with the new time.
      this.kept.set(filePath, { ...candidate, size: stats.size, mtime: stats.mtimeMs });
      return result;
    }
    this.misses.set(filePath, { file: filePath, size: stats.size, mtime: stats.mtimeMs, content, context: contextHash });
    this.kept.set(filePath, null);
    return undefined;
  }

  /** Records a fresh result for a file {@link lookup} missed. */
  set(filePath: string, result: FileResult): void {
    const miss = this.misses.get(filePath);
    if (miss === undefined) return;
    const checked = result.checkedRules ? this.listId(result.checkedRules) : null;
    this.kept.set(filePath, { ...miss, checked, findings: rowsOf(result.findings, (keys) => this.listId(keys)) });
  }

  /** An entry's result as the engine makes it (counts from the findings, never stored), or undefined when the entry is damaged. */
  private resultOf(entry: Entry): FileResult | undefined {
    const checked = entry.checked === null ? null : this.lists.get(entry.checked);
    const findings = checked === undefined ? undefined : findingsOf(entry.findings, this.lists);
    if (findings === undefined) return undefined;
    return resultOf(entry.file, findings, checked ?? undefined);
  }

  /** The id of a list: the start of its hash, so that unchanged lines keep pointing at it. */
  private listId(ids: readonly string[]): string {
    const text = JSON.stringify(ids);
    let id = this.listIds.get(text);
    if (id === undefined) {
      id = sha1(text).slice(0, 16);
      this.listIds.set(text, id);
      this.lists.set(id, [...ids]);
    }
    return id;
  }

  /** Writes the entries of this run, when anything changed (files no longer linted, or whose rules crashed, drop out). */
  save(): void {
    if (!this.dirty && this.kept.size === this.stored.size) return;
    const kept = [...this.kept.values()].filter((stored) => stored !== null);
    const listIds = new Set(this.keptLists);
    for (const stored of kept) {
      if (typeof stored === 'number') continue;
      if (stored.checked !== null) listIds.add(stored.checked);
      for (const row of stored.findings) listIds.add(row[0] as string);
    }
    const lines = [HEADER];
    for (const id of listIds) lines.push(lineOf(JSON.stringify({ list: id, items: this.lists.get(id) })));
    // An unchanged line is written back as it was read.
    for (const stored of kept) lines.push(typeof stored === 'number' ? lineAt(this.bytes, stored) : lineOf(JSON.stringify(stored)));
    writeFileAtomic(this.filePath, `${lines.join('\n')}\n`);
    if (basename(this.filePath) === CACHE_FILE) rmSync(join(dirname(this.filePath), OLD_CACHE_FILE), { force: true });
  }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isEntry(value: Partial<Entry>): value is Entry {
  return (
    typeof value.file === 'string' &&
    typeof value.size === 'number' &&
    typeof value.mtime === 'number' &&
    typeof value.content === 'string' &&
    typeof value.context === 'string' &&
    (value.checked === null || typeof value.checked === 'string') &&
    Array.isArray(value.findings) &&
    value.findings.every(Array.isArray)
  );
}
