import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyBaseline, applyDirectives, ConfigResolver, type Baseline, type ConfigOptions } from '../config/index.js';
import { decodeDesignBytes, loadDesign, unreadableDesign, type LoadedDesign } from '../load/index.js';
import { RULES, type Rule } from '../rules/index.js';
import type { FileResult, Finding } from '../types.js';
import { compareFindings, findingsForDesign, RuleCrash } from './findings-for-design.js';
import { findDesignFiles } from './find-files.js';

export interface LintOptions extends ConfigOptions {
  /** Report inline directives that suppressed nothing. */
  reportUnusedDisableDirectives: boolean;
  /** Findings accepted by a baseline are left out. */
  baseline?: Baseline;
  /** Files larger than this many bytes are refused with a finding. */
  maxFileSize: number;
  rules?: readonly Rule[];
}

export interface LintRun {
  results: FileResult[];
  /** Rules that threw: the run still finishes, and ends with exit code 2. */
  crashes: RuleCrash[];
  /** Path arguments that named nothing. */
  missing: string[];
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Lints everything the path arguments name. */
export async function lintPaths(patterns: readonly string[], options: LintOptions): Promise<LintRun> {
  const resolver = new ConfigResolver(options.rules ?? RULES, options);
  const { files, missing } = await findDesignFiles(patterns, options.cwd, (path) => resolver.isIgnored(path));
  const crashes: RuleCrash[] = [];
  const baselineUse = new Map<string, number>();
  const results = files.map((filePath) => lintLoaded(readDesignFile(filePath, options.maxFileSize), resolver, options, crashes, baselineUse));
  return { results, crashes, missing };
}

/** Reads a design file, turning every way it can fail into a finding rather than an exception. */
export function readDesignFile(filePath: string, maxFileSize: number = DEFAULT_MAX_FILE_SIZE): LoadedDesign {
  let bytes: Buffer;
  try {
    const stats = statSync(filePath);
    if (stats.isDirectory()) return unreadableDesign(filePath, 'it is a directory');
    if (stats.size > maxFileSize) return unreadableDesign(filePath, `the file is ${stats.size} bytes, more than the limit of ${maxFileSize} (--max-file-size)`);
    bytes = readFileSync(filePath);
  } catch (error) {
    return unreadableDesign(filePath, describeReadError(error));
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
  const result = lintLoaded(loadDesign(resolve(options.cwd, filePath), text), resolver, options, crashes, new Map());
  return { result, crashes };
}

function lintLoaded(source: LoadedDesign, resolver: ConfigResolver, options: LintOptions, crashes: RuleCrash[], baselineUse: Map<string, number>): FileResult {
  const status = source.data !== null && typeof source.data === 'object' ? (source.data as { status?: unknown }).status : undefined;
  const severities = resolver.severitiesFor(source.filePath, status);
  const findings = findingsForDesign(source, options.rules ?? RULES, (id) => severities.get(id) ?? 'off', crashes);
  const { kept, problems } = applyDirectives(findings, source.text, { reportUnused: options.reportUnusedDisableDirectives });
  let final = [...kept, ...problems].sort(compareFindings);
  if (options.baseline) final = applyBaseline(final, source.filePath, options.baseline, baselineUse);
  return resultOf(source.filePath, final);
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
