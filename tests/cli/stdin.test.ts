import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { BIN } from './run-cli.js';

const FRAUD = readFileSync(new URL('../../designs/fraud-detection.yaml', import.meta.url), 'utf8');
const LOOSE = FRAUD.replace('latency_p99: 60ms', 'latency_p99: 300ms');

/** The built binary with `input` on standard input. */
function lintStdin(args: readonly string[], input: string | Buffer, cwd: string) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('lint --stdin', () => {
  it('lints standard input as `<stdin>`, with the config of the folder it runs in', () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': 'rules:\n  serving/slo-range: off\n' });
    const { code, stdout, stderr } = lintStdin(['--stdin', '-f', 'compact'], LOOSE, cwd);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      `${cwd}/<stdin>: line 100, col 18, Error - \`deployment.slo.latency_p99\` 300ms is looser than the requirement ` +
        `\`requirements.latency\` < 100ms (serving/slo-consistency)\n` +
        `${cwd}/<stdin>: line 122, col 7, Warning - alert fires at p99 > 60ms but the p99 SLO is 300ms: the alert is tighter than the ` +
          `SLO it guards — update one of them (monitoring/alert-slo)\n\n2 problems\n`,
    );
    expect(code).toBe(1);
  });

  it('--stdin-filename: the config, overrides and directives of that path, and its name in the output', () => {
    const cwd = tempDir({
      'designs/.mlsys-lint.yaml':
        "overrides:\n  - files: ['batch/**']\n    rules: {serving/slo-consistency: warn, serving/slo-range: off}\n",
    });
    const { code, stdout } = lintStdin(['--stdin', '--stdin-filename', 'designs/batch/fraud.yaml', '-f', 'json'], LOOSE, cwd);
    const [result] = JSON.parse(stdout) as {
      filePath: string;
      messages: { ruleId: string; severity: number; line: number; column: number }[];
    }[];
    expect(result!.filePath).toBe(`${cwd}/designs/batch/fraud.yaml`);
    expect(result!.messages.map(({ ruleId, severity, line, column }) => [ruleId, severity, line, column])).toEqual([
      ['serving/slo-consistency', 1, 100, 18],
      ['monitoring/alert-slo', 1, 122, 7],
    ]);
    expect(code).toBe(0);
    // Elsewhere the override does not apply.
    expect(lintStdin(['--stdin', '--stdin-filename', 'designs/online/fraud.yaml', '-f', 'json'], LOOSE, cwd).code).toBe(1);
  });

  it('a path the config ignores: a warning and no findings, as for a named file', () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': "ignore: ['archive/**']\n" });
    const { code, stdout, stderr } = lintStdin(['--stdin', '--stdin-filename', 'archive/old.yaml', '-f', 'compact'], LOOSE, cwd);
    expect(stderr).toBe(
      'mlsys-lint: warning: `archive/old.yaml`: File ignored because of a matching ignore pattern (`ignore` in the config file)\n',
    );
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });

  it('applies --max-file-size and the encoding checks of files', () => {
    const cwd = tempDir();
    const big = lintStdin(['--stdin', '--max-file-size', '100', '-f', 'compact'], LOOSE, cwd);
    expect(big.stdout).toContain(
      `<stdin>: line 1, col 1, Error - cannot read the design: standard input is ${Buffer.byteLength(LOOSE)} bytes, more than the limit ` +
        `of 100 (--max-file-size) (yaml/syntax)`,
    );
    expect(big.code).toBe(1);
    // UTF-16 with a byte-order mark, decoded as a file's bytes are.
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LOOSE, 'utf16le')]);
    writeFileSync(join(cwd, 'loose.yaml'), bytes);
    const utf16 = lintStdin(['--stdin', '-f', 'json', '--no-config'], bytes, cwd);
    const file = lintStdin(['-f', 'json', '--no-config', 'loose.yaml'], '', cwd);
    const messages = (stdout: string) => (JSON.parse(stdout) as { messages: unknown[] }[])[0]!.messages;
    expect(messages(utf16.stdout)).toEqual(messages(file.stdout));
  });

  it('refuses what does not fit standard input', () => {
    const cwd = tempDir();
    expect(lintStdin(['--stdin', 'designs/'], '', cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--stdin lints standard input: give no paths'),
    });
    expect(lintStdin(['--stdin-filename', 'a.yaml'], '', cwd)).toMatchObject({
      code: 2,
      stderr: 'mlsys-lint: --stdin-filename needs --stdin\n',
    });
    expect(lintStdin(['--stdin', '--cache'], '', cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--cache has nothing to keep with --stdin'),
    });
    expect(lintStdin(['--stdin', '--write-baseline'], '', cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--write-baseline'),
    });
  });
});
