// End to end, as a team meets the feature: a fresh project installs the packed tarball,
// adds a config with declarative rules and a plugin file, and lints its designs. Packs
// the dist/ that `npm test` has just built (no second build) and installs the tarball's
// dependencies from npm's cache where it has them: about 20 s of the suite.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let root = '';
let project = '';

function run(command: string, args: readonly string[], cwd = project) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } as NodeJS.ProcessEnv,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const lint = (...args: string[]) => run(process.execPath, [join(project, 'node_modules', 'mlsys-lint', 'bin', 'mlsys-lint.js'), ...args]);

const CONFIG = `plugins: ["./tools/rules.mjs"]
extends: [recommended, "plugin:acme/recommended"]
custom-rules:
  acme/alerts-name-rotation:
    description: Every alert names its pager rotation
    message: "alert {{path}} names no rotation: {{error}}"
    severity: error
    given: monitoring.alerts[*]
    then: { field: rotation, function: truthy }
  acme/approved-cost-owner:
    description: Approved designs name a cost owner
    given: x-cost-owner
    when: { status: approved }
    then: { function: truthy }
`;

const PLUGIN = `import { defineRule } from 'mlsys-lint';

export const gpuCost = defineRule({
  id: 'gpu-cost',
  meta: {
    description: 'GPU serving states a cost per prediction',
    severity: 'warn',
    rationale: 'GPUs are the largest line of the bill.',
    messages: { missing: 'GPU serving needs \`deployment.slo.cost_per_prediction\`' },
    examples: {
      valid: [{ title: 'CPU serving', yaml: 'deployment:\\n  infrastructure: CPU pods\\n', findings: [] }],
      invalid: [
        {
          title: 'GPU serving',
          yaml: 'deployment:\\n  infrastructure: GPU pods\\n',
          findings: [{ line: 2, column: 19, message: 'GPU serving needs \`deployment.slo.cost_per_prediction\`' }],
        },
      ],
    },
  },
  check(context) {
    const deployment = context.design?.deployment;
    if (/gpu/i.test(String(deployment?.infrastructure ?? '')) && !deployment?.slo?.cost_per_prediction) {
      context.report({ messageId: 'missing', path: ['deployment', 'infrastructure'] });
    }
  },
});

export default { name: 'acme', rules: { 'gpu-cost': gpuCost }, presets: { recommended: { rules: { 'acme/gpu-cost': 'error' } } } };
`;

const PLUGIN_TEST = `import { test } from 'node:test';
import { testRule } from 'mlsys-lint/rule-tester';
import { gpuCost } from './rules.mjs';

test('gpu-cost examples', () => testRule(gpuCost));
`;

const DESIGN = `mlsys: 1
name: Payments scoring
status: approved
owners: [payments-ml]
deployment:
  mode: online
  infrastructure: GPU pods
monitoring:
  alerts:
    - name: latency
      rotation: payments-oncall
    - name: drift
    # mlsys-lint-disable-next-line acme/alerts-name-rotation -- SRE owns this one
    - name: saturation
`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlsys-lint-packed-'));
  const packed = run(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', root], repo);
  expect(packed.code, packed.stderr).toBe(0);
  const tarball = readdirSync(root).find((name) => name.endsWith('.tgz'))!;
  project = join(root, 'project');
  mkdirSync(join(project, 'tools'), { recursive: true });
  mkdirSync(join(project, 'designs'));
  writeFileSync(join(project, 'package.json'), '{"name": "team-designs", "private": true}\n');
  const installed = run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(root, tarball)]);
  expect(installed.code, installed.stderr).toBe(0);
  writeFileSync(join(project, '.mlsys-lint.yaml'), CONFIG);
  writeFileSync(join(project, 'tools', 'rules.mjs'), PLUGIN);
  writeFileSync(join(project, 'tools', 'rules.test.mjs'), PLUGIN_TEST);
  writeFileSync(join(project, 'designs', 'payments.yaml'), DESIGN);
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('team rules from the packed tarball', () => {
  it('reports the team ids at the right lines in stylish, honouring directives', () => {
    const { code, stdout } = lint('designs');
    expect(code).toBe(1);
    const team = stdout.split('\n').filter((line) => / acme\//.test(line)).map((line) => line.trim().replace(/\s{2,}/g, ' | '));
    expect(team).toEqual([
      '1:1 | warning | Approved designs name a cost owner: `x-cost-owner` is missing | acme/approved-cost-owner',
      '7:19 | error | GPU serving needs `deployment.slo.cost_per_prediction` | acme/gpu-cost',
      '12:7 | error | alert monitoring.alerts[1].rotation names no rotation: is missing | acme/alerts-name-rotation',
    ]);
  });

  it('gives the same findings in JSON and lists the team rules in SARIF', () => {
    const json = JSON.parse(lint('designs', '-f', 'json').stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    expect(
      json[0]!.messages
        .filter((message) => message.ruleId?.startsWith('acme/'))
        .map(({ ruleId, line, column }) => `${line}:${column} ${ruleId}`),
    ).toEqual(['1:1 acme/approved-cost-owner', '7:19 acme/gpu-cost', '12:7 acme/alerts-name-rotation']);
    const sarif = JSON.parse(lint('designs', '-f', 'sarif').stdout) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number }[] }[];
    };
    const { rules } = sarif.runs[0]!.tool.driver;
    for (const id of ['acme/alerts-name-rotation', 'acme/approved-cost-owner', 'acme/gpu-cost'])
      expect(rules.map((rule) => rule.id)).toContain(id);
    for (const result of sarif.runs[0]!.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it('records the team findings in a baseline and leaves them out next time', () => {
    expect(lint('designs', '--write-baseline').code).toBe(0);
    const after = lint('designs', '--baseline', '.mlsys-lint-baseline.json');
    expect(after.stdout).not.toMatch(/acme\//);
    rmSync(join(project, '.mlsys-lint-baseline.json'));
  });

  it("runs the plugin's examples with the rule tester under node's test runner", () => {
    // Through a shell, the files named: Node 21 and later take no folder after --test.
    const { code, stdout } = run('sh', ['-c', `"${process.execPath}" --test tools/*.test.mjs`]);
    expect(stdout).toMatch(/^# pass 1$/m);
    expect(code).toBe(0);
  });

  it('a broken plugin is a one-line error naming it (exit 2)', () => {
    writeFileSync(join(project, 'tools', 'broken.mjs'), 'export default { rules: { bad: { meta: {} } } };\n');
    writeFileSync(join(project, 'broken.yaml'), CONFIG.replace('./tools/rules.mjs', './tools/broken.mjs'));
    const { code, stdout, stderr } = lint('designs', '-c', 'broken.yaml');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(
      `mlsys-lint: invalid configuration: ${join(project, 'broken.yaml')}:1:11: plugin \`./tools/broken.mjs\`: rule \`bad\` must be made ` +
        `with defineRule: { id, meta: { description, severity, messages, ... }, check }\n`,
    );
  });
});
