import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataPath, FileResult, Finding, Severity } from '../types.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { ruleDocsUrl } from '../rules/index.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_DIRECTORY = 'node_modules/.cache/mlsys-lint';
const CACHE_FILE = 'lint-cache.json';
const FORMAT_VERSION = 2;

const SEVERITIES: readonly Severity[] = ['info', 'warn', 'error'];
/** Numbers per finding in a stored entry: rule, severity, message, messageId, line, column, endLine, endColumn, path, fatal. */
const FINDING_WIDTH = 10;

/**
 * A stored result. Strings (rule ids, messages, paths) are indices into the cache's
 * string table: thousands of designs share most of their messages, and a compact file
 * parses fast enough for a warm run to be a small fraction of a cold one.
 */
interface StoredEntry {
  /** Size and modification time when the content hash was taken. */
  size: number;
  mtime: number;
  /** Hash of the content and of everything else the findings depend on. */
  key: string;
  checked: number;
  findings: number[];
}

/**
 * Results of earlier runs, by file. An entry is used only when its key matches: a hash of
 * the file's content, the configuration that governs it, the options that change
 * findings, and the tool's version. A file whose size and modification time are those
 * recorded with the hash is not read again.
 */
export class LintCache {
  private readonly strings: string[];
  /** Results of this run, by file: reused ones and fresh ones. */
  private readonly results = new Map<string, { key: string; size: number; mtime: number; result: FileResult }>();
  /** Whether the file on disk must be rewritten: a result changed, or a file dropped out. */
  private dirty = false;
  private readonly contextHashes = new Map<string, string>();

  private constructor(
    readonly filePath: string,
    private readonly entries: Map<string, StoredEntry>,
    strings: string[],
  ) {
    this.strings = strings;
  }

  /** Opens the cache at a location: a folder (the default) or a file. A missing or broken cache starts afresh. */
  static open(location: string | undefined, cwd: string): LintCache {
    const target = resolve(cwd, location ?? DEFAULT_CACHE_DIRECTORY);
    const filePath = location === undefined || location.endsWith('/') || isDirectory(target) ? join(target, CACHE_FILE) : target;
    try {
      const parsed = JSON.parse(readFileSync(filePath, 'utf8')) as { version?: unknown; strings?: unknown; entries?: unknown };
      if (parsed.version === FORMAT_VERSION && Array.isArray(parsed.strings) && Array.isArray(parsed.entries)) {
        return new LintCache(filePath, new Map(parsed.entries as [string, StoredEntry][]), parsed.strings as string[]);
      }
    } catch {
      // No cache yet, or one that cannot be read: every file is linted and the cache rewritten.
    }
    return new LintCache(filePath, new Map(), []);
  }

  /**
   * The cached result for a file, when nothing it depends on changed; `context` names the
   * configuration and options. Returns the key to store a new result under otherwise.
   */
  lookup(filePath: string, context: string): { result: FileResult } | { key: string } | null {
    const entry = this.entries.get(filePath);
    const stats = statSync(filePath, { throwIfNoEntry: false });
    if (stats === undefined) return null;
    let contextHash = this.contextHashes.get(context);
    if (contextHash === undefined) {
      contextHash = createHash('sha1').update(context).digest('base64');
      this.contextHashes.set(context, contextHash);
    }
    if (entry && entry.size === stats.size && entry.mtime === stats.mtimeMs && entry.key.startsWith(contextHash)) {
      return this.hit(filePath, entry);
    }
    let content: Buffer;
    try {
      content = readFileSync(filePath);
    } catch {
      return null;
    }
    const key = `${contextHash}${createHash('sha1').update(content).digest('base64')}`;
    if (entry && entry.key === key) {
      // Same content, new modification time: remember the new time.
      this.dirty = true;
      return this.hit(filePath, { ...entry, size: stats.size, mtime: stats.mtimeMs });
    }
    return { key };
  }

  private hit(filePath: string, entry: StoredEntry): { result: FileResult } {
    const result = this.decode(filePath, entry);
    this.results.set(filePath, { key: entry.key, size: entry.size, mtime: entry.mtime, result });
    return { result };
  }

  /** Records a fresh result. */
  set(filePath: string, key: string, result: FileResult): void {
    let stats: { size: number; mtimeMs: number };
    try {
      stats = statSync(filePath);
    } catch {
      return;
    }
    this.results.set(filePath, { key, size: stats.size, mtime: stats.mtimeMs, result });
    this.dirty = true;
  }

  /** Writes the entries of this run, when anything changed (files no longer linted drop out). */
  save(): void {
    if (!this.dirty && this.results.size === this.entries.size) return;
    const strings = new Map<string, number>();
    const intern = (text: string): number => {
      let index = strings.get(text);
      if (index === undefined) {
        index = strings.size;
        strings.set(text, index);
      }
      return index;
    };
    const entries = [...this.results].map(([filePath, { key, size, mtime, result }]): [string, StoredEntry] => [filePath, encode(result, key, size, mtime, intern)]);
    writeFileAtomic(this.filePath, JSON.stringify({ version: FORMAT_VERSION, strings: [...strings.keys()], entries }));
  }

  // Decoded once per distinct stored value and shared by every result that has it: a warm
  // run over thousands of files decodes the same few paths, rule lists and URLs again and again.
  private readonly decodedPaths = new Map<number, DataPath>();
  private readonly decodedRuleLists = new Map<number, readonly string[] | null>();
  private readonly docsUrls = new Map<string, string>();

  private decode(filePath: string, entry: StoredEntry): FileResult {
    const findings: Finding[] = [];
    const { strings } = this;
    let errorCount = 0;
    let warningCount = 0;
    let infoCount = 0;
    let fatalErrorCount = 0;
    for (let at = 0; at + FINDING_WIDTH <= entry.findings.length; at += FINDING_WIDTH) {
      const f = entry.findings;
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
    let checked = this.decodedRuleLists.get(entry.checked);
    if (checked === undefined) {
      checked = JSON.parse(strings[entry.checked] ?? 'null') as string[] | null;
      this.decodedRuleLists.set(entry.checked, checked);
    }
    return { filePath, findings, errorCount, warningCount, infoCount, fatalErrorCount, ...(checked ? { checkedRules: checked } : {}) };
  }
}

function encode(result: FileResult, key: string, size: number, mtime: number, intern: (text: string) => number): StoredEntry {
  const findings: number[] = [];
  for (const finding of result.findings) {
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
  return { size, mtime, key, checked: intern(JSON.stringify(result.checkedRules ?? null)), findings };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
