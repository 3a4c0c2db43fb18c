import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReports, reportPath, writeReports } from '../../src/report/write.js';
import { tempDir } from '../temp-dir.js';

describe('report files', () => {
  it('go only directly into the report folder, under names made from ids', () => {
    const dir = tempDir();
    expect(reportPath(dir, 'netflix-recommendations.md')).toBe(join(dir, 'netflix-recommendations.md'));
    expect(reportPath(dir, 'a-architecture.svg')).toBe(join(dir, 'a-architecture.svg'));
    for (const name of ['../x.md', 'a/b.md', '/etc/passwd', 'X.md', '.md', '-a.md', 'a.html', 'a.md/', 'a..md', '']) {
      expect(() => reportPath(dir, name), name).toThrow(`refusing to write \`${name}\`: not a report file name`);
    }
  });

  it('are written atomically, leaving no temporary file, and unchanged files are not rewritten', () => {
    const dir = join(tempDir(), 'reports');
    const files = new Map([
      ['a.md', '# A\n'],
      ['index.md', '# Index\n'],
    ]);
    expect(writeReports(dir, files)).toEqual({ written: ['a.md', 'index.md'], unchanged: [] });
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'index.md']);
    expect(writeReports(dir, new Map([...files, ['a.md', '# A2\n']]))).toEqual({ written: ['a.md'], unchanged: ['index.md'] });
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('# A2\n');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'index.md']);
  });

  it('replace a symbolic link in the folder instead of writing through it', () => {
    const root = tempDir({ 'outside.txt': 'keep me\n', 'reports/.keep': '' });
    symlinkSync(join(root, 'outside.txt'), join(root, 'reports', 'a.md'));
    writeReports(join(root, 'reports'), new Map([['a.md', '# A\n']]));
    expect(readFileSync(join(root, 'outside.txt'), 'utf8')).toBe('keep me\n');
    expect(lstatSync(join(root, 'reports', 'a.md')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(root, 'reports', 'a.md'), 'utf8')).toBe('# A\n');
  });

  it('refuse a report folder that is a file', () => {
    const root = tempDir({ 'reports': 'a file' });
    expect(() => writeReports(join(root, 'reports'), new Map([['a.md', '']]))).toThrow(
      'cannot write reports to `' + join(root, 'reports') + '`: it is not a folder',
    );
  });

  it('are checked without writing: stale and missing ones are listed; images only have to exist', () => {
    const dir = tempDir({ 'a.md': '# A\n', 'b.md': '# old\n', 'c-architecture.svg': '<svg/>' });
    const files = new Map([
      ['a.md', '# A\n'],
      ['b.md', '# B\n'],
      ['c.md', '# C\n'],
    ]);
    expect(checkReports(dir, files, ['c-architecture.svg', 'c-readiness.svg'])).toEqual({
      stale: ['b.md'],
      missing: ['c.md', 'c-readiness.svg'],
    });
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md', 'c-architecture.svg']);
    expect(checkReports(join(dir, 'nothing-here'), files)).toEqual({ stale: [], missing: ['a.md', 'b.md', 'c.md'] });
    expect(existsSync(join(dir, 'nothing-here'))).toBe(false);
    writeFileSync(join(dir, 'b.md'), '# B\n');
  });
});
