import { giveUp } from './subset-give-up.js';

// The lines of a text as the subset parser (subset-parser.ts) reads them.

/**
 * Where the document starts when its first line (after blank and comment lines) is a bare
 * `---` marker, as many YAML files begin, optionally with a comment: just after that line.
 * 0 otherwise (a marker with content after it, or directives, are the reference parser's).
 */
export function afterDocumentMarker(text: string): number {
  for (let at = 0; ; ) {
    const newline = text.indexOf('\n', at);
    let end = newline === -1 ? text.length : newline;
    if (end > at && text.charCodeAt(end - 1) === 13) end--;
    let content = at;
    while (content < end && text.charCodeAt(content) === 32) content++;
    if (content === end || text.charCodeAt(content) === 35) {
      if (newline === -1) return 0;
      at = newline + 1;
      continue;
    }
    if (content !== at || !text.startsWith('---', at)) return 0;
    let rest = at + 3;
    while (rest < end && text.charCodeAt(rest) === 32) rest++;
    if (rest === end || (text.charCodeAt(rest) === 35 && rest > at + 3)) return newline === -1 ? text.length : newline + 1;
    return 0;
  }
}

/** One line of the text, read through {@link LineTable}. */
export interface Line {
  start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  end: number;
  indent: number;
  /** Offset of the first non-space character. */
  content: number;
  /** Blank or only a comment. */
  blank: boolean;
}

/** Typed arrays for a table of `capacity` lines. */
function lineArrays(capacity: number): { starts: Int32Array; ends: Int32Array; contents: Int32Array; blanks: Uint8Array } {
  return {
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    contents: new Int32Array(capacity),
    blanks: new Uint8Array(capacity),
  };
}

// One set of arrays, reused by every table: a table lives only while its text is parsed, and
// a thread parses one text at a time, so thousands of designs need not allocate (and the
// garbage collector track) four buffers each.
let scratch = lineArrays(1024);

/**
 * The lines of a text in typed arrays rather than an object per line kept for the whole
 * parse, which matters when thousands of designs are parsed; `at(i)` gives a short-lived
 * {@link Line} view.
 */
export class LineTable {
  readonly length: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly contents: Int32Array;

  /** `lineStarts`: where each line starts, when the caller has found them already (the loader's line index). */
  constructor(text: string, lineStarts?: readonly number[]) {
    let count = 1;
    if (lineStarts) count = lineStarts.length;
    else for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    this.length = count;
    if (count > scratch.starts.length) scratch = lineArrays(Math.max(count, scratch.starts.length * 2));
    ({ starts: this.starts, ends: this.ends, contents: this.contents, blanks: this.blanks } = scratch);
    let start = 0;
    for (let line = 0; line < count; line++) {
      let end = lineStarts ? (line + 1 < count ? lineStarts[line + 1]! - 1 : text.length) : text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const next = end + 1;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      let content = start;
      while (content < end && text.charCodeAt(content) === 32) content++;
      if (text.charCodeAt(content) === 13) giveUp();
      this.starts[line] = start;
      this.ends[line] = end;
      this.contents[line] = content;
      start = next;
    }
    for (let line = 0; line < count; line++) {
      const content = this.contents[line]!;
      this.blanks[line] = content === this.ends[line] || text.charCodeAt(content) === 35 ? 1 : 0;
    }
  }

  private readonly blanks!: Uint8Array;

  at(index: number): Line {
    return {
      start: this.starts[index]!,
      end: this.ends[index]!,
      indent: this.contents[index]! - this.starts[index]!,
      content: this.contents[index]!,
      blank: this.blanks[index] === 1,
    };
  }

  isBlank(index: number): boolean {
    return this.blanks[index] === 1;
  }

  // Single fields of a line, for the parser's hot paths: `at` allocates a view each call.
  start(index: number): number {
    return this.starts[index]!;
  }

  /** Offset of the line's first non-space character. */
  content(index: number): number {
    return this.contents[index]!;
  }

  indent(index: number): number {
    return this.contents[index]! - this.starts[index]!;
  }

  end(index: number): number {
    return this.ends[index]!;
  }
}
