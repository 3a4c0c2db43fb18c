import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPORT_HELP } from '../../src/cli/commands/report.js';
import { findChromium } from '../../src/report/svg.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir } from '../temp-dir.js';
import { HOSTILE, ROOT } from './options.js';

/** Runs the command line in-process. */
async function run(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    env: { PATH: process.env.PATH, ...env },
    stdoutIsTTY: false,
  });
  return { code, stdout, stderr };
}

/** Every file under a folder with its size and modification time: what a run must leave alone. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stats = statSync(path);
        files[relative(dir, path)] = `${stats.size}:${stats.mtimeMs}:${readFileSync(path, 'utf8')}`;
      }
    }
  };
  walk(dir);
  return files;
}

/** A folder holding copies of the example designs. */
function project(): string {
  const cwd = tempDir();
  cpSync(join(ROOT, 'designs'), join(cwd, 'designs'), { recursive: true });
  return cwd;
}

const REPORTS = [
  'content-moderation.md',
  'fraud-detection.md',
  'index.md',
  'netflix-recommendations.md',
  'search-ranking.md',
  'tax-calculation.md',
];

describe('mlsys-lint report', () => {
  it('shows its help', async () => {
    expect(await run(['report', '--help'], ROOT)).toEqual({ code: 0, stdout: REPORT_HELP, stderr: '' });
  });

  it('needs -o DIR: a usage error (exit 2) otherwise', async () => {
    expect(await run(['report', 'designs/'], ROOT)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mlsys-lint: report needs the folder to write to: -o DIR (see `mlsys-lint report --help`)\n',
    });
  });

  it('writes one report per design and the index, and leaves unchanged files alone on the next run', async () => {
    const cwd = project();
    expect(await run(['report', '-o', 'out'], cwd)).toEqual({ code: 0, stdout: '', stderr: 'mlsys-lint: wrote 6 files to out\n' });
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(REPORTS);
    const before = snapshot(join(cwd, 'out'));
    expect(await run(['report', 'designs/', '-o', 'out'], cwd)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'mlsys-lint: wrote 0 files to out (6 unchanged)\n',
    });
    expect(snapshot(join(cwd, 'out'))).toEqual(before);
  });

  it('--check exits 0 on fresh reports and 1 on stale or missing ones, listing them and writing nothing', async () => {
    const cwd = project();
    await run(['report', '-o', 'out'], cwd);
    expect(await run(['report', '-o', 'out', '--check'], cwd)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'mlsys-lint: 6 report files in out are up to date\n',
    });
    writeFileSync(
      join(cwd, 'designs', 'netflix-recommendations.yaml'),
      readFileSync(join(cwd, 'designs', 'netflix-recommendations.yaml'), 'utf8').replace(
        'summary: Personalised rows',
        'summary: Personalised, ranked rows',
      ),
    );
    rmSync(join(cwd, 'out', 'tax-calculation.md'));
    const before = snapshot(cwd);
    expect(await run(['report', '-o', 'out', '--check'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'mlsys-lint: out/tax-calculation.md is missing',
        'mlsys-lint: out/netflix-recommendations.md is out of date',
        'mlsys-lint: 2 of 6 report files need updating: run mlsys-lint report without --check',
        '',
      ].join('\n'),
    });
    expect(snapshot(cwd)).toEqual(before);
  });

  it('--check on a folder that does not exist exits 1 and creates nothing', async () => {
    const cwd = project();
    const { code, stderr } = await run(['report', '-o', 'out', '--check'], cwd);
    expect(code).toBe(1);
    expect(stderr).toContain('mlsys-lint: out/index.md is missing\n');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('writes nothing outside DIR, even for designs with hostile names and ids', async () => {
    const cwd = project();
    cpSync(join(ROOT, HOSTILE), join(cwd, 'hostile'), { recursive: true });
    mkdirSync(join(cwd, 'nested', 'out'), { recursive: true });
    const before = snapshot(cwd);
    const { code } = await run(['report', 'designs/', 'hostile/', '-o', 'nested/out'], cwd);
    expect(code).toBe(0);
    const after = snapshot(cwd);
    const added = Object.keys(after).filter((path) => !(path in before));
    expect(added.every((path) => path.startsWith(join('nested', 'out') + '/'))).toBe(true);
    expect(added.map((path) => relative(join('nested', 'out'), path)).sort()).toEqual(
      ['broken.md', 'hostile-architecture.md', 'hostile-derived.md', 'index-2.md', ...REPORTS].sort(),
    );
    for (const path of Object.keys(before)) expect(after[path], path).toBe(before[path]);
  });

  it('reports an unknown template section at its line and column (exit 2) and writes nothing', async () => {
    const cwd = project();
    writeFileSync(join(cwd, 'custom.md'), '# Our reports\n\n::mlsys{section="architectur"}\n');
    expect(await run(['report', '-o', 'out', '--template', 'custom.md'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'mlsys-lint: custom.md:3:1: unknown section "architectur" (did you mean "architecture"?); sections: header, readiness, decision, ' +
          'architecture, requirements, framing, data, model, evaluation, deployment, monitoring, rubric, findings\n',
    });
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('fills a custom template, keeping its prose', async () => {
    const cwd = project();
    writeFileSync(
      join(cwd, 'custom.md'),
      '::mlsys{section="header"}\n\nReviewed by the *architecture board*.\n\n## Diagram\n\n::mlsys{section="architecture"}\n',
    );
    expect((await run(['report', 'designs/tax-calculation.yaml', '-o', 'out', '--template', 'custom.md'], cwd)).code).toBe(0);
    const report = readFileSync(join(cwd, 'out', 'tax-calculation.md'), 'utf8');
    expect(report).toMatch(/^# Sales Tax Calculation at Checkout\n/);
    expect(report).toContain('\nReviewed by the _architecture board_.\n\n## Diagram\n\nDrawn from the design');
    expect(report).not.toContain('## Readiness');
  });

  it('takes the lint configuration flags', async () => {
    const cwd = tempDir();
    cpSync(join(ROOT, HOSTILE, 'hostile-derived.yaml'), join(cwd, 'd.yaml'));
    await run(['report', 'd.yaml', '-o', 'a'], cwd);
    await run(['report', 'd.yaml', '-o', 'b', '--rule', 'design/missing-step:off', '--no-config'], cwd);
    expect(readFileSync(join(cwd, 'a', 'd.md'), 'utf8')).toContain('design/missing-step');
    expect(readFileSync(join(cwd, 'b', 'd.md'), 'utf8')).not.toContain('design/missing-step');
    expect((await run(['report', 'd.yaml', '-o', 'c', '--rule', 'nope/rule:off'], cwd)).code).toBe(2);
  });

  it('writes nothing when a path names nothing (exit 2)', async () => {
    const cwd = project();
    expect(await run(['report', 'designs/', 'missing.yaml', '-o', 'out'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mlsys-lint: cannot read `missing.yaml`: no such file or directory\nmlsys-lint: no report was written\n',
    });
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('--svg without a usable Chromium exits 2 saying how to get one, and writes nothing', async () => {
    const cwd = project();
    const { code, stderr } = await run(['report', '-o', 'out', '--svg'], cwd, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'mlsys-lint: --svg: PUPPETEER_EXECUTABLE_PATH is `/nonexistent/chromium`, which is not an executable file; install your ' +
        "distribution's `chromium` package (e.g. `apt-get install chromium`), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium " +
        'executable\n',
    );
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('finds Chromium from PUPPETEER_EXECUTABLE_PATH first', () => {
    const dir = tempDir({ 'my-chrome': '#!/bin/sh\n' });
    const chrome = join(dir, 'my-chrome');
    expect(() => findChromium({ PUPPETEER_EXECUTABLE_PATH: chrome })).toThrow('is not an executable file');
    execMode(chrome);
    expect(findChromium({ PUPPETEER_EXECUTABLE_PATH: chrome })).toBe(chrome);
  });
});

function execMode(path: string): void {
  chmodSync(path, 0o755);
}

describe('docs/reports', () => {
  it('is up to date with the designs (the built binary, as CI runs it)', () => {
    const { code, stderr } = runCli(['report', 'designs/', '-o', 'docs/reports', '--rule-docs', '../rules/', '--check'], { cwd: ROOT });
    expect(stderr).toMatch(/up to date\n$/);
    expect(code).toBe(0);
  });
});
