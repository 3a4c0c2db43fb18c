import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

export default async function diffCommand(_args: string[], _io: CliIO): Promise<number> {
  throw new UsageError('`diff` is being built');
}
