import experiment from './experiment.js';
import offlineMetrics from './offline-metrics.js';
import onlineMetrics from './online-metrics.js';

export default [offlineMetrics, onlineMetrics, experiment];
