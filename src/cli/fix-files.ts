import { readFileSync } from 'node:fs';
import { applyBaseline, type Baseline } from '../config/index.js';
import { lintText, resultOf, type LintOptions } from '../engine/lint-files.js';
import type { FixFilter } from '../fix/apply-fixes.js';
import { fixText } from '../fix/fix-text.js';
import { unifiedDiff } from '../fix/unified-diff.js';
import { relativePath } from '../format/paths.js';
import type { FileResult } from '../types.js';
import { writeFileAtomic } from '../util/write-atomic.js';

const UTF8_BOM = '\ufeff';

export interface FixedFiles {
  /** The results after fixing: what remains, in the order of the input. */
  results: FileResult[];
  /** With `dryRun`, a unified diff of every file that would change; '' otherwise. */
  diff: string;
  /** How many files were (or would be) changed, and how many fixes made. */
  files: number;
  fixes: number;
}

/**
 * `--fix` and `--fix-dry-run` over files: each file that has a fix the filter lets through
 * is fixed until no fix applies (src/fix/fix-text.ts), then written in place through the one
 * safe write path (atomic, mode kept; src/util/write-atomic.ts), or with `dryRun` only
 * shown as a diff. A byte-order mark is kept; a file not in UTF-8 is left alone.
 */
export function fixFiles(
  results: readonly FileResult[],
  options: LintOptions,
  filter: FixFilter,
  { dryRun, baseline, cwd }: { dryRun: boolean; baseline?: Baseline | undefined; cwd: string },
): FixedFiles {
  let diff = '';
  let files = 0;
  let fixes = 0;
  const fixed = results.map((result) => {
    if (!result.findings.some((finding) => finding.fix && filter(finding))) return result;
    const bytes = readFileSync(result.filePath);
    const raw = bytes.toString('utf8');
    // Only UTF-8 round-trips through a string unchanged; other encodings are not rewritten.
    if (!Buffer.from(raw, 'utf8').equals(bytes)) return result;
    const bom = raw.startsWith(UTF8_BOM) ? UTF8_BOM : '';
    const text = raw.slice(bom.length);
    const lint = (candidate: string): FileResult => withBaseline(lintText(candidate, result.filePath, options).result, baseline);
    const outcome = fixText(text, lint, filter, lint(text));
    if (outcome.applied === 0) return result;
    files++;
    fixes += outcome.applied;
    if (dryRun) diff += unifiedDiff(relativePath(cwd, result.filePath), text, outcome.text);
    else writeFileAtomic(result.filePath, bom + outcome.text);
    return outcome.result;
  });
  return { results: fixed, diff, files, fixes };
}

/** The result with the baseline's findings left out, as a run over paths leaves them out. */
export function withBaseline(result: FileResult, baseline: Baseline | undefined): FileResult {
  if (!baseline) return result;
  const kept = applyBaseline(result.findings, result.filePath, baseline, new Map());
  return kept.length === result.findings.length
    ? result
    : resultOf(result.filePath, kept, result.checkedRules);
}
