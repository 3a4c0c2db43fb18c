import { applyBaseline, ConfigResolver, type ConfigFile } from '../config/index.js';
import { RULES, type Rule } from '../rules/index.js';
import { WriteError } from '../errors.js';
import { OutputGuard, type NamedFile } from '../util/output-collisions.js';
import { statOrUndefined } from '../util/stat.js';
import type { FileResult } from '../types.js';
import type { LintCache } from './cache.js';
import type { RuleCrash } from './findings-for-design.js';
import { findDesignFiles } from './find-files.js';
import { lintFiles, resultOf } from './lint-designs.js';
import type { LintOptions } from './lint-options.js';
import { DEFAULT_MAX_FILE_SIZE } from './max-file-size.js';

export type { LintOptions } from './lint-options.js';
export { lintFiles, lintText, lintLoadedDesigns, readDesignFile, resultOf } from './lint-designs.js';
export { DEFAULT_MAX_FILE_SIZE };

/** What a run over paths gives: results only; formatting them is the caller's business. */
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
}

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
  // Loaded only with --cache: a run without it never pays for node:crypto or the cache code.
  const cacheModule = options.cache ? await import('./cache.js') : undefined;
  const outputs = [
    ...(options.outputs ?? []),
    ...(cacheModule ? [{ label: 'the cache', path: cacheModule.cacheFilePath(options.cacheLocation, options.cwd) }] : []),
  ];
  // Nothing is written before every input is checked against the outputs. With the cache,
  // each design is checked as the cache looks it up, on the status the cache asks for anyway.
  const guard = outputs.length > 0 ? new OutputGuard(outputs, options.cwd) : undefined;
  if (guard?.watching) for (const input of runInputs(files, resolver, options, !cacheModule)) guard.checkInput(input);
  const cache = cacheModule?.LintCache.open(options.cacheLocation, options.cwd, { maxFileSize: options.maxFileSize });
  // By file, in file order: from the cache first, then from linting the rest.
  const byFile: (FileResult | undefined)[] = cache
    ? cachedResults(files, resolver, options, cache, guard)
    : new Array<undefined>(files.length);
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
    // Loaded only when threads are worth it: one design never loads node:worker_threads.
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
        : resultOf(result.filePath, kept, result.checkedRules);
    });
  }
  return { results, crashes: linted.crashes, rules: resolver.knownRules(), missing, warnings };
}

const DESIGN_INPUT = 'a design being linted';

/** What a run reads: its designs (unless `designs` is false), the config files that govern them, and the baseline. */
function* runInputs(files: readonly string[], resolver: ConfigResolver, options: LintOptions, designs: boolean): Generator<NamedFile> {
  const configs = new Set<string>();
  for (const path of files) {
    if (designs) yield { label: DESIGN_INPUT, path };
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
  guard: OutputGuard | undefined,
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
    // Taken before the content is read: a file that changes afterwards has another time next run.
    const stats = statOrUndefined(filePath);
    guard?.checkInput({ label: DESIGN_INPUT, path: filePath }, stats);
    return cache.lookup(filePath, context, stats);
  });
}
