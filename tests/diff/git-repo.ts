import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../temp-dir.js';

/** Runs git in a folder, with no user or system configuration that could get in the way. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' },
  });
}

/** Writes files (a null content deletes the file). */
export function writeFiles(root: string, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    if (content === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
}

/** A temporary git repository with one commit of the given files; returns its folder. */
export function repositoryWith(files: Record<string, string>): string {
  const root = tempDir();
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'config', 'user.name', 'Design Reviewer');
  git(root, 'config', 'user.email', 'reviewer@example.com');
  git(root, 'config', 'commit.gpgsign', 'false');
  writeFiles(root, files);
  commitAll(root, 'base');
  return root;
}

export function commitAll(root: string, message: string): void {
  git(root, 'add', '--all');
  git(root, 'commit', '--quiet', '--allow-empty', '-m', message);
}
