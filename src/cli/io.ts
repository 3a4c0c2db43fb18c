import { readFileSync } from 'node:fs';

/** Everything a command may touch of the outside world, so that tests can run commands in-process. */
export interface CliIO {
  /**
   * Text, or bytes as read (`--fix-dry-run --stdin` echoes input it could not decode
   * unchanged). False when the text was queued rather than taken: the writer should wait
   * for {@link drained} before writing more.
   */
  stdout(text: string | Uint8Array): boolean | void;
  /** Resolves once standard output has taken what was queued; absent where writes are never queued. */
  drained?: () => Promise<void>;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colour by default). */
  stdoutIsTTY: boolean;
  /** The terminal's width in columns, when standard output is a terminal. */
  columns?: number;
  /** All of standard input (`lint --stdin`); the process's own when absent. */
  stdin?: () => Promise<Uint8Array>;
}

/** A command: parses its own arguments and returns the exit code. */
export type Command = (args: string[], io: CliIO) => Promise<number>;

let version: string | undefined;

/** The version in package.json. */
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

/**
 * Whether to colour standard output: `--color`/`--no-color` win, then `FORCE_COLOR`
 * (which, as in Node.js itself, takes precedence over `NO_COLOR`), then `NO_COLOR`, then
 * whether the output is a terminal.
 */
export function useColor(flag: boolean | undefined, io: CliIO): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY;
}
