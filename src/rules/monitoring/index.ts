import type { Rule } from '../define-rule.js';
import alerts from './alerts.js';
import businessMetrics from './business-metrics.js';
import dataMetrics from './data-metrics.js';
import drift from './drift.js';
import modelMetrics from './model-metrics.js';
import retraining from './retraining.js';
import systemMetrics from './system-metrics.js';

export default [systemMetrics, dataMetrics, modelMetrics, businessMetrics, drift, alerts, retraining] as Rule[];
