import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findingsForDesign } from '../engine/findings-for-design.js';
import { resultOf } from '../engine/lint-files.js';
import { stylish } from '../format/stylish.js';
import { loadDesign } from '../load/index.js';
import { markdownOf, parseMarkdown } from '../markdown-tree.js';
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

- Unknown keys are errors, with a "did you mean" suggestion that never changes what a value
  means (\`latency_p75\` is not offered \`latency_p99\`); a misspelled key is one finding, not a
  second one about the key it stands for. Keys starting with \`x-\` are always allowed, at
  any level, for your team's extensions.
- Every prose field accepts one string or a list of strings, and rules read both the same way.
- \`requirements.success_metrics\` takes names or \`{name, target}\` mappings
  (\`- {name: Late delivery rate, target: "< 5%"}\`).
- \`requirements.scale\` is open: besides \`users\`, \`items\`, \`peak_rps\` (aliases \`peak_qps\`,
  \`peak_tps\`) and \`events_per_day\`, any snake_case dimension with a count or a rate
  (\`orders_per_day: 2M\`, \`accounts: 40M\`, \`searches: 300M/day\`).
- \`deployment.mode\` takes one mode or a list (\`[batch, online]\`); \`real-time\` means \`online\`.
- Latency SLOs may state \`latency_p50\`, \`latency_p90\`, \`latency_p95\`, \`latency_p99\` and
  \`latency_p999\`, or the same as \`latency: {p50: 40ms, p99: 120ms}\`.
- A value that says nothing (\`None\`, \`N/A\`, \`TBD\`, \`-\`, "No A/B test yet") counts as missing:
  see [how the rules judge](rules.md).
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

const SAMPLE_START = '<!-- sample:start -->';
const SAMPLE_END = '<!-- sample:end -->';
/** The draft whose real lint the README shows. */
export const README_SAMPLE_DESIGN = 'examples/eta-prediction-draft.yaml';

/** The README with its sample output (between the sample markers) made afresh from a real lint of the sample draft. */
export function readmeWithSample(readme: string): string {
  const start = readme.indexOf(SAMPLE_START);
  const end = readme.indexOf(SAMPLE_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs ${SAMPLE_START} and ${SAMPLE_END} markers`);
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const filePath = `${root}${README_SAMPLE_DESIGN}`;
  const findings = findingsForDesign(
    loadDesign(filePath, readFileSync(filePath, 'utf8')),
    RULES,
    (id) => RULES.find((rule) => rule.id === id)!.meta.severity,
  );
  const output = stylish([resultOf(filePath, findings)], { cwd: root, color: false, rules: RULES, toolVersion: '' });
  return `${readme.slice(0, start + SAMPLE_START.length)}\n\n\`\`\`text\n$ npx ` +
    `mlsys-lint ${README_SAMPLE_DESIGN}${output.replace(/\n+$/, '')}\n\`\`\`\n\n${readme.slice(end)}`;
}
