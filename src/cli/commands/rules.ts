import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigResolver } from '../../config/index.js';
import { markdownOf } from '../../markdown-tree.js';
import { UsageError } from '../../errors.js';
import { approachesOf, docsUrlOf, RULE_DOCS_BASE_URL, RULES, ruleDocsUrl, type Rule } from '../../rules/index.js';
import { ruleDocTree, rulesTable } from '../../docs/rule-docs.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';

export const RULES_HELP = `Usage: mlsys-lint rules [-f text|json|markdown] [--docs DIR]

Lists every rule with its default severity, the approaches it applies to
(ml, hybrid, traditional; "all" for every design) and its description: the
built-in rules, then those the config adds (custom-rules and plugins).

  -f, --format NAME   text (default), json or markdown
  -c, --config FILE   use this config file instead of searching for one
      --no-config     built-in rules only
      --docs DIR      write a Markdown page for each rule the config adds, and
                      an index (DIR/README.md), from the rules' metadata
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  docs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export default async function rulesCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'rules');
  if (values.help) {
    io.stdout(RULES_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`rules takes no paths (got \`${positionals[0]}\`)`);
  // The config that would govern a design in the working folder.
  const resolver = new ConfigResolver(RULES, {
    cwd: io.cwd,
    useConfigFiles: values['no-config'] !== true,
    cliRules: new Map(),
    ...(values.config ? { configFile: values.config } : {}),
  });
  const rules = resolver.rulesFor(join(io.cwd, 'design.yaml'));
  if (values.docs !== undefined) {
    const written = writeTeamRuleDocs(rules.filter((rule) => rule.origin), resolve(io.cwd, values.docs));
    io.stderr(`mlsys-lint: wrote ${written} rule page${written === 1 ? '' : 's'} and README.md to ${values.docs}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  switch (format) {
    case 'json':
      io.stdout(
        `${JSON.stringify(
          rules.map((rule) => {
            const url = docsUrlOf(rule, ruleDocsUrl);
            // `fixable` and `hasSuggestions` as in ESLint's rule meta, only for rules that have them.
            const fixes = rule.meta.fixes;
            return {
              id: rule.id,
              severity: rule.meta.severity,
              approaches: approachesOf(rule),
              description: rule.meta.description,
              ...(url !== undefined ? { url } : {}),
              ...(fixes?.fixable ? { fixable: 'code' } : {}),
              ...(fixes?.suggestions ? { hasSuggestions: true } : {}),
            };
          }),
          null,
          2,
        )}\n`,
      );
      return 0;
    case 'markdown':
      io.stdout(markdownOf({ type: 'root', children: [rulesTable(rules, RULE_DOCS_BASE_URL)] }));
      return 0;
    case 'text': {
      const width = Math.max(...rules.map((rule) => rule.id.length));
      const scope = (rule: Rule): string => (approachesOf(rule).length === 3 ? 'all' : approachesOf(rule).join(', '));
      for (const rule of rules)
        io.stdout(`${rule.id.padEnd(width)}  ${rule.meta.severity.padEnd(5)}  ${scope(rule).padEnd(10)}  ${rule.meta.description}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown format \`${format}\` for rules; use text, json or markdown`);
  }
}

/** One page per rule (`DIR/acme/cost-owner.md`) and an index, as the built-in rules' docs are made. Returns how many pages. */
function writeTeamRuleDocs(rules: readonly Rule[], directory: string): number {
  for (const rule of rules) {
    const file = join(directory, `${rule.id}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, markdownOf(ruleDocTree(rule)));
  }
  mkdirSync(directory, { recursive: true });
  const index = markdownOf({
    type: 'root',
    children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Team rules' }] }, rulesTable(rules, './')],
  });
  writeFileAtomic(join(directory, 'README.md'), index);
  return rules.length;
}
