import { createRequire } from 'node:module';

// Loaded when asked: only SARIF output needs git, and every run pays for what it imports.
const require = createRequire(import.meta.url);

/**
 * The folder SARIF uris are relative to: the top level of the git repository the
 * working directory is in (`git rev-parse --show-toplevel`), so that code scanning finds
 * the files whatever folder mlsys-lint ran from; the working directory itself outside a
 * repository or without git.
 */
export function sourceRoot(cwd: string): string {
  try {
    const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    return top === '' ? cwd : top;
  } catch {
    return cwd;
  }
}
