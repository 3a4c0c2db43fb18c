import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Why an input other than a design (a config, baseline, template or cache file) cannot be
 * read, in words: one line, never a hang. Callers turn it into their own kind of error.
 */
export class InputReadError extends Error {}

/**
 * The bytes of a file the tool reads besides designs, with the checks designs get (see
 * docs/robustness.md): it must be a regular file no larger than `maxSize`, and it is
 * opened without blocking, so that a named pipe or a device such as `/dev/zero` given as
 * a config, baseline or template is an error rather than a hang or an endless read.
 */
export function readInputFile(filePath: string, maxSize: number): Buffer {
  let fd: number;
  try {
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputReadError(describeOpenError(error));
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new InputReadError('it is a folder, not a file');
    if (!stats.isFile()) throw new InputReadError('it is not a regular file (a pipe, socket or device)');
    if (stats.size > maxSize) throw new InputReadError(`the file is ${stats.size} bytes, more than the limit of ${maxSize}`);
    // One byte more than allowed: a file that grew since fstat is caught, not read on and on.
    const bytes = Buffer.allocUnsafe(Math.min(stats.size, maxSize) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxSize) throw new InputReadError(`the file is more than the limit of ${maxSize} bytes`);
    }
    return bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof InputReadError) throw error;
    throw new InputReadError(describeOpenError(error));
  } finally {
    closeSync(fd);
  }
}

/** A text file (UTF-8; a byte-order mark is dropped) read with the checks of {@link readInputFile}. */
export function readInputText(filePath: string, maxSize: number): string {
  const text = readInputFile(filePath, maxSize).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeOpenError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'ENXIO':
    case 'ENODEV':
      return 'it is not a regular file (a pipe, socket or device)';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
