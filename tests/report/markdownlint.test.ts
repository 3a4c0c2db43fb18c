import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/report/index.js';
import { writeReports } from '../../src/report/write.js';
import { tempDir } from '../temp-dir.js';
import { HOSTILE, ROOT, reportOptions } from './options.js';

const MARKDOWNLINT = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/** Runs markdownlint-cli2 with the repository's committed configuration (only MD013 is off). */
function markdownlint(cwd: string, globs: string[]) {
  const result = spawnSync(process.execPath, [MARKDOWNLINT, '--config', join(ROOT, '.markdownlint.jsonc'), ...globs], {
    cwd,
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('reports pass markdownlint', () => {
  it('for the example designs and for hostile ones, with Mermaid blocks or with SVG images', async () => {
    const dir = tempDir();
    writeReports(join(dir, 'mermaid'), (await buildReports(['designs/', HOSTILE], reportOptions())).files);
    writeReports(join(dir, 'svg'), (await buildReports(['designs/', HOSTILE], reportOptions({ svg: true }))).files);
    const { code, output } = markdownlint(dir, ['mermaid/*.md', 'svg/*.md']);
    expect(output).toContain('Linting: 20 file(s)');
    expect(output).toContain('Summary: 0 error(s)');
    expect(code).toBe(0);
  });

  it('for the committed docs/reports and this guide', () => {
    const { code, output } = markdownlint(ROOT, ['docs/reports/*.md', 'docs/reports.md']);
    expect(output).toContain('Summary: 0 error(s)');
    expect(code).toBe(0);
  });

  it('and markdownlint does catch what it should (the check is not vacuous)', () => {
    const dir = tempDir({ 'bad.md': '# One\n\n### Skipped a level\n\n<b>html</b>\n' });
    const { code, output } = markdownlint(dir, ['bad.md']);
    expect(code).toBe(1);
    expect(output).toContain('MD001');
    expect(output).toContain('MD033');
  });
});
