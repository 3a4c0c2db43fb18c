import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths, readDesignFile, type LintOptions } from '../../src/engine/lint-files.js';
import { loadDesign } from '../../src/load/index.js';
import { tempDir } from '../temp-dir.js';

const options = (cwd: string, extra: Partial<LintOptions> = {}): LintOptions => ({
  cwd,
  useConfigFiles: false,
  cliRules: new Map(),
  reportUnusedDisableDirectives: false,
  maxFileSize: 5_000_000,
  ...extra,
});
const summary = (findings: { ruleId: string | null; line: number; column: number; message: string; fatal?: boolean }[]) =>
  findings
    .filter((f) => f.ruleId?.startsWith('yaml/'))
    .map((f) => `${f.line}:${f.column} ${f.ruleId}${f.fatal ? ' fatal' : ''} ${f.message}`);

describe('hostile and broken input ends in findings', () => {
  it('refuses deep flow nesting quickly, with a finding at the place it gets too deep', () => {
    const started = Date.now();
    const design = loadDesign('/deep.yaml', `mlsys: 1\nname: x\nx-deep: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(design.problems.map((p) => [p.messageId, p.range.line, p.range.column, p.fatal])).toEqual([['tooDeep', 3, 109, true]]);
  });

  it('refuses deep block nesting', () => {
    const lines = ['mlsys: 1', 'name: x', 'x-deep:'];
    for (let level = 1; level <= 150; level++) lines.push(`${'  '.repeat(level)}k${level}:`);
    const design = loadDesign('/deep.yaml', lines.join('\n'));
    expect(design.problems[0]).toMatchObject({ ruleId: 'yaml/syntax', messageId: 'tooDeep', fatal: true });
  });

  it('accepts ordinary nesting', () => {
    expect(loadDesign('/ok.yaml', 'a: {b: [[1, 2], {c: "[[[["}]}\n').problems).toEqual([]);
  });

  it('reports a second document and lints the first', async () => {
    const cwd = tempDir({ 'two.yaml': 'mlsys: 1\nname: First\n---\nmlsys: 1\nname: Second\n' });
    const { results } = await lintPaths(['two.yaml'], options(cwd));
    expect(summary(results[0]!.findings)).toEqual([
      '3:1 yaml/syntax a design file holds one YAML document; this second document is ignored',
    ]);
    expect(results[0]!.findings.some((f) => f.ruleId === 'design/missing-step')).toBe(true);
  });

  it('reports binary files, non-UTF-8 text and oversized files, then goes on', async () => {
    const cwd = tempDir({ 'ok.yaml': 'mlsys: 1\nname: Fine\n' });
    writeFileSync(join(cwd, 'binary.yaml'), Buffer.from([0x6d, 0x00, 0x01, 0x02]));
    writeFileSync(join(cwd, 'latin1.yaml'), Buffer.from('name: caf\xe9\n', 'latin1'));
    writeFileSync(join(cwd, 'big.yaml'), `x-filler: "${'a'.repeat(2000)}"\n`);
    const { results } = await lintPaths(['.'], options(cwd, { maxFileSize: 1000 }));
    expect(results.map((r) => [r.filePath.slice(cwd.length + 1), ...summary(r.findings)])).toEqual([
      ['big.yaml', '1:1 yaml/syntax fatal cannot read the design: the file is 2013 bytes, more than the limit of 1000 (--max-file-size)'],
      ['binary.yaml', '1:1 yaml/syntax fatal cannot read the design: the file is binary (it contains NUL bytes), not YAML text'],
      ['latin1.yaml', '1:1 yaml/syntax fatal cannot read the design: the file is not valid UTF-8 text; save it as UTF-8'],
      ['ok.yaml'],
    ]);
  });

  it('reads BOM, CRLF and tab-indented files without crashing', async () => {
    const cwd = tempDir({
      'bom.yaml': '\uFEFFmlsys: 1\r\nname: Bom\r\nbogus: 1\r\n',
      'tabs.yaml': 'mlsys: 1\nname: Tabs\nrequirements:\n\tbusiness_goal: x\n',
    });
    const { results } = await lintPaths(['.'], options(cwd));
    expect(results[0]!.findings.find((f) => f.ruleId === 'schema/invalid')).toMatchObject({ line: 3, column: 1, endColumn: 6 });
    expect(summary(results[1]!.findings)[0]).toMatch(/^4:1 yaml\/syntax fatal YAML syntax error: /);
  });
});

describe('the file system', () => {
  it('survives symlink loops, dangling links, folders named like designs, and odd names', async () => {
    const cwd = tempDir({
      'designs/a design é.yaml': 'mlsys: 1\nname: Spaces\n',
      'designs/folder.yaml/inner.yaml': 'mlsys: 1\nname: Inner\n',
    });
    symlinkSync(join(cwd, 'designs'), join(cwd, 'designs', 'loop'));
    symlinkSync(join(cwd, 'nowhere.yaml'), join(cwd, 'designs', 'dangling.yaml'));
    const { results, missing } = await lintPaths(['designs'], options(cwd));
    expect(missing).toEqual([]);
    expect(results.map((r) => [r.filePath.slice(cwd.length + 1), summary(r.findings).join()])).toEqual([
      ['designs/a design é.yaml', ''],
      [
        'designs/dangling.yaml',
        '1:1 yaml/syntax fatal cannot read the design: the file does not exist (it was removed, or it is a dangling symbolic link)',
      ],
      ['designs/folder.yaml/inner.yaml', ''],
    ]);
  });

  it('reads to the end a file whose size says nothing (as in /proc) and one read in a single call', () => {
    const cwd = tempDir({ 'plain.yaml': `mlsys: 1\nname: ${'x'.repeat(100_000)}\n` });
    expect(readDesignFile(join(cwd, 'plain.yaml')).text).toBe(readFileSync(join(cwd, 'plain.yaml'), 'utf8'));
    // /proc files report a size of 0 and give their text over several reads.
    if (existsSync('/proc/self/status')) {
      symlinkSync('/proc/self/status', join(cwd, 'status.yaml'));
      const text = readDesignFile(join(cwd, 'status.yaml')).text;
      expect(text.length).toBeGreaterThan(0);
      expect(text.split('\n')[0]).toBe(readFileSync('/proc/self/status', 'utf8').split('\n')[0]);
      expect(text.endsWith('\n')).toBe(true);
    }
  });

  it('turns a file that vanished before it was read into a finding', () => {
    const cwd = tempDir({ 'gone.yaml': 'mlsys: 1\n' });
    rmSync(join(cwd, 'gone.yaml'));
    expect(readDesignFile(join(cwd, 'gone.yaml')).problems[0]).toMatchObject({
      ruleId: 'yaml/syntax',
      fatal: true,
      data: { reason: 'the file does not exist (it was removed, or it is a dangling symbolic link)' },
    });
  });

  it('refuses a named pipe posing as a design instead of hanging, with --cache too', async () => {
    const cwd = tempDir();
    execFileSync('mkfifo', [join(cwd, 'pipe.yaml')]);
    for (const cache of [false, true, true]) {
      const { results } = await lintPaths([join(cwd, 'pipe.yaml')], options(cwd, { cache, cacheLocation: '.cache/' }));
      expect(summary(results[0]!.findings)).toEqual([
        '1:1 yaml/syntax fatal cannot read the design: it is not a regular file (a pipe, socket or device)',
      ]);
    }
  });

  it('neither hashes nor caches a file over --max-file-size', async () => {
    const cwd = tempDir({ 'big.yaml': `mlsys: 1\nname: Big\n# ${'x'.repeat(2000)}\n` });
    for (let run = 0; run < 2; run++) {
      const { results } = await lintPaths(['big.yaml'], options(cwd, { cache: true, cacheLocation: '.cache/', maxFileSize: 1000 }));
      expect(summary(results[0]!.findings)).toEqual([
        '1:1 yaml/syntax fatal cannot read the design: the file is 2022 bytes, more than the limit of 1000 (--max-file-size)',
      ]);
    }
    expect(existsSync(join(cwd, '.cache'))).toBe(false);
  });

  it('lints a directory named x.yaml given explicitly by walking it', async () => {
    const cwd = tempDir({ 'x.yaml/d.yaml': 'mlsys: 1\nname: D\n' });
    mkdirSync(join(cwd, 'x.yaml', 'empty'));
    const { results } = await lintPaths(['x.yaml'], options(cwd));
    expect(results.map((r) => r.filePath.slice(cwd.length + 1))).toEqual(['x.yaml/d.yaml']);
  });
});
