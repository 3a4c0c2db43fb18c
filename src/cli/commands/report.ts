import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

export default async function reportCommand(_args: string[], _io: CliIO): Promise<number> {
  throw new UsageError('`report` is being built');
}
