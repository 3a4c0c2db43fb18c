import { crypto } from '../util/lazy-crypto.js';

// The lines of the `--cache` file (cache.ts): each is the SHA-1 of its JSON, a space and the
// JSON, kept ASCII; read from the file's bytes one line at a time, when it is needed.

// One call per line, thousands of lines: the one-shot hash costs less than a Hash object each.
export const sha1 = (text: string | Uint8Array): string => crypto().hash('sha1', text, 'hex');

/** Where a line's JSON starts: after the 40 hex digits of its checksum and a space. */
const JSON_OFFSET = 41;
/** What follows an entry's path (its first key), and cannot occur inside it: a quote in a JSON string is escaped. */
const AFTER_PATH = Buffer.from(',"size":', 'latin1');

/** Where the line starting at `start` ends (its newline, or the end of the file). */
export function lineEnd(bytes: Buffer, start: number): number {
  const end = bytes.indexOf(0x0a, start);
  return end === -1 ? bytes.length : end;
}

/** The line starting at `start`, as text (Latin-1: the file is ASCII, see lineOf; a byte beyond is damage the checksum finds). */
export function lineAt(bytes: Buffer, start: number): string {
  return bytes.toString('latin1', start, lineEnd(bytes, start));
}

/**
 * The path an entry's line is for, read from the start of its JSON alone; undefined for a
 * line that is not an entry's. The checksum is checked when the entry is read: a damaged
 * path only names a file that is never looked up.
 */
export function fileOfLine(bytes: Buffer, start: number): string | undefined {
  // Searched within the line only: a search on past its end could make opening a damaged file quadratic.
  const cut = bytes.subarray(0, lineEnd(bytes, start)).indexOf(AFTER_PATH, start + JSON_OFFSET);
  if (cut === -1) return undefined;
  try {
    const { file } = JSON.parse(`${bytes.toString('latin1', start + JSON_OFFSET, cut)}}`) as { file?: unknown };
    return typeof file === 'string' ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON value on the line starting at `start`, or undefined when its checksum does not match or it is not JSON. */
export function parsedLine(bytes: Buffer, start: number): unknown {
  const end = lineEnd(bytes, start);
  if (end - start <= JSON_OFFSET || bytes[start + JSON_OFFSET - 1] !== 0x20) return undefined;
  if (sha1(bytes.subarray(start + JSON_OFFSET, end)) !== bytes.toString('latin1', start, start + JSON_OFFSET - 1)) return undefined;
  try {
    return JSON.parse(bytes.toString('latin1', start + JSON_OFFSET, end)) as unknown;
  } catch {
    // A line whose checksum matches but is not ours: dropped like a damaged one.
    return undefined;
  }
}

/**
 * A line of the cache file: the checksum of the JSON, a space, the JSON, with every
 * character beyond ASCII escaped (`\u2014`): an ASCII file is read back as one-byte
 * strings, which decode and parse faster than UTF-8 of the same text.
 */
export function lineOf(json: string): string {
  // Every character outside ASCII, NUL included in the class only as its lower bound.
  // eslint-disable-next-line no-control-regex
  const ascii = json.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${sha1(ascii)} ${ascii}`;
}
