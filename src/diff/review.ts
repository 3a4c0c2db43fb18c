import type { ConfigOptions } from '../config/index.js';
import type { RuleCrash } from '../engine/findings-for-design.js';
import { compareSnapshots, type DesignChange } from './compare.js';
import { repositoryRoot, resolveCommit } from './git.js';
import { loadSnapshots } from './snapshots.js';

/** A pull-request review of the designs: the base revision, and what changed in each design. */
export interface DesignReview {
  base: {
    /** The revision as given, e.g. `origin/main`. */
    revision: string;
    /** The commit it named. */
    commit: string;
  };
  /** Every design on either side, changed or not, by path. */
  designs: DesignChange[];
  totals: ReviewTotals;
}

export interface ReviewTotals {
  /** Designs that differ in any way (added, deleted, renamed, modified). */
  changedDesigns: number;
  introducedErrors: number;
  introducedWarnings: number;
  introducedInfos: number;
  fixed: number;
}

export interface ReviewOptions extends ConfigOptions {
  maxFileSize?: number;
}

export interface ReviewRun {
  review: DesignReview;
  /** Path arguments that named nothing on either side. */
  missing: string[];
  crashes: RuleCrash[];
}

export function totalsOf(designs: readonly DesignChange[]): ReviewTotals {
  const introduced = designs.flatMap((design) => design.introduced);
  return {
    changedDesigns: designs.filter((design) => design.status !== 'unchanged').length,
    introducedErrors: introduced.filter((finding) => finding.severity === 'error').length,
    introducedWarnings: introduced.filter((finding) => finding.severity === 'warn').length,
    introducedInfos: introduced.filter((finding) => finding.severity === 'info').length,
    fixed: designs.reduce((sum, design) => sum + design.fixed.length, 0),
  };
}

/**
 * Reviews the designs the path arguments name: each at git revision `revision` and in
 * the working tree, matched by id. Throws a {@link GitError} (exit code 2) when the
 * revision is unknown, e.g. in a shallow clone.
 */
export async function reviewDesigns(revision: string, patterns: readonly string[], options: ReviewOptions): Promise<ReviewRun> {
  const root = await repositoryRoot(options.cwd);
  const commit = await resolveCommit(revision, options.cwd);
  const snapshots = await loadSnapshots(commit, root, patterns, options);
  const designs = compareSnapshots(snapshots.base, snapshots.head);
  return {
    review: { base: { revision, commit }, designs, totals: totalsOf(designs) },
    missing: snapshots.missing,
    crashes: snapshots.crashes,
  };
}
