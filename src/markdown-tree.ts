import type { Root, RootContent, Text } from 'mdast';
import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Text that needs no escaping anywhere in a paragraph, heading, list item or table cell:
 * it starts with a letter, digit or symbol (so no list marker, heading, quote or code
 * indent), holds only letters, digits, symbols such as emoji, single spaces and marks
 * that open no Markdown or GFM construct. None of `\ ` * _ ~ [ ] ( ) < > & # | ! $ @ / =`
 * can appear, so no emphasis, link, autolink, entity, HTML, table pipe, math or
 * strikethrough either. Such text is written as it is; all other text goes through the
 * serialiser's escaping, whose cost is the same for every node however short, and which
 * made serialising most of the time of `report`.
 */
const PLAIN_TEXT = /^[\p{L}\p{N}\p{So}](?:[\p{L}\p{N}\p{So}\p{Mn}\u200d,.;:'"?%+-]| (?! ))*$/u;
/**
 * What else the escaping looks for in such text: digits then `.` or `)` (an ordered list
 * at the start of a line), `w.` followed by a word (a GFM `www.` autolink), an ending
 * that the next node could complete into one (`w.`, `http:`), and a trailing space.
 */
const NEEDS_CONTEXT = /^\p{N}+[.)]|[Ww]\.(?:[-.\w]|$)|[ps]:$| $/u;

const text: Handle = (node: Text, parent, state, info) =>
  PLAIN_TEXT.test(node.value) && !NEEDS_CONTEXT.test(node.value) ? node.value : defaultHandlers.text(node, parent, state, info);

const STRINGIFY_OPTIONS = { bullet: '-', fences: true, rule: '-', emphasis: '_', listItemIndent: 'one', handlers: { text } } as const;

// Configured once: reports serialise thousands of trees.
const alignedTables = unified().use(remarkGfm).use(remarkStringify, STRINGIFY_OPTIONS).freeze();
const compactTables = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, STRINGIFY_OPTIONS).freeze();

/**
 * Serialises an mdast tree as GitHub-flavoured Markdown, the one way this project writes
 * Markdown. Tables are padded into columns unless `alignTables` is false (reports, whose
 * tables hold long user text).
 */
export function markdownOf(tree: Root, options: { alignTables?: boolean } = {}): string {
  return (options.alignTables === false ? compactTables : alignedTables).stringify(tree);
}

/** Parses trusted Markdown written by the project itself (rule rationales) into mdast nodes. */
export function parseMarkdown(markdown: string): RootContent[] {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown).children;
}
