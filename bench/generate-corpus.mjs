// Writes N synthetic designs for benchmarks: varied, of realistic size (about 2-3 KB),
// some with gaps (missing steps, missing monitors, bad quantities, unknown keys).
// Usage: node bench/generate-corpus.mjs [N=2000] [DIR=bench/corpus]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 2000);
const directory = process.argv[3] ?? new URL('./corpus/', import.meta.url).pathname;

// A small deterministic generator, so that every run measures the same corpus.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (p) => random() < p;

const DOMAINS = ['recommendations', 'fraud', 'search', 'moderation', 'pricing', 'churn', 'forecast', 'ads', 'ranking', 'routing'];
const TASKS = ['classification', 'regression', 'ranking', 'learning-to-rank', 'recommendation', 'forecasting', 'anomaly-detection'];
const STORES = ['Feast', 'Tecton', 'Hopsworks', 'Vertex AI Feature Store'];
const REGISTRIES = ['MLflow', 'SageMaker Model Registry', 'Weights & Biases'];
const SERVING = ['TorchServe', 'Triton', 'KServe', 'BentoML', 'TensorFlow Serving'];

function design(index) {
  const domain = pick(DOMAINS);
  const lines = [
    '# yaml-language-server: $schema=../schemas/ml-system-design.schema.json',
    'mlsys: 1',
    `name: Synthetic ${domain} system ${index}`,
    `id: synthetic-${domain}-${index}`,
    `status: ${pick(['draft', 'in-review', 'approved'])}`,
    `owners: [team-${index % 37}, ml-platform]`,
    `summary: A synthetic ${domain} design number ${index}, generated for benchmarks with realistic size and shape.`,
    `approach: ${pick(['ml', 'ml', 'hybrid', 'traditional'])}`,
    'problem:',
    `  has_patterns: ${chance(0.8)}`,
    `  data_size: ${pick(['small', 'medium', 'large'])}`,
    `  rule_complexity: ${pick(['low', 'high'])}`,
    `  needs_generalization: ${chance(0.7)}`,
    ...(chance(0.9) ? [`  needs_interpretability: ${chance(0.3)}`] : []),
    'requirements:',
    `  business_goal: Improve ${domain} outcomes for customers while keeping costs flat`,
    '  success_metrics: [Conversion rate, Revenue per session]',
    `  scale: {users: ${1 + (index % 300)}M, items: ${10 + (index % 90)}K, peak_rps: ${1 + (index % 40)}K rps}`,
    `  latency: "< ${pick([100, 150, 200, 300])}ms"`,
    '  constraints: [GDPR, Budget of 40K USD per month]',
    'framing:',
    `  ml_objective: Predict the ${domain} score for each request`,
    '  inputs: [User features, Item features, Context]',
    '  output: A score per candidate',
    `  task_type: ${pick(TASKS)}`,
    'data:',
    '  sources: [Event stream, Transactions, Catalogue snapshots]',
    '  features: [User embeddings, Item embeddings, Counts over 1h/24h/7d windows]',
    '  pipeline: Kafka ingestion into Spark batch jobs every hour',
    ...(chance(0.85) ? ['  validation: [Schema checks at ingestion, Null-rate checks per feature]'] : []),
    ...(chance(0.8) ? [`  feature_store: ${pick(STORES)}`] : []),
    'model:',
    `  architecture: ${pick(['Gradient-boosted trees', 'Two-tower network', 'Logistic regression', 'Transformer ranker'])}`,
    ...(chance(0.8) ? ['  baseline: Popularity per segment'] : []),
    '  training: Daily retraining on the last 30 days',
    ...(chance(0.8) ? [`  registry: ${pick(REGISTRIES)}`] : []),
    'evaluation:',
    '  offline_metrics: [AUC, NDCG@10, Calibration error]',
    '  online_metrics: [Conversion rate, Revenue per session]',
    '  experiment: A/B test on 5% of traffic for two weeks',
  ];
  if (chance(0.95)) {
    lines.push(
      'deployment:',
      `  mode: ${pick(['online', 'online', 'batch', 'streaming'])}`,
      `  infrastructure: ${pick(SERVING)} on Kubernetes`,
      '  slo:',
      `    latency_p50: ${pick(['20ms', '35ms', '50ms', '80ms'])}`,
      `    latency_p99: ${chance(0.03) ? '200' : pick(['120ms', '180ms', '200ms', '350ms'])}`,
      `    throughput: ${1 + (index % 50)}K rps`,
      `    availability: ${pick(['99.9%', '99.95%', '99.99%'])}`,
      `    cost_per_prediction: $0.00${1 + (index % 9)}`,
      '  scaling: Auto-scaling 2-10x on CPU',
      ...(chance(0.8) ? ['  rollout: Canary 5% then 50% with automatic rollback'] : []),
      ...(chance(0.8) ? ['  fallback: Serve the popularity baseline when the model is unavailable'] : []),
    );
  }
  if (chance(0.9)) {
    lines.push(
      chance(0.02) ? 'monitorng:' : 'monitoring:',
      '  system: [Latency, Throughput, Error rates, CPU utilization]',
      ...(chance(0.85) ? ['  data: [Feature drift (PSI), Missing values, Data freshness]'] : []),
      '  model: [Prediction distribution, Calibration]',
      '  business: [Conversion rate, Revenue per session]',
      ...(chance(0.8) ? ['  alerts: [p99 latency above the SLO for 5 min pages on-call]'] : []),
      '  retraining: Weekly, or when feature drift PSI > 0.2',
      '  dashboards: [Grafana service overview]',
    );
  }
  lines.push(
    'architecture:',
    '  components:',
    '    - {id: events, name: Event stream, kind: data-source, tech: Kafka}',
    '    - {id: etl, name: Feature jobs, kind: data-processing, tech: Spark}',
    '    - {id: train, name: Training, kind: training, tech: PyTorch}',
    `    - {id: serve, name: Serving, kind: serving, tech: ${pick(SERVING)}}`,
    '    - {id: watch, name: Monitoring, kind: monitoring, tech: Prometheus}',
    '  flows:',
    '    - {from: events, to: etl}',
    '    - {from: etl, to: train}',
    '    - {from: train, to: serve}',
    '    - {from: serve, to: watch}',
  );
  return `${lines.join('\n')}\n`;
}

rmSync(directory, { recursive: true, force: true });
mkdirSync(directory, { recursive: true });
for (let index = 0; index < count; index++) {
  const folder = join(directory, String(Math.floor(index / 1000)).padStart(3, '0'));
  if (index % 1000 === 0) mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `design-${String(index).padStart(5, '0')}.yaml`), design(index));
}
console.log(`wrote ${count} designs to ${directory}`);
