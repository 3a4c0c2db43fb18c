import approachMismatch from './approach-mismatch.js';
import approachMissing from './approach-missing.js';
import traitsMissing from './traits-missing.js';

export default [traitsMissing, approachMissing, approachMismatch];
