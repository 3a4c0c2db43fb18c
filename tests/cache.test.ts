import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { lintPaths, type LintOptions } from '../src/engine/lint-files.js';
import { runInProcess } from './cli/run-cli.js';
import { tempDir } from './temp-dir.js';

const DESIGN = 'mlsys: 1\nname: Cached\nbogus: 1\n';

function options(cwd: string, extra: Partial<LintOptions> = {}): LintOptions {
  return {
    cwd,
    useConfigFiles: true,
    cliRules: new Map(),
    reportUnusedDisableDirectives: false,
    maxFileSize: 5_000_000,
    cache: true,
    cacheLocation: '.cache/',
    toolVersion: '1.0.0',
    ...extra,
  };
}

const cacheFile = (cwd: string) => join(cwd, '.cache', 'lint-cache');
const cacheBytes = (cwd: string) => readFileSync(cacheFile(cwd));

/** The cache file's lines: the format line, then a checksum, a space and JSON on each. */
const cacheLines = (cwd: string) => cacheBytes(cwd).toString('utf8').trimEnd().split('\n');
const entryLines = (cwd: string) => cacheLines(cwd).filter((line) => line.includes('{"file":'));
/** A line as the cache writes it, with a checksum that matches. */
const lineOf = (json: string) => `${createHash('sha1').update(json).digest('hex')} ${json}`;
const writeLines = (cwd: string, lines: readonly string[]) => writeFileSync(cacheFile(cwd), `${lines.join('\n')}\n`);

describe('--cache', () => {
  it('gives the same results from the cache as from linting', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN, 'd/b.yaml': 'mlsys: 1\nname: B\n' });
    const fresh = await lintPaths(['d'], options(cwd, { cache: false }));
    const first = await lintPaths(['d'], options(cwd));
    const written = cacheBytes(cwd);
    const second = await lintPaths(['d'], options(cwd));
    expect(second.results).toEqual(fresh.results);
    expect(first.results).toEqual(fresh.results);
    // Nothing changed: the cache file is not rewritten.
    expect(cacheBytes(cwd).equals(written)).toBe(true);
  });

  it('gives cached results as plain data', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    const fresh = await lintPaths(['d'], options(cwd, { cache: false }));
    await lintPaths(['d'], options(cwd));
    const cached = (await lintPaths(['d'], options(cwd))).results[0]!;
    expect(JSON.parse(JSON.stringify(cached))).toEqual(JSON.parse(JSON.stringify(fresh.results[0])));
    expect({ ...cached }.findings).toEqual(fresh.results[0]!.findings);
    expect(cached.findings).toBe(cached.findings);
    cached.findings = [];
    expect(cached.findings).toEqual([]);
  });

  it('is invalidated by the file content, the configuration, the options and the tool version', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    await lintPaths(['d'], options(cwd));
    writeFileSync(join(cwd, 'd/a.yaml'), DESIGN.replace('bogus', 'bogux'));
    expect((await lintPaths(['d'], options(cwd))).results[0]!.findings.find((f) => f.ruleId === 'schema/invalid')!.message).toContain(
      '`bogux`',
    );
    writeFileSync(join(cwd, '.mlsys-lint.yaml'), 'rules: {schema/invalid: off}\n');
    expect((await lintPaths(['d'], options(cwd))).results[0]!.findings.some((f) => f.ruleId === 'schema/invalid')).toBe(false);
    expect(
      (await lintPaths(['d'], options(cwd, { cliRules: new Map([['schema/invalid', 'warn']]) }))).results[0]!.findings.find(
        (f) => f.ruleId === 'schema/invalid',
      )!.severity,
    ).toBe('warn');
    const before = cacheBytes(cwd);
    await lintPaths(['d'], options(cwd, { toolVersion: '1.0.1' }));
    expect(cacheBytes(cwd).equals(before)).toBe(false);
  });

  it('reuses a touched but unchanged file through its hash, and survives a broken cache file', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    await lintPaths(['d'], options(cwd));
    // A new modification time sends the file to the content hash, which still matches.
    utimesSync(join(cwd, 'd/a.yaml'), new Date(), new Date(Date.now() + 5000));
    expect((await lintPaths(['d'], options(cwd))).results[0]!.findings.some((f) => f.ruleId === 'schema/invalid')).toBe(true);
    writeFileSync(cacheFile(cwd), '{not json');
    expect((await lintPaths(['d'], options(cwd))).results[0]!.errorCount).toBeGreaterThan(0);
    writeFileSync(cacheFile(cwd), cacheBytes(cwd).subarray(0, 100));
    expect((await lintPaths(['d'], options(cwd))).results[0]!.errorCount).toBeGreaterThan(0);
  });

  it('lints again a file whose entry is damaged, keeps the others, and ignores a file of another format', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN, 'd/b.yaml': DESIGN.replace('Cached', 'Other') });
    const fresh = await lintPaths(['d'], options(cwd, { cache: false }));
    await lintPaths(['d'], options(cwd));
    const whole = cacheBytes(cwd);
    const lines = cacheLines(cwd);
    const at = lines.findIndex((line) => line.includes('/d/a.yaml"'));
    // A severity changed in place: the checksum no longer matches, so the entry is dropped.
    const damaged = lines.map((line, index) => (index === at ? line.replace(',"error",', ',"info",') : line));
    expect(damaged[at]).not.toBe(lines[at]);
    writeLines(cwd, damaged);
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    expect(cacheBytes(cwd).equals(whole)).toBe(true);
    // A line whose checksum matches but is not an entry, and shared lists (rules checked, kinds of finding) gone: both files linted again.
    writeLines(
      cwd,
      lines.map((line, index) => (index === at ? lineOf('{"file":1}') : line.includes('{"list":') ? lineOf('{}') : line)),
    );
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    expect(cacheBytes(cwd).equals(whole)).toBe(true);
    writeLines(cwd, ['mlsys-lint cache, format 5', ...lines.slice(1)]);
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    // Every run rewrote the cache, which is whole again.
    expect(cacheBytes(cwd).equals(whole)).toBe(true);
  });

  it('uses a stored entry as it is, without linting the file again', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    await lintPaths(['d'], options(cwd));
    const lines = cacheLines(cwd);
    // An entry rewritten with a valid checksum is trusted: it is what the run gives.
    writeLines(
      cwd,
      lines.map((line) => (line.includes('{"file":') ? lineOf(line.slice(41).replace('`bogus`', '`from the cache`')) : line)),
    );
    expect(
      (await lintPaths(['d'], options(cwd))).results[0]!.findings.some((finding) => finding.message.includes('`from the cache`')),
    ).toBe(true);
  });

  it('finds the entries of files whose names JSON escapes: quotes, backslashes, characters beyond ASCII', async () => {
    const names = ['d/plain.yaml', 'd/say "hi".yaml', 'd/back\\slash.yaml', 'd/café — ünïcode.yaml', 'd/tab\there.yaml'];
    const cwd = tempDir(Object.fromEntries(names.map((name) => [name, DESIGN])));
    await lintPaths(['d'], options(cwd));
    expect(entryLines(cwd)).toHaveLength(names.length);
    // Every entry from the cache: each result is the stored one, changed where it says so.
    writeLines(
      cwd,
      cacheLines(cwd).map((line) => (line.includes('{"file":') ? lineOf(line.slice(41).replace('`bogus`', '`from the cache`')) : line)),
    );
    const before = cacheBytes(cwd);
    const { results } = await lintPaths(['d'], options(cwd));
    expect(results).toHaveLength(names.length);
    for (const result of results) expect(result.findings.some((finding) => finding.message.includes('`from the cache`'))).toBe(true);
    // Nothing changed, so the file is not written again.
    expect(cacheBytes(cwd).equals(before)).toBe(true);
  });

  it('opens a cache file of many lines that are no entry without reading the file again for each (no hang)', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    await lintPaths(['d'], options(cwd));
    // The entry marked, so that its use shows; 400,000 short lines of damage before it: a
    // search per line on to the end of the file would read 20 GB.
    const lines = cacheLines(cwd).map((line) =>
      line.includes('{"file":') ? lineOf(line.slice(41).replace('`bogus`', '`from the cache`')) : line,
    );
    writeLines(cwd, [lines[0]!, ...new Array<string>(400_000).fill('x'.repeat(50)), ...lines.slice(1)]);
    const { results } = await lintPaths(['d'], options(cwd));
    expect(results[0]!.findings.some((finding) => finding.message.includes('`from the cache`'))).toBe(true);
  }, 20_000);

  it('finds stored results when files were added and removed since', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN, 'd/c.yaml': DESIGN.replace('Cached', 'C'), 'd/e.yaml': DESIGN.replace('Cached', 'E') });
    await lintPaths(['d'], options(cwd));
    rmSync(join(cwd, 'd/a.yaml'));
    writeFileSync(join(cwd, 'd/b.yaml'), 'mlsys: 1\nname: B\n');
    writeFileSync(join(cwd, 'd/f.yaml'), 'mlsys: 1\nname: F\n');
    const fresh = await lintPaths(['d'], options(cwd, { cache: false }));
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    expect(entryLines(cwd).map((line) => (JSON.parse(line.slice(41)) as { file: string }).file.slice(cwd.length + 1))).toEqual([
      'd/b.yaml',
      'd/c.yaml',
      'd/e.yaml',
      'd/f.yaml',
    ]);
  });

  it('removes the cache file of the format before', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN, '.cache/lint-cache.json': '{"version":3}' });
    await lintPaths(['d'], options(cwd));
    expect(existsSync(join(cwd, '.cache', 'lint-cache.json'))).toBe(false);
  });
});

describe('--cache output', () => {
  const FILES = {
    'designs/a.yaml': DESIGN,
    'designs/b.yaml': 'mlsys: 1\nname: Clean enough\n',
    // Text beyond ASCII in messages and paths.
    'designs/ünïcode.yaml': 'mlsys: 1\nname: Café — naïve 📈\nbogus: 1\nrequirements: {scale: {peak_rps: "lots 📈"}}\n',
  };
  const lint = (cwd: string, ...args: string[]) => runInProcess(['designs/', '--cache', '--cache-location', '.cache/', ...args], cwd);

  it('prints byte for byte what a run without the cache prints, in every format, to a file too', async () => {
    const cwd = tempDir(FILES);
    for (const args of [
      ['-f', 'json'],
      [],
      ['--color'],
      ['-f', 'json', '-f', 'stylish:out.txt'],
      ['--quiet', '-f', 'json'],
      ['-f', 'sarif'],
    ]) {
      const reference = await runInProcess(['designs/', ...args], cwd);
      const referenceFile = args.includes('stylish:out.txt') ? readFileSync(join(cwd, 'out.txt'), 'utf8') : undefined;
      for (const run of ['first', 'second']) {
        const cached = await lint(cwd, ...args);
        expect({ args, run, ...cached }).toEqual({ args, run, ...reference });
        if (referenceFile !== undefined) expect(readFileSync(join(cwd, 'out.txt'), 'utf8')).toBe(referenceFile);
      }
    }
  });

  it('prints what a run without the cache prints when one file changed', async () => {
    const cwd = tempDir(FILES);
    await lint(cwd, '-f', 'json', '-f', 'stylish:out.txt');
    writeFileSync(join(cwd, 'designs/b.yaml'), 'mlsys: 1\nname: Now broken\nmystery: 1\n');
    const reference = await runInProcess(['designs/', '-f', 'json'], cwd);
    expect(await lint(cwd, '-f', 'json')).toEqual(reference);
    expect(await lint(cwd, '-f', 'json')).toEqual(reference);
  });

  it('applies the baseline to cached results', async () => {
    const cwd = tempDir(FILES);
    await runInProcess(['designs/', '--write-baseline', '--baseline', 'baseline.json'], cwd);
    writeFileSync(join(cwd, 'designs/a.yaml'), `${DESIGN}mystery: 2\n`);
    const reference = await runInProcess(['designs/', '-f', 'json', '--baseline', 'baseline.json'], cwd);
    expect(JSON.parse(reference.stdout)[0].messages.length).toBeGreaterThan(0);
    for (let run = 0; run < 2; run++) expect(await lint(cwd, '-f', 'json', '--baseline', 'baseline.json')).toEqual(reference);
  });
});
