import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Root, Table, TableRow } from 'mdast';
import { UsageError } from '../../errors.js';
import { RULES, ruleDocsUrl } from '../../rules/index.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';

export const RULES_HELP = `Usage: mlsys-lint rules [-f text|json|markdown]

Lists every rule with its default severity and description.
`;

const OPTIONS = { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } } as const;

/** The rule catalogue as a GFM table (also used for the README). */
export function rulesTable(): Root {
  const cell = (value: string, link?: string) => ({
    type: 'tableCell' as const,
    children: link ? [{ type: 'link' as const, url: link, children: [{ type: 'inlineCode' as const, value }] }] : [{ type: 'text' as const, value }],
  });
  const header: TableRow = { type: 'tableRow', children: [cell('Rule'), cell('Default'), cell('Reports when')] };
  const rows: TableRow[] = RULES.map((rule) => ({ type: 'tableRow', children: [cell(rule.id, `docs/rules/${rule.id}.md`), cell(rule.meta.severity), cell(rule.meta.description)] }));
  const table: Table = { type: 'table', align: ['left', 'left', 'left'], children: [header, ...rows] };
  return { type: 'root', children: [table] };
}

export function markdownOf(tree: Root): string {
  return unified().use(remarkGfm).use(remarkStringify, { bullet: '-', fences: true, rule: '-' }).stringify(tree);
}

export default async function rulesCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'rules');
  if (values.help) {
    io.stdout(RULES_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`rules takes no paths (got \`${positionals[0]}\`)`);
  const format = values.format ?? 'text';
  switch (format) {
    case 'json':
      io.stdout(
        `${JSON.stringify(
          RULES.map((rule) => ({ id: rule.id, severity: rule.meta.severity, description: rule.meta.description, url: ruleDocsUrl(rule.id) })),
          null,
          2,
        )}\n`,
      );
      return 0;
    case 'markdown':
      io.stdout(markdownOf(rulesTable()));
      return 0;
    case 'text': {
      const width = Math.max(...RULES.map((rule) => rule.id.length));
      for (const rule of RULES) io.stdout(`${rule.id.padEnd(width)}  ${rule.meta.severity.padEnd(5)}  ${rule.meta.description}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown format \`${format}\` for rules; use text, json or markdown`);
  }
}
