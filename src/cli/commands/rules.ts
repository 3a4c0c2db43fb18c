import { markdownOf } from '../../markdown.js';
import { UsageError } from '../../errors.js';
import { approachesOf, RULE_DOCS_BASE_URL, RULES, ruleDocsUrl } from '../../rules/index.js';
import { rulesTable } from '../../docs/rule-docs.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';

export const RULES_HELP = `Usage: mlsys-lint rules [-f text|json|markdown]

Lists every rule with its default severity, the approaches it applies to
(ml, hybrid, traditional; "all" for every design) and its description.
`;

const OPTIONS = { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } } as const;

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
          RULES.map((rule) => ({ id: rule.id, severity: rule.meta.severity, approaches: approachesOf(rule), description: rule.meta.description, url: ruleDocsUrl(rule.id) })),
          null,
          2,
        )}\n`,
      );
      return 0;
    case 'markdown':
      io.stdout(markdownOf({ type: 'root', children: [rulesTable(RULES, RULE_DOCS_BASE_URL)] }));
      return 0;
    case 'text': {
      const width = Math.max(...RULES.map((rule) => rule.id.length));
      const scope = (rule: (typeof RULES)[number]): string => (approachesOf(rule).length === 3 ? 'all' : approachesOf(rule).join(', '));
      for (const rule of RULES) io.stdout(`${rule.id.padEnd(width)}  ${rule.meta.severity.padEnd(5)}  ${scope(rule).padEnd(10)}  ${rule.meta.description}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown format \`${format}\` for rules; use text, json or markdown`);
  }
}
