import { linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { WriteError } from '../errors.js';
import { crypto } from './lazy-crypto.js';

/** A temporary file beside `filePath`, named after it and this process: `.<name>.<pid>.<random>.tmp`. */
function temporaryPathFor(filePath: string): string {
  return join(dirname(filePath), `.${basename(filePath)}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`);
}

/** The process that owns a temporary file of this module, from its name, if the name is one. */
export function temporaryFileOwner(name: string): number | undefined {
  const match = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/**
 * Writes a file so that readers see either the old or the new content, never a
 * truncated one: the text goes to a temporary file beside it, which is then renamed.
 */
export function writeFileAtomic(filePath: string, content: string | Uint8Array): void {
  makeDirectory(dirname(filePath), filePath);
  const temporary = temporaryPathFor(filePath);
  try {
    // `wx`: never write through something already at the temporary name, such as a planted symbolic link.
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, filePath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw writeError(filePath, error);
  }
}

/**
 * Creates a folder and the folders above it that are missing. Node's own recursive
 * `mkdirSync` never returns for a path under /proc, where creating fails with ENOENT
 * although the parent is there; this one gives up, with a {@link WriteError} naming
 * `forFile` (what was to be written), as it does for any folder it cannot create.
 */
export function makeDirectory(directory: string, forFile: string = directory): void {
  try {
    mkdirSync(directory);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && isDirectory(directory)) return;
    const parent = dirname(directory);
    if (code !== 'ENOENT' || parent === directory) throw writeError(forFile, error);
    makeDirectory(parent, forFile);
  }
  // The parent is there now: a second failure is final.
  try {
    mkdirSync(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && isDirectory(directory)) return;
    throw writeError(forFile, error);
  }
}

/** Whether a folder is at `path` (false for anything else, or nothing, or a path that cannot be looked at). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A one-line error for a file that could not be written, saying why in words. */
function writeError(filePath: string, error: unknown): Error {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === undefined ? undefined : WRITE_FAILURES[code];
  return reason === undefined ? (error as Error) : new WriteError(`cannot write \`${filePath}\`: ${reason}`);
}

const WRITE_FAILURES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'a folder on its path cannot be created',
  ENOTDIR: 'a part of its path is a file, not a folder',
  EEXIST: 'a part of its path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many levels of symbolic links',
};

/**
 * Creates a file that must not exist yet, atomically: the text goes to a temporary file
 * that is then hard-linked to the name, which fails rather than replace a file that
 * appeared meanwhile. Returns false, touching nothing, when the file already exists.
 */
export function writeNewFileAtomic(filePath: string, content: string): boolean {
  makeDirectory(dirname(filePath), filePath);
  const temporary = temporaryPathFor(filePath);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    try {
      linkSync(temporary, filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // File systems without hard links: an exclusive create still never replaces a file.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      try {
        writeFileSync(filePath, content, { flag: 'wx' });
      } catch (fallbackError) {
        if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw fallbackError;
      }
    }
    return true;
  } finally {
    rmSync(temporary, { force: true });
  }
}
