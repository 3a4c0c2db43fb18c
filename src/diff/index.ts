export { reviewDesigns, totalsOf, type DesignReview, type ReviewOptions, type ReviewRun, type ReviewTotals } from './review.js';
export {
  compareDesign,
  compareQuantity,
  compareSnapshots,
  matchFindings,
  pairDesigns,
  MONITOR_CATEGORIES,
  REVIEWED_QUANTITIES,
  type Change,
  type DesignChange,
  type DesignStatus,
  type MonitorItem,
  type ReviewFinding,
  type SloChange,
  type SloDirection,
  type StaleAlert,
} from './compare.js';
export { loadSnapshots, selectBaseFiles, type DesignSnapshot, type SnapshotOptions, type Snapshots } from './snapshots.js';
export { GitError, fileAtCommit, filesAtCommit, repositoryRoot, resolveCommit } from './git.js';
export { reviewTree } from './review-tree.js';
