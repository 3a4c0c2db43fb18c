import { realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { ConfigResolver, type ConfigOptions } from '../config/index.js';
import { designId } from '../design.js';
import { findDesignFiles } from '../engine/find-files.js';
import type { RuleCrash } from '../engine/findings-for-design.js';
import { DEFAULT_MAX_FILE_SIZE, lintLoadedDesigns, readDesignFile } from '../engine/lint-files.js';
import { decodeDesignBytes, loadDesign, unreadableDesign, type LoadedDesign } from '../load/index.js';
import { RULES } from '../rules/index.js';
import type { Finding } from '../types.js';
import { fileAtCommit, filesAtCommit } from './git.js';

/** One design as it is on one side of the comparison. */
export interface DesignSnapshot {
  /** Path relative to the working directory, with `/`. */
  path: string;
  /** The design's id (its `id`, else its file name). */
  id: string;
  text: string;
  /** The parsed data; undefined when the file does not parse. */
  data: unknown;
  findings: Finding[];
}

export interface SnapshotOptions extends ConfigOptions {
  maxFileSize?: number;
}

export interface Snapshots {
  base: DesignSnapshot[];
  head: DesignSnapshot[];
  /** Path arguments that named nothing at the base revision nor in the working tree. */
  missing: string[];
  crashes: RuleCrash[];
}

const DESIGN_FILE = /\.ya?ml$/i;
const SKIPPED = new Set(['node_modules', '.git']);
const toPosix = (path: string): string => path.split(sep).join('/');

/**
 * The files at the base revision that one path argument (relative to the working
 * directory) names, the way `lint` reads the working tree: a file as given, a folder's
 * `*.yaml`/`*.yml` files (skipping node_modules and .git), or a glob.
 */
export function selectBaseFiles(pattern: string, cwdRelativeFiles: readonly string[]): string[] {
  const target = toPosix(pattern).replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (target === '' || target === '.')
    return cwdRelativeFiles.filter((file) => DESIGN_FILE.test(file) && !file.split('/').some((part) => SKIPPED.has(part)));
  if (cwdRelativeFiles.includes(target)) return [target];
  const prefix = `${target}/`;
  const inside = cwdRelativeFiles.filter((file) => file.startsWith(prefix));
  if (inside.length > 0)
    return inside.filter(
      (file) =>
        DESIGN_FILE.test(file) &&
        !file
          .slice(prefix.length)
          .split('/')
          .some((part) => SKIPPED.has(part)),
    );
  if (!isDynamicPattern(pattern)) return [];
  const matches = picomatch(toPosix(pattern), { dot: false });
  return cwdRelativeFiles.filter((file) => DESIGN_FILE.test(file) && matches(file) && !file.split('/').some((part) => SKIPPED.has(part)));
}

function snapshotsOf(sources: readonly LoadedDesign[], cwd: string, options: SnapshotOptions, crashes: RuleCrash[]): DesignSnapshot[] {
  const { results, crashes: found } = lintLoadedDesigns(sources, {
    ...options,
    reportUnusedDisableDirectives: false,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    rules: RULES,
  });
  crashes.push(...found);
  return sources.map((source, index) => ({
    path: toPosix(relative(cwd, source.filePath)),
    id: designId(source.filePath, source.data),
    text: source.text,
    data: source.data,
    findings: results[index]!.findings,
  }));
}

/**
 * Loads and lints each design the path arguments name, at the base commit (`git show
 * COMMIT:path`) and in the working tree, with the working tree's configuration for
 * both, so that differences come from the designs and not from the config.
 */
export async function loadSnapshots(
  commit: string,
  root: string,
  patterns: readonly string[],
  options: SnapshotOptions,
): Promise<Snapshots> {
  const cwd = options.cwd;
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const resolver = new ConfigResolver(RULES, options);
  const isIgnored = (path: string): boolean => resolver.isIgnored(path);
  // git reports paths from the real repository root; the working directory may be reached through a link.
  const realCwd = realpathSync(cwd);
  const atBase = (await filesAtCommit(commit, root))
    .map((file) => toPosix(relative(realCwd, join(root, file))))
    .filter((file) => !file.startsWith('../') && file !== '..');
  const missing: string[] = [];
  const basePaths = new Set<string>();
  const headPaths = new Set<string>();
  for (const pattern of patterns) {
    const relativePattern = isDynamicPattern(pattern) ? pattern : toPosix(relative(cwd, resolve(cwd, pattern)));
    const base = selectBaseFiles(relativePattern, atBase).filter((file) => !isIgnored(resolve(cwd, file)));
    const head = await findDesignFiles([pattern], cwd, isIgnored);
    for (const file of base) basePaths.add(file);
    for (const file of head.files) headPaths.add(toPosix(relative(cwd, file)));
    if (base.length === 0 && head.files.length === 0)
      missing.push(`\`${pattern}\` names no design at the base revision nor in the working tree`);
  }
  const baseSources: LoadedDesign[] = [];
  for (const file of [...basePaths].sort()) {
    const filePath = resolve(cwd, file);
    const bytes = await fileAtCommit(commit, toPosix(relative(root, join(realCwd, file))), root, maxFileSize);
    const decoded = 'problem' in bytes ? bytes : decodeDesignBytes(bytes);
    baseSources.push('problem' in decoded ? unreadableDesign(filePath, decoded.problem) : loadDesign(filePath, decoded.text));
  }
  const headSources = [...headPaths].sort().map((file) => readDesignFile(resolve(cwd, file), maxFileSize));
  const crashes: RuleCrash[] = [];
  return { base: snapshotsOf(baseSources, cwd, options, crashes), head: snapshotsOf(headSources, cwd, options, crashes), missing, crashes };
}
