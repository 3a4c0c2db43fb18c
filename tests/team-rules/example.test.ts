import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/lint-files.js';
import { testRule, RuleTester } from '../../src/rule-tester/index.js';
import type { Rule } from '../../src/rules/index.js';

const example = fileURLToPath(new URL('../../examples/team-rules/', import.meta.url));

describe('examples/team-rules', () => {
  it('lints its designs with the team rules at the right places', async () => {
    const run = await lintPaths(['designs'], {
      cwd: example,
      useConfigFiles: true,
      cliRules: new Map(),
      reportUnusedDisableDirectives: false,
      maxFileSize: 5_000_000,
    });
    const team = run.results.map((result) => [
      result.filePath.slice(example.length),
      result.findings
        .filter((finding) => finding.ruleId?.startsWith('acme/'))
        .map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId}`),
    ]);
    expect(run.crashes).toEqual([]);
    expect(team).toEqual([
      [
        'designs/payments-fraud.yaml',
        [
          '2:1 error acme/approved-cost-owner',
          '5:9 warn acme/two-owners',
          '31:1 error acme/payments-interpretability',
          '46:3 error acme/gpu-serving-cost',
          '47:18 warn acme/online-latency-budget',
          '61:7 error acme/alerts-name-rotation',
        ],
      ],
      ['designs/support-triage.yaml', []],
    ]);
  });

  it("runs the plugin's tests under node's own test runner", () => {
    // As its comment says to run it, through a shell: Node 21 and later take no folder after --test.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" --test tools/*.test.js`], { cwd: example, encoding: 'utf8' });
    expect(result.stdout).toMatch(/^# pass 5$/m);
    expect(result.status).toBe(0);
  });

  it("runs the plugin rule's examples through the rule tester from vitest", () => {
    expect(() => testRule(gpuServingCost)).not.toThrow();
  });
});

// One vitest test per example, as `new RuleTester({ describe, it })` registers them.
const pluginUrl = new URL('../../examples/team-rules/tools/mlsys-rules.js', import.meta.url).href;
const plugin = (await import(pluginUrl)) as { default: { rules: Record<string, Rule> } };
const gpuServingCost = plugin.default.rules['gpu-serving-cost']!;
new RuleTester({ describe, it }).run(gpuServingCost);

describe('the rule tester', () => {
  const rule: Rule = {
    id: 'acme/name-length',
    meta: {
      description: 'Short names',
      severity: 'warn',
      rationale: 'r',
      messages: { long: '`name` is {{size}} characters; keep it under 10' },
      examples: { valid: [], invalid: [] },
    },
    check(context) {
      const name = (context.design as { name?: unknown }).name;
      if (typeof name === 'string' && name.length >= 10) context.report({ messageId: 'long', data: { size: name.length }, path: ['name'] });
    },
  };

  it('passes exact findings and fails with an AssertionError on any difference', () => {
    expect(() =>
      testRule(rule, {
        valid: [{ yaml: 'name: Short\n' }],
        invalid: [
          {
            yaml: 'name: Much too long\n',
            findings: [{ line: 1, column: 7, message: '`name` is 13 characters; keep it under 10', messageId: 'long' }],
          },
        ],
      }),
    ).not.toThrow();
    expect(() =>
      testRule(rule, {
        invalid: [
          { yaml: 'name: Much too long\n', findings: [{ line: 1, column: 6, message: '`name` is 13 characters; keep it under 10' }] },
        ],
      }),
    ).toThrow(
      expect.objectContaining({
        name: 'AssertionError',
        message: expect.stringContaining('acme/name-length: invalid case "name: Much too long" gave other findings than expected'),
      }),
    );
    expect(() => testRule(rule, { valid: [{ yaml: 'name: Much too long\n' }] })).toThrow(/valid case/);
    expect(() => testRule(rule, { invalid: [{ yaml: 'name: x\n' }] })).toThrow(/must list the findings it expects/);
    expect(() => testRule(rule)).toThrow(/no cases to run/);
  });

  it('fails a case with the error of a rule that throws', () => {
    const throwing: Rule = { ...rule, check: () => { throw new Error('bad table'); } };
    expect(() => testRule(throwing, { valid: [{ yaml: 'name: x\n' }] })).toThrow('bad table');
  });
});
