import type { LineTable } from './subset-lines.js';
import { SCALAR } from './fast-tree.js';
import { giveUp } from './subset-give-up.js';
import { closingQuote, fold, unquote } from './subset-scalars.js';

// Scalars over several lines in the design subset of YAML: quoted scalars whose closing
// quote is on a later line, and literal and folded block scalars. Read for the block parser
// (subset-parser.ts); each returns its value and the index of the line after it.

/** What these readers need from the block parser. */
export interface MultiLineHost {
  readonly text: string;
  readonly table: LineTable;
  node(start: number, end: number, kind: number, parent: number, value?: unknown): number;
  /** Gives up unless only spaces or a comment follow `at` up to `end`. */
  expectLineEnd(at: number, end: number): void;
  /** Gives up when the next line with content is indented deeper than `indent`. */
  expectNothingDeeper(index: number, indent: number): void;
}

/**
 * Reads a scalar that starts at offset `at` on line `index`, in a block indented `indent`,
 * as a child of node `parent`: its value and the index of the line after it.
 */
export type MultiLineReader = (
  host: MultiLineHost,
  at: number,
  index: number,
  indent: number,
  parent: number,
) => { value: unknown; next: number };

/**
 * A quoted scalar whose closing quote is on a later line, the lines folded as YAML folds
 * them (a line break is a space, an empty line a line break, the white space around breaks
 * dropped). An escaped line break (a `\` at a line's end) is left to the reference parser.
 */
export const multiLineQuoted: MultiLineReader = (host, at, index, indent, parent) => {
  const { text, table } = host;
  const quote = text[at]!;
  // A line's text up to its end, without the spaces before the break.
  const partOf = (from: number, to: number): string => {
    let stop = to;
    while (stop > from && text.charCodeAt(stop - 1) === 32) stop--;
    if (quote === '"' && text.charCodeAt(stop - 1) === 92) giveUp();
    return text.slice(from, stop);
  };
  // The rest of the opening line is text even when empty: it is never an empty line.
  let folded = partOf(at + 1, table.end(index));
  // Line breaks since the last text: one is a space, n + 1 are n line breaks.
  let breaks = 1;
  const append = (part: string) => {
    folded += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
    folded += part;
    breaks = 1;
  };
  for (let i = index + 1; i < table.length; i++) {
    const line = table.at(i);
    if (line.content === line.end) {
      breaks++;
      continue;
    }
    if (line.indent <= indent) giveUp();
    const close = closingQuote(host.text, line.content, line.end, quote);
    if (close === -1) {
      append(partOf(line.content, line.end));
      continue;
    }
    append(text.slice(line.content, close));
    const value = quote === "'" ? folded.replace(/''/g, "'") : unquote(`"${folded}"`);
    host.node(at, close + 1, SCALAR, parent, value);
    host.expectLineEnd(close + 1, line.end);
    host.expectNothingDeeper(i + 1, indent);
    return { value, next: i + 1 };
  }
  giveUp();
};

/**
 * A block scalar, literal (`|`, `|-`) or folded (`>`, `>-`), whose content lines are
 * indented deeper than `indent`. Folded text with more-indented lines is left to the
 * reference parser.
 */
export const blockScalar: MultiLineReader = (host, at, index, indent, parent) => {
  const line = host.table.at(index);
  const folded = host.text[at] === '>';
  let headerEnd = at + 1;
  const chomp = host.text[headerEnd] === '-' ? 'strip' : 'clip';
  if (chomp === 'strip') headerEnd++;
  host.expectLineEnd(headerEnd, line.end);
  if (headerEnd < line.end && host.text.charCodeAt(headerEnd) !== 32) giveUp();
  let contentIndent = -1;
  const content: string[] = [];
  let i = index + 1;
  let lastContent = index;
  for (; i < host.table.length; i++) {
    const current = host.table.at(i);
    const empty = current.content === current.end;
    if (empty) {
      if (current.end - current.start > (contentIndent === -1 ? indent + 1 : contentIndent)) giveUp();
      content.push('');
      continue;
    }
    if (contentIndent === -1) {
      if (current.indent <= indent) break;
      contentIndent = current.indent;
    }
    if (current.indent < contentIndent) {
      if (current.indent > indent) giveUp();
      break;
    }
    if (folded && current.indent > contentIndent) giveUp();
    content.push(host.text.slice(current.start + contentIndent, current.end));
    lastContent = i;
  }
  if (contentIndent === -1) giveUp();
  // Trailing empty lines are not content (clip keeps one line break, strip none).
  content.length = lastContent - index;
  const value = (folded ? fold(content) : content.join('\n')) + (chomp === 'clip' ? '\n' : '');
  host.node(at, host.table.end(lastContent), SCALAR, parent, value);
  return { value, next: lastContent + 1 };
};
