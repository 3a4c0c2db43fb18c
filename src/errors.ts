/** A mistake in how the tool was called (unknown flag, missing path): one line on stderr, exit code 2. */
export class UsageError extends Error {}
