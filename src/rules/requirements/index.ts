import businessGoal from './business-goal.js';
import latency from './latency.js';
import scale from './scale.js';
import successMetrics from './success-metrics.js';

export default [businessGoal, successMetrics, scale, latency];
