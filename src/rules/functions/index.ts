export { valueAt, mappingAt, listAt, isPresent, textsOf, mentions, comparableName } from './values.js';
export { requirePresent, servingMode, servesInRealTime, approachOf } from './presence.js';
export { QUANTITY_FIELDS, quantityAt } from './quantities.js';
