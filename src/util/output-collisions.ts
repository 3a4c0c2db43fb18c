import { realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';

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
  const seen = new Map<string, NamedFile>();
  const existing = new Map<string, NamedFile>();
  for (const output of outputs) {
    const stats = statOrUndefined(output.path);
    if (stats !== undefined && !stats.isFile()) continue;
    const identity = stats ? `${stats.dev}:${stats.ino}` : `path:${canonicalPath(output.path)}`;
    const earlier = seen.get(identity);
    if (earlier) throw collision(output, earlier, cwd);
    seen.set(identity, output);
    if (stats) existing.set(identity, output);
  }
  // Inputs exist: only outputs that exist already can be one of them.
  if (existing.size === 0) return;
  for (const input of inputs) {
    const stats = statOrUndefined(input.path);
    if (stats === undefined || !stats.isFile()) continue;
    const output = existing.get(`${stats.dev}:${stats.ino}`);
    if (output) throw collision(output, input, cwd);
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

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(resolve(path));
  } catch {
    return undefined;
  }
}
