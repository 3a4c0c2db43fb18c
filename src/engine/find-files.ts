import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** Folders never walked into. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const DESIGN_FILE = /\.ya?ml$/i;
const GLOB_CHARACTERS = /[*?[\]{}!]/;

export interface FoundFiles {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** One line for each path argument that named nothing. */
  missing: string[];
}

/**
 * Expands path arguments into design files: files as given, folders walked for
 * `*.yaml`/`*.yml` (skipping hidden entries, node_modules and what `isIgnored` says), and globs.
 * Symlinked folders are followed once; a loop is not walked twice.
 */
export async function findDesignFiles(patterns: readonly string[], cwd: string, isIgnored: (filePath: string) => boolean): Promise<FoundFiles> {
  const found = new Set<string>();
  const missing: string[] = [];
  const visited = new Set<string>();
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const stats = statOrNull(absolute);
    if (stats?.isDirectory()) {
      walk(absolute, found, visited, isIgnored);
    } else if (stats) {
      if (!isIgnored(absolute)) found.add(absolute);
    } else if (GLOB_CHARACTERS.test(pattern)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(pattern, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false });
      const designs = matches.filter((match) => DESIGN_FILE.test(match) && !isIgnored(match));
      if (designs.length === 0) missing.push(`no design files match the pattern \`${pattern}\``);
      for (const match of designs) found.add(resolve(match));
    } else {
      missing.push(`cannot read \`${pattern}\`: no such file or directory`);
    }
  }
  return { files: [...found].sort(), missing };
}

function walk(directory: string, found: Set<string>, visited: Set<string>, isIgnored: (filePath: string) => boolean): void {
  let real: string;
  try {
    real = realpathSync(directory);
  } catch {
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    // An unreadable folder is skipped like git skips one: nothing in it can be linted.
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden files and folders (.github, .mlsys-lint.yaml, .pre-commit-config.yaml) are
    // configuration, not designs; name them explicitly to lint them.
    if (entry.name.startsWith('.')) continue;
    // `directory` is absolute and normalised and a name has no separator: what join() would
    // give, without its normalising pass over every path of a large tree.
    const path = directory.endsWith(sep) ? directory + entry.name : directory + sep + entry.name;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = statOrNull(path);
      isDirectory = target?.isDirectory() ?? false;
      // A dangling link named like a design is still listed, so that the run reports it.
      isFile = target ? target.isFile() : DESIGN_FILE.test(entry.name);
    }
    if (isDirectory) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !isIgnored(path)) walk(path, found, visited, isIgnored);
    } else if (isFile && DESIGN_FILE.test(entry.name) && !isIgnored(path)) {
      found.add(path);
    }
  }
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
