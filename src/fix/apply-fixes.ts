import type { Finding, TextEdit } from '../types.js';

/** Which findings' fixes to apply: all, or those whose rule is in one of these groups. */
export type FixFilter = (finding: Finding) => boolean;

export interface AppliedFixes {
  text: string;
  /** How many fixes were applied. */
  applied: number;
}

/**
 * Applies the fixes of the findings that pass `filter` to `text`, in file order, skipping a
 * fix that overlaps or touches one already applied (the next pass, after linting again,
 * gets it), as ESLint's fixer does. Suggestions are never applied here.
 */
export function applyFixes(text: string, findings: readonly Finding[], filter: FixFilter = () => true): AppliedFixes {
  const fixes: TextEdit[] = [];
  for (const finding of findings) if (finding.fix && filter(finding)) fixes.push(finding.fix);
  if (fixes.length === 0) return { text, applied: 0 };
  fixes.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let last = -1;
  let applied = 0;
  for (const fix of fixes) {
    // Touching counts as overlapping: two insertions at one place would be ordered by chance.
    if (fix.range[0] <= last) continue;
    output += text.slice(Math.max(last, 0), fix.range[0]) + fix.text;
    last = fix.range[1];
    applied++;
  }
  output += text.slice(Math.max(last, 0));
  return { text: output, applied };
}

/** A `--fix-type` list as a filter: the rule id's group (the part before `/`) must be one of `groups`. */
export function fixTypeFilter(groups: readonly string[] | undefined): FixFilter {
  if (groups === undefined) return () => true;
  const wanted = new Set(groups);
  return (finding) => finding.ruleId !== null && wanted.has(finding.ruleId.split('/')[0]!);
}
