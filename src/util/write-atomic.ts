import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old or the new content, never a
 * truncated one: the text goes to a temporary file beside it, which is then renamed.
 */
export function writeFileAtomic(filePath: string, content: string): void {
  const directory = dirname(filePath);
  mkdirSync(directory, { recursive: true });
  const temporary = join(directory, `.${basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, filePath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
