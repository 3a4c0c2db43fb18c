import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { BIN, runInProcess } from './run-cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Every example design in designs/ and examples/, as paths relative to the repository. */
function exampleDesigns(): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(join(ROOT, folder)).sort()) {
      const path = join(folder, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name) && !name.startsWith('.')) found.push(path);
    }
  };
  walk('designs');
  walk('examples');
  return found;
}

/** The first top-level key of a design that `drop` can misspell: one letter left out in its middle. */
function misspellTopLevelKey(text: string): { text: string; key: string } {
  for (const key of ['deployment', 'monitoring', 'evaluation', 'requirements', 'framing']) {
    const at = new RegExp(`^${key}:`, 'm').exec(text);
    if (!at) continue;
    const wrong = key.slice(0, 4) + key.slice(5);
    return { text: text.slice(0, at.index) + wrong + text.slice(at.index + key.length), key };
  }
  throw new Error('no key to misspell');
}

function lintStdin(args: readonly string[], input: string, cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('lint --fix on the example designs', () => {
  const designs = exampleDesigns();

  it('finds the example designs', () => {
    expect(designs.length).toBeGreaterThanOrEqual(6);
  });

  for (const design of designs) {
    const title =
      `${design}: a design without a fixable finding is unchanged; ` +
      'a misspelled key comes back byte for byte; a second run fixes nothing';
    it(title, async () => {
      const original = readFileSync(join(ROOT, design), 'utf8');
      const cwd = tempDir({ 'clean.yaml': original, 'typo.yaml': misspellTopLevelKey(original).text });
      const [report] = JSON.parse((await runInProcess(['--no-config', '-f', 'json', 'clean.yaml'], cwd)).stdout) as {
        fixableErrorCount: number;
        fixableWarningCount: number;
      }[];
      await runInProcess(['--fix', '--no-config', '-f', 'json', 'clean.yaml'], cwd);
      const fixedClean = readFileSync(join(cwd, 'clean.yaml'), 'utf8');
      // Without a fixable finding --fix leaves every byte as it was; with one, only the fixed spans change.
      if (report!.fixableErrorCount + report!.fixableWarningCount === 0) expect(fixedClean).toBe(original);
      else expect(fixedClean).not.toBe(original);
      await runInProcess(['--fix', '--no-config', '-f', 'json', 'typo.yaml'], cwd);
      expect(readFileSync(join(cwd, 'typo.yaml'), 'utf8')).toBe(fixedClean);
      // Idempotent: nothing left to fix, so a dry run shows no change.
      const again = await runInProcess(['--fix-dry-run', '--no-config', 'typo.yaml', 'clean.yaml'], cwd);
      expect(again.stdout).toBe('');
    });
  }
});

describe('lint --fix and --fix-dry-run', () => {
  // Mixed line endings on purpose: an added line takes the ending of the line it is put before.
  const TYPO =
    '# Fraud detection\nname: Fraud\r\nmonitorng:   # typo\n  system: [Latency]\n\ndeployment:\n  mode: online\n  slo: {availability: ' +
      '0.9995}\n';

  it('--fix-dry-run --stdin prints the fixed text and writes nothing; the report of what remains sets the exit code', () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = lintStdin(['--stdin', '--stdin-filename', 'fraud.yaml', '--fix-dry-run', '--no-config'], TYPO, cwd);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      '# Fraud detection\nmlsys: 1\r\nname: Fraud\r\nmonitoring:   # typo\n  system: [Latency]\n\ndeployment:\n  mode: online\n  slo: ' +
        '{availability: 0.9995}\n',
    );
    expect(code).toBe(1);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--fix-dry-run --stdin prints the input unchanged when nothing is fixable, and exits 0 when nothing is wrong', () => {
    const design = readFileSync(join(ROOT, 'designs/fraud-detection.yaml'), 'utf8');
    const { code, stdout } = lintStdin(['--stdin', '--fix-dry-run', '--no-config'], design, tempDir());
    expect(stdout).toBe(design);
    expect(code).toBe(0);
  });

  it('--fix-dry-run on files prints a unified diff and leaves the files alone', async () => {
    const cwd = tempDir({ 'sub/a.yaml': TYPO });
    const { code, stdout } = await runInProcess(['--fix-dry-run', '--no-config', 'sub/'], cwd);
    expect(stdout).toBe(
      '--- a/sub/a.yaml\n+++ b/sub/a.yaml\n@@ -1,6 +1,7 @@\n # Fraud detection\n+mlsys: 1\r\n name: Fraud\r\n-monitorng:   # ' +
        'typo\n+monitoring:   # typo\n   system: [Latency]\n \n deployment:\n',
    );
    expect(code).toBe(1);
    expect(readFileSync(join(cwd, 'sub/a.yaml'), 'utf8')).toBe(TYPO);
  });

  it('--fix writes the file in place, keeps its mode, and reports what remains', async () => {
    const cwd = tempDir({ 'a.yaml': TYPO });
    const { chmodSync } = await import('node:fs');
    chmodSync(join(cwd, 'a.yaml'), 0o640);
    const { code, stdout } = await runInProcess(['--fix', '--no-config', '-f', 'compact', 'a.yaml'], cwd);
    expect(readFileSync(join(cwd, 'a.yaml'), 'utf8')).toBe(
      '# Fraud detection\nmlsys: 1\r\nname: Fraud\r\nmonitoring:   # typo\n  system: [Latency]\n\ndeployment:\n  mode: online\n  slo: ' +
        '{availability: 0.9995}\n',
    );
    expect(statSync(join(cwd, 'a.yaml')).mode & 0o777).toBe(0o640);
    expect(stdout).not.toContain('schema/invalid');
    expect(stdout).toContain('is a fraction; write `99.95%` (serving/slo-consistency)');
    expect(code).toBe(1);
  });

  it('--fix-type limits the fixes to rule groups', async () => {
    const cwd = tempDir({ 'a.yaml': TYPO });
    const serving = await runInProcess(['--fix-dry-run', '--fix-type', 'serving', '--no-config', 'a.yaml'], cwd);
    expect(serving.stdout).toBe('');
    const schema = await runInProcess(['--fix-dry-run', '--fix-type', 'serving,schema', '--no-config', 'a.yaml'], cwd);
    expect(schema.stdout).toContain('+monitoring:   # typo\n');
  });

  it('refuses flag combinations that cannot work, with exit code 2', async () => {
    const cwd = tempDir({ 'a.yaml': TYPO });
    const cases: [string[], string][] = [
      [['--fix-type', 'schema', 'a.yaml'], '--fix-type needs --fix or --fix-dry-run'],
      [['--fix', '--fix-dry-run', 'a.yaml'], '--fix and --fix-dry-run exclude each other'],
      [['--fix', '--stdin'], '--fix writes files: standard input has none; use --fix-dry-run'],
      [['--fix', '--fix-type', 'servng', 'a.yaml'], 'unknown rule group `servng`; did you mean `serving`?'],
      [['--fix', '--write-baseline', 'a.yaml'], '--write-baseline records the findings as they are'],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await runInProcess(args, cwd);
      expect(stderr, args.join(' ')).toContain(message);
      expect(code).toBe(2);
    }
    expect(readFileSync(join(cwd, 'a.yaml'), 'utf8')).toBe(TYPO);
  });

  it('keeps a byte-order mark', async () => {
    const cwd = tempDir({ 'a.yaml': `\ufeff${TYPO}` });
    await runInProcess(['--fix', '--no-config', 'a.yaml'], cwd);
    expect(readFileSync(join(cwd, 'a.yaml'), 'utf8').startsWith('\ufeff# Fraud detection\nmlsys: 1\r\nname')).toBe(true);
  });
});
