import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileBytes, cacheFileSections, type CacheHeader, type SectionName } from '../src/engine/cache-file.js';
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

/** The cache file's header and sections, to damage on purpose. */
function readCache(cwd: string): { header: CacheHeader; sections: Record<SectionName, Buffer> } {
  const file = cacheFileSections(cacheBytes(cwd));
  if (!file) throw new Error('not a cache file');
  return { header: file.header as CacheHeader, sections: file.sections };
}

function writeCache(cwd: string, header: CacheHeader, sections: Record<SectionName, Buffer>): void {
  const parts = Object.fromEntries(Object.entries(sections).map(([name, bytes]) => [name, [bytes]])) as Record<SectionName, Buffer[]>;
  writeFileSync(cacheFile(cwd), cacheFileBytes(header, parts));
}

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

  it('makes the findings of a cached result when they are read, as plain data', async () => {
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

  it('lints again, without crashing, a file whose cache entry is damaged, and ignores a cache of the other byte order', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN, 'd/b.yaml': DESIGN.replace('Cached', 'Other') });
    const fresh = await lintPaths(['d'], options(cwd, { cache: false }));
    await lintPaths(['d'], options(cwd));
    const whole = cacheBytes(cwd);
    const { header, sections } = readCache(cwd);
    const ints = new Int32Array(sections.ints.buffer.slice(sections.ints.byteOffset, sections.ints.byteOffset + sections.ints.length));
    ints[2] = 1e6; // a.yaml's findings start past the end
    writeCache(cwd, header, { ...sections, ints: Buffer.from(ints.buffer) });
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    expect(cacheBytes(cwd).equals(whole)).toBe(true);
    // Every stored data path unparseable.
    writeCache(cwd, { ...header, strings: header.strings.map((text) => (text.startsWith('[') ? '[broken' : text)) }, sections);
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    expect(cacheBytes(cwd).equals(whole)).toBe(true);
    writeCache(cwd, { ...header, endianness: header.endianness === 'LE' ? 'BE' : 'LE' }, sections);
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    // Every run rewrote the cache, which is whole again.
    expect(cacheBytes(cwd).equals(whole)).toBe(true);
  });

  it('finds stored results when files were added and removed since', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN, 'd/c.yaml': DESIGN.replace('Cached', 'C'), 'd/e.yaml': DESIGN.replace('Cached', 'E') });
    await lintPaths(['d'], options(cwd));
    rmSync(join(cwd, 'd/a.yaml'));
    writeFileSync(join(cwd, 'd/b.yaml'), 'mlsys: 1\nname: B\n');
    writeFileSync(join(cwd, 'd/f.yaml'), 'mlsys: 1\nname: F\n');
    const fresh = await lintPaths(['d'], options(cwd, { cache: false }));
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    expect(
      readCache(cwd)
        .sections.paths.toString()
        .split('\u0000')
        .map((path) => path.slice(cwd.length + 1)),
    ).toEqual(['d/b.yaml', 'd/c.yaml', 'd/e.yaml', 'd/f.yaml']);
  });

  it('removes the cache file of the format before', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN, '.cache/lint-cache.json': '{"version":3}' });
    await lintPaths(['d'], options(cwd));
    expect(existsSync(join(cwd, '.cache', 'lint-cache.json'))).toBe(false);
  });
});

describe('--cache with output pieces', () => {
  const FILES = {
    'designs/a.yaml': DESIGN,
    'designs/b.yaml': 'mlsys: 1\nname: Clean enough\n',
    // Text beyond ASCII in messages and paths: stored pieces are bytes, located by byte offsets.
    'designs/ünïcode.yaml': 'mlsys: 1\nname: Café — naïve 📈\nbogus: 1\nrequirements: {scale: {peak_rps: "lots 📈"}}\n',
  };
  const lint = (cwd: string, ...args: string[]) => runInProcess(['designs/', '--cache', '--cache-location', '.cache/', ...args], cwd);

  it('prints byte for byte what a run without the cache prints, in every piecewise format, to a file too', async () => {
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

  it('stores pieces by format, colour and working directory, and joins stored pieces with fresh ones', async () => {
    const cwd = tempDir(FILES);
    await lint(cwd, '-f', 'json', '-f', 'stylish:out.txt');
    expect(readCache(cwd).header.pieceKeys).toEqual(['json', JSON.stringify(['stylish', false, cwd])]);
    // A run keeps the pieces of its own formats only.
    await lint(cwd, '--color');
    expect(readCache(cwd).header.pieceKeys).toEqual([JSON.stringify(['stylish', true, cwd])]);
    // One file changes: its piece is made again, the others come from the cache.
    writeFileSync(join(cwd, 'designs/b.yaml'), 'mlsys: 1\nname: Now broken\nmystery: 1\n');
    const reference = await runInProcess(['designs/', '-f', 'json'], cwd);
    expect(await lint(cwd, '-f', 'json')).toEqual(reference);
    expect(await lint(cwd, '-f', 'json')).toEqual(reference);
  });

  it('uses the stored piece of an unchanged file instead of formatting its result again', async () => {
    const cwd = tempDir(FILES);
    await lint(cwd, '-f', 'json');
    const { header, sections } = readCache(cwd);
    // The same number of bytes, so that every offset still holds.
    const marked = Buffer.from(sections.pieces.toString('latin1').replaceAll('"severity":2', '"severity":9'), 'latin1');
    writeCache(cwd, header, { ...sections, pieces: marked });
    expect((await lint(cwd, '-f', 'json')).stdout).toContain('"severity":9');
    // A cache file cut short (sections run past its end) is not used at all.
    writeFileSync(cacheFile(cwd), cacheBytes(cwd).subarray(0, -16));
    expect(cacheFileSections(cacheBytes(cwd))).toBeUndefined();
    expect((await lint(cwd, '-f', 'json')).stdout).not.toContain('"severity":9');
  });

  it('gives a result the baseline changed its own piece', async () => {
    const cwd = tempDir(FILES);
    await runInProcess(['designs/', '--write-baseline', '--baseline', 'baseline.json'], cwd);
    writeFileSync(join(cwd, 'designs/a.yaml'), `${DESIGN}mystery: 2\n`);
    const reference = await runInProcess(['designs/', '-f', 'json', '--baseline', 'baseline.json'], cwd);
    expect(JSON.parse(reference.stdout)[0].messages.length).toBeGreaterThan(0);
    for (let run = 0; run < 2; run++) expect(await lint(cwd, '-f', 'json', '--baseline', 'baseline.json')).toEqual(reference);
  });
});
