import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DesignReview } from '../../src/diff/index.js';
import { runCli } from '../cli/run-cli.js';
import { tablesOf } from '../format/markdown-parse.js';
import { tempDir } from '../temp-dir.js';
import { commitAll, git, repositoryWith, writeFiles } from './git-repo.js';
import { runInProcess } from '../cli/run-cli.js';

const RECS = readFileSync(new URL('../../designs/netflix-recommendations.yaml', import.meta.url), 'utf8');
const FRAUD = readFileSync(new URL('../../designs/fraud-detection.yaml', import.meta.url), 'utf8');
const TAX = readFileSync(new URL('../../designs/tax-calculation.yaml', import.meta.url), 'utf8');

const run = runInProcess;

async function review(args: string[], cwd: string): Promise<{ code: number; review: DesignReview }> {
  const result = await run(['diff', ...args, '--format', 'json'], cwd);
  expect(result.stderr).toBe('');
  return { code: result.code, review: JSON.parse(result.stdout) as DesignReview };
}

/** The recommendations design with its p99 SLO loosened and one alert removed. */
const LOOSENED = RECS.replace('latency_p99: 200ms', 'latency_p99: 300ms').replace('    - Error rate > 1% for 5 min pages on-call\n', '');

describe('mlsys-lint diff', () => {
  it('reports an SLO loosened (old → new), the alert it left stale and a monitor removed, and exits 1 on the new error it ' +
    'brings', async () => {
    expect(LOOSENED).not.toBe(RECS);
    const repo = repositoryWith({ 'designs/recs.yaml': RECS, 'designs/fraud.yaml': FRAUD });
    writeFiles(repo, { 'designs/recs.yaml': LOOSENED });
    commitAll(repo, 'loosen');

    const markdown = await run(['diff', 'HEAD~1'], repo);
    expect(markdown.code).toBe(1);
    expect(markdown.stderr).toBe('');
    const tables = tablesOf(markdown.stdout);
    expect(tables[0]).toEqual([
      ['Design', 'Change', 'New errors', 'New warnings', 'Fixed'],
      ['netflix-recommendations', 'modified', '1', '1', '0'],
    ]);
    expect(markdown.stdout).toContain('### SLOs\n\n- `deployment.slo.latency_p99` **loosened**: 200ms → 300ms\n');
    expect(markdown.stdout).toContain(
      '### Stale alerts (1)\n\n- `monitoring.alerts[0]` (p99 latency > 200ms for 5 min pages on-call) fires at `p99 > 200ms`, but ' +
        '`deployment.slo.latency_p99` is now 300ms (was 200ms): the unchanged alert is **tighter** than the SLO it guards — update one ' +
        'of them\n',
    );
    expect(markdown.stdout).toContain('### Monitors\n\n- **Removed** from `monitoring.alerts`: Error rate > 1% for 5 min pages on-call\n');
    expect(markdown.stdout).toMatch(/### Findings introduced \(\d+\)/);
    expect(markdown.stdout).toContain('serving/slo-consistency');

    const { code, review: json } = await review(['HEAD~1'], repo);
    expect(code).toBe(1);
    expect(json.base.revision).toBe('HEAD~1');
    expect(json.base.commit).toBe(git(repo, 'rev-parse', 'HEAD~1').trim());
    const [fraud, recs] = json.designs;
    expect(fraud).toMatchObject({ id: 'fraud-detection', status: 'unchanged', introduced: [], fixed: [] });
    expect(recs).toMatchObject({
      id: 'netflix-recommendations',
      status: 'modified',
      basePath: 'designs/recs.yaml',
      headPath: 'designs/recs.yaml',
    });
    expect(recs!.slos).toEqual([
      { path: 'deployment.slo.latency_p99', kind: 'duration', before: '200ms', after: '300ms', change: 'loosened' },
    ]);
    expect(recs!.monitors).toEqual({ added: [], removed: [{ category: 'alerts', text: 'Error rate > 1% for 5 min pages on-call' }] });
    expect(recs!.introduced.filter((finding) => finding.severity === 'error')).toEqual([
      expect.objectContaining({ ruleId: 'serving/slo-consistency', path: 'deployment.slo.latency_p99' }),
    ]);
    expect(recs!.introduced.filter((finding) => finding.severity === 'warn')).toEqual([
      expect.objectContaining({ ruleId: 'monitoring/alert-slo', path: 'monitoring.alerts[0]' }),
    ]);
    expect(recs!.staleAlerts).toEqual([
      {
        path: 'monitoring.alerts[0]',
        text: 'p99 latency > 200ms for 5 min pages on-call',
        condition: 'p99 > 200ms',
        slo: 'deployment.slo.latency_p99',
        before: '200ms',
        after: '300ms',
        direction: 'tighter',
      },
    ]);
    expect(json.totals).toMatchObject({ changedDesigns: 1, introducedErrors: 1, introducedWarnings: 1, fixed: 0 });
  });

  it('exits 0 when nothing new is an error, and reports tightened targets', async () => {
    const repo = repositoryWith({ 'designs/recs.yaml': RECS });
    writeFiles(repo, {
      'designs/recs.yaml': RECS.replace('latency_p50: 50ms', 'latency_p50: 40ms')
        .replace('availability: 99.9%', 'availability: 99.5%')
        .replace('throughput: 10K rps', 'throughput: 20K rps'),
    });
    const { code, review: json } = await review(['HEAD'], repo);
    expect(code).toBe(0);
    expect(json.designs[0]!.slos.map((slo) => [slo.path, slo.before, slo.after, slo.change])).toEqual([
      ['deployment.slo.latency_p50', '50ms', '40ms', 'tightened'],
      ['deployment.slo.throughput', '10K rps', '20K rps', 'tightened'],
      ['deployment.slo.availability', '99.9%', '99.5%', 'loosened'],
    ]);
  });

  it('lists the new cross-field findings like any other: an alert fixed, a fallback removed under 99.99% as an error', async () => {
    const repo = repositoryWith({ 'designs/recs.yaml': LOOSENED, 'designs/fraud.yaml': FRAUD });
    writeFiles(repo, {
      'designs/recs.yaml': LOOSENED.replace('p99 latency > 200ms for 5 min', 'p99 latency > 300ms for 5 min'),
      'designs/fraud.yaml': FRAUD.replace(/^ {2}fallback: .*\n/m, ''),
    });
    const { code, review: json } = await review(['HEAD'], repo);
    expect(code).toBe(1);
    const [fraud, recs] = json.designs;
    expect(fraud!.introduced).toEqual([
      expect.objectContaining({ ruleId: 'serving/fallback', severity: 'error', path: 'deployment.fallback' }),
    ]);
    expect(recs!.fixed).toEqual([
      expect.objectContaining({ ruleId: 'monitoring/alert-slo', severity: 'warn', path: 'monitoring.alerts[0]' }),
    ]);
    expect([recs!.introduced, recs!.staleAlerts]).toEqual([[], []]);
  });

  it('reports an alert left stale by a nested latency target or an availability change, but not one edited with it', async () => {
    const base =
      'mlsys: 1\nname: Small\nid: small\ndeployment:\n  slo:\n    latency: {p95: 150ms}\n    availability: 99.9%\nmonitoring:\n  ' +
        'alerts:\n    - Latency p95 above 150 ms\n    - availability < 99.9% over 1h\n';
    const repo = repositoryWith({ 'designs/small.yaml': base });
    writeFiles(repo, {
      'designs/small.yaml': base.replace('p95: 150ms', 'p95: 120ms').replace('availability: 99.9%', 'availability: 99.95%'),
    });
    const { review: json } = await review(['HEAD'], repo);
    expect(json.designs[0]!.slos).toEqual([
      { path: 'deployment.slo.latency.p95', kind: 'duration', before: '150ms', after: '120ms', change: 'tightened' },
      { path: 'deployment.slo.availability', kind: 'percentage', before: '99.9%', after: '99.95%', change: 'tightened' },
    ]);
    expect(
      json.designs[0]!.staleAlerts.map((alert) => [alert.path, alert.condition, alert.slo, alert.before, alert.after, alert.direction]),
    ).toEqual([
      ['monitoring.alerts[0]', 'p95 > 150 ms', 'deployment.slo.latency.p95', '150ms', '120ms', 'looser'],
      ['monitoring.alerts[1]', 'availability < 99.9%', 'deployment.slo.availability', '99.9%', '99.95%', 'looser'],
    ]);
    const markdown = (await run(['diff', 'HEAD'], repo)).stdout;
    expect(markdown).toContain('### Stale alerts (2)');

    // The alert rewritten in the same change is the author's decision: lint still reports it, the review does not call it stale.
    writeFiles(repo, {
      'designs/small.yaml': base.replace('p95: 150ms', 'p95: 120ms').replace('Latency p95 above 150 ms', 'Latency p95 above 100 ms'),
    });
    const edited = (await review(['HEAD'], repo)).review.designs[0]!;
    expect(edited.staleAlerts).toEqual([]);
    expect(edited.introduced).toEqual([expect.objectContaining({ ruleId: 'monitoring/alert-slo', path: 'monitoring.alerts[0]' })]);
  });

  it('matches findings by rule and data path, not by line', async () => {
    const sparse = 'mlsys: 1\nname: Sparse\nid: sparse\nowners: [team]\n';
    const repo = repositoryWith({ 'designs/sparse.yaml': sparse });
    writeFiles(repo, { 'designs/sparse.yaml': `# a comment that moves every line\n\n${sparse}summary: Now with a summary\n` });
    const { code, review: json } = await review(['HEAD'], repo);
    expect(code).toBe(0);
    expect(json.designs[0]).toMatchObject({ status: 'modified', introduced: [], fixed: [] });
  });

  it('lists findings fixed, steps added and removed, and verdict, approach and status changes', async () => {
    const base =
      'mlsys: 1\nname: Small\nid: small\nstatus: draft\napproach: ml\nproblem: {has_patterns: true, data_size: large, rule_complexity: ' +
        'high, needs_generalization: true}\nmonitoring:\n  alerts: [page on-call]\n';
    const head =
      'mlsys: 1\nname: Small\nid: small\nstatus: in-review\napproach: traditional\nproblem: {has_patterns: false, data_size: small, ' +
        'rule_complexity: low, needs_generalization: false}\nowners: [team]\nrequirements:\n  business_goal: Save money\n';
    const repo = repositoryWith({ 'designs/small.yaml': base });
    writeFiles(repo, { 'designs/small.yaml': head });
    const { review: json } = await review(['HEAD'], repo);
    const [small] = json.designs;
    expect(small!.designStatus).toEqual({ before: 'draft', after: 'in-review' });
    expect(small!.approach).toEqual({ before: 'ml', after: 'traditional' });
    expect(small!.verdict).toEqual({
      before: { recommendation: 'ml', mlScore: 8, traditionalScore: 0 },
      after: { recommendation: 'traditional', mlScore: 0, traditionalScore: 6 },
    });
    expect(small!.steps).toEqual({ added: ['requirements'], removed: ['monitoring'] });
    expect(small!.fixed.map((finding) => finding.ruleId)).toContain('meta/owners');
    expect(small!.introduced.map((finding) => finding.ruleId)).toContain('monitoring/alerts');
    const markdown = (await run(['diff', 'HEAD'], repo)).stdout;
    expect(markdown).toContain('**Approach:** `ml` → `traditional`');
    expect(markdown).toContain('**Should we use ML?** `ml` (ML 8 : 0 traditional) → `traditional` (ML 0 : 6 traditional)');
    expect(markdown).toContain('- **Added:** 1. Clarify Requirements');
    expect(markdown).toContain('- **Removed:** 7. Monitoring');
    expect(markdown).toMatch(/### Findings fixed \(\d+\)/);
  });

  it('handles added, deleted and renamed designs, matching designs by id', async () => {
    const repo = repositoryWith({ 'designs/recs.yaml': RECS, 'designs/tax.yaml': TAX });
    mkdirSync(join(repo, 'designs/recommendations'));
    git(repo, 'mv', 'designs/recs.yaml', 'designs/recommendations/home.yaml');
    git(repo, 'rm', '--quiet', 'designs/tax.yaml');
    // A new design, not even staged: the working tree is what counts.
    writeFiles(repo, { 'designs/fraud.yaml': FRAUD });
    const { code, review: json } = await review(['HEAD'], repo);
    expect(code).toBe(0);
    expect(json.designs.map((design) => [design.id, design.status, design.basePath ?? null, design.headPath ?? null])).toEqual([
      ['fraud-detection', 'added', null, 'designs/fraud.yaml'],
      ['netflix-recommendations', 'renamed', 'designs/recs.yaml', 'designs/recommendations/home.yaml'],
      ['tax-calculation', 'deleted', 'designs/tax.yaml', null],
    ]);
    const renamed = json.designs[1]!;
    expect([renamed.introduced, renamed.fixed, renamed.slos, renamed.textChanged]).toEqual([[], [], [], false]);
    const markdown = (await run(['diff', 'HEAD'], repo)).stdout;
    expect(markdown).toContain('`designs/recs.yaml` → `designs/recommendations/home.yaml`');
    expect(markdown).toContain('Only the file moved; its content did not change.');
    expect(markdown).toMatch(/## `tax-calculation` \(deleted\)/);
  });

  it('compares only findings when a design stops parsing', async () => {
    const repo = repositoryWith({ 'designs/recs.yaml': RECS });
    writeFiles(repo, { 'designs/recs.yaml': `${RECS}\n  bad: [indentation\n` });
    const { code, review: json } = await review(['HEAD'], repo);
    expect(code).toBe(1);
    expect(json.designs[0]).toMatchObject({ comparable: false, unparsable: ['head'], slos: [], steps: { added: [], removed: [] } });
    expect(json.designs[0]!.introduced[0]!.ruleId).toBe('yaml/syntax');
    expect((await run(['diff', 'HEAD'], repo)).stdout).toContain(
      'The design does not parse in the working tree, so only its findings are compared.',
    );
  });

  it('works from a subfolder with paths relative to it', async () => {
    const repo = repositoryWith({ 'team/designs/recs.yaml': RECS, 'other/designs/fraud.yaml': FRAUD });
    writeFiles(repo, { 'team/designs/recs.yaml': LOOSENED, 'other/designs/fraud.yaml': FRAUD.replace('mlsys: 1', 'mlsys: 1\n# edited') });
    const { review: json } = await review(['HEAD', 'designs'], join(repo, 'team'));
    expect(json.designs.map((design) => [design.id, design.headPath])).toEqual([['netflix-recommendations', 'designs/recs.yaml']]);
    expect(json.designs[0]!.slos[0]!.change).toBe('loosened');
    const globbed = await review(['HEAD', '**/designs/*.yaml'], repo);
    expect(globbed.review.designs.map((design) => design.headPath)).toEqual(['other/designs/fraud.yaml', 'team/designs/recs.yaml']);
  });

  it('says when nothing changed', async () => {
    const repo = repositoryWith({ 'designs/recs.yaml': RECS });
    const result = await run(['diff', 'HEAD'], repo);
    expect(result).toEqual({ code: 0, stdout: expect.stringContaining('✅ No design changed (1 design compared).') as string, stderr: '' });
  });

  it('exits 2 with a clear message for an unknown BASE, e.g. in a shallow clone', async () => {
    const repo = repositoryWith({ 'designs/recs.yaml': RECS });
    writeFiles(repo, { 'designs/recs.yaml': LOOSENED });
    commitAll(repo, 'second');
    const clone = tempDir();
    git(clone, 'clone', '--quiet', '--depth', '1', `file://${repo}`, 'shallow');
    const result = await run(['diff', 'HEAD~1'], join(clone, 'shallow'));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^mlsys-lint: unknown git revision `HEAD~1`.*shallow clone.*fetch-depth: 0/);
    expect((await run(['diff', 'no-such-branch'], repo)).code).toBe(2);
    expect((await run(['diff', '--', '--upload-pack=evil'], repo)).code).toBe(2);
  });

  it('exits 2 outside a git repository, without BASE, and for paths that name nothing', async () => {
    const outside = await run(['diff', 'HEAD'], tempDir({ 'designs/recs.yaml': RECS }));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/not inside a git repository/);
    const repo = repositoryWith({ 'designs/recs.yaml': RECS });
    expect((await run(['diff'], repo)).stderr).toMatch(/diff needs the git revision/);
    const nothing = await run(['diff', 'HEAD', 'nowhere/'], repo);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/`nowhere\/` names no design/);
    expect((await run(['diff', 'HEAD', '-f', 'xml'], repo)).code).toBe(2);
  });

  it('runs as the built binary and writes -o atomically', () => {
    const repo = repositoryWith({ 'designs/recs.yaml': RECS });
    writeFiles(repo, { 'designs/recs.yaml': LOOSENED });
    const result = runCli(['diff', 'HEAD', '-o', 'review.md'], { cwd: repo });
    expect([result.code, result.stdout, result.stderr]).toEqual([1, '', '']);
    expect(readFileSync(join(repo, 'review.md'), 'utf8')).toMatch(/^# Design review: `HEAD` \([0-9a-f]{12}\) → working tree\n/);
  });
});
