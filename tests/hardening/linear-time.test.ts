import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-files.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/format/index.js';
import { RULES } from '../../src/rules/index.js';
import { unknownKeyResults } from '../format/fixture-results.js';

const OPTIONS = {
  cwd: '/tmp',
  useConfigFiles: false,
  cliRules: new Map(),
  reportUnusedDisableDirectives: true,
  maxFileSize: 5 * 1024 * 1024,
};

// Only a generous guard against super-linear time (minutes before the fixes), never a
// benchmark: processor time, which a machine busy with other work does not inflate.
const GUARD_MS = 20_000;
const cpuMilliseconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

describe('hostile inputs under the file size limit take linear time', () => {
  it('a disable comment naming one rule 200,000 times', () => {
    const text = `# mlsys-lint-disable ${Array(200_000).fill('schema/invalid').join(', ')}\nmlsys: 1\nname: X\nbogus: 1\n`;
    const started = process.cpuUsage();
    const { result } = lintText(text, 'a.yaml', OPTIONS);
    expect(cpuMilliseconds(started)).toBeLessThan(GUARD_MS);
    expect(result.findings.filter((finding) => finding.ruleId === 'schema/invalid')).toEqual([]);
  }, 120_000);

  it('a design with 300,000 unknown top-level keys', () => {
    let text = 'mlsys: 1\nname: Keys\n';
    for (let index = 0; index < 300_000; index++) text += `k${index}: 1\n`;
    const started = process.cpuUsage();
    const { result } = lintText(text, 'a.yaml', OPTIONS);
    expect(cpuMilliseconds(started)).toBeLessThan(GUARD_MS);
    const unknown = result.findings.filter((finding) => finding.ruleId === 'schema/invalid');
    expect(unknown).toHaveLength(300_000);
    expect(unknown[299_999]).toMatchObject({ line: 300_002, column: 1, message: expect.stringContaining('unknown key `k299999`') });
  }, 120_000);

  it('a megabyte-long unknown key is not compared character by character with every known one', () => {
    const text = `mlsys: 1\nname: X\n${'k'.repeat(1024 * 1024)}: 1\n`;
    const started = process.cpuUsage();
    const { result } = lintText(text, 'a.yaml', OPTIONS);
    expect(cpuMilliseconds(started)).toBeLessThan(GUARD_MS);
    expect(result.findings.some((finding) => finding.ruleId === 'schema/invalid')).toBe(true);
  }, 120_000);
});

describe('formatters with more findings than a call has room for arguments', () => {
  const results = unknownKeyResults(150_000, '/tmp/a.yaml');

  it.each(FORMAT_NAMES.filter((name) => name !== 'markdown'))(
    '%s',
    async (name) => {
      const formatter = (await loadFormatter(name))!;
      const output = formatter(results, { cwd: '/tmp', color: false, rules: RULES, toolVersion: '1.0.0' });
      expect(output).toContain('k149999');
    },
    120_000,
  );

  it('markdown, which lists the first 1,000 and counts the rest', async () => {
    const formatter = (await loadFormatter('markdown'))!;
    const output = formatter(results, { cwd: '/tmp', color: false, rules: RULES, toolVersion: '1.0.0' });
    expect(output).toContain('`k999`');
    expect(output).not.toContain('`k1000`');
    expect(output).toContain(
      'Only the first 1,000 of 150,000 findings are listed (a job summary holds at most 1 MiB); the table of designs above counts ' +
        'them all, and `-f json` lists every one.',
    );
    expect(output).toContain('| `a.yaml` | errors | 150000 |        0 |    0 |');
  }, 120_000);
});
