import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyDirectives, ConfigResolver } from '../config/index.js';
import { decodeDesignBytes, loadDesign, unreadableDesign, type LoadedDesign } from '../load/index.js';
import { RULES, type Rule } from '../rules/index.js';
import type { ConfiguredSeverity, FileResult, Finding } from '../types.js';
import { compareFindings, findingsForDesign, type RuleCrash } from './findings-for-design.js';
import type { LintOptions } from './lint-options.js';
import { DEFAULT_MAX_FILE_SIZE } from './max-file-size.js';

// Linting designs on one thread: what the main thread and each worker of a parallel run
// do with their share of the files (lint-files.ts runs them, parallel.ts shares them out).

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
    const wanted = readBuffer.length - length;
    const read = readSync(fd, readBuffer, length, wanted, null);
    length += read;
    // A read that stops short at exactly the size fstat gave has reached the end: no second
    // call to learn what the first said. Anything else (a file that changed size, one whose
    // size says nothing, as in /proc) reads on until a read gives nothing.
    if (read === 0 || (read < wanted && length === sizeHint)) return readBuffer.subarray(0, length);
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
export function lintLoadedDesigns(
  sources: readonly LoadedDesign[],
  options: LintOptions,
  resolver = new ConfigResolver(options.rules ?? RULES, options),
): { results: FileResult[]; crashes: RuleCrash[] } {
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
  // The rules' findings come sorted, and directives only take some away: sorted again only with problems of their own.
  const final = problems.length === 0 ? kept : [...kept, ...problems].sort(compareFindings);
  return resultOf(source.filePath, final, checkedRulesFor(severities, rules));
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

/** A file's result with its counts (and the rules that were checked, when known). */
export function resultOf(filePath: string, findings: Finding[], checkedRules?: readonly string[]): FileResult {
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
  // Two literals rather than a spread or a property added later: thousands of results live
  // to the end of a run, and each would be a larger object for the garbage collector to copy.
  return checkedRules === undefined
    ? { filePath, findings, errorCount, warningCount, infoCount, fatalErrorCount }
    : { filePath, findings, errorCount, warningCount, infoCount, fatalErrorCount, checkedRules };
}
