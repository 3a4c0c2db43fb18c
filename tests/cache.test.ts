import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths, type LintOptions } from '../src/engine/lint-files.js';
import { tempDir } from './temp-dir.js';

const DESIGN = 'mlsys: 1\nname: Cached\nbogus: 1\n';

function options(cwd: string, extra: Partial<LintOptions> = {}): LintOptions {
  return { cwd, useConfigFiles: true, cliRules: new Map(), reportUnusedDisableDirectives: false, maxFileSize: 5_000_000, cache: true, cacheLocation: '.cache/', toolVersion: '1.0.0', ...extra };
}

const cacheText = (cwd: string) => readFileSync(join(cwd, '.cache', 'lint-cache.json'), 'utf8');

describe('--cache', () => {
  it('gives the same results from the cache as from linting', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN, 'd/b.yaml': 'mlsys: 1\nname: B\n' });
    const fresh = await lintPaths(['d'], options(cwd, { cache: false }));
    const first = await lintPaths(['d'], options(cwd));
    const written = cacheText(cwd);
    const second = await lintPaths(['d'], options(cwd));
    expect(second.results).toEqual(fresh.results);
    expect(first.results).toEqual(fresh.results);
    // Nothing changed: the cache file is not rewritten.
    expect(cacheText(cwd)).toBe(written);
  });

  it('is invalidated by the file content, the configuration, the options and the tool version', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    await lintPaths(['d'], options(cwd));
    writeFileSync(join(cwd, 'd/a.yaml'), DESIGN.replace('bogus', 'bogux'));
    expect((await lintPaths(['d'], options(cwd))).results[0]!.findings.find((f) => f.ruleId === 'schema/invalid')!.message).toContain('`bogux`');
    writeFileSync(join(cwd, '.mlsys-lint.yaml'), 'rules: {schema/invalid: off}\n');
    expect((await lintPaths(['d'], options(cwd))).results[0]!.findings.some((f) => f.ruleId === 'schema/invalid')).toBe(false);
    expect((await lintPaths(['d'], options(cwd, { cliRules: new Map([['schema/invalid', 'warn']]) }))).results[0]!.findings.find((f) => f.ruleId === 'schema/invalid')!.severity).toBe('warn');
    const before = cacheText(cwd);
    await lintPaths(['d'], options(cwd, { toolVersion: '1.0.1' }));
    expect(cacheText(cwd)).not.toBe(before);
  });

  it('reuses a touched but unchanged file through its hash, and survives a broken cache file', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    await lintPaths(['d'], options(cwd));
    // A new modification time sends the file to the content hash, which still matches.
    utimesSync(join(cwd, 'd/a.yaml'), new Date(), new Date(Date.now() + 5000));
    expect((await lintPaths(['d'], options(cwd))).results[0]!.findings.some((f) => f.ruleId === 'schema/invalid')).toBe(true);
    writeFileSync(join(cwd, '.cache', 'lint-cache.json'), '{not json');
    expect((await lintPaths(['d'], options(cwd))).results[0]!.errorCount).toBeGreaterThan(0);
  });

  it('lints again, without crashing, a file whose cache entry is damaged, and ignores a cache of the other byte order', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN, 'd/b.yaml': DESIGN.replace('Cached', 'Other') });
    const fresh = await lintPaths(['d'], options(cwd, { cache: false }));
    await lintPaths(['d'], options(cwd));
    const file = join(cwd, '.cache', 'lint-cache.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { strings: string[]; files: (string | number)[]; endianness: string };
    const damaged = structuredClone(stored);
    damaged.files[5] = 1e6; // a.yaml's findings start past the end
    damaged.strings = damaged.strings.map((text) => (text.startsWith('[') ? '[broken' : text)); // every stored path unparseable
    writeFileSync(file, JSON.stringify(damaged));
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    writeFileSync(file, JSON.stringify({ ...stored, endianness: stored.endianness === 'LE' ? 'BE' : 'LE' }));
    expect((await lintPaths(['d'], options(cwd))).results).toEqual(fresh.results);
    // Both runs rewrote the cache, which is whole again.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(stored);
  });
});
