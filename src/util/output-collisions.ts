import { realpathSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { statOrUndefined } from './stat.js';

/** A file the run reads or writes, with what it is in words (`the design`, `the -f json output`). */
export interface NamedFile {
  label: string;
  /** Absolute. */
  path: string;
}

/**
 * Stops a run before it writes anything when an output would land on an input (a design,
 * a config file in use, the template, the baseline it reads) or on another output: a
 * usage error (exit 2) naming both. Paths are compared after resolving symbolic links,
 * and existing files by device and inode, so a hard link or a link to a design is caught
 * too. Devices, pipes and sockets (`/dev/null`, `/dev/stdout`) are never a collision:
 * several outputs may share one, as several formats share standard output.
 */
export function checkOutputCollisions(outputs: readonly NamedFile[], inputs: Iterable<NamedFile>, cwd: string): void {
  const guard = new OutputGuard(outputs, cwd);
  if (!guard.watching) return;
  for (const input of inputs) guard.checkInput(input);
}

/**
 * {@link checkOutputCollisions} in two steps, for a run that asks for its inputs' status
 * anyway (`--cache` does, for every design): the outputs are checked against each other at
 * once, and each input when its status is known, before anything is written.
 */
export class OutputGuard {
  /** Outputs that exist already, by device and inode: only these can be an input. */
  private readonly existing = new Map<string, NamedFile>();

  /** Throws when two outputs are the same file. */
  constructor(
    outputs: readonly NamedFile[],
    private readonly cwd: string,
  ) {
    const seen = new Map<string, NamedFile>();
    for (const output of outputs) {
      const stats = statOrUndefined(resolve(output.path));
      if (stats !== undefined && !stats.isFile()) continue;
      const identity = stats ? `${stats.dev}:${stats.ino}` : `path:${canonicalPath(output.path)}`;
      const earlier = seen.get(identity);
      if (earlier) throw collision(output, earlier, cwd);
      seen.set(identity, output);
      if (stats) this.existing.set(identity, output);
    }
  }

  /** Whether any input can be an output: inputs exist, so only outputs that exist already can be one of them. */
  get watching(): boolean {
    return this.existing.size > 0;
  }

  /** Throws when the input is one of the outputs; `stats` is its status when the caller has it (undefined: missing). */
  checkInput(input: NamedFile, stats: Stats | undefined = statOrUndefined(resolve(input.path))): void {
    if (stats === undefined || !stats.isFile() || !this.watching) return;
    const output = this.existing.get(`${stats.dev}:${stats.ino}`);
    if (output) throw collision(output, input, this.cwd);
  }
}

function collision(output: NamedFile, other: NamedFile, cwd: string): UsageError {
  const shown = (file: NamedFile) => `\`${displayPath(file.path, cwd)}\``;
  const same = displayPath(output.path, cwd) === displayPath(other.path, cwd) ? '' : ` ${shown(other)}`;
  return new UsageError(`${output.label} ${shown(output)} is ${other.label}${same}: nothing was written; choose another file`);
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/** The path with the symbolic links of its folder resolved (the file itself need not exist). */
function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(canonicalPath(parent), basename(path));
  }
}
