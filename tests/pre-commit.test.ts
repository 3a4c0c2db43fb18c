import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfCheckout, git, ROOT } from './checkout-copy.js';
import { tempDir } from './temp-dir.js';

// The real pre-commit (Debian's 3.0.4 in CI, installed by .ci/run) on a temporary
// repository, with this checkout as the hook repository, as docs/ci.md shows it.

const EXAMPLE = readFileSync(join(ROOT, 'designs/netflix-recommendations.yaml'), 'utf8');
const WARNING_ONLY = EXAMPLE.replace(/^owners: .*\n/m, '');
const BROKEN = 'mlsys: 1\nname: [oops\n';

/**
 * A git repository holding this checkout's files as they are now (committed or not; no
 * dist/ or node_modules/, as in a clone): what pre-commit clones. Returns the commit.
 */
function hookRepository(repo: string): string {
  copyOfCheckout(repo);
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  // The hook's entry must be executable in the commit, as it is in this repository.
  git(repo, 'update-index', '--chmod=+x', 'bin/mlsys-lint.js');
  git(repo, 'commit', '-q', '-m', 'hook repository');
  return git(repo, 'rev-parse', 'HEAD');
}

describe('pre-commit, for real', () => {
  // Shared by the tests (tempDir's folders go after each test): one clone, as in a user's cache.
  const shared = mkdtempSync(join(tmpdir(), 'mlsys-lint-pre-commit-'));
  let rev: string;
  const hooks = join(shared, 'hooks');
  const home = join(shared, 'home');
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });

  beforeAll(() => {
    rev = hookRepository(hooks);
  });
  afterAll(() => rmSync(shared, { recursive: true, force: true }));

  const preCommit = (cwd: string, args: string[]): SpawnSyncReturns<string> =>
    spawnSync('pre-commit', args, { cwd, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1' } });

  function designRepository(files: Record<string, string>): string {
    const repo = tempDir(files);
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    return repo;
  }

  it('is installed (CI installs Debian’s pre-commit in .ci/run)', () => {
    expect(version.status, 'pre-commit is not on the PATH: apt-get install pre-commit').toBe(0);
    expect(version.stdout).toMatch(/^pre-commit \d+\.\d+\.\d+/);
  });

  it('try-repo: installs without npm in well under a minute, blocks an error, passes a clean design and warnings', () => {
    const repo = designRepository({
      'designs/clean.yaml': EXAMPLE,
      'designs/warned.yaml': WARNING_ONLY,
      'designs/broken.yaml': BROKEN,
      'other/not-a-design.yaml': BROKEN,
    });
    const started = performance.now();
    const failing = preCommit(repo, ['try-repo', hooks, 'mlsys-lint', '--ref', rev, '--all-files']);
    const firstRun = performance.now() - started;
    expect(failing.status, failing.stdout + failing.stderr).toBe(1);
    expect(failing.stdout).toMatch(/^mlsys-lint\.+Failed$/m);
    expect(failing.stdout).toContain('designs/broken.yaml');
    expect(failing.stdout).toMatch(/3:1 +error +YAML syntax error/);
    expect(failing.stdout).toContain('meta/owners');
    expect(failing.stdout).not.toContain('other/not-a-design.yaml');
    // Narrow in the hook's log: no line padded to the longest message, none with trailing spaces.
    expect(failing.stdout).toMatch(
      /^ {2}4:1 {2}warning {2}no owners: name the teams or people accountable for the system in `owners` {2}meta\/owners$/m,
    );
    expect(failing.stdout).not.toMatch(/ $/m);
    // Cloning included: nothing is installed. docs/ci.md records the time measured here.
    expect(firstRun).toBeLessThan(20_000);

    git(repo, 'rm', '-q', '--cached', 'designs/broken.yaml');
    const passing = preCommit(repo, ['try-repo', hooks, 'mlsys-lint', '--ref', rev]);
    expect(passing.status, passing.stdout + passing.stderr).toBe(0);
    expect(passing.stdout).toMatch(/^mlsys-lint\.+Passed$/m);
  });

  it('from .pre-commit-config.yaml with a git URL and a commit, as a git hook: an error blocks the commit, warnings do not', () => {
    const config = `repos:\n  - repo: file://${hooks}\n    rev: ${rev}\n    hooks:\n      - id: mlsys-lint\n`;
    const repo = designRepository({ '.pre-commit-config.yaml': config, 'designs/warned.yaml': WARNING_ONLY });
    const installed = preCommit(repo, ['install']);
    expect(installed.status, installed.stderr).toBe(0);
    const commit = (message: string) =>
      spawnSync(
        'git',
        ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message],
        {
          cwd: repo,
          encoding: 'utf8',
          env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1' },
        },
      );

    const warned = commit('a design with a warning');
    expect(warned.status, warned.stdout + warned.stderr).toBe(0);
    expect(warned.stdout + warned.stderr).toMatch(/mlsys-lint\.+Passed/);

    writeFileSync(join(repo, 'designs/broken.yaml'), BROKEN);
    git(repo, 'add', 'designs/broken.yaml');
    const blocked = commit('a broken design');
    expect(blocked.status).toBe(1);
    expect(blocked.stdout + blocked.stderr).toMatch(/mlsys-lint\.+Failed/);
    expect(git(repo, 'log', '--format=%s')).toBe('a design with a warning');
  });
});
