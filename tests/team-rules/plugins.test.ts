import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/run-cli.js';
import { tempDir } from '../temp-dir.js';

const DESIGN = 'mlsys: 1\nname: Ranker\nstatus: draft\nowners: [search]\ndeployment:\n  infrastructure: GPU pool\n';

// A plugin as a team writes one; defineRule is the identity, so a plugin needs no import to work.
const PLUGIN = `export default {
  name: 'acme',
  rules: {
    'gpu-cost': {
      meta: { description: 'GPU serving states its cost', severity: 'warn', messages: { missing: 'GPU serving ({{what}}) needs a cost' } },
      check(context) {
        const infrastructure = context.design?.deployment?.infrastructure;
        if (typeof infrastructure === 'string' && /gpu/i.test(infrastructure)) {
          context.report({ messageId: 'missing', data: { what: infrastructure }, path: ['deployment', 'infrastructure'] });
        }
        if (context.design?.name === 'Boom') throw new Error('cannot read the cost table');
      },
    },
  },
  presets: { strict: { rules: { 'acme/gpu-cost': 'error' } } },
};
`;

const teamLines = (stdout: string) =>
  (
    JSON.parse(stdout) as {
      filePath: string;
      messages: { ruleId: string; line: number; column: number; severity: number; message: string }[];
    }[]
  ).flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId?.startsWith('acme/'))
      .map(({ ruleId, line, column, severity, message }) => ({ ruleId, line, column, severity, message })),
  );

describe('plugins', () => {
  it('loads a plugin from the config folder, namespaces its rules and applies its presets', async () => {
    const cwd = tempDir({
      '.mlsys-lint.yaml': 'plugins: [./tools/rules.mjs]\nextends: [recommended, "plugin:acme/strict"]\n',
      'tools/rules.mjs': PLUGIN,
      'designs/a.yaml': DESIGN,
    });
    const { code, stdout, stderr } = await runInProcess(['designs', '-f', 'json'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(teamLines(stdout)).toEqual([
      { ruleId: 'acme/gpu-cost', line: 6, column: 19, severity: 2, message: 'GPU serving (GPU pool) needs a cost' },
    ]);
    const listed = await runInProcess(['rules'], cwd);
    expect(listed.stdout).toMatch(/^acme\/gpu-cost +warn +all +GPU serving states its cost$/m);
  });

  it('loads plugin packages from node_modules, named after the package', async () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': 'plugins: ["@acme/mlsys-lint-plugin"]\n', 'designs/a.yaml': DESIGN });
    const root = join(cwd, 'node_modules', '@acme', 'mlsys-lint-plugin');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'package.json'), '{"name": "@acme/mlsys-lint-plugin", "main": "index.cjs"}');
    writeFileSync(
      join(root, 'index.cjs'),
      `module.exports = ${PLUGIN.replace("export default {\n  name: 'acme',", '{').replace(/;\n$/, '')};\n`,
    );
    const { stdout, stderr } = await runInProcess(['designs', '-f', 'json'], cwd);
    expect(stderr).toBe('');
    expect(teamLines(stdout).map((finding) => [finding.ruleId, finding.severity])).toEqual([['acme/gpu-cost', 1]]);
  });

  it('extends a config package by name', async () => {
    const cwd = tempDir({
      '.mlsys-lint.yaml': 'extends: ["@acme/mlsys-lint-config"]\n',
      'node_modules/@acme/mlsys-lint-config/package.json': '{"name": "@acme/mlsys-lint-config"}',
      'node_modules/@acme/mlsys-lint-config/.mlsys-lint.yaml':
        'custom-rules:\n  acme/two-owners:\n    description: Two owners\n    given: owners\n    then: { function: length, ' +
          'functionOptions: { min: 2 } }\nrules:\n  acme/two-owners: error\n',
      'designs/a.yaml': DESIGN,
    });
    const { stdout, stderr } = await runInProcess(['designs', '-f', 'json'], cwd);
    expect(stderr).toBe('');
    expect(teamLines(stdout)).toEqual([
      { ruleId: 'acme/two-owners', line: 4, column: 9, severity: 2, message: 'Two owners: `owners` must have at least 2 items (it has 1)' },
    ]);
  });

  it('a plugin that fails to load is a one-line config error naming it (exit 2)', async () => {
    const cwd = tempDir({
      '.mlsys-lint.yaml': 'plugins:\n  - ./tools/broken.mjs\n',
      'tools/broken.mjs': 'throw new Error("missing dependency left-pad\\nsecond line");\n',
      'designs/a.yaml': DESIGN,
    });
    const { code, stdout, stderr } = await runInProcess(['designs'], cwd);
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsys-lint: invalid configuration: ${cwd}/.mlsys-lint.yaml:2:5: plugin \`./tools/broken.mjs\` failed to load: missing ` +
        `dependency left-pad\n`,
    });
  });

  it.each([
    ['../outside.mjs', 'is outside the config\'s folder; plugins load only from the config\'s own folder or node_modules'],
    ['/etc/passwd', 'write a path relative to the config\'s folder'],
    ['./tools/none.mjs', 'not found'],
    ['no-such-plugin', 'not found in node_modules'],
  ])('refuses plugin %s', async (specifier, reason) => {
    const cwd = tempDir({
      'project/.mlsys-lint.yaml': `plugins: ["${specifier}"]\n`,
      'outside.mjs': PLUGIN,
      'project/designs/a.yaml': DESIGN,
    });
    const { code, stderr } = await runInProcess(['designs'], join(cwd, 'project'));
    expect(code).toBe(2);
    expect(stderr).toContain(reason);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a rule that throws on one design is reported for that design while the others are linted (exit 2)', async () => {
    const cwd = tempDir({
      '.mlsys-lint.yaml': 'plugins: [./tools/rules.mjs]\n',
      'tools/rules.mjs': PLUGIN,
      'designs/a.yaml': DESIGN,
      'designs/boom.yaml': DESIGN.replace('Ranker', 'Boom'),
    });
    const { code, stdout, stderr } = await runInProcess(['designs', '-f', 'json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `mlsys-lint: plugin ./tools/rules.mjs: rule acme/gpu-cost threw on file ${cwd}/designs/boom.yaml: cannot read the cost table\n`,
    );
    expect(teamLines(stdout)).toHaveLength(2);
  });

  it('lists plugin rules in SARIF tool.driver.rules and honours them in baselines', async () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': 'plugins: [./tools/rules.mjs]\n', 'tools/rules.mjs': PLUGIN, 'designs/a.yaml': DESIGN });
    const sarif = JSON.parse((await runInProcess(['designs', '-f', 'sarif'], cwd)).stdout) as {
      runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string; ruleIndex: number }[] }[];
    };
    const rules = sarif.runs[0]!.tool.driver.rules;
    const result = sarif.runs[0]!.results.find((entry) => entry.ruleId === 'acme/gpu-cost')!;
    expect(rules[result.ruleIndex]).toMatchObject({ id: 'acme/gpu-cost' });
    expect(rules[result.ruleIndex]!.helpUri).toBeUndefined();
    expect((await runInProcess(['designs', '--write-baseline'], cwd)).code).toBe(0);
    const after = await runInProcess(['designs', '--baseline', '.mlsys-lint-baseline.json', '-f', 'json'], cwd);
    expect(teamLines(after.stdout)).toEqual([]);
  });
});
