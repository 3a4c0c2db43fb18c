import type { Rule } from '../define-rule.js';

export default [] as Rule[];
