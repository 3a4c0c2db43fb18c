import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { crypto } from '../util/lazy-crypto.js';

/** The cache file's layout, below; a file of another version is ignored. */
export const FORMAT_VERSION = 5;

/** A cache file larger than this is not read (a new one is written): it is not one this tool wrote for any sane tree. */
export const MAX_CACHE_FILE_SIZE = 2 * 1024 * 1024 * 1024 - 1;

/** Numbers per finding: rule, severity, message, messageId, line, column, endLine, endColumn, path, fatal. */
export const FINDING_WIDTH = 10;
/** Of those, the ones that are indices into the string table. */
export const STRING_FIELDS = [0, 2, 3, 8];
/** Integers per file: its context (index into `contexts`), checked rules (index into `strings`), first finding, finding count. */
export const ENTRY_INTS = 4;
/** Bytes of a SHA-1 digest: the content hash kept per file. */
export const DIGEST_BYTES = 20;

/**
 * The cache file: one line of JSON, this header, then the sections it lists, each
 * starting at a multiple of 8 bytes after the line (typed arrays read them in place):
 *
 * - `paths`: the files' paths in UTF-8, separated by NUL (which no path contains);
 * - `times`: size and modification time of each file, two float64;
 * - `ints`: {@link ENTRY_INTS} int32 per file;
 * - `digests`: the SHA-1 of each file's content;
 * - `findings`: {@link FINDING_WIDTH} int32 per finding, strings as indices into `strings`;
 * - `pieceOffsets`: for each piece key, then each file, the start (in that key's block) and
 *   length of the file's output piece, -1 and 0 for none;
 * - `pieces`: the output pieces, UTF-8 as written out, a block per key (`pieceBytes` long).
 *
 * Every section, and each key's block of pieces, has its SHA-1 in the header
 * (`checksums`, `pieceChecksums`), and the header line ends with the SHA-1 of the rest of
 * it: a byte changed anywhere that matters (a severity, a count, a message) makes the
 * cache unreadable, so that every file is linted again rather than a damaged result
 * trusted (docs/robustness.md).
 *
 * Nothing per file is JSON: a warm run over tens of thousands of files then parses a few
 * hundred strings and reads the rest as arrays, instead of making (and collecting)
 * hundreds of thousands of values; output pieces are not escaped and unescaped again; and
 * only the blocks of the formats a run writes are read.
 */
export interface CacheHeader {
  version: typeof FORMAT_VERSION;
  /** Integers are stored in this byte order; a cache from a machine of the other order is ignored. */
  endianness: 'BE' | 'LE';
  /** The configurations (their fingerprints) and options files were linted under. */
  contexts: string[];
  /** Rule ids, messages, message ids, data paths and rule lists (JSON) of the findings. */
  strings: string[];
  /** The formats (with the context they depend on) whose pieces are stored, and the length of each one's block. */
  pieceKeys: string[];
  pieceBytes: number[];
  entries: number;
  /** Byte length of each section, in the order above. */
  sections: Record<SectionName, number>;
  /** SHA-1 (hex) of each section but `pieces`, and of each key's block of pieces. */
  checksums: Record<Exclude<SectionName, 'pieces'>, string>;
  pieceChecksums: string[];
}

/** What ends a header line: the SHA-1 of the line before it. */
const HEADER_CHECKSUM = /,"checksum":"([0-9a-f]{40})"\}$/;

const sha1 = (parts: Uint8Array | readonly Uint8Array[]): string => {
  if (parts instanceof Uint8Array) parts = [parts];
  const hash = crypto().createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

const SECTIONS = ['paths', 'times', 'ints', 'digests', 'findings', 'pieceOffsets', 'pieces'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** The stored entries, as read from the file. */
export interface StoredEntries {
  paths: string[];
  contexts: readonly string[];
  strings: readonly string[];
  times: Float64Array;
  ints: Int32Array;
  digests: Uint8Array;
  findings: Int32Array;
  /** The pieces of the keys read: their offsets (two per entry) and their block. */
  pieces: ReadonlyMap<string, { offsets: Int32Array; bytes: Uint8Array }>;
}

export const NO_ENTRIES: StoredEntries = {
  paths: [],
  contexts: [],
  strings: [],
  times: new Float64Array(0),
  ints: new Int32Array(0),
  digests: new Uint8Array(0),
  findings: new Int32Array(0),
  pieces: new Map(),
};

/**
 * A cache file: the header line, padded so that the sections start at a multiple of 8
 * bytes, then the sections (each given as its parts). {@link cacheFileSections} reads a
 * whole file back (tests damage cache files on purpose with the two).
 */
export function cacheFileBytes(content: Omit<CacheHeader, 'sections' | 'checksums' | 'pieceChecksums'>, sections: Record<SectionName, readonly Uint8Array[]>): Buffer {
  const lengths = Object.fromEntries(SECTIONS.map((name) => [name, sections[name].reduce((sum, part) => sum + part.length, 0)])) as Record<SectionName, number>;
  const checksums = Object.fromEntries(SECTIONS.filter((name) => name !== 'pieces').map((name) => [name, sha1(sections[name])])) as CacheHeader['checksums'];
  const allPieces = Buffer.concat(sections.pieces);
  const pieceChecksums: string[] = [];
  let blockStart = 0;
  for (const length of content.pieceBytes) {
    pieceChecksums.push(sha1(allPieces.subarray(blockStart, blockStart + length)));
    blockStart += length;
  }
  // Fields given again (a test rewriting a header it read) are replaced by the ones computed here.
  const { checksum: _checksum, ...rest } = content as typeof content & { checksum?: string };
  const header: CacheHeader = { ...rest, sections: lengths, checksums, pieceChecksums };
  const body = JSON.stringify(header).slice(0, -1);
  const line = Buffer.from(`${body},"checksum":"${sha1(Buffer.from(body))}"}`);
  const parts: Uint8Array[] = [line, Buffer.from(`${' '.repeat(padding(line.length + 1))}\n`)];
  // Parts one by one: the pieces come as one part per file, too many to spread as arguments.
  for (const name of SECTIONS) {
    for (const part of sections[name]) parts.push(part);
    parts.push(new Uint8Array(padding(lengths[name])));
  }
  return Buffer.concat(parts);
}

/** Where each section of a cache file is, from its header line (ending at `newline`), or undefined when that is not a header. */
function cacheFileLayout(headerLine: Buffer, size: number): { header: Partial<CacheHeader>; layout: Record<SectionName, { offset: number; length: number }> } | undefined {
  if ((headerLine.length + 1) % 8 !== 0) return undefined;
  // The line is padded with spaces after the JSON.
  const text = headerLine.toString('utf8').trimEnd();
  const checksum = HEADER_CHECKSUM.exec(text);
  if (checksum === null || sha1(Buffer.from(text.slice(0, checksum.index))) !== checksum[1]) return undefined;
  const header = JSON.parse(text) as Partial<CacheHeader>;
  if (typeof header.sections !== 'object' || header.sections === null) return undefined;
  const layout: Partial<Record<SectionName, { offset: number; length: number }>> = {};
  let offset = headerLine.length + 1;
  for (const name of SECTIONS) {
    const length = header.sections[name];
    if (!Number.isInteger(length) || length < 0 || offset + length > size) return undefined;
    layout[name] = { offset, length };
    offset += length + padding(length);
  }
  return { header, layout: layout as Record<SectionName, { offset: number; length: number }> };
}

/** The header and every section of a whole cache file, or undefined when it is not laid out as one. */
export function cacheFileSections(bytes: Buffer): { header: Partial<CacheHeader>; sections: Record<SectionName, Buffer> } | undefined {
  const newline = bytes.indexOf(10);
  const file = newline === -1 ? undefined : cacheFileLayout(bytes.subarray(0, newline), bytes.length);
  if (file === undefined) return undefined;
  const sections = Object.fromEntries(SECTIONS.map((name) => [name, bytes.subarray(file.layout[name].offset, file.layout[name].offset + file.layout[name].length)]));
  return { header: file.header, sections: sections as Record<SectionName, Buffer> };
}

/**
 * The stored entries of a cache file, with the pieces of `pieceKeys` only, or undefined
 * when it is not one this version wrote, or is damaged. One open file for every read: a
 * cache another run replaces meanwhile is read whole, old or new.
 */
export function readCacheFile(filePath: string, pieceKeys: readonly string[]): StoredEntries | undefined {
  // Without blocking, and a regular file of bounded size only: a pipe or device given as
  // --cache-location is neither read nor waited on.
  const fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > MAX_CACHE_FILE_SIZE) return undefined;
    const size = stats.size;
    let start = readAt(fd, 0, Math.min(size, 64 * 1024));
    while (start.indexOf(10) === -1 && start.length < size) start = readAt(fd, 0, Math.min(size, start.length * 4));
    const newline = start.indexOf(10);
    const file = newline === -1 ? undefined : cacheFileLayout(start.subarray(0, newline), size);
    if (file === undefined) return undefined;
    const { header, layout } = file;
    const { contexts, strings, entries } = header;
    const keys = header.pieceKeys;
    const blockLengths = header.pieceBytes;
    const { checksums, pieceChecksums } = header;
    if (header.version !== FORMAT_VERSION || header.endianness !== endianness() || !isStringList(contexts) || !isStringList(strings) || !isStringList(keys) || !Number.isInteger(entries) || !Array.isArray(blockLengths) || blockLengths.length !== keys.length) return undefined;
    if (typeof checksums !== 'object' || checksums === null || !isStringList(pieceChecksums) || pieceChecksums.length !== keys.length) return undefined;
    const count = entries!;
    // Everything but the pieces, in one read.
    const fixed = layout.pieces.offset <= start.length ? start : readAt(fd, 0, layout.pieces.offset);
    const section = (name: SectionName) => fixed.subarray(layout[name].offset, layout[name].offset + layout[name].length);
    for (const name of SECTIONS) if (name !== 'pieces' && sha1(section(name)) !== checksums[name]) return undefined;
    const paths = count === 0 ? [] : section('paths').toString('utf8').split('\u0000');
    const allOffsets = typedView(Int32Array, section('pieceOffsets'));
    const pieces = new Map<string, { offsets: Int32Array; bytes: Uint8Array }>();
    let blockStart = layout.pieces.offset;
    for (let index = 0; index < keys.length; index++) {
      const length = Number(blockLengths[index]);
      if (!Number.isInteger(length) || length < 0 || blockStart + length > layout.pieces.offset + layout.pieces.length) return undefined;
      if (pieceKeys.includes(keys[index]!)) {
        const bytes = readAt(fd, blockStart, length);
        if (sha1(bytes) !== pieceChecksums[index]) return undefined;
        pieces.set(keys[index]!, { offsets: allOffsets.subarray(index * count * 2, (index + 1) * count * 2), bytes });
      }
      blockStart += length;
    }
    const stored: StoredEntries = {
      paths,
      contexts,
      strings,
      times: typedView(Float64Array, section('times')),
      ints: typedView(Int32Array, section('ints')),
      digests: section('digests'),
      findings: typedView(Int32Array, section('findings')),
      pieces,
    };
    const consistent =
      paths.length === count &&
      stored.times.length === count * 2 &&
      stored.ints.length === count * ENTRY_INTS &&
      stored.digests.length === count * DIGEST_BYTES &&
      stored.findings.length % FINDING_WIDTH === 0 &&
      allOffsets.length === count * keys.length * 2;
    return consistent ? stored : undefined;
  } finally {
    closeSync(fd);
  }
}

/** `length` bytes of an open file from `position`; throws when the file is shorter. */
function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const read = readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) throw new Error('the cache file is shorter than its header says');
    done += read;
  }
  return bytes;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Bytes to add after `length` bytes to reach a multiple of 8. */
function padding(length: number): number {
  return (8 - (length % 8)) % 8;
}

/** A typed array over bytes: in place when they are aligned for it, else a copy. */
function typedView<T extends Int32Array | Float64Array>(Type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; new (length: number): T; BYTES_PER_ELEMENT: number }, bytes: Uint8Array): T {
  const length = Math.floor(bytes.length / Type.BYTES_PER_ELEMENT);
  if (bytes.byteOffset % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer, bytes.byteOffset, length);
  const copy = new Type(length);
  new Uint8Array(copy.buffer).set(bytes.subarray(0, length * Type.BYTES_PER_ELEMENT));
  return copy;
}

export function bytesOf(array: Int32Array | Float64Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
