import type {
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';

/**
 * Helpers that build mdast nodes from design text. User text only ever becomes `text`
 * (or `inlineCode`) nodes, which the serialiser escapes, so it cannot turn into HTML,
 * links or Markdown structure.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Bidirectional overrides and isolates can make text read differently from what it is ("Trojan Source").
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * User text made fit for one line: lone surrogates replaced, bidirectional controls
 * removed, control characters, tabs and line breaks turned into single spaces, and trimmed.
 */
export function plain(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(BIDI_CONTROL, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .trim();
}

export const text = (value: string): Text => ({ type: 'text', value });

// What GitHub turns into a link even when escaped (its autolinking runs after escapes are
// resolved): URLs, `www.` addresses and e-mail addresses.
const AUTOLINK_LITERAL = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>`]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/**
 * User text as phrasing: plain text, except that addresses GitHub would autolink become
 * code spans, so that a design's text never turns into a link.
 */
export function userText(value: unknown): PhrasingContent[] {
  return withoutAutolinks(plain(value));
}

function withoutAutolinks(line: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of line.matchAll(AUTOLINK_LITERAL)) {
    if (match.index > last) nodes.push(text(line.slice(last, match.index)));
    nodes.push(code(match[0]));
    last = match.index + match[0].length;
  }
  if (last < line.length || nodes.length === 0) nodes.push(text(line.slice(last)));
  return nodes;
}

export const strong = (value: string): Strong => ({ type: 'strong', children: userText(value) as Strong['children'] });

export const code = (value: string): InlineCode => ({ type: 'inlineCode', value });

export const link = (url: string, children: PhrasingContent[]): Link => ({ type: 'link', url, children });

export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/**
 * A message written by a rule, where `backticks` mark code: code spans become
 * `inlineCode`, the rest text. Values quoted from the design may hold backticks of their
 * own; when the pairing cannot be trusted, all of it stays text.
 */
export function messagePhrasing(message: string): PhrasingContent[] {
  const line = plain(message);
  const parts = line.split('`');
  // Rules quote with single backticks; doubled ones, or an odd count, come from the design's own text.
  if (parts.length % 2 === 0 || line.includes('``')) return withoutAutolinks(line);
  const nodes: PhrasingContent[] = [];
  let pending = '';
  const flush = (): void => {
    if (pending !== '') nodes.push(...withoutAutolinks(pending));
    pending = '';
  };
  parts.forEach((part, index) => {
    // Code spans padded with spaces are ambiguous in CommonMark (and markdownlint's MD038).
    if (index % 2 === 1 && part.trim() !== '') {
      flush();
      nodes.push(code(part.trim()));
    } else pending += part;
  });
  flush();
  return nodes;
}

const isEmpty = (phrasing: readonly PhrasingContent[]): boolean =>
  phrasing.every((node) => node.type === 'text' && node.value.trim() === '');

/** A bulleted list, one item per entry; an entry is a paragraph's phrasing or whole blocks. */
export function list(items: readonly (PhrasingContent[] | { blocks: RootContent[] })[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item): ListItem => ({
      type: 'listItem',
      spread: false,
      // An empty item would turn the line above it into a heading (a setext underline).
      children: ('blocks' in item ? item.blocks : [paragraph(...(isEmpty(item) ? [text('—')] : item))]) as ListItem['children'],
    })),
  };
}

export type Cell = string | PhrasingContent[];

const cellOf = (value: Cell): TableCell => ({
  type: 'tableCell',
  children: typeof value === 'string' ? (plain(value) === '' ? [] : userText(value)) : value,
});

/** A GFM table from a header row and body rows of plain text or phrasing. */
export function table(
  header: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  align: Table['align'] = header.map(() => 'left'),
): Table {
  const row = (cells: readonly Cell[]): TableRow => ({ type: 'tableRow', children: cells.map(cellOf) });
  return { type: 'table', align, children: [row(header), ...rows.map(row)] };
}

/** A heading at `depth`, clamped to what Markdown has. */
export function heading(depth: number, value: string): RootContent {
  return { type: 'heading', depth: Math.min(Math.max(depth, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6, children: userText(value) };
}

/** Texts joined for one table cell or one line. */
export const joined = (values: readonly string[], separator = ', '): string =>
  values
    .map(plain)
    .filter((value) => value !== '')
    .join(separator);

/** `n thing` or `n things`. */
export const count = (n: number, singular: string, plural = `${singular}s`): string => `${n} ${n === 1 ? singular : plural}`;

/** A share in 0..1 as a whole percentage. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;
