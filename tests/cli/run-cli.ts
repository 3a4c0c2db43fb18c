import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/mlsys-lint.js', import.meta.url));

/** Runs the built binary, as users do. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command line in-process (faster than the binary) and collects what it prints. */
export async function runInProcess(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  // Output made of stored pieces comes as UTF-8 bytes.
  const io = {
    stdout: (text: string | Uint8Array) => void (stdout += typeof text === 'string' ? text : Buffer.from(text).toString('utf8')),
    stderr: (text: string) => void (stderr += text),
    cwd,
    env: {},
    stdoutIsTTY: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
