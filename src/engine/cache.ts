import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileResult } from '../types.js';
import { writeFileAtomic } from '../util/write-atomic.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_DIRECTORY = 'node_modules/.cache/mlsys-lint';
const CACHE_FILE = 'lint-cache.json';

interface CacheEntry {
  key: string;
  result: FileResult;
}

/**
 * Results of earlier runs, by file. An entry is used only when its key matches: a hash of
 * the file's content, the configuration that governs it, the options that change
 * findings, and the tool's version, so that any of these changing invalidates it.
 */
export class LintCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly next = new Map<string, CacheEntry>();

  private constructor(
    readonly filePath: string,
    entries: Map<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /** Opens the cache at a location: a folder (the default) or a file. A broken cache file is started afresh. */
  static open(location: string | undefined, cwd: string): LintCache {
    const target = resolve(cwd, location ?? DEFAULT_CACHE_DIRECTORY);
    const filePath = location === undefined || location.endsWith('/') || isDirectory(target) ? join(target, CACHE_FILE) : target;
    let entries = new Map<string, CacheEntry>();
    try {
      const parsed = JSON.parse(readFileSync(filePath, 'utf8')) as { version?: unknown; entries?: unknown };
      if (parsed.version === 1 && Array.isArray(parsed.entries)) entries = new Map(parsed.entries as [string, CacheEntry][]);
    } catch {
      // No cache yet, or one that cannot be read: every file is linted and the cache rewritten.
    }
    return new LintCache(filePath, entries);
  }

  /** The cached result for a file when its key still matches. */
  get(filePath: string, key: string): FileResult | undefined {
    const entry = this.entries.get(filePath);
    if (!entry || entry.key !== key) return undefined;
    this.next.set(filePath, entry);
    return entry.result;
  }

  set(filePath: string, key: string, result: FileResult): void {
    this.next.set(filePath, { key, result });
  }

  /** Writes the entries of this run (files no longer linted drop out). */
  save(): void {
    writeFileAtomic(this.filePath, JSON.stringify({ version: 1, entries: [...this.next] }));
  }
}

/** The cache key of a file: its content and everything else its findings depend on. */
export function cacheKey(content: Buffer, context: string): string {
  return createHash('sha256').update(context).update('\u0000').update(content).digest('hex');
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
