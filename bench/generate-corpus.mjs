// Writes N synthetic designs for benchmarks: varied, of realistic size (about 2-3 KB),
// some with gaps (missing steps, missing monitors, bad quantities, unknown keys).
// Usage: node bench/generate-corpus.mjs [N=2000] [DIR=bench/corpus] [--density low|typical|high|FACTOR]
//
// --density sets how many findings a design draws (docs/performance.md, "Findings density"):
// every gap's chance is multiplied by the factor (low 0.25, typical 1, high 2.5, or a number),
// and `high` also writes hollow answers ("TBD"), negated monitors and a stale alert. Any
// density other than `typical` also writes random prose: names, goals, metrics and notes
// made of words drawn per design, and a word of its own in every prose field and list item,
// so that texts rarely repeat across designs and little the linter remembers by text helps
// it, as in real designs. `typical` is the corpus of earlier rounds, byte for byte.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { density: { type: 'string', default: 'typical' } },
});
const count = Number(positionals[0] ?? 2000);
const directory = positionals[1] ?? new URL('./corpus/', import.meta.url).pathname;
const DENSITIES = { low: 0.25, typical: 1, high: 2.5 };
const factor = DENSITIES[options.density] ?? Number(options.density);
if (!(factor >= 0)) throw new Error(`--density: low, typical, high or a number, not ${options.density}`);
const randomProse = options.density !== 'typical';
const extraProblems = factor > 1;

// A small deterministic generator, so that every run measures the same corpus.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (p) => random() < p;
/** A gap: a chance scaled by the density (kept below 1, so that a design still varies). */
const gap = (p) => random() < Math.min(p * factor, 0.95);
/** Whether a field is written: the complement of a gap (at density 1, exactly `chance(p)`). */
const kept = (p) => random() < (factor === 1 ? p : 1 - Math.min((1 - p) * factor, 0.95));

const WORDS = [
  'customer',
  'order',
  'session',
  'catalogue',
  'merchant',
  'basket',
  'query',
  'listing',
  'review',
  'account',
  'signal',
  'region',
  'device',
  'channel',
  'partner',
  'segment',
  'cohort',
  'window',
  'score',
  'ranking',
  'label',
  'event',
  'payment',
  'refund',
  'delivery',
  'courier',
  'store',
  'campaign',
  'inventory',
  'supplier',
  'price',
  'discount',
  'visit',
  'click',
  'purchase',
  'return',
  'ticket',
  'agent',
  'message',
  'thread',
  'article',
  'video',
  'creator',
  'viewer',
  'subscription',
  'renewal',
  'claim',
  'policy',
  'vehicle',
  'route',
  'driver',
  'rider',
  'shipment',
  'warehouse',
  'forecast',
];
const VERBS = [
  'improve',
  'reduce',
  'rank',
  'predict',
  'detect',
  'estimate',
  'route',
  'match',
  'flag',
  'recommend',
  'prioritise',
  'personalise',
];
const word = () => WORDS[Math.floor(random() * WORDS.length)];
/** A phrase of `n` random words, capitalised: "Merchant basket refund". */
const phrase = (n) => {
  const words = Array.from({ length: n }, word).join(' ');
  return words[0].toUpperCase() + words.slice(1);
};
/** A sentence of prose: "Predict the refund window for each merchant basket, by region". */
const sentence = () => {
  const verb = pick(VERBS);
  return `${verb[0].toUpperCase()}${verb.slice(1)} the ${phrase(2).toLowerCase()} for each ${phrase(2).toLowerCase()}, by ${word()}`;
};
/** A text: random prose, or the template's own when prose is not random. */
const prose = (template, make) => (randomProse ? make() : template);

const DOMAINS = ['recommendations', 'fraud', 'search', 'moderation', 'pricing', 'churn', 'forecast', 'ads', 'ranking', 'routing'];
const TASKS = ['classification', 'regression', 'ranking', 'learning-to-rank', 'recommendation', 'forecasting', 'anomaly-detection'];
const STORES = ['Feast', 'Tecton', 'Hopsworks', 'Vertex AI Feature Store'];
const REGISTRIES = ['MLflow', 'SageMaker Model Registry', 'Weights & Biases'];
const SERVING = ['TorchServe', 'Triton', 'KServe', 'BentoML', 'TensorFlow Serving'];

function design(index) {
  const domain = pick(DOMAINS);
  // Metrics named once and followed after launch under the same names (random prose or not).
  const success = randomProse ? [`${phrase(2)} rate`, `${phrase(1)} per ${word()}`] : ['Conversion rate', 'Revenue per session'];
  const followed = `[${success.join(', ')}]`;
  const lines = [
    '# yaml-language-server: $schema=../schemas/ml-system-design.schema.json',
    'mlsys: 1',
    `name: ${prose(`Synthetic ${domain} system ${index}`, () => `${phrase(3)} ${index}`)}`,
    `id: synthetic-${domain}-${index}`,
    `status: ${pick(['draft', 'in-review', 'approved'])}`,
    `owners: [team-${index % 37}, ml-platform]`,
    `summary: ${prose(
      `A synthetic ${domain} design number ${index}, generated for benchmarks with realistic size and shape.`,
      () => `${sentence()}; ${sentence().toLowerCase()}.`,
    )}`,
    `approach: ${pick(['ml', 'ml', 'hybrid', 'traditional'])}`,
    'problem:',
    `  has_patterns: ${chance(0.8)}`,
    `  data_size: ${pick(['small', 'medium', 'large'])}`,
    `  rule_complexity: ${pick(['low', 'high'])}`,
    `  needs_generalization: ${chance(0.7)}`,
    ...(kept(0.9) ? [`  needs_interpretability: ${chance(0.3)}`] : []),
    'requirements:',
    `  business_goal: ${prose(`Improve ${domain} outcomes for customers while keeping costs flat`, sentence)}`,
    `  success_metrics: ${followed}`,
    `  scale: {users: ${1 + (index % 300)}M, items: ${10 + (index % 90)}K, peak_rps: ${1 + (index % 40)}K rps}`,
    `  latency: "< ${pick([100, 150, 200, 300])}ms"`,
    '  constraints: [GDPR, Budget of 40K USD per month]',
    'framing:',
    `  ml_objective: ${prose(`Predict the ${domain} score for each request`, sentence)}`,
    `  inputs: ${prose('[User features, Item features, Context]', () => `[${phrase(2)}, ${phrase(2)}, ${phrase(1)}]`)}`,
    '  output: A score per candidate',
    `  task_type: ${pick(TASKS)}`,
    'data:',
    '  sources: [Event stream, Transactions, Catalogue snapshots]',
    `  features: ${prose(
      '[User embeddings, Item embeddings, Counts over 1h/24h/7d windows]',
      () => `[${phrase(2)} embeddings, ${phrase(1)} counts over 1h/24h/7d windows]`,
    )}`,
    `  pipeline: ${prose(
      'Kafka ingestion into Spark batch jobs every hour',
      () => `Kafka ingestion of ${phrase(2).toLowerCase()} events into Spark batch jobs every hour`,
    )}`,
    ...(kept(0.85) ? ['  validation: [Schema checks at ingestion, Null-rate checks per feature]'] : []),
    ...(kept(0.8) ? [`  feature_store: ${pick(STORES)}`] : []),
    'model:',
    `  architecture: ${pick(['Gradient-boosted trees', 'Two-tower network', 'Logistic regression', 'Transformer ranker'])}`,
    ...(kept(0.8) ? [`  baseline: ${prose('Popularity per segment', () => `${phrase(1)} popularity per ${word()}`)}`] : []),
    `  training: ${prose(
      'Daily retraining on the last 30 days',
      () => `Daily retraining on the last 30 days of ${phrase(2).toLowerCase()} events`,
    )}`,
    ...(kept(0.8) ? [`  registry: ${pick(REGISTRIES)}`] : []),
    'evaluation:',
    '  offline_metrics: [AUC, NDCG@10, Calibration error]',
    `  online_metrics: ${followed}`,
    `  experiment: ${prose(
      'A/B test on 5% of traffic for two weeks',
      () => `A/B test on 5% of ${phrase(1).toLowerCase()} traffic for two weeks`,
    )}`,
  ];
  if (kept(0.95)) {
    const hollow = extraProblems && chance(0.3);
    lines.push(
      'deployment:',
      `  mode: ${pick(['online', 'online', 'batch', 'streaming'])}`,
      `  infrastructure: ${pick(SERVING)} on Kubernetes`,
      '  slo:',
      `    latency_p50: ${pick(['20ms', '35ms', '50ms', '80ms'])}`,
      `    latency_p99: ${gap(0.03) ? '200' : pick(['120ms', '180ms', '200ms', '350ms'])}`,
      `    throughput: ${1 + (index % 50)}K rps`,
      `    availability: ${pick(['99.9%', '99.95%', '99.99%'])}`,
      `    cost_per_prediction: $0.00${1 + (index % 9)}`,
      '  scaling: Auto-scaling 2-10x on CPU',
      ...(kept(0.8) ? ['  rollout: Canary 5% then 50% with automatic rollback'] : []),
      ...(hollow
        ? ['  fallback: TBD']
        : kept(0.8)
          ? [
              `  fallback: ${prose(
                'Serve the popularity baseline when the model is unavailable',
                () => `Serve the ${phrase(1).toLowerCase()} popularity baseline when the model is unavailable`,
              )}`,
            ]
          : []),
    );
  }
  if (kept(0.9)) {
    const negated = extraProblems && chance(0.3);
    const stale = extraProblems && chance(0.3);
    lines.push(
      gap(0.02) ? 'monitorng:' : 'monitoring:',
      '  system: [Latency, Throughput, Error rates, CPU utilization]',
      ...(negated
        ? ['  data: [Missing values, No drift check yet]']
        : kept(0.85)
          ? ['  data: [Feature drift (PSI), Missing values, Data freshness]']
          : []),
      `  model: ${prose('[Prediction distribution, Calibration]', () => `[Prediction distribution per ${word()}, Calibration]`)}`,
      `  business: ${followed}`,
      ...(stale
        ? ['  alerts: ["p99 > 90ms for 5 min pages on-call"]']
        : kept(0.8)
          ? ['  alerts: [p99 latency above the SLO for 5 min pages on-call]']
          : []),
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
  return `${(randomProse ? lines.map(ownWords) : lines).join('\n')}\n`;
}

// Random prose leaves many texts as the templates write them ("Latency", "Missing values"):
// over 2,000 designs only about 4% of texts were distinct, and what the linter remembers by
// text answered the rest. Each prose field and each item of the lists below gets a word of
// its own, so that texts repeat about as rarely as in designs written by different teams.
const OWN_SCALARS = new Set([
  'summary',
  'business_goal',
  'ml_objective',
  'pipeline',
  'baseline',
  'training',
  'experiment',
  'scaling',
  'rollout',
  'infrastructure',
  'output',
  'architecture',
  'retraining',
]);
const OWN_ITEMS = new Set([
  'system',
  'data',
  'model',
  'business',
  'features',
  'sources',
  'inputs',
  'offline_metrics',
  'constraints',
  'dashboards',
]);
let tags = 0;
/** A tag no other text has ("q1k3"), neutral to every rule: no number a rule reads, no word it knows. */
const ownTag = () => `q${(tags++).toString(36)}`;
function ownWords(line) {
  const field = /^(\s+)([a-z_]+): (.*)$/.exec(line);
  if (!field) return line;
  const [, indent, key, value] = field;
  if (OWN_ITEMS.has(key) && value.startsWith('[') && value.endsWith(']') && !value.includes('"')) {
    const items = value.slice(1, -1).split(', ');
    return `${indent}${key}: [${items.map((item) => `${item} ${ownTag()}`).join(', ')}]`;
  }
  const hollow = /^(?:TBD|None|N\/A|-|\?|Never|none|tbd)$/i.test(value);
  if (OWN_SCALARS.has(key) && !/^[[{"]/.test(value) && !hollow && value.length > 3) return `${indent}${key}: ${value} ${ownTag()}`;
  return line;
}

rmSync(directory, { recursive: true, force: true });
mkdirSync(directory, { recursive: true });
for (let index = 0; index < count; index++) {
  const folder = join(directory, String(Math.floor(index / 1000)).padStart(3, '0'));
  if (index % 1000 === 0) mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `design-${String(index).padStart(5, '0')}.yaml`), design(index));
}
console.log(`wrote ${count} designs to ${directory}`);
