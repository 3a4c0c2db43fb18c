import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyBaseline, applyDirectives, ConfigResolver, type Baseline, type ConfigFile, type ConfigOptions } from '../config/index.js';
import { decodeDesignBytes, loadDesign, unreadableDesign, type LoadedDesign } from '../load/index.js';
import { RULES, type Rule } from '../rules/index.js';
import { WriteError } from '../errors.js';
import { checkOutputCollisions, type NamedFile } from '../util/output-collisions.js';
import type { ConfiguredSeverity, FileResult, Finding } from '../types.js';
import type { LintCache } from './cache.js';
import { compareFindings, findingsForDesign, RuleCrash } from './findings-for-design.js';
import { findDesignFiles } from './find-files.js';
import { DEFAULT_MAX_FILE_SIZE } from './max-file-size.js';

export interface LintOptions extends ConfigOptions {
  /** Report inline directives that suppressed nothing. */
  reportUnusedDisableDirectives: boolean;
  /** Findings accepted by a baseline are left out. */
  baseline?: Baseline;
  /** Files larger than this many bytes are refused with a finding. */
  maxFileSize: number;
  rules?: readonly Rule[];
  /** Threads to lint with when there are enough files to make it worthwhile; 1 lints on the main thread only. */
  concurrency?: number;
  /** Files each thread must have before another thread is started (default {@link FILES_PER_THREAD}). */
  filesPerThread?: number;
  /** Reuse results of unchanged files (`--cache`), kept at `cacheLocation`. */
  cache?: boolean;
  cacheLocation?: string;
  /** Version of the tool, part of every cache key. */
  toolVersion?: string;
  /**
   * Output pieces to make for each file and keep with the cache (see `PiecewiseFormat`):
   * a warm run then reuses the pieces of unchanged files instead of formatting them again.
   */
  pieces?: readonly PieceRequest[];
  /**
   * The files this run will write besides the cache (format outputs, a baseline being
   * written). Before anything is written, they and the cache are checked against the
   * run's inputs and each other (see `checkOutputCollisions`).
   */
  outputs?: readonly NamedFile[];
}

/** One file's output in one format: `key` names the format and everything besides the result it depends on. */
export interface PieceRequest {
  key: string;
  piece(result: FileResult): string;
}

export interface LintRun {
  results: FileResult[];
  /** Rules that threw: the run still finishes, and ends with exit code 2. */
  crashes: RuleCrash[];
  /** Every rule the run knew: the built-in ones, then those the configs added (for formats that list rules, such as SARIF). */
  rules: readonly Rule[];
  /** Path arguments that named nothing. */
  missing: string[];
  /** What went wrong without changing the results, such as a cache that could not be written. */
  warnings: string[];
  /**
   * With `cache` and `pieces`: each requested key's piece of each of `results`, in the same
   * order, as text or, when stored, as UTF-8; undefined for a result the baseline changed.
   */
  pieces?: ReadonlyMap<string, readonly (string | Uint8Array | undefined)[]>;
}

export { DEFAULT_MAX_FILE_SIZE };

/**
 * Below this many files per thread, a second thread costs more than it saves: on a
 * 2-vCPU machine two threads slow each other down (see docs/performance.md), and a
 * worker pays its own start-up and warm-up.
 */
export const FILES_PER_THREAD = 4000;

/**
 * Lints everything the path arguments name. Results come in file order whatever the
 * concurrency; cached results are reused for unchanged files; the baseline is applied last.
 */
export async function lintPaths(patterns: readonly string[], options: LintOptions): Promise<LintRun> {
  const resolver = new ConfigResolver(options.rules ?? RULES, options);
  const { files, missing, warnings: walkWarnings } = await findDesignFiles(patterns, options.cwd, (path) => resolver.isIgnored(path));
  const cacheModule = options.cache ? await import('./cache.js') : undefined;
  const outputs = [
    ...(options.outputs ?? []),
    ...(cacheModule ? [{ label: 'the cache', path: cacheModule.cacheFilePath(options.cacheLocation, options.cwd) }] : []),
  ];
  if (outputs.length > 0) checkOutputCollisions(outputs, runInputs(files, resolver, options), options.cwd);
  const cache = cacheModule?.LintCache.open(options.cacheLocation, options.cwd, {
    pieceKeys: (options.pieces ?? []).map((request) => request.key),
    maxFileSize: options.maxFileSize,
  });
  // By file, in file order: from the cache first, then from linting the rest.
  const byFile: (FileResult | undefined)[] = cache ? cachedResults(files, resolver, options, cache) : new Array<undefined>(files.length);
  const toLint: string[] = [];
  const toLintAt: number[] = [];
  for (let index = 0; index < files.length; index++) {
    if (byFile[index] !== undefined) continue;
    toLint.push(files[index]!);
    toLintAt.push(index);
  }
  const threads = Math.min(options.concurrency ?? 1, Math.floor(toLint.length / (options.filesPerThread ?? FILES_PER_THREAD)));
  let linted: { results: FileResult[]; crashes: RuleCrash[] };
  if (threads > 1 && !options.rules) {
    const { lintInParallel } = await import('./parallel.js');
    linted = await lintInParallel(toLint, options, threads);
  } else {
    linted = lintFiles(toLint, options, resolver);
  }
  // A file whose rules crashed is linted again next time.
  const crashed = new Set(linted.crashes.map((crash) => crash.filePath));
  linted.results.forEach((result, at) => {
    byFile[toLintAt[at]!] = result;
    if (!crashed.has(result.filePath)) cache?.set(result.filePath, result);
  });
  let results = byFile as FileResult[];
  const pieces = cache ? piecesOf(results, options.pieces ?? [], cache) : undefined;
  const warnings: string[] = [...walkWarnings];
  try {
    cache?.save();
  } catch (error) {
    // The results stand without the cache; the next run is only slower.
    if (!(error instanceof WriteError)) throw error;
    warnings.push(`the cache was not saved: ${error.message}`);
  }
  const baseline = options.baseline;
  if (baseline) {
    const baselineUse = new Map<string, number>();
    results = results.map((result) => {
      const kept = applyBaseline(result.findings, result.filePath, baseline, baselineUse);
      return kept.length === result.findings.length
        ? result
        : { ...resultOf(result.filePath, kept), ...(result.checkedRules ? { checkedRules: result.checkedRules } : {}) };
    });
    // A result the baseline changed has no piece: its piece was made from the result before.
    for (const list of pieces?.values() ?? [])
      for (let index = 0; index < results.length; index++) if (results[index] !== byFile[index]) list[index] = undefined;
  }
  return { results, crashes: linted.crashes, rules: resolver.knownRules(), missing, warnings, ...(pieces ? { pieces } : {}) };
}

/** What a run reads: its designs, the config files that govern them, and the baseline. */
function* runInputs(files: readonly string[], resolver: ConfigResolver, options: LintOptions): Generator<NamedFile> {
  const configs = new Set<string>();
  for (const path of files) {
    yield { label: 'a design being linted', path };
    const config = resolver.configFor(path);
    if (config && !configs.has(config.filePath)) {
      configs.add(config.filePath);
      yield { label: 'a config file in use', path: config.filePath };
    }
  }
  if (options.baseline) yield { label: 'the baseline being read', path: options.baseline.filePath };
}

/** The cached result of each file whose content, configuration and options are unchanged; undefined for the others. */
function cachedResults(
  files: readonly string[],
  resolver: ConfigResolver,
  options: LintOptions,
  cache: LintCache,
): (FileResult | undefined)[] {
  const optionsKey = JSON.stringify([
    options.toolVersion,
    [...options.cliRules],
    options.reportUnusedDisableDirectives,
    options.maxFileSize,
  ]);
  // One context string per configuration, not per file.
  const contexts = new Map<ConfigFile | null, string>();
  return files.map((filePath) => {
    const config = resolver.configFor(filePath);
    let context = contexts.get(config);
    if (context === undefined) {
      context = `${optionsKey}\u0000${config?.fingerprint ?? ''}`;
      contexts.set(config, context);
    }
    return cache.lookup(filePath, context);
  });
}

/**
 * Each requested output piece of each result, in result order: the stored one (UTF-8)
 * when the result came from the cache, else made now and stored.
 */
function piecesOf(
  results: readonly FileResult[],
  requests: readonly PieceRequest[],
  cache: LintCache,
): Map<string, (string | Uint8Array | undefined)[]> {
  const pieces = new Map<string, (string | Uint8Array | undefined)[]>();
  for (const request of requests) {
    pieces.set(
      request.key,
      results.map((result) => {
        const stored = cache.storedPiece(result.filePath, request.key);
        if (stored !== undefined) return stored;
        const piece = request.piece(result);
        cache.setPiece(result.filePath, request.key, piece);
        return piece;
      }),
    );
  }
  return pieces;
}

/** Lints a list of design files on this thread, without a baseline. */
export function lintFiles(
  files: readonly string[],
  options: LintOptions,
  resolver = new ConfigResolver(options.rules ?? RULES, options),
): { results: FileResult[]; crashes: RuleCrash[] } {
  const crashes: RuleCrash[] = [];
  const results = files.map((filePath) => lintLoaded(readDesignFile(filePath, options.maxFileSize), resolver, options, crashes));
  return { results, crashes };
}

/** Reads a design file, turning every way it can fail into a finding rather than an exception. */
// One buffer, reused for every file read on this thread: the bytes are decoded to a string
// before the next read, and thousands of designs then allocate no buffer each.
let readBuffer = Buffer.allocUnsafe(64 * 1024);

/** The bytes from `fd` to its end, in the shared read buffer (valid until the next read); `sizeHint` is what fstat said. */
function readToEnd(fd: number, sizeHint: number): Buffer {
  // One byte more than the size, so that a file that grew since fstat reads on to its end.
  if (readBuffer.length < sizeHint + 1) readBuffer = Buffer.allocUnsafe(sizeHint + 1);
  let length = 0;
  for (;;) {
    if (length === readBuffer.length) {
      const larger = Buffer.allocUnsafe(readBuffer.length * 2);
      readBuffer.copy(larger);
      readBuffer = larger;
    }
    const read = readSync(fd, readBuffer, length, readBuffer.length - length, null);
    if (read === 0) return readBuffer.subarray(0, length);
    length += read;
  }
}

export function readDesignFile(filePath: string, maxFileSize: number = DEFAULT_MAX_FILE_SIZE): LoadedDesign {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // One open file for the checks and the read: the file cannot change kind in between.
    // Non-blocking, so that a named pipe posing as a design cannot hang the run.
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return unreadableDesign(filePath, 'it is a directory');
    if (!stats.isFile()) return unreadableDesign(filePath, 'it is not a regular file (a pipe, socket or device)');
    if (stats.size > maxFileSize)
      return unreadableDesign(filePath, `the file is ${stats.size} bytes, more than the limit of ${maxFileSize} (--max-file-size)`);
    bytes = readToEnd(fd, stats.size);
  } catch (error) {
    return unreadableDesign(filePath, describeReadError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const decoded = decodeDesignBytes(bytes);
  if ('problem' in decoded) return unreadableDesign(filePath, decoded.problem);
  return loadDesign(filePath, decoded.text);
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'the file does not exist (it was removed, or it is a dangling symbolic link)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return code ?? String(error);
  }
}

/** Lints one design given as text (editors, tests, stdin). */
export function lintText(text: string, filePath: string, options: LintOptions): { result: FileResult; crashes: RuleCrash[] } {
  const resolver = new ConfigResolver(options.rules ?? RULES, options);
  const crashes: RuleCrash[] = [];
  const result = lintLoaded(loadDesign(resolve(options.cwd, filePath), text), resolver, options, crashes);
  return { result, crashes };
}

/** Lints designs that are already loaded (from a git revision, from an editor): the checks of {@link lintPaths}, without a baseline. */
export function lintLoadedDesigns(sources: readonly LoadedDesign[], options: LintOptions): { results: FileResult[]; crashes: RuleCrash[] } {
  const resolver = new ConfigResolver(options.rules ?? RULES, options);
  const crashes: RuleCrash[] = [];
  const results = sources.map((source) => lintLoaded(source, resolver, options, crashes));
  return { results, crashes };
}

function lintLoaded(source: LoadedDesign, resolver: ConfigResolver, options: LintOptions, crashes: RuleCrash[]): FileResult {
  const status = source.data !== null && typeof source.data === 'object' ? (source.data as { status?: unknown }).status : undefined;
  const severities = resolver.severitiesFor(source.filePath, status);
  const rules = resolver.rulesFor(source.filePath);
  const findings = findingsForDesign(source, rules, (id) => severities.get(id) ?? 'off', crashes);
  const { kept, problems } = applyDirectives(findings, source.text, {
    reportUnused: options.reportUnusedDisableDirectives,
    ...(rules === (options.rules ?? RULES) ? {} : { rules }),
  });
  const final = [...kept, ...problems].sort(compareFindings);
  return { ...resultOf(source.filePath, final), checkedRules: checkedRulesFor(severities, rules) };
}

const checkedRulesCache = new WeakMap<ReadonlyMap<string, ConfiguredSeverity>, readonly string[]>();

/** The ids of the rules a severity map switches on (computed once per map: many files share one). */
function checkedRulesFor(severities: ReadonlyMap<string, ConfiguredSeverity>, rules: readonly Rule[]): readonly string[] {
  let ids = checkedRulesCache.get(severities);
  if (!ids) {
    ids = rules.filter((rule) => rule.id === 'yaml/syntax' || (severities.get(rule.id) ?? 'off') !== 'off').map((rule) => rule.id);
    checkedRulesCache.set(severities, ids);
  }
  return ids;
}

/** A file's result with its counts. */
export function resultOf(filePath: string, findings: Finding[]): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fatalErrorCount = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errorCount++;
    else if (finding.severity === 'warn') warningCount++;
    else infoCount++;
    if (finding.fatal) fatalErrorCount++;
  }
  return { filePath, findings, errorCount, warningCount, infoCount, fatalErrorCount };
}
