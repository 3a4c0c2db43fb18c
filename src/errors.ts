/** A mistake in how the tool was called (unknown flag, missing path): one line on stderr, exit code 2. */
export class UsageError extends Error {}

/**
 * A file or folder that cannot be written (no permission, a read-only or full disk, a file in
 * the way): one line on stderr, exit code 2.
 */
export class WriteError extends UsageError {}

/** A configuration problem, with the config file's own position. Always exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly filePath: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${filePath}:${line}:${column}: ${reason}`);
  }
}
