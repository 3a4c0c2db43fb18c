export { valueAt, mappingAt, listAt, isPresent, textsOf, mentions } from '../../design/values.js';
export { comparableName, metricWords, metricName, sameMetric } from '../../design/metric-names.js';
export type { MetricName } from '../../design/metric-names.js';
export { requirePresent } from './presence.js';
export {
  servingModes,
  servesInRealTime,
  presenceOf,
  saysSomething,
  mentionsConcept,
  phrasingDocs,
  isNegatedItem,
  formatPath,
  latencySlos,
  latencySlo,
  peakLoad,
  successMetrics,
  declaredApproach,
} from '../../design/index.js';
export { quantityFields, quantityAt, parseQuantityField, parseCountOrRate } from '../../design/quantities.js';
export type { QuantityField } from '../../design/quantities.js';
export { hasComponentOfKind, declaresPart } from './components.js';
export {
  componentIdOf,
  componentsOf,
  flowsOf,
  reachableFrom,
  type ComponentEntry,
  type FlowEntry,
} from '../../design/architecture-graph.js';
export { USUAL_SLO_RANGES, isAbove, isWithin, type UsualRange } from '../../design/slo-ranges.js';
export { declaredApproach as approachOf } from '../../design/index.js';
