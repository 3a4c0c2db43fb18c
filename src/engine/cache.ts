import { readFileSync, rmSync, statSync } from 'node:fs';
import { endianness } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { DataPath, FileResult, Finding, Severity } from '../types.js';
import { crypto } from '../util/lazy-crypto.js';
import { isDirectory, writeFileAtomic } from '../util/write-atomic.js';
import { ruleDocsUrl } from '../rules/index.js';
import { bytesOf, cacheFileBytes, DIGEST_BYTES, ENTRY_INTS, FINDING_WIDTH, FORMAT_VERSION, NO_ENTRIES, readCacheFile, STRING_FIELDS, type SectionName, type StoredEntries } from './cache-file.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_DIRECTORY = 'node_modules/.cache/mlsys-lint';
const CACHE_FILE = 'lint-cache';
/** What format 3 and earlier called the file: removed when a newer cache is written beside it. */
const OLD_CACHE_FILE = 'lint-cache.json';
const SEVERITIES: readonly Severity[] = ['info', 'warn', 'error'];
/** A file the cache has no result for: what to store its result under, and the size and time seen before it was read. */
interface CacheMiss {
  context: string;
  digest: Uint8Array;
  size: number;
  mtime: number;
}

/**
 * A result of this run to store: one reused from the cache as it was (its entry), or with
 * a new time, or fresh; null holds a missed file's place (in file order) until its result comes.
 */
type Stored = number | { reused: number; size: number; mtime: number } | { miss: CacheMiss; result: FileResult } | null;

/** The cache file for `--cache-location` (a folder, or a file; the default folder when undefined). */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  const target = resolve(cwd, location ?? DEFAULT_CACHE_DIRECTORY);
  return location === undefined || location.endsWith('/') || isDirectory(target) ? join(target, CACHE_FILE) : target;
}

/**
 * Results of earlier runs, by file. An entry is used only when its context (the
 * fingerprint of the configuration that governs the file, the options that change findings
 * and the tool's version) matches, and its content hash does. A file whose size and modification time
 * are those recorded is not read again.
 */
export class LintCache {
  /** Results of this run, by file: reused ones and fresh ones. */
  private readonly results = new Map<string, Stored>();
  /** Whether the file on disk must be rewritten: a result changed, or a file dropped out. */
  private dirty = false;
  /** Stored context → its number in `contexts`. */
  private readonly contextNumbers = new Map<string, number>();
  /** The entry {@link entryOf} expects next: runs look files up in the order they were stored in. */
  private nextEntry = 0;
  /** Path → its entry, made only when a run looks files up out of the stored order. */
  private entriesByPath: Map<string, number> | undefined;
  // Decoded once per distinct stored string and shared by every result that has it: a warm
  // run over thousands of files decodes the same few paths, rule lists and URLs again and again.
  private readonly decodedPaths = new Map<number, DataPath | null>();
  private readonly decodedRuleLists = new Map<number, readonly string[] | null | false>();
  /** Per string: 0 not yet looked at, 1 a data path, 2 not one. A warm run checks every stored finding's path. */
  private readonly pathStates: Uint8Array;
  private readonly docsUrls = new Map<string, string>();
  /** Files {@link lookup} found no result for, with what to store their result under. */
  private readonly misses = new Map<string, CacheMiss>();
  /** Pieces made in this run, by key and file. */
  private readonly newPieces = new Map<string, Map<string, string>>();

  private constructor(
    readonly filePath: string,
    private readonly stored: StoredEntries,
    private readonly maxFileSize: number,
  ) {
    stored.contexts.forEach((context, number) => this.contextNumbers.set(context, number));
    this.pathStates = new Uint8Array(stored.strings.length);
  }

  /**
   * Opens the cache at a location: a folder (the default) or a file, reading the stored
   * output pieces of `pieceKeys` only. A missing or broken cache starts afresh. Files
   * larger than `maxFileSize` are never cached (nor read to be hashed).
   */
  static open(location: string | undefined, cwd: string, { pieceKeys = [], maxFileSize = Infinity }: { pieceKeys?: readonly string[]; maxFileSize?: number } = {}): LintCache {
    const filePath = cacheFilePath(location, cwd);
    let stored: StoredEntries | undefined;
    try {
      stored = readCacheFile(filePath, pieceKeys);
    } catch {
      // No cache yet, or one that cannot be read: every file is linted and the cache rewritten.
    }
    return new LintCache(filePath, stored ?? NO_ENTRIES, maxFileSize);
  }

  /**
   * The cached result for a file, when nothing it depends on changed; `context` names the
   * configuration and options. Otherwise, what {@link set} is to store its new result
   * under is remembered (unless the file is gone).
   */
  lookup(filePath: string, context: string): FileResult | undefined {
    const entry = this.entryOf(filePath);
    // Taken before the content is read: a file that changes afterwards has another time next run.
    const stats = statSync(filePath, { throwIfNoEntry: false });
    // Not a regular file (a named pipe would block the read below), or one the linter refuses:
    // linted, with its finding, every time.
    if (stats === undefined || !stats.isFile() || stats.size > this.maxFileSize) return undefined;
    const { times, ints, digests } = this.stored;
    const sameContext = entry !== undefined && ints[entry * ENTRY_INTS] === (this.contextNumbers.get(context) ?? -1);
    if (sameContext && times[entry * 2] === stats.size && times[entry * 2 + 1] === stats.mtimeMs) {
      const result = this.decode(filePath, entry);
      if (result !== undefined) {
        this.results.set(filePath, entry);
        return result;
      }
    }
    let content: Buffer;
    try {
      content = readFileSync(filePath);
    } catch {
      return undefined;
    }
    // node:crypto is loaded only here: a warm run reads and hashes no file.
    const digest = crypto().createHash('sha1').update(content).digest();
    if (sameContext && digest.equals(digests.subarray(entry * DIGEST_BYTES, (entry + 1) * DIGEST_BYTES))) {
      const result = this.decode(filePath, entry);
      if (result !== undefined) {
        // Same content, new modification time: remember the new time.
        this.dirty = true;
        this.results.set(filePath, { reused: entry, size: stats.size, mtime: stats.mtimeMs });
        return result;
      }
    }
    this.misses.set(filePath, { context, digest, size: stats.size, mtime: stats.mtimeMs });
    this.results.set(filePath, null);
    this.dirty = true;
    return undefined;
  }

  /**
   * The stored entry of a file. Files are stored in the order a run looks them up (file
   * order), so the next run finds each where the last one ended, without hashing tens of
   * thousands of paths into a map; only a run that looks up another order builds one.
   */
  private entryOf(filePath: string): number | undefined {
    const { paths } = this.stored;
    if (paths[this.nextEntry] === filePath) return this.nextEntry++;
    this.entriesByPath ??= new Map(paths.map((path, entry) => [path, entry]));
    const entry = this.entriesByPath.get(filePath);
    if (entry !== undefined) this.nextEntry = entry + 1;
    return entry;
  }

  /** Records a fresh result for a file {@link lookup} missed, under what it saw then. */
  set(filePath: string, result: FileResult): void {
    const miss = this.misses.get(filePath);
    if (miss === undefined) return;
    this.results.set(filePath, { miss, result });
    this.dirty = true;
  }

  /**
   * The stored output piece of a file under `key`, as UTF-8, when the file's result came
   * from the cache in this run: the piece was made from that very result.
   */
  storedPiece(filePath: string, key: string): Uint8Array | undefined {
    const stored = this.results.get(filePath);
    if (stored === undefined || stored === null || (typeof stored !== 'number' && !('reused' in stored))) return undefined;
    return this.pieceAt(typeof stored === 'number' ? stored : stored.reused, key);
  }

  /** Records the output piece made in this run for a file whose result is in this run. */
  setPiece(filePath: string, key: string, piece: string): void {
    let byFile = this.newPieces.get(key);
    if (byFile === undefined) {
      byFile = new Map();
      this.newPieces.set(key, byFile);
    }
    byFile.set(filePath, piece);
    this.dirty = true;
  }

  private pieceAt(entry: number, key: string): Uint8Array | undefined {
    const pieces = this.stored.pieces.get(key);
    if (pieces === undefined) return undefined;
    const start = pieces.offsets[entry * 2];
    const length = pieces.offsets[entry * 2 + 1];
    if (start === undefined || length === undefined || start < 0 || length < 0 || start + length > pieces.bytes.length) return undefined;
    // A plain view: a Buffer's subarray goes through its species constructor, for each of thousands of files.
    return new Uint8Array(pieces.bytes.buffer, pieces.bytes.byteOffset + start, length);
  }

  /** Writes the entries of this run, when anything changed (files no longer linted drop out). */
  save(): void {
    if (!this.dirty && this.results.size === this.stored.paths.length) return;
    const old = this.stored;
    const strings = new Interned();
    const contexts = new Interned();
    // Files whose result never came (their rules crashed) are left out.
    const kept = [...this.results].filter((pair): pair is [string, NonNullable<Stored>] => pair[1] !== null);
    const count = kept.length;
    const paths: string[] = [];
    const times = new Float64Array(count * 2);
    const ints = new Int32Array(count * ENTRY_INTS);
    const digests = new Uint8Array(count * DIGEST_BYTES);
    const findings: number[] = [];
    let entry = 0;
    for (const [filePath, stored] of kept) {
      paths.push(filePath);
      const first = findings.length / FINDING_WIDTH;
      if (typeof stored === 'object' && 'miss' in stored) {
        const { miss, result } = stored;
        for (const finding of result.findings) {
          findings.push(
            strings.of(finding.ruleId ?? ''),
            SEVERITIES.indexOf(finding.severity),
            strings.of(finding.message),
            strings.of(finding.messageId),
            finding.line,
            finding.column,
            finding.endLine,
            finding.endColumn,
            strings.of(JSON.stringify(finding.path)),
            finding.fatal ? 1 : 0,
          );
        }
        times[entry * 2] = miss.size;
        times[entry * 2 + 1] = miss.mtime;
        ints.set([contexts.of(miss.context), strings.of(JSON.stringify(result.checkedRules ?? null)), first, result.findings.length], entry * ENTRY_INTS);
        digests.set(miss.digest, entry * DIGEST_BYTES);
      } else {
        const at = typeof stored === 'number' ? stored : stored.reused;
        const start = old.ints[at * ENTRY_INTS + 2]!;
        const stop = start + old.ints[at * ENTRY_INTS + 3]!;
        for (let finding = start; finding < stop; finding++) {
          for (let field = 0; field < FINDING_WIDTH; field++) {
            const value = old.findings[finding * FINDING_WIDTH + field]!;
            findings.push(STRING_FIELDS.includes(field) ? strings.of(old.strings[value] ?? '') : value);
          }
        }
        const retimed = typeof stored === 'number' ? undefined : stored;
        times[entry * 2] = retimed ? retimed.size : old.times[at * 2]!;
        times[entry * 2 + 1] = retimed ? retimed.mtime : old.times[at * 2 + 1]!;
        ints.set([contexts.of(old.contexts[old.ints[at * ENTRY_INTS]!] ?? ''), strings.of(old.strings[old.ints[at * ENTRY_INTS + 1]!] ?? 'null'), first, stop - start], entry * ENTRY_INTS);
        digests.set(old.digests.subarray(at * DIGEST_BYTES, (at + 1) * DIGEST_BYTES), entry * DIGEST_BYTES);
      }
      entry++;
    }
    const { pieceKeys, pieceBytes, pieceOffsets, pieces } = this.piecesToSave(kept);
    const sections: Record<SectionName, Uint8Array[]> = {
      paths: [Buffer.from(paths.join('\u0000'))],
      times: [bytesOf(times)],
      ints: [bytesOf(ints)],
      digests: [digests],
      findings: [bytesOf(Int32Array.from(findings))],
      pieceOffsets: [bytesOf(pieceOffsets)],
      pieces,
    };
    writeFileAtomic(this.filePath, cacheFileBytes({ version: FORMAT_VERSION, endianness: endianness(), contexts: contexts.list, strings: strings.list, pieceKeys, pieceBytes, entries: count }, sections));
    if (basename(this.filePath) === CACHE_FILE) rmSync(join(dirname(this.filePath), OLD_CACHE_FILE), { force: true });
  }

  /**
   * The pieces of this run's files, for the keys of this run: those made in this run, and
   * the stored ones of files whose result was reused. (Pieces of other formats are dropped
   * when the cache is rewritten: a run reads only its own.)
   */
  private piecesToSave(kept: readonly [string, NonNullable<Stored>][]): { pieceKeys: string[]; pieceBytes: number[]; pieceOffsets: Int32Array; pieces: Uint8Array[] } {
    const keys = [...new Set([...this.newPieces.keys(), ...this.stored.pieces.keys()])];
    const offsets = new Int32Array(keys.length * kept.length * 2);
    const blockLengths: number[] = [];
    const pieces: Uint8Array[] = [];
    let slot = 0;
    for (const key of keys) {
      const made = this.newPieces.get(key);
      // Pieces made in this run are encoded a run of them at a time: one conversion rather than thousands.
      let texts: string[] = [];
      const flushTexts = () => {
        if (texts.length > 0) pieces.push(Buffer.from(texts.join('')));
        texts = [];
      };
      let length = 0;
      for (const [filePath, stored] of kept) {
        const reusedAt = typeof stored === 'number' ? stored : 'reused' in stored ? stored.reused : undefined;
        const piece = made?.get(filePath) ?? (reusedAt === undefined ? undefined : this.pieceAt(reusedAt, key));
        // Byte length as written: a lone surrogate becomes the three bytes of U+FFFD, as on standard output.
        const size = piece === undefined ? 0 : typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length;
        // Offsets are 32-bit: output beyond 2 GiB is not kept.
        if (piece === undefined || length + size > 0x7fffffff) {
          offsets[slot++] = -1;
          offsets[slot++] = 0;
          continue;
        }
        offsets[slot++] = length;
        offsets[slot++] = size;
        length += size;
        if (typeof piece === 'string') texts.push(piece);
        else {
          flushTexts();
          pieces.push(piece);
        }
      }
      flushTexts();
      blockLengths.push(length);
    }
    return { pieceKeys: keys, pieceBytes: blockLengths, pieceOffsets: offsets, pieces };
  }

  /**
   * The stored result of an entry, or undefined when the entry is damaged (the file is
   * then linted again). Everything that could be wrong with the entry is checked here; its
   * findings are only made when something reads them: a warm run whose output comes from
   * stored pieces never does, and makes none of hundreds of thousands of objects.
   */
  private decode(filePath: string, entry: number): FileResult | undefined {
    const { ints, findings: f } = this.stored;
    const checked = this.ruleListAt(ints[entry * ENTRY_INTS + 1]!);
    const start = ints[entry * ENTRY_INTS + 2]!;
    const count = ints[entry * ENTRY_INTS + 3]!;
    if (checked === false || start < 0 || count < 0 || (start + count) * FINDING_WIDTH > f.length) return undefined;
    let errorCount = 0;
    let warningCount = 0;
    let infoCount = 0;
    let fatalErrorCount = 0;
    const pathStates = this.pathStates;
    for (let at = start * FINDING_WIDTH, end = (start + count) * FINDING_WIDTH; at < end; at += FINDING_WIDTH) {
      const pathIndex = f[at + 8]!;
      let state = pathStates[pathIndex];
      if (state === 0) {
        state = this.pathAt(pathIndex) === null ? 2 : 1;
        pathStates[pathIndex] = state;
      }
      // An index past the strings (undefined) is damage too.
      if (state !== 1) return undefined;
      const severity = SEVERITIES[f[at + 1]!] ?? 'error';
      if (severity === 'error') errorCount++;
      else if (severity === 'warn') warningCount++;
      else infoCount++;
      if (f[at + 9] === 1) fatalErrorCount++;
    }
    // The accessor is added to an object without `findings` (then the other properties, in
    // the order of a fresh result): replacing a data property by an accessor would turn each
    // of tens of thousands of results into a slow dictionary object. The accessor is shared
    // by every result of this cache, not closures for each.
    const result = { filePath } as FileResult;
    Object.defineProperty(result, 'findings', this.lazyFindings);
    result.errorCount = errorCount;
    result.warningCount = warningCount;
    result.infoCount = infoCount;
    result.fatalErrorCount = fatalErrorCount;
    if (checked) result.checkedRules = checked;
    return result;
  }

  /** `findings` of a result from this cache: made on first read, then a plain value in the accessor's place. */
  private readonly lazyFindings: PropertyDescriptor = (() => {
    const replace = (result: FileResult, findings: Finding[]) => Object.defineProperty(result, 'findings', { value: findings, writable: true, enumerable: true, configurable: true });
    const findingsOf = (filePath: string): Finding[] => {
      const stored = this.results.get(filePath)!;
      const entry = typeof stored === 'number' ? stored : (stored as { reused: number }).reused;
      return this.findingsAt(this.stored.ints[entry * ENTRY_INTS + 2]!, this.stored.ints[entry * ENTRY_INTS + 3]!);
    };
    return {
      get(this: FileResult): Finding[] {
        const findings = findingsOf(this.filePath);
        replace(this, findings);
        return findings;
      },
      set(this: FileResult, findings: Finding[]) {
        replace(this, findings);
      },
      enumerable: true,
      configurable: true,
    };
  })();

  /** The stored data path at a string index (decoded once per index), or null when it is not one. */
  private pathAt(index: number): DataPath | null {
    let path = this.decodedPaths.get(index);
    if (path === undefined) {
      path = null;
      try {
        const parsed: unknown = JSON.parse(this.stored.strings[index] ?? '');
        if (Array.isArray(parsed) && parsed.every((step) => typeof step === 'string' || typeof step === 'number')) path = parsed as DataPath;
      } catch {
        // Not JSON: a damaged entry.
      }
      this.decodedPaths.set(index, path);
    }
    return path;
  }

  /** The stored list of checked rules at a string index (null for none), or false when it is not one. */
  private ruleListAt(index: number): readonly string[] | null | false {
    let list = this.decodedRuleLists.get(index);
    if (list === undefined) {
      list = false;
      try {
        const parsed: unknown = JSON.parse(this.stored.strings[index] ?? '');
        if (parsed === null || (Array.isArray(parsed) && parsed.every((id) => typeof id === 'string'))) list = parsed as readonly string[] | null;
      } catch {
        // Not JSON: a damaged entry.
      }
      this.decodedRuleLists.set(index, list);
    }
    return list;
  }

  /** The findings stored from `start`, checked by {@link decode} beforehand. */
  private findingsAt(start: number, count: number): Finding[] {
    const { findings: f, strings } = this.stored;
    const findings: Finding[] = [];
    for (let at = start * FINDING_WIDTH, end = (start + count) * FINDING_WIDTH; at < end; at += FINDING_WIDTH) {
      const ruleId = strings[f[at]!] || null;
      const finding: Finding = {
        ruleId,
        severity: SEVERITIES[f[at + 1]!] ?? 'error',
        message: strings[f[at + 2]!] ?? '',
        messageId: strings[f[at + 3]!] ?? '',
        path: this.pathAt(f[at + 8]!)!,
        line: f[at + 4]!,
        column: f[at + 5]!,
        endLine: f[at + 6]!,
        endColumn: f[at + 7]!,
      };
      if (ruleId) {
        let url = this.docsUrls.get(ruleId);
        if (url === undefined) {
          url = ruleDocsUrl(ruleId);
          this.docsUrls.set(ruleId, url);
        }
        finding.url = url;
      }
      if (f[at + 9] === 1) finding.fatal = true;
      findings.push(finding);
    }
    return findings;
  }
}

/** Strings numbered in the order first seen. */
class Interned {
  private readonly numbers = new Map<string, number>();
  readonly list: string[] = [];

  of(text: string): number {
    let number = this.numbers.get(text);
    if (number === undefined) {
      number = this.list.length;
      this.numbers.set(text, number);
      this.list.push(text);
    }
    return number;
  }
}
