import type { Rule } from '../rules/index.js';
import type { FileResult } from '../types.js';

/** What a formatter may know besides the results; it never reads the environment itself. */
export interface FormatContext {
  /** Working directory: paths in the output are shown relative to it where the format allows. */
  cwd: string;
  /** Whether to use ANSI colours. */
  color: boolean;
  /** Every rule the run knew, for formats that describe rules (SARIF). */
  rules: readonly Rule[];
  /** Version of mlsys-lint, for formats that name the tool. */
  toolVersion: string;
  /** Columns of the terminal the output goes to; undefined when it goes to a pipe or a file (stylish wraps to it). */
  width?: number;
  /** `--max-warnings`: formats where warnings can fail (JUnit) fail them once there are more. */
  maxWarnings?: number;
  /** When linting started and how long it took, for formats that record it (JUnit). */
  startedAt?: Date;
  elapsedMs?: number;
  /** The folder SARIF uris are relative to: the git repository's top level, else `cwd`. */
  sourceRoot?: string;
  /** Line `line` (1-based) of a file as it was linted, for fingerprints that use its text (SARIF). */
  sourceLine?: (filePath: string, line: number) => string | undefined;
}

/**
 * A formatter is a pure function of the results: it runs after linting, on whatever results it
 * is given. One whose output can outgrow a string (V8 stops at about 512 MB; SARIF of a
 * million findings is 800 MB) also gives it in `parts`, which the CLI writes one after
 * another; the function itself returns the parts joined.
 */
export type Formatter = ((results: readonly FileResult[], context: FormatContext) => string) & {
  readonly parts?: (results: readonly FileResult[], context: FormatContext) => Iterable<string>;
};

/**
 * A format whose output is a piece per file, framed (`json`, `stylish`): a file's piece
 * depends on its result and the context only, and is garbage once joined, rather than
 * every file's intermediate values alive until the whole output is made.
 */
export interface FilePieces {
  /** One file's piece; an empty one is left out of the output. */
  piece(result: FileResult, context: FormatContext): string;
  /** What goes around and between the pieces; undefined when the output is empty. */
  frame(results: readonly FileResult[], context: FormatContext): PieceFrame | undefined;
}

/** The output is `head`, then the non-empty pieces in file order with `separator` between them, then `tail`. */
export interface PieceFrame {
  head: string;
  separator: string;
  tail: string;
}

/**
 * About how much output a part holds: few writes, and no string the size of the whole output.
 * A part stays under 128 KB even in two bytes a character, the most V8 allocates among young
 * objects: a larger string gets fresh pages of its own, which cost more to touch than the
 * copy (docs/performance.md, "Output in parts V8 keeps young").
 */
export const PART_SIZE = 16 * 1024;

/**
 * A formatter made of {@link FilePieces}. Its parts are pieces joined up to about
 * {@link PART_SIZE} each: each file's piece is garbage once its part is written, and the
 * output of tens of thousands of files never exists as one string (which, holding one
 * non-Latin-1 character, takes two bytes a character).
 */
export function piecewiseFormatter(format: FilePieces): Formatter {
  function* parts(results: readonly FileResult[], context: FormatContext): Generator<string> {
    const frame = format.frame(results, context);
    if (frame === undefined) return;
    let part = frame.head;
    let first = true;
    for (const result of results) {
      const piece = format.piece(result, context);
      if (piece === '') continue;
      part += first ? piece : frame.separator + piece;
      first = false;
      if (part.length >= PART_SIZE) {
        yield part;
        part = '';
      }
    }
    yield part + frame.tail;
  }
  return Object.assign((results: readonly FileResult[], context: FormatContext) => [...parts(results, context)].join(''), { parts });
}
