import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './cli/run-cli.js';
import { tempDir } from './temp-dir.js';

const DESIGNS = {
  'd/a.yaml': 'mlsys: 1\nname: A\nbogus: 1\n',
  'd/b.yaml': 'mlsys: 1\nname: B\nstatus: approved\nowners: [team]\n',
  'd/c.yaml': 'mlsys: 1\nname: C\n# mlsys-lint-disable-next-line schema/invalid\nother: 2\n',
};

describe('a cache that cannot lie', () => {
  it('drops a cache whose findings were changed in place (a severity, a count), and lints again', async () => {
    const cwd = tempDir(DESIGNS);
    const reference = await runInProcess(['d', '-f', 'json'], cwd);
    await runInProcess(['d', '-f', 'json', '--cache', '--cache-location', 'cache'], cwd);
    const bytes = readFileSync(join(cwd, 'cache'));
    // Flip a bit every 40 bytes after the format line, and the last byte: severities, counts and messages change.
    expect(bytes.toString().match(/"findings":\[\[/g)?.length).toBeGreaterThan(0);
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 1]! ^= 0xff;
    for (let at = bytes.indexOf(10) + 1; at < damaged.length; at += 40) damaged[at]! ^= 1;
    writeFileSync(join(cwd, 'cache'), damaged);
    expect(await runInProcess(['d', '-f', 'json', '--cache', '--cache-location', 'cache'], cwd)).toEqual(reference);
    expect(await runInProcess(['d', '-f', 'json', '--cache', '--cache-location', 'cache'], cwd)).toEqual(reference);
  });

  it('prints byte for byte what a run without the cache prints, whatever bytes of the cache file are changed', async () => {
    const cwd = tempDir(DESIGNS);
    const formats = ['-f', 'json', '-f', 'stylish', '-f', 'sarif:out.sarif'];
    const reference = await runInProcess(['d', ...formats], cwd);
    const referenceSarif = readFileSync(join(cwd, 'out.sarif'), 'utf8');
    await runInProcess(['d', ...formats, '--cache', '--cache-location', 'cache'], cwd);
    const good = readFileSync(join(cwd, 'cache'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        async (changes) => {
          const damaged = Buffer.from(good);
          for (const [at, flip] of changes) damaged[at]! ^= flip;
          writeFileSync(join(cwd, 'cache'), damaged);
          const cached = await runInProcess(['d', ...formats, '--cache', '--cache-location', 'cache'], cwd);
          expect(cached).toEqual(reference);
          expect(readFileSync(join(cwd, 'out.sarif'), 'utf8')).toBe(referenceSarif);
        },
      ),
      { numRuns: 60 },
    );
  });
});
