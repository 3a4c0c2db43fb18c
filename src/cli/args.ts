import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly; mistakes become usage errors (exit 2), never stack traces. */
export function parseCommandArgs<T extends Options>(
  args: string[],
  options: T,
  command: string,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(
      `${message.replace(/^Unknown option/, 'unknown option')} (see \`mlsys-lint ${command === 'lint' ? '' : `${command} `}--help\`)`,
    );
  }
}

/** A whole, non-negative number from a flag. */
export function parseCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} needs a whole number, got \`${value}\``);
  return Number(value);
}
