import { InputReadError, readInputText } from '../util/read-input.js';
import { markdownOf } from '../markdown-tree.js';
import type { Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { UsageError } from '../errors.js';
import { closestMatch } from '../util/closest-match.js';
import type { SectionContext } from './model.js';

/** A template that cannot be used: the message starts with `file:line:column`. */
export class TemplateError extends UsageError {}

/** The name of the leaf directive that marks a placeholder: `::mlsys{section="architecture"}`. */
export const PLACEHOLDER = 'mlsys';

/** What a template needs to know of a node; mdast nodes plus remark-directive's three directive kinds. */
interface TemplateNode {
  type: string;
  name?: string;
  attributes?: Record<string, string | null | undefined> | null;
  children?: TemplateNode[];
  depth?: number;
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
}

const DIRECTIVES = new Set(['leafDirective', 'containerDirective', 'textDirective']);

/** A parsed template: Markdown whose placeholders have been checked against the known sections. */
export interface Template {
  file: string;
  tree: Root;
}

/**
 * Parses a template. Each `::mlsys{section="name"}` must name a known section; other
 * directives are not ours and are kept exactly as written.
 */
export function parseTemplate(source: string, file: string, sections: readonly string[]): Template {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(source) as TemplateNode;
  const fail = (node: TemplateNode, message: string): never => {
    const start = node.position?.start;
    throw new TemplateError(`${file}:${start?.line ?? 1}:${start?.column ?? 1}: ${message}`);
  };
  const check = (parent: TemplateNode, insideForeignDirective: boolean): void => {
    parent.children?.forEach((node, index) => {
      if (!DIRECTIVES.has(node.type)) {
        check(node, insideForeignDirective);
        return;
      }
      if (node.name !== PLACEHOLDER) {
        check(node, true);
        // Not ours: keep the author's text as written, since the reports are not rendered with directives.
        const raw = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
        parent.children![index] = { type: 'html', value: raw } as TemplateNode;
        return;
      }
      if (node.type !== 'leafDirective') fail(node, `write the placeholder on a line of its own, as ::${PLACEHOLDER}{section="…"}`);
      if (insideForeignDirective) fail(node, `a ::${PLACEHOLDER} placeholder cannot sit inside another directive`);
      const section = node.attributes?.section;
      if (section === undefined || section === null || section === '')
        fail(node, `::${PLACEHOLDER} needs a section, e.g. ::${PLACEHOLDER}{section="${sections[0]}"}; sections: ${sections.join(', ')}`);
      if (!sections.includes(section!)) {
        const suggestion = closestMatch(section!, sections);
        fail(node, `unknown section "${section}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; sections: ${sections.join(', ')}`);
      }
    });
  };
  check(tree, false);
  return { file, tree: tree as Root };
}

/** Templates larger than this are refused (see docs/robustness.md). */
export const MAX_TEMPLATE_FILE_SIZE = 1024 * 1024;

/** Reads and parses a template file; an unreadable, non-regular or too large file is a usage error. */
export function readTemplate(file: string, displayName: string, sections: readonly string[]): Template {
  let source: string;
  try {
    source = readInputText(file, MAX_TEMPLATE_FILE_SIZE);
  } catch (error) {
    if (!(error instanceof InputReadError)) throw error;
    throw new UsageError(`cannot read the template ${displayName}: ${error.message}`);
  }
  return parseTemplate(source, displayName, sections);
}

/**
 * The template with each placeholder replaced by what its section generates for `model`.
 * A section's headings go one level below the template heading it sits under.
 */
export function fillTemplate<Model>(
  template: Template,
  sections: Readonly<Record<string, (model: Model, context: SectionContext) => RootContent[]>>,
  model: Model,
): Root {
  const tree = structuredClone(template.tree) as TemplateNode;
  const headings = headingTexts(tree);
  let depth = 0;
  const fill = (parent: TemplateNode): void => {
    const children = parent.children;
    if (!children) return;
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!;
      if (node.type === 'heading') depth = node.depth ?? depth;
      if (node.type === 'leafDirective' && node.name === PLACEHOLDER) {
        const generated = sections[node.attributes!.section!]!(model, { depth, headings }) as TemplateNode[];
        children.splice(index, 1, ...generated);
        index += generated.length - 1;
      } else {
        fill(node);
      }
    }
  };
  fill(tree);
  return tree as Root;
}

/** The plain texts of a tree's headings. */
function headingTexts(tree: TemplateNode): Set<string> {
  const texts = new Set<string>();
  const textOf = (node: TemplateNode): string => ((node as { value?: string }).value ?? '') + (node.children ?? []).map(textOf).join('');
  const visit = (node: TemplateNode): void => {
    if (node.type === 'heading') texts.add(textOf(node).trim());
    node.children?.forEach(visit);
  };
  visit(tree);
  return texts;
}

/**
 * Serialises a report. Tables are written compactly rather than padded: markdownlint
 * (MD060) measures padding by display width, which emoji and CJK text in designs make
 * impossible to get right by counting characters.
 */
export function reportMarkdown(tree: Root): string {
  return markdownOf(tree, { alignTables: false });
}
