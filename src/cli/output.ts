import { resolve } from 'node:path';
import type { NamedFile } from '../util/output-collisions.js';
import { writeFileAtomic, type OutputContent } from '../util/write-atomic.js';
import type { CliIO } from './io.js';

/** An output file argument that means standard output, for every command (`-o -`, `-f json:-`). */
export const STDOUT = '-';

/**
 * Writes an output: to standard output for `-`, else to the file through the one safe write
 * path (src/util/write-atomic.ts). Output in parts waits for standard output to take each
 * part it queued (a pipe read more slowly than the output is made): otherwise the whole
 * output would be queued in memory, as fresh pages of its own (docs/performance.md,
 * "Output as fast as it is read").
 */
export async function writeOutput(io: CliIO, file: string, content: OutputContent): Promise<void> {
  if (file !== STDOUT) writeFileAtomic(resolve(io.cwd, file), content);
  else if (typeof content === 'string' || content instanceof Uint8Array) io.stdout(content);
  else for (const part of content) if (io.stdout(part) === false && io.drained) await io.drained();
}

/** An output file to check for collisions before writing; undefined for standard output. */
export function outputFile(label: string, file: string | undefined, io: CliIO): NamedFile | undefined {
  return file === undefined || file === STDOUT ? undefined : { label, path: resolve(io.cwd, file) };
}
