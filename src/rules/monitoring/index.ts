import type { Rule } from '../define-rule.js';
import alertSlo from './alert-slo.js';
import alerts from './alerts.js';
import businessMetrics from './business-metrics.js';
import dataMetrics from './data-metrics.js';
import drift from './drift.js';
import modelMetrics from './model-metrics.js';
import retraining from './retraining.js';
import retrainingTrigger from './retraining-trigger.js';
import systemMetrics from './system-metrics.js';

export default [
  alertSlo,
  systemMetrics,
  dataMetrics,
  modelMetrics,
  businessMetrics,
  drift,
  alerts,
  retraining,
  retrainingTrigger,
] as Rule[];
