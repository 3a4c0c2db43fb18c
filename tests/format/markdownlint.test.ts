import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reviewDesigns, reviewTree } from '../../src/diff/index.js';
import markdown from '../../src/format/markdown-summary.js';
import { markdownOf } from '../../src/markdown-tree.js';
import { git, repositoryWith, writeFiles } from '../diff/git-repo.js';
import { tempDir } from '../temp-dir.js';
import { CONTEXT, fixtureResults } from './fixture-results.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MARKDOWNLINT = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const RECS = readFileSync(join(ROOT, 'designs/netflix-recommendations.yaml'), 'utf8');
const TAX = readFileSync(join(ROOT, 'designs/tax-calculation.yaml'), 'utf8');

/** Runs markdownlint-cli2 with the repository's configuration. */
function markdownlint(cwd: string, globs: string[]) {
  const result = spawnSync(process.execPath, [MARKDOWNLINT, '--config', join(ROOT, '.markdownlint.jsonc'), ...globs], {
    cwd,
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('Markdown output passes markdownlint', () => {
  it('the markdown format, with findings and without', () => {
    const dir = tempDir({
      'findings.md': markdown(fixtureResults(), CONTEXT),
      'clean.md': markdown([fixtureResults()[1]!], CONTEXT),
      'none.md': markdown([], CONTEXT),
    });
    const { code, output } = markdownlint(dir, ['*.md']);
    expect(output).toContain('Linting: 3 file(s)');
    expect(output).toContain('Summary: 0 error(s)');
    expect(code).toBe(0);
  });

  it('the diff review, for every kind of change', async () => {
    const repo = repositoryWith({
      'designs/recs.yaml': RECS,
      'designs/tax.yaml': TAX,
      'designs/moved.yaml': TAX.replace('id: tax-calculation', 'id: moved'),
    });
    mkdirSync(join(repo, 'designs/sub'));
    git(repo, 'mv', 'designs/moved.yaml', 'designs/sub/moved.yaml');
    writeFiles(repo, {
      'designs/recs.yaml': RECS.replace('latency_p99: 200ms', 'latency_p99: 300ms')
        .replace('status: approved', 'status: draft')
        .replace('approach: ml', 'approach: hybrid'),
      'designs/tax.yaml': null,
      'designs/new.yaml': 'mlsys: 1\nname: New | *one* <b>\n',
      'designs/broken.yaml': 'mlsys: 1\nname: [oops\n',
    });
    const changed = await reviewDesigns('HEAD', ['designs/'], { cwd: repo, useConfigFiles: false, cliRules: new Map() });
    const unchanged = await reviewDesigns('HEAD', ['designs/sub/'], { cwd: repo, useConfigFiles: false, cliRules: new Map() });
    const dir = tempDir();
    writeFileSync(join(dir, 'changed.md'), markdownOf(reviewTree(changed.review)));
    writeFileSync(
      join(dir, 'unchanged.md'),
      markdownOf(reviewTree({ ...unchanged.review, designs: unchanged.review.designs.filter((design) => design.status === 'unchanged') })),
    );
    const { code, output } = markdownlint(dir, ['*.md']);
    expect(output).toContain('Linting: 2 file(s)');
    expect(output).toContain('Summary: 0 error(s)');
    expect(code).toBe(0);
  });

  it('the README and the guides', () => {
    const { code, output } = markdownlint(ROOT, ['docs/cli.md', 'docs/ci.md', 'README.md', 'docs/robustness.md', 'docs/editors.md']);
    expect(output).toContain('Summary: 0 error(s)');
    expect(code).toBe(0);
  });
});
