import { execFile } from 'node:child_process';
import { UsageError } from '../errors.js';

/** git could not do what `diff` needs: the revision is unknown, or this is not a repository. Exit code 2. */
export class GitError extends UsageError {}

interface GitOutput {
  stdout: Buffer;
  stderr: string;
}

/** Runs git with an argument list (never through a shell) and returns its output, or throws with git's own words. */
function git(args: readonly string[], cwd: string, maxBuffer = 64 * 1024 * 1024): Promise<GitOutput> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer, windowsHide: true }, (error, stdout, stderr) => {
      const errorText = stderr.toString('utf8').trim();
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') reject(new GitError('`diff` needs git, and git was not found on the PATH'));
        else
          reject(
            Object.assign(new Error(errorText || error.message), {
              gitExitCode: code,
              maxBufferExceeded: code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
            }),
          );
        return;
      }
      resolvePromise({ stdout, stderr: errorText });
    });
  });
}

/** The top folder of the repository that holds `cwd`. */
export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], cwd)).stdout.toString('utf8').trim();
  } catch (error) {
    if (error instanceof GitError) throw error;
    throw new GitError(`\`diff\` compares designs with a git revision, but ${cwd} is not inside a git repository`);
  }
}

/** The commit a revision names (a branch, tag, sha, `HEAD~1`, `origin/main`…); an unknown one is a clear error. */
export async function resolveCommit(revision: string, cwd: string): Promise<string> {
  if (revision.startsWith('-') || revision.trim() === '') throw new GitError(`\`${revision}\` is not a git revision`);
  try {
    return (await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd)).stdout.toString('utf8').trim();
  } catch (error) {
    if (error instanceof GitError) throw error;
    throw new GitError(
      `unknown git revision \`${revision}\`: no commit by that name here. In a shallow clone (GitHub Actions checks out one commit by ` +
        `default) ` +
        `the base is not fetched: use actions/checkout with \`fetch-depth: 0\`, or run \`git fetch ` +
          `origin ${revision.replace(/^origin\//, '')}\` first.`,
    );
  }
}

/** The regular files (not links or submodules) in a commit's tree, as paths from the repository root. */
export async function filesAtCommit(commit: string, root: string): Promise<string[]> {
  const { stdout } = await git(['ls-tree', '-r', '-z', '--full-tree', commit], root);
  const files: string[] = [];
  for (const entry of stdout.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && (mode === '100644' || mode === '100755')) files.push(entry.slice(tab + 1));
  }
  return files;
}

/** A file's bytes at a commit (`git show COMMIT:path`), or the reason it cannot be read. */
export async function fileAtCommit(commit: string, path: string, root: string, maxBytes: number): Promise<Buffer | { problem: string }> {
  try {
    const { stdout } = await git(['show', `${commit}:${path}`], root, maxBytes + 1);
    if (stdout.length > maxBytes) return { problem: `the file is more than the limit of ${maxBytes} bytes` };
    return stdout;
  } catch (error) {
    if (error instanceof GitError) throw error;
    if ((error as { maxBufferExceeded?: boolean }).maxBufferExceeded)
      return { problem: `the file is more than the limit of ${maxBytes} bytes` };
    return { problem: `git could not read it: ${(error as Error).message}` };
  }
}
