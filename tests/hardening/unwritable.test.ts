import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError } from '../../src/errors.js';
import { makeDirectory, writeFileAtomic } from '../../src/util/write-atomic.js';
import { runInProcess } from '../cli/run-cli.js';
import { tempDir } from '../temp-dir.js';

const DESIGN = 'mlsys: 1\nname: Somewhere\n';

describe('a destination that cannot be written', () => {
  it('is a one-line error naming the file and why, for output and reports', async () => {
    const cwd = tempDir({ 'designs/a.yaml': DESIGN, 'in-the-way': 'a file' });
    const output = await runInProcess(['designs/', '-o', 'in-the-way/out.txt'], cwd);
    expect({ code: output.code, stderr: output.stderr }).toEqual({
      code: 2,
      stderr: `mlsys-lint: cannot write \`${cwd}/in-the-way/out.txt\`: a part of its path is a file, not a folder\n`,
    });
    const report = await runInProcess(['report', 'designs/', '-o', 'in-the-way/reports'], cwd);
    expect({ code: report.code, stderr: report.stderr }).toEqual({
      code: 2,
      stderr: `mlsys-lint: cannot write \`${cwd}/in-the-way/reports\`: a part of its path is a file, not a folder\n`,
    });
  });

  it('leaves --cache results standing, with a warning', async () => {
    const cwd = tempDir({ 'designs/a.yaml': `${DESIGN}bogus: 1\n`, 'in-the-way': 'a file' });
    const reference = await runInProcess(['designs/', '-f', 'json'], cwd);
    const cached = await runInProcess(['designs/', '-f', 'json', '--cache', '--cache-location', 'in-the-way/cache/'], cwd);
    expect(cached).toEqual({
      ...reference,
      stderr: `mlsys-lint: warning: the cache was not saved: cannot write \`${cwd}/in-the-way/cache/lint-cache\`: a part of its path is ` +
        `a file, not a folder\n`,
    });
    expect(readFileSync(join(cwd, 'in-the-way'), 'utf8')).toBe('a file');
  });

  // Node's own recursive mkdirSync never returns there.
  it.runIf(existsSync('/proc/self'))('gives up on a folder under /proc instead of looping', () => {
    const started = Date.now();
    expect(() => makeDirectory('/proc/mlsys-lint-nope/deeper')).toThrow(
      new WriteError('cannot write `/proc/mlsys-lint-nope/deeper`: a folder on its path cannot be created'),
    );
    expect(() => writeFileAtomic('/proc/mlsys-lint-nope/lint-cache', 'x')).toThrow(WriteError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('creates missing folders, and accepts ones that are there', () => {
    const cwd = tempDir();
    makeDirectory(join(cwd, 'a', 'b', 'c'));
    makeDirectory(join(cwd, 'a', 'b'));
    writeFileAtomic(join(cwd, 'a', 'x', 'file.txt'), 'text');
    expect(readFileSync(join(cwd, 'a', 'x', 'file.txt'), 'utf8')).toBe('text');
    expect(existsSync(join(cwd, 'a', 'b', 'c'))).toBe(true);
  });
});
