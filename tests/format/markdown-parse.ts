import type { Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The plain text of a table cell, as a reader sees it. */
function cellText(node: { type: string; value?: string; children?: unknown[] }): string {
  // Raw HTML is marked, so that tests see when design text turned into markup.
  if (node.type === 'html') return `[html ${node.value ?? ''}]`;
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map((child) => cellText(child as { type: string })).join('');
}

/** Reads the summary back with a Markdown parser: each table as rows of cell texts. */
export function tablesOf(text: string): string[][][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  return tree.children
    .filter((node): node is Table => node.type === 'table')
    .map((table) => table.children.map((row) => row.children.map(cellText)));
}
