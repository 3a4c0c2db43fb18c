import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  linkSync,
  mkdirSync,
  openSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WriteError } from '../errors.js';
import { crypto } from './lazy-crypto.js';
import { lstatOrUndefined, statOrUndefined } from './stat.js';

/**
 * What an output holds: text, bytes, or text in parts written one after another (an output
 * larger than one string can be, such as SARIF of a million findings).
 */
export type OutputContent = string | Uint8Array | Iterable<string>;

/** The longest file name most file systems allow, in bytes. */
const NAME_MAX = 255;

/**
 * A temporary file beside `filePath`, named after it and this process:
 * `.<name>.<pid>.<random>.tmp`. When that would be too long a name for the file system,
 * the name part is shortened so that the temporary name is no longer than the target's:
 * a target that can be written always has a temporary name that can be.
 */
function temporaryPathFor(filePath: string): string {
  const name = basename(filePath);
  const suffix = `.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`;
  let kept = name;
  if (Buffer.byteLength(`.${name}${suffix}`) > NAME_MAX) {
    const limit = Math.min(NAME_MAX, Buffer.byteLength(name));
    const characters = [...name];
    while (characters.length > 1 && Buffer.byteLength(`.${characters.join('')}${suffix}`) > limit) characters.pop();
    kept = characters.join('');
  }
  return join(dirname(filePath), `.${kept}${suffix}`);
}

/** The process that owns a temporary file of this module, from its name, if the name is one. */
export function temporaryFileOwner(name: string): number | undefined {
  const match = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/**
 * Writes an output file (every output goes through here: formats, cache, baseline,
 * reports; see docs/robustness.md):
 *
 * - a regular file, or a path where nothing is, is replaced atomically: readers see the
 *   old or the new content, never a truncated one. The text goes to a temporary file
 *   beside it, which is then renamed; a file that was there keeps its mode (and, for
 *   root, its owner);
 * - a character device, named pipe or socket (`/dev/null`, `/dev/stdout`), or a symbolic
 *   link, is written *through*: opened and written in place, never renamed over, so the
 *   device or the link stays what it was;
 * - a folder is a {@link WriteError}.
 *
 * `confined` (report files, which must never be written outside their folder) replaces a
 * link or device at the path instead of writing through it.
 */
export function writeFileAtomic(filePath: string, content: OutputContent, { confined = false }: { confined?: boolean } = {}): void {
  const existing = lstatOrUndefined(filePath);
  if (confined && existing !== undefined && !existing.isDirectory() && !existing.isFile()) {
    // Report files are written only inside their folder: a link or device planted there is replaced, never written through.
    replaceAtomically(filePath, content, undefined);
    return;
  }
  if (existing?.isSymbolicLink()) {
    if (statOrUndefined(filePath)?.isDirectory()) throw new WriteError(`cannot write \`${filePath}\`: it is a folder`);
    writeThrough(filePath, content);
    return;
  }
  if (existing?.isDirectory()) throw new WriteError(`cannot write \`${filePath}\`: it is a folder`);
  if (existing !== undefined && !existing.isFile()) {
    writeThrough(filePath, content);
    return;
  }
  replaceAtomically(filePath, content, existing);
}

/** Writes a temporary file beside `filePath` and renames it over the path; `existing` (a regular file) gives its mode and owner. */
function replaceAtomically(filePath: string, content: OutputContent, existing: Stats | undefined): void {
  makeDirectory(dirname(filePath), filePath);
  const temporary = temporaryPathFor(filePath);
  try {
    // `wx`: never write through something already at the temporary name, such as a planted symbolic link.
    if (typeof content === 'string' || content instanceof Uint8Array) {
      writeFileSync(temporary, content, { flag: 'wx', mode: existing ? existing.mode & 0o7777 : 0o666 });
    } else {
      const fd = openSync(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
      try {
        writeContent(fd, content);
      } finally {
        closeSync(fd);
      }
    }
    if (existing) keepOwnerAndMode(temporary, existing);
    renameSync(temporary, filePath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw writeError(filePath, error);
  }
}

/** Gives a replacement the mode of the file it replaces (the umask applied to the create), and, for root, its owner. */
function keepOwnerAndMode(temporary: string, existing: Stats): void {
  chmodSync(temporary, existing.mode & 0o7777);
  if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) chownSync(temporary, existing.uid, existing.gid);
}

/**
 * Writes into what is at `filePath` without replacing it: a device, a pipe, or the file
 * a symbolic link points to (created when the link dangles). A pipe is opened without
 * blocking, so that one nobody reads is an error rather than a hang.
 */
function writeThrough(filePath: string, content: OutputContent): void {
  // `/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N` (or a link to one) name a file this process
  // has open: written to directly, as opening the name again is refused to a user who did
  // not create the pipe behind it.
  const ownFd = ownDescriptor(filePath);
  if (ownFd !== undefined) {
    try {
      writeContent(ownFd, content);
    } catch (error) {
      throw writeError(filePath, error);
    }
    return;
  }
  let fd: number;
  try {
    fd = openSync(filePath, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NONBLOCK, 0o666);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO')
      throw new WriteError(`cannot write \`${filePath}\`: no process is reading from it (a pipe or socket)`);
    throw writeError(filePath, error);
  }
  try {
    writeContent(fd, content);
  } catch (error) {
    throw writeError(filePath, error);
  } finally {
    closeSync(fd);
  }
}

/** Names of a descriptor of this process. */
const OWN_DESCRIPTOR = /^\/(?:dev\/(?:stdout|stderr|fd\/(\d+))|proc\/(?:self|thread-self|(\d+))\/fd\/(\d+))$/;

/** The descriptor of this process a path names, following symbolic links one hop at a time; undefined for any other path. */
function ownDescriptor(filePath: string): number | undefined {
  let path = filePath;
  for (let hop = 0; hop < 40; hop++) {
    const match = OWN_DESCRIPTOR.exec(path);
    if (match) {
      if (match[2] !== undefined && Number(match[2]) !== process.pid) return undefined;
      if (path === '/dev/stdout') return 1;
      if (path === '/dev/stderr') return 2;
      return Number(match[1] ?? match[3]);
    }
    let target: string;
    try {
      target = readlinkSync(path);
    } catch {
      return undefined;
    }
    path = resolve(dirname(path), target);
  }
  return undefined;
}

/** Writes an output to an open file, part by part when it comes in parts. */
export function writeContent(fd: number, content: OutputContent): void {
  if (typeof content === 'string') writeAll(fd, Buffer.from(content));
  else if (content instanceof Uint8Array) writeAll(fd, content);
  else for (const part of content) writeAll(fd, Buffer.from(part));
}

/** Writes every byte to an open file, waiting on a full pipe that was opened without blocking, as a blocking write would. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(PAUSE, 0, 0, 5);
    }
  }
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

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
  return statOrUndefined(path)?.isDirectory() ?? false;
}

/** A one-line error for a file that could not be written, saying why in words. */
function writeError(filePath: string, error: unknown): Error {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === undefined ? undefined : WRITE_FAILURES[code];
  if (reason !== undefined) return new WriteError(`cannot write \`${filePath}\`: ${reason}`);
  return code === undefined ? (error as Error) : new WriteError(`cannot write \`${filePath}\`: ${code}`);
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
  EPIPE: 'the reader of the pipe went away',
  ENXIO: 'no process is reading from it (a pipe or socket)',
};

/**
 * Creates a file that must not exist yet, atomically: the text goes to a temporary file
 * that is then hard-linked to the name, which fails rather than replace a file that
 * appeared meanwhile. Returns false, touching nothing, when the file already exists.
 */
export function writeNewFileAtomic(filePath: string, content: string): boolean {
  // A device or pipe (`/dev/null`, `/dev/stdout`) is written through: it is no file to keep.
  const existing = statOrUndefined(filePath);
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) {
    writeThrough(filePath, content);
    return true;
  }
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
