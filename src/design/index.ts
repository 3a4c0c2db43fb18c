/** Helpers every layer reads a design with: values, presence, phrasing, fields written in several shapes, approach. */
export { valueAt, mappingAt, listAt, isPresent, textsOf, mentions } from './values.js';
export {
  comparableName,
  metricWords,
  metricTerms,
  metricName,
  coversMetric,
  unmatchedTerms,
  sameMetric,
  METRIC_ABBREVIATIONS,
} from './metric-names.js';
export type { MetricName, MetricTerm } from './metric-names.js';
export { presenceOf, isHollowText, saysSomething, type Presence } from './hollow.js';
export { isNegatedItem, mentionsConcept, phrasingDocs, type Concept, type Phrasing } from './phrases.js';
export {
  servingModeOf,
  servingModes,
  servesInRealTime,
  LATENCY_PERCENTILES,
  latencySlos,
  latencySlo,
  PEAK_LOAD_KEYS,
  peakLoad,
  successMetrics,
  type ServingMode,
  type LatencyPercentile,
  type LatencySlo,
  type SuccessMetric,
} from './fields.js';
export { APPROACHES, declaredApproach, effectiveApproach, type Approach } from './approach.js';
export { formatPath } from './path.js';
export { describeType, quoteValue, schemaTypeName } from './describe.js';
export {
  componentIdOf,
  componentsOf,
  flowsOf,
  reachableFrom,
  pathFrom,
  type ComponentEntry,
  type FlowEntry,
} from './architecture-graph.js';
export { quantityFields, quantityAt, parseQuantityField, parseCountOrRate, type QuantityField } from './quantities.js';
export { USUAL_SLO_RANGES, isAbove, isWithin, type UsualRange } from './slo-ranges.js';
