import type { Rule } from '../define-rule.js';
import successMetric from './success-metric.js';

export default [successMetric] as Rule[];
