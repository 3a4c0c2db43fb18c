import { closeSync, constants, openSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';

/** Folders never walked into. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const DESIGN_FILE = /\.ya?ml$/i;
const GLOB_CHARACTERS = /[*?[\]{}!]/;

export interface FoundFiles {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** One line for each path argument that named nothing or cannot be read (exit code 2). */
  missing: string[];
  /** What the walk met and skipped: unreadable folders, explicitly named files that `ignore` matches. */
  warnings: string[];
}

/** Folders of the kernel's own, never walked into through a link: they hold other processes' files and endless trees. */
const SYSTEM_FOLDERS = ['/proc', '/sys'];

/** The state of one expansion: what was found, and what a walk may enter. */
interface Walk {
  found: Set<string>;
  /** Found paths that are symbolic links to files: linted once with their target. */
  links: Set<string>;
  visited: Set<string>;
  /** The real path of the folder named on the command line that is being walked: links lead only inside it. */
  root: string;
  warnings: string[];
  cwd: string;
  isIgnored: (filePath: string) => boolean;
}

/**
 * Expands path arguments into design files: files as given, folders walked for
 * `*.yaml`/`*.yml` (skipping hidden entries, node_modules and what `isIgnored` says), and globs.
 * A symbolic link to a folder is followed only when the folder lies inside the folder
 * named that is being walked (never into /proc or /sys), and each real folder is walked once; a link to
 * a design that is linted anyway is not linted twice (docs/cli.md).
 */
export async function findDesignFiles(
  patterns: readonly string[],
  cwd: string,
  isIgnored: (filePath: string) => boolean,
): Promise<FoundFiles> {
  const missing: string[] = [];
  const walkState: Walk = { found: new Set(), links: new Set(), visited: new Set(), root: '', warnings: [], cwd, isIgnored };
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const stats = pattern === '' ? null : statOrNull(absolute);
    if (pattern === '') {
      missing.push('an empty path argument names nothing: give a file, a folder or a glob');
    } else if (stats?.isDirectory()) {
      const problem = unreadableFolder(absolute);
      if (problem) missing.push(`cannot read \`${pattern}\`: ${problem}`);
      else {
        walkState.root = realPathOrSelf(absolute);
        walk(absolute, walkState);
      }
    } else if (stats) {
      const problem = stats.isFile() ? unreadableFile(absolute) : undefined;
      if (problem) missing.push(`cannot read \`${pattern}\`: ${problem}`);
      else if (isIgnored(absolute))
        walkState.warnings.push(`\`${pattern}\`: File ignored because of a matching ignore pattern (\`ignore\` in the config file)`);
      else walkState.found.add(absolute);
    } else if (GLOB_CHARACTERS.test(pattern)) {
      // Required when first needed (a run over folders never loads it); a require, not
      // import(): the command line's CommonJS bundle has no loader for import().
      const { glob } = createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');
      const matches = await glob(pattern, {
        cwd,
        absolute: true,
        dot: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
        followSymbolicLinks: false,
      });
      const designs = matches.filter((match) => DESIGN_FILE.test(match) && !isIgnored(match));
      if (designs.length === 0) missing.push(`no design files match the pattern \`${pattern}\``);
      for (const match of designs) walkState.found.add(resolve(match));
    } else {
      missing.push(`cannot read \`${pattern}\`: no such file or directory`);
    }
  }
  return { files: [...withoutLinkedTwice(walkState)].sort(), missing, warnings: walkState.warnings };
}

/** The found files without links whose target is found too (or is another link's): each design once. */
function withoutLinkedTwice({ found, links }: Walk): Set<string> {
  if (links.size === 0) return found;
  const reals = new Set<string>();
  for (const path of found) if (!links.has(path)) reals.add(realPathOrSelf(path));
  for (const link of links) {
    const real = realPathOrSelf(link);
    if (reals.has(real)) found.delete(link);
    else reals.add(real);
  }
  return found;
}

/** Why a folder cannot be listed, or undefined when it can. */
function unreadableFolder(directory: string): string | undefined {
  try {
    readdirSync(directory);
    return undefined;
  } catch (error) {
    return describeError(error);
  }
}

/** Why a file cannot be opened for reading, or undefined when it can (opened without blocking, and closed again). */
function unreadableFile(filePath: string): string | undefined {
  try {
    closeSync(openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK));
    return undefined;
  } catch (error) {
    return describeError(error);
  }
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENAMETOOLONG') return 'the name is too long';
  return code ?? String(error);
}

function realPathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Whether a real path lies inside (or is) one of `folders`. */
function isInside(real: string, folders: readonly string[]): boolean {
  return folders.some((folder) => real === folder || real.startsWith(folder.endsWith(sep) ? folder : folder + sep));
}

function walk(directory: string, state: Walk): void {
  let real: string;
  try {
    real = realpathSync(directory);
  } catch {
    return;
  }
  if (state.visited.has(real)) return;
  state.visited.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    // Not silent: what is in the folder is not linted, and the user is told.
    const shown = relative(state.cwd, directory) || directory;
    state.warnings.push(
      `cannot read the folder \`${shown.startsWith('..') ? directory : shown}\`: ${describeError(error)}; nothing in it was linted`,
    );
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
    const isLink = entry.isSymbolicLink();
    if (isLink) {
      const target = statOrNull(path);
      isDirectory = target?.isDirectory() ?? false;
      // A dangling link named like a design is still listed, so that the run reports it.
      isFile = target ? target.isFile() : DESIGN_FILE.test(entry.name);
      if (isDirectory) {
        // Only within the folder being linted (another folder named is walked as itself): a
        // link to / or /proc must not lint the whole machine.
        const targetReal = realPathOrSelf(path);
        if (!isInside(targetReal, [state.root]) || isInside(targetReal, SYSTEM_FOLDERS)) continue;
      }
    }
    if (isDirectory) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !state.isIgnored(path)) walk(path, state);
    } else if (isFile && DESIGN_FILE.test(entry.name) && !state.isIgnored(path)) {
      state.found.add(path);
      if (isLink) state.links.add(path);
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
