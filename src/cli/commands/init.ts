import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

export default async function initCommand(_args: string[], _io: CliIO): Promise<number> {
  throw new UsageError('`init` is being built');
}
