import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { BIN } from '../cli/run-cli.js';

/** Whether tests can run commands as the unprivileged user `nobody` (they run as root). */
export const CAN_RUN_AS_NOBODY = process.getuid?.() === 0 && spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;

/** Whether this process is root (it can make device nodes in a temporary folder). */
export const IS_ROOT = process.getuid?.() === 0;

/** Runs the built binary (or a shell command, with $NODE and $BIN set) as `nobody` in `cwd`, made writable to everyone first. */
export function runAsNobody(args: readonly string[], cwd: string, shell?: string): { code: number | null; stdout: string; stderr: string } {
  chmodSync(cwd, 0o777);
  const command = shell;
  const result =
    command === undefined
      ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, BIN, ...args], {
          cwd,
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        })
      : spawnSync('runuser', ['-u', 'nobody', '--', 'sh', '-c', command], {
          cwd,
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NODE: process.execPath, BIN },
        });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
