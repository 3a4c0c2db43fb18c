import { resolve } from 'node:path';
import { ConfigResolver } from '../config/index.js';
import { lintLoadedDesigns, type LintOptions } from '../engine/lint-files.js';
import type { RuleCrash } from '../engine/findings-for-design.js';
import { decodeDesignBytes, loadDesign, unreadableDesign } from '../load/index.js';
import { RULES } from '../rules/index.js';
import type { FileResult } from '../types.js';

/** The name a design read from standard input goes by when `--stdin-filename` names none. */
export const STDIN_NAME = '<stdin>';

/** All of the process's standard input, as bytes. */
export async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface StdinRun {
  /** Empty when the config's `ignore` globs exclude the file it poses as. */
  results: FileResult[];
  crashes: RuleCrash[];
  warnings: string[];
}

/**
 * Lints bytes read from standard input as if they were the file `filePath` (relative to
 * `options.cwd`): its config, overrides and ignore globs apply, and the bytes pass the
 * checks a file's do (size limit, encoding) before the text is linted (docs/cli.md, `--stdin`).
 */
export function lintStandardInput(bytes: Uint8Array, filePath: string, options: LintOptions): StdinRun {
  const absolute = resolve(options.cwd, filePath);
  if (new ConfigResolver(options.rules ?? RULES, options).isIgnored(absolute)) {
    return {
      results: [],
      crashes: [],
      warnings: [`\`${filePath}\`: File ignored because of a matching ignore pattern (\`ignore\` in the config file)`],
    };
  }
  const decoded =
    bytes.length > options.maxFileSize
      ? { problem: `standard input is ${bytes.length} bytes, more than the limit of ${options.maxFileSize} (--max-file-size)` }
      : decodeDesignBytes(bytes);
  const design = 'problem' in decoded ? unreadableDesign(absolute, decoded.problem) : loadDesign(absolute, decoded.text);
  return { ...lintLoadedDesigns([design], options), warnings: [] };
}
