export { valueAt, mappingAt, listAt, isPresent, textsOf, mentions, comparableName, metricWords, metricName, sameMetric } from './values.js';
export type { MetricName } from './values.js';
export { requirePresent, servingMode, servesInRealTime, approachOf } from './presence.js';
export { QUANTITY_FIELDS, quantityAt, parseQuantityField } from './quantities.js';
export type { QuantityField } from './quantities.js';
export { hasComponentOfKind, declaresPart } from './components.js';
export { componentIdOf, componentsOf, flowsOf, reachableFrom, type ComponentEntry, type FlowEntry } from './architecture-graph.js';
export { USUAL_SLO_RANGES, isAbove, isWithin, type UsualRange } from './slo-ranges.js';
