import type { FileResult } from '../types.js';
import { applyFixes, type FixFilter } from './apply-fixes.js';

/** Most fix passes over one text: each pass lints again, so a fix that another one blocked gets its turn. */
export const MAX_FIX_PASSES = 10;

export interface FixedText {
  /** The text after every pass; the input when no fix applied. */
  text: string;
  /** The findings of the last lint, on `text`: what remains. */
  result: FileResult;
  /** How many fixes were applied over all passes. */
  applied: number;
}

/**
 * Applies fixes until none applies (at most {@link MAX_FIX_PASSES} passes), linting the text
 * again after each pass, as ESLint's `--fix` does. `result` is the lint of `text` when the
 * caller has it already. A pass that would leave the file with more fatal problems than
 * before (fixes that clash, each fine alone) is undone and ends the loop.
 */
export function fixText(text: string, lint: (text: string) => FileResult, filter: FixFilter, result: FileResult = lint(text)): FixedText {
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixed = applyFixes(text, result.findings, filter);
    if (fixed.applied === 0) break;
    const next = lint(fixed.text);
    if (next.fatalErrorCount > result.fatalErrorCount) break;
    text = fixed.text;
    result = next;
    applied += fixed.applied;
  }
  return { text, result, applied };
}
