import { rmSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FileResult } from '../types.js';
import { crypto } from '../util/lazy-crypto.js';
import { readInputFile } from '../util/read-input.js';
import { isDirectory, writeFileAtomic } from '../util/write-atomic.js';
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

// One call per line, thousands of lines: the one-shot hash costs less than a Hash object each.
const sha1 = (text: string | Uint8Array): string => crypto().hash('sha1', text, 'hex');

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
 * The file is kept as read, in bytes: opening it finds each line's file and reads the
 * lists; a file's line is checked and parsed when the file is looked up, and its parse is
 * garbage once the result is made. Parsing every line up front kept 20,000 parsed entries
 * alive through the run, for the garbage collector to copy (docs/performance.md, "The cache
 * read line by line").
 */
export class LintCache {
  /**
   * Entries of this run, by file, in file order: the bounds of its stored line when it is
   * stored unchanged; null until a missed file's result comes.
   */
  private readonly kept = new Map<string, Entry | LineBounds | null>();
  /** Lists the unchanged lines of {@link kept} point at, in the order they were first met. */
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
    /** Each stored entry's line, by the file it names. */
    private readonly stored: ReadonlyMap<string, LineBounds>,
    private readonly lists: Map<string, string[]>,
    private readonly maxFileSize: number,
  ) {}

  /** Opens the cache at a location; a missing, unreadable or foreign file starts afresh. Files over `maxFileSize` are never cached. */
  static open(location: string | undefined, cwd: string, { maxFileSize = Infinity }: { maxFileSize?: number } = {}): LintCache {
    const filePath = cacheFilePath(location, cwd);
    const stored = new Map<string, LineBounds>();
    const lists = new Map<string, string[]>();
    let bytes: Buffer = Buffer.alloc(0);
    try {
      // Bounded and without blocking: a pipe or device given as --cache-location is not read.
      bytes = readInputFile(filePath, MAX_CACHE_FILE_SIZE);
    } catch {
      // No cache yet, or one that cannot be read: every file is linted and the cache rewritten.
    }
    const header = bytes.indexOf(NEWLINE);
    if (header === -1 || bytes.toString('latin1', 0, header) !== HEADER) bytes = Buffer.alloc(0);
    for (let start = header + 1; start < bytes.length; ) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end === -1) end = bytes.length;
      const line = { start, end };
      if (startsWith(bytes, start + JSON_OFFSET, ENTRY_START)) {
        const file = fileOfEntryLine(bytes, line);
        if (file !== undefined) stored.set(file, line);
      } else {
        // A list (few lines, shared by many entries): read now.
        const value = parsedLine(bytes, line) as Partial<List> | undefined;
        if (typeof value?.list === 'string' && isStringList(value.items)) lists.set(value.list, value.items);
      }
      start = end + 1;
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
    const line = this.stored.get(filePath);
    const stored = line && this.entryOn(line, filePath);
    const candidate = stored?.context === contextHash ? stored : undefined;
    const result = candidate && this.resultOf(candidate);
    if (candidate && result && candidate.size === stats.size && candidate.mtime === stats.mtimeMs) {
      this.kept.set(filePath, line!);
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

  /** The entry on a stored line, when its checksum holds, it is of the expected shape and it is the file's. */
  private entryOn(line: LineBounds, filePath: string): Entry | undefined {
    const value = parsedLine(this.bytes, line) as Partial<Entry> | undefined;
    return value !== undefined && isEntry(value) && value.file === filePath ? value : undefined;
  }

  /** An entry's result as the engine makes it (counts from the findings, never stored), or undefined when the entry is damaged. */
  private resultOf(entry: Entry): FileResult | undefined {
    const checked = entry.checked === null ? null : this.lists.get(entry.checked);
    const findings = checked === undefined ? undefined : findingsOf(entry.findings, this.lists);
    if (findings === undefined) return undefined;
    const result = resultOf(entry.file, findings);
    if (checked) result.checkedRules = checked;
    return result;
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
    const lines = [HEADER];
    const listsWritten = new Set<string>();
    const writeList = (id: string) => {
      if (listsWritten.has(id)) return;
      listsWritten.add(id);
      lines.push(lineOf(JSON.stringify({ list: id, items: this.lists.get(id) })));
    };
    for (const id of this.keptLists) writeList(id);
    const kept = [...this.kept.values()].filter((stored) => stored !== null);
    for (const stored of kept) {
      if (isLineBounds(stored)) continue;
      if (stored.checked !== null) writeList(stored.checked);
      for (const row of stored.findings) writeList(row[0] as string);
    }
    // An unchanged line is written back as it was read.
    for (const stored of kept) {
      lines.push(isLineBounds(stored) ? this.bytes.toString('latin1', stored.start, stored.end) : lineOf(JSON.stringify(stored)));
    }
    writeFileAtomic(this.filePath, `${lines.join('\n')}\n`);
    if (basename(this.filePath) === CACHE_FILE) rmSync(join(dirname(this.filePath), OLD_CACHE_FILE), { force: true });
  }
}

/** Where a line lies in the file's bytes, its newline excluded. */
interface LineBounds {
  start: number;
  end: number;
}

function isLineBounds(value: Entry | LineBounds): value is LineBounds {
  return (value as Partial<LineBounds>).start !== undefined;
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Where a line's JSON starts: after the 40 hex digits of its checksum and a space. */
const JSON_OFFSET = 41;
/** How an entry's JSON starts: `file` is its first key (see {@link Entry}). */
const ENTRY_START = Buffer.from('{"file":"', 'latin1');

function startsWith(bytes: Buffer, offset: number, prefix: Buffer): boolean {
  return bytes.length >= offset + prefix.length && bytes.compare(prefix, 0, prefix.length, offset, offset + prefix.length) === 0;
}

/**
 * The file an entry's line names, read from the start of its JSON without parsing the rest;
 * undefined when the string does not end on the line. The line's checksum is checked when
 * its entry is read: a damaged name only means a file that is never looked up.
 */
function fileOfEntryLine(bytes: Buffer, { start, end }: LineBounds): string | undefined {
  const opening = start + JSON_OFFSET + ENTRY_START.length - 1;
  let escaped = false;
  for (let index = opening + 1; index < end; index++) {
    const byte = bytes[index];
    if (byte === BACKSLASH) {
      escaped = true;
      index++;
    } else if (byte === QUOTE) {
      if (!escaped) return bytes.toString('latin1', opening + 1, index);
      try {
        return JSON.parse(bytes.toString('latin1', opening, index + 1)) as string;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** A line's JSON value, or undefined when its checksum does not match or it is not JSON. */
function parsedLine(bytes: Buffer, { start, end }: LineBounds): unknown {
  // Latin-1: the file is ASCII (see lineOf); a byte beyond ASCII is damage the checksum finds.
  if (end - start <= JSON_OFFSET || bytes[start + JSON_OFFSET - 1] !== 0x20) return undefined;
  if (sha1(bytes.subarray(start + JSON_OFFSET, end)) !== bytes.toString('latin1', start, start + JSON_OFFSET - 1)) return undefined;
  try {
    return JSON.parse(bytes.toString('latin1', start + JSON_OFFSET, end)) as unknown;
  } catch {
    // A line whose checksum matches but is not ours: dropped like a damaged one.
    return undefined;
  }
}

/**
 * A line of the cache file: the checksum of the JSON, a space, the JSON, with every
 * character beyond ASCII escaped (`\u2014`): an ASCII file is read back as one-byte
 * strings, which decode and parse faster than UTF-8 of the same text.
 */
function lineOf(json: string): string {
  // Every character outside ASCII, NUL included in the class only as its lower bound.
  // eslint-disable-next-line no-control-regex
  const ascii = json.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${sha1(ascii)} ${ascii}`;
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
