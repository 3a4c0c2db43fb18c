import type { Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { loadDesign } from '../load/index.js';
import { findingsForDesign } from '../engine/findings-for-design.js';
import { approachesOf, type Rule, type RuleExample } from '../rules/index.js';
import { parseMarkdown } from '../markdown-tree.js';

const text = (value: string) => ({ type: 'text' as const, value });
const code = (value: string) => ({ type: 'inlineCode' as const, value });
const heading = (depth: 1 | 2 | 3, ...children: (ReturnType<typeof text> | ReturnType<typeof code>)[]): RootContent => ({
  type: 'heading',
  depth,
  children,
});
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const block = (lang: string, value: string): RootContent => ({ type: 'code', lang, value: value.replace(/\n$/, '') });

/** The findings an example produces, as stylish-like lines. */
function exampleFindings(rule: Rule, example: RuleExample): string {
  const source = loadDesign('/example.yaml', example.yaml);
  const found = findingsForDesign(source, [rule], () => rule.meta.severity);
  return found
    .map(
      (finding) =>
        `${finding.line}:${finding.column}  ${finding.severity === 'warn' ? 'warning' : finding.severity}  ${finding.message}  ${rule.id}`,
    )
    .join('\n');
}

/** The documentation page of one rule, generated from its metadata and examples. */
export function ruleDocTree(rule: Rule): Root {
  const children: RootContent[] = [
    heading(1, text(rule.id)),
    paragraph(text(rule.meta.description)),
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          children: [
            paragraph(text('Default severity: '), code(rule.meta.severity), text(' (in the '), code('recommended'), text(' preset)')),
          ],
        },
        {
          type: 'listItem',
          spread: false,
          children: [
            paragraph(
              text('Applies to: '),
              ...appliesTo(rule),
              text(' ('),
              { type: 'link', url: '../../rules.md#approaches', children: [text('approaches')] },
              text(')'),
            ),
          ],
        },
      ],
    },
    heading(2, text('Why')),
    ...parseMarkdown(rule.meta.rationale),
  ];
  if (rule.meta.details) children.push(heading(2, text('How it decides')), ...parseMarkdown(rule.meta.details));
  const fixes = rule.meta.fixes;
  if (fixes) {
    children.push(heading(2, text('Fixes and suggestions')));
    if (fixes.fixable)
      children.push(
        paragraph(
          text('Fixable with '),
          code('--fix'),
          text(' ('),
          { type: 'link', url: '../../fixes.md', children: [text('how fixes work')] },
          text('):'),
        ),
        ...parseMarkdown(fixes.fixable),
      );
    if (fixes.suggestions)
      children.push(
        paragraph(text('Suggestions (offered in editors and in JSON output, never applied by '), code('--fix'), text('):')),
        ...parseMarkdown(fixes.suggestions),
      );
  }
  // A team's declarative rule may have no examples; every built-in rule has some.
  if (rule.meta.examples.invalid.length + rule.meta.examples.valid.length > 0) children.push(heading(2, text('Examples')));
  for (const example of rule.meta.examples.invalid) {
    children.push(
      heading(3, text(`Not ok: ${example.title}`)),
      block('yaml', example.yaml),
      paragraph(text('Reports:')),
      block('text', exampleFindings(rule, example)),
    );
  }
  for (const example of rule.meta.examples.valid) {
    children.push(heading(3, text(`Ok: ${example.title}`)), block('yaml', example.yaml));
  }
  children.push(
    heading(2, text('Configuration')),
    paragraph(
      text('Change the severity in '),
      code('.mlsys-lint.yaml'),
      text(' (one of '),
      code('off'),
      text(', '),
      code('info'),
      text(', '),
      code('warn'),
      text(', '),
      code('error'),
      text('):'),
    ),
    block('yaml', `rules:\n  ${rule.id}: off`),
    paragraph(text('or for one line of a design, with the reason:')),
    block('yaml', `# mlsys-lint-disable-next-line ${rule.id} -- why this is fine here`),
  );
  return { type: 'root', children };
}

/** Which designs a rule judges, for its docs: "`ml` and `hybrid` designs, not rules engines". */
function appliesTo(rule: Rule): PhrasingContent[] {
  const approaches = approachesOf(rule);
  if (approaches.length === 3)
    return [text('every design ('), code('ml'), text(', '), code('hybrid'), text(', '), code('traditional'), text(')')];
  const named: PhrasingContent[] = approaches.flatMap((approach, index) => [...(index > 0 ? [text(' and ')] : []), code(approach)]);
  return [...named, text(' designs only')];
}

/** The rule catalogue as a GFM table with links relative to `linkBase`. */
export function rulesTable(rules: readonly Rule[], linkBase = 'docs/rules/'): Table {
  const cell = (value: string, link?: string) => ({
    type: 'tableCell' as const,
    children: link ? [{ type: 'link' as const, url: link, children: [code(value)] }] : [text(value)],
  });
  const header: TableRow = { type: 'tableRow', children: [cell('Rule'), cell('Default'), cell('Applies to'), cell('Reports when')] };
  const rows: TableRow[] = rules.map((rule) => ({
    type: 'tableRow',
    children: [
      cell(rule.id, `${linkBase}${rule.id}.md`),
      cell(rule.meta.severity),
      cell(approachesOf(rule).length === 3 ? 'all' : approachesOf(rule).join(', ')),
      cell(rule.meta.description),
    ],
  }));
  return { type: 'table', align: ['left', 'left', 'left', 'left'], children: [header, ...rows] };
}
