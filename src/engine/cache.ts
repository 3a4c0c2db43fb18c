import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { endianness } from 'node:os';
import { join, resolve } from 'node:path';
import type { DataPath, FileResult, Finding, Severity } from '../types.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { ruleDocsUrl } from '../rules/index.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_DIRECTORY = 'node_modules/.cache/mlsys-lint';
const CACHE_FILE = 'lint-cache.json';
const FORMAT_VERSION = 3;

const SEVERITIES: readonly Severity[] = ['info', 'warn', 'error'];
/** Numbers per finding: rule, severity, message, messageId, line, column, endLine, endColumn, path, fatal. */
const FINDING_WIDTH = 10;
/** Of those, the ones that are indices into the string table. */
const STRING_FIELDS = [0, 2, 3, 8];
/** Values per file in `files`: path, size, mtime, key, checked rules, first finding, finding count. */
const FILE_WIDTH = 7;

/**
 * The cache file. Strings (rule ids, messages, paths) are indices into `strings`:
 * thousands of designs share most of their messages. Findings are one array of 32-bit
 * integers, base64 in the JSON, so that a warm run over thousands of files parses a few
 * long strings rather than hundreds of thousands of numbers and objects.
 */
interface CacheFile {
  version: typeof FORMAT_VERSION;
  /** Integers are stored in this byte order; a cache from a machine of the other order is ignored. */
  endianness: 'BE' | 'LE';
  strings: string[];
  files: (string | number)[];
  findings: string;
}

/** A result of this run to store: one reused from the cache as it was (its index in `files`), or with a new time, or fresh. */
type Stored = number | { reused: number; size: number; mtime: number } | { key: string; size: number; mtime: number; result: FileResult };

/**
 * Results of earlier runs, by file. An entry is used only when its key matches: a hash of
 * the file's content, the configuration that governs it, the options that change
 * findings, and the tool's version. A file whose size and modification time are those
 * recorded with the hash is not read again.
 */
export class LintCache {
  /** Results of this run, by file: reused ones and fresh ones. */
  private readonly results = new Map<string, Stored>();
  /** Whether the file on disk must be rewritten: a result changed, or a file dropped out. */
  private dirty = false;
  private readonly contextHashes = new Map<string, string>();
  // Decoded once per distinct stored value and shared by every result that has it: a warm
  // run over thousands of files decodes the same few paths, rule lists and URLs again and again.
  private readonly decodedPaths = new Map<number, DataPath>();
  private readonly decodedRuleLists = new Map<number, readonly string[] | null>();
  private readonly docsUrls = new Map<string, string>();

  private constructor(
    readonly filePath: string,
    /** Path → index of its entry in `files`. */
    private readonly index: Map<string, number>,
    private readonly files: readonly (string | number)[],
    private readonly strings: readonly string[],
    private readonly findings: Int32Array,
  ) {}

  /** Opens the cache at a location: a folder (the default) or a file. A missing or broken cache starts afresh. */
  static open(location: string | undefined, cwd: string): LintCache {
    const target = resolve(cwd, location ?? DEFAULT_CACHE_DIRECTORY);
    const filePath = location === undefined || location.endsWith('/') || isDirectory(target) ? join(target, CACHE_FILE) : target;
    try {
      const parsed = JSON.parse(readFileSync(filePath, 'utf8')) as Partial<CacheFile>;
      const { strings, files, findings } = parsed;
      if (parsed.version === FORMAT_VERSION && parsed.endianness === endianness() && Array.isArray(strings) && Array.isArray(files) && files.length % FILE_WIDTH === 0 && typeof findings === 'string') {
        const bytes = Buffer.from(findings, 'base64');
        // A copy into a fresh buffer: an Int32Array needs its start aligned to 4 bytes.
        const integers = new Int32Array(bytes.length >> 2);
        new Uint8Array(integers.buffer).set(bytes.subarray(0, integers.length << 2));
        const index = new Map<string, number>();
        for (let at = 0; at < files.length; at += FILE_WIDTH) if (typeof files[at] === 'string') index.set(files[at] as string, at);
        return new LintCache(filePath, index, files, strings, integers);
      }
    } catch {
      // No cache yet, or one that cannot be read: every file is linted and the cache rewritten.
    }
    return new LintCache(filePath, new Map(), [], [], new Int32Array(0));
  }

  /**
   * The cached result for a file, when nothing it depends on changed; `context` names the
   * configuration and options. Returns the key to store a new result under otherwise.
   */
  lookup(filePath: string, context: string): { result: FileResult } | { key: string } | null {
    const at = this.index.get(filePath);
    const stats = statSync(filePath, { throwIfNoEntry: false });
    if (stats === undefined) return null;
    let contextHash = this.contextHashes.get(context);
    if (contextHash === undefined) {
      contextHash = createHash('sha1').update(context).digest('base64');
      this.contextHashes.set(context, contextHash);
    }
    const stored = at === undefined ? undefined : this.files[at + 3];
    if (at !== undefined && typeof stored === 'string' && this.files[at + 1] === stats.size && this.files[at + 2] === stats.mtimeMs && stored.startsWith(contextHash)) {
      const result = this.decode(filePath, at);
      if (result !== undefined) {
        this.results.set(filePath, at);
        return { result };
      }
    }
    let content: Buffer;
    try {
      content = readFileSync(filePath);
    } catch {
      return null;
    }
    const key = `${contextHash}${createHash('sha1').update(content).digest('base64')}`;
    if (at !== undefined && stored === key) {
      const result = this.decode(filePath, at);
      if (result !== undefined) {
        // Same content, new modification time: remember the new time.
        this.dirty = true;
        this.results.set(filePath, { reused: at, size: stats.size, mtime: stats.mtimeMs });
        return { result };
      }
    }
    return { key };
  }

  /** Records a fresh result. */
  set(filePath: string, key: string, result: FileResult): void {
    const stats = statSync(filePath, { throwIfNoEntry: false });
    if (stats === undefined) return;
    this.results.set(filePath, { key, size: stats.size, mtime: stats.mtimeMs, result });
    this.dirty = true;
  }

  /** Writes the entries of this run, when anything changed (files no longer linted drop out). */
  save(): void {
    if (!this.dirty && this.results.size === this.index.size) return;
    const strings = new Map<string, number>();
    const intern = (text: string): number => {
      let index = strings.get(text);
      if (index === undefined) {
        index = strings.size;
        strings.set(text, index);
      }
      return index;
    };
    const files: (string | number)[] = [];
    const findings: number[] = [];
    for (const [filePath, stored] of this.results) {
      const first = findings.length / FINDING_WIDTH;
      if (typeof stored === 'number' || 'reused' in stored) {
        const at = typeof stored === 'number' ? stored : stored.reused;
        const start = this.files[at + 5] as number;
        const count = this.files[at + 6] as number;
        for (let finding = start; finding < start + count; finding++) {
          for (let field = 0; field < FINDING_WIDTH; field++) {
            const value = this.findings[finding * FINDING_WIDTH + field]!;
            findings.push(STRING_FIELDS.includes(field) ? intern(this.strings[value] ?? '') : value);
          }
        }
        const [size, mtime] = typeof stored === 'number' ? [this.files[at + 1]!, this.files[at + 2]!] : [stored.size, stored.mtime];
        files.push(filePath, size, mtime, this.files[at + 3]!, intern(this.strings[this.files[at + 4] as number] ?? 'null'), first, count);
      } else {
        for (const finding of stored.result.findings) {
          findings.push(
            intern(finding.ruleId ?? ''),
            SEVERITIES.indexOf(finding.severity),
            intern(finding.message),
            intern(finding.messageId),
            finding.line,
            finding.column,
            finding.endLine,
            finding.endColumn,
            intern(JSON.stringify(finding.path)),
            finding.fatal ? 1 : 0,
          );
        }
        files.push(filePath, stored.size, stored.mtime, stored.key, intern(JSON.stringify(stored.result.checkedRules ?? null)), first, stored.result.findings.length);
      }
    }
    const integers = Int32Array.from(findings);
    const file: CacheFile = {
      version: FORMAT_VERSION,
      endianness: endianness(),
      strings: [...strings.keys()],
      files,
      findings: Buffer.from(integers.buffer, integers.byteOffset, integers.byteLength).toString('base64'),
    };
    writeFileAtomic(this.filePath, JSON.stringify(file));
  }

  /** The stored result at `at` in `files`, or undefined when the entry is damaged (the file is then linted again). */
  private decode(filePath: string, at: number): FileResult | undefined {
    try {
      return this.decodeEntry(filePath, at);
    } catch {
      return undefined;
    }
  }

  private decodeEntry(filePath: string, at: number): FileResult | undefined {
    const start = this.files[at + 5];
    const count = this.files[at + 6];
    const checkedIndex = this.files[at + 4];
    if (typeof start !== 'number' || typeof count !== 'number' || typeof checkedIndex !== 'number' || start < 0 || count < 0 || (start + count) * FINDING_WIDTH > this.findings.length) return undefined;
    const f = this.findings;
    const { strings } = this;
    const findings: Finding[] = [];
    let errorCount = 0;
    let warningCount = 0;
    let infoCount = 0;
    let fatalErrorCount = 0;
    for (let at = start * FINDING_WIDTH, end = (start + count) * FINDING_WIDTH; at < end; at += FINDING_WIDTH) {
      const ruleId = strings[f[at]!] || null;
      const severity = SEVERITIES[f[at + 1]!] ?? 'error';
      let path = this.decodedPaths.get(f[at + 8]!);
      if (!path) {
        path = JSON.parse(strings[f[at + 8]!] ?? '[]') as DataPath;
        this.decodedPaths.set(f[at + 8]!, path);
      }
      const finding: Finding = {
        ruleId,
        severity,
        message: strings[f[at + 2]!] ?? '',
        messageId: strings[f[at + 3]!] ?? '',
        path,
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
      if (f[at + 9] === 1) {
        finding.fatal = true;
        fatalErrorCount++;
      }
      if (severity === 'error') errorCount++;
      else if (severity === 'warn') warningCount++;
      else infoCount++;
      findings.push(finding);
    }
    let checked = this.decodedRuleLists.get(checkedIndex);
    if (checked === undefined) {
      checked = JSON.parse(strings[checkedIndex] ?? 'null') as string[] | null;
      this.decodedRuleLists.set(checkedIndex, checked);
    }
    return { filePath, findings, errorCount, warningCount, infoCount, fatalErrorCount, ...(checked ? { checkedRules: checked } : {}) };
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
