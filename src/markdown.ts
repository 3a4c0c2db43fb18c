import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** Serialises an mdast tree as GitHub-flavoured Markdown, the one way this project writes Markdown. */
export function markdownOf(tree: Root): string {
  return unified().use(remarkGfm).use(remarkStringify, { bullet: '-', fences: true, rule: '-', emphasis: '_', listItemIndent: 'one' }).stringify(tree);
}

/** Parses trusted Markdown written by the project itself (rule rationales) into mdast nodes. */
export function parseMarkdown(markdown: string): RootContent[] {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown).children;
}
