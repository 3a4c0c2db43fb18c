import type { Rule } from '../define-rule.js';
import availability from './availability.js';
import batchLatency from './batch-latency.js';
import cost from './cost.js';
import fallback from './fallback.js';
import latencySlo from './latency-slo.js';
import mode from './mode.js';
import rollout from './rollout.js';
import scaling from './scaling.js';
import sloConsistency from './slo-consistency.js';
import sloRange from './slo-range.js';
import throughput from './throughput.js';

export default [
  mode,
  latencySlo,
  throughput,
  availability,
  scaling,
  cost,
  fallback,
  rollout,
  sloConsistency,
  sloRange,
  batchLatency,
] as Rule[];
