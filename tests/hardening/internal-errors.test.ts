import { describe, expect, it, vi } from 'vitest';
import type { Rule } from '../../src/rules/index.js';
import { tempDir } from '../temp-dir.js';

// A rule that throws on designs named "Boom", added to the real catalogue.
vi.mock('../../src/rules/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/rules/index.js')>();
  const throwing: Rule = {
    id: 'test/throws',
    meta: { description: 'throws', severity: 'error', rationale: 'test', messages: {}, examples: { valid: [], invalid: [] } },
    check(context) {
      if ((context.design as { name?: string }).name === 'Boom') throw new Error('boom');
    },
  };
  const rules = [...original.RULES, throwing];
  return { ...original, RULES: rules, ruleById: (id: string) => rules.find((rule) => rule.id === id) };
});

const { default: lintCommand } = await import('../../src/cli/commands/lint.js');

function runLint(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
    cwd,
    env: {},
    stdoutIsTTY: false,
  };
  return lintCommand(args, io).then((code) => ({ code, stdout, stderr }));
}

describe('a rule that throws', () => {
  it('is reported as an internal error (exit 2) while other rules and files still report', async () => {
    const cwd = tempDir({ 'boom.yaml': 'mlsys: 1\nname: Boom\n', 'fine.yaml': 'mlsys: 1\nname: Fine\n' });
    const { code, stdout, stderr } = await runLint(['.', '-f', 'json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe(`mlsys-lint: internal error in rule test/throws on file ${cwd}/boom.yaml: boom\n`);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.map((result) => result.messages.some((message) => message.ruleId === 'design/missing-step'))).toEqual([true, true]);
  });

  it('shows the stack only with --debug', async () => {
    const cwd = tempDir({ 'boom.yaml': 'mlsys: 1\nname: Boom\n' });
    const { stderr } = await runLint(['.', '--debug'], cwd);
    expect(stderr).toMatch(/^mlsys-lint: internal error in rule test\/throws on file .*boom\.yaml: boom\nError: boom\n\s+at /);
  });
});
