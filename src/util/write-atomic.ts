import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
  mkdirSync(dirname(filePath), { recursive: true });
  const temporary = temporaryPathFor(filePath);
  try {
    // `wx`: never write through something already at the temporary name, such as a planted symbolic link.
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, filePath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Creates a file that must not exist yet, atomically: the text goes to a temporary file
 * that is then hard-linked to the name, which fails rather than replace a file that
 * appeared meanwhile. Returns false, touching nothing, when the file already exists.
 */
export function writeNewFileAtomic(filePath: string, content: string): boolean {
  mkdirSync(dirname(filePath), { recursive: true });
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
