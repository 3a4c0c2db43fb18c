import { markdownOf, parseMarkdown } from '../markdown.js';
import { RULES } from '../rules/index.js';
import { designSchema } from '../schema/index.js';
import { formatDocTree } from './format-docs.js';
import { quantitiesSection } from './quantity-docs.js';
import { ruleDocTree, rulesTable } from './rule-docs.js';

const FORMAT_INTRO = `A design is one YAML file (\`*.yaml\` or \`*.yml\`) that follows the 7-step ML system
design framework. This page is generated from the descriptions in
[\`schemas/ml-system-design.schema.json\`](../schemas/ml-system-design.schema.json) by \`npm run docs\`;
editors that run yaml-language-server show the same text on hover when the design starts with:

\`\`\`yaml
# yaml-language-server: $schema=../schemas/ml-system-design.schema.json
\`\`\`

Only \`mlsys\` and \`name\` are required by the schema: what else is missing is reported by
rules (see [the rules](../README.md#rules)), whose severity you configure.

- Unknown keys are errors, with a "did you mean" suggestion; keys starting with \`x-\` are
  always allowed, at any level, for your team's extensions.
- Fields typed *text or list of text* accept one string or a list of strings.
- Quantities are strings a person would write, parsed strictly: durations (\`50ms\`, \`0.2s\`,
  \`< 200ms\`, \`150us\`), rates (\`10K rps\`, \`1.5M qps\`, \`300/s\`), percentages (\`99.9%\`),
  money per prediction (\`$0.001\`, \`0.01 USD\`) and counts (\`200M\`, \`15K\`, \`1.2B\`, \`5000\`).
  A bare number where a unit is needed is reported with the unit to add (\`200\` → write \`200ms\`).
  [Quantities](#quantities) lists every form.
`;

const README_START = '<!-- rules:start -->';
const README_END = '<!-- rules:end -->';

/** Every generated documentation file, by path relative to the repository root. */
export function generatedDocs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of RULES) files.set(`docs/rules/${rule.id}.md`, markdownOf(ruleDocTree(rule)));
  const format = formatDocTree(designSchema() as never, parseMarkdown(FORMAT_INTRO));
  files.set('docs/format.md', markdownOf({ ...format, children: [...format.children, ...quantitiesSection()] }));
  return files;
}

/** The README with its rule table (between the rules markers) regenerated. */
export function readmeWithRuleTable(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs ${README_START} and ${README_END} markers`);
  const table = markdownOf({ type: 'root', children: [rulesTable(RULES)] });
  return `${readme.slice(0, start + README_START.length)}\n\n${table}\n${readme.slice(end)}`;
}
