import { Matrix } from 'ml-matrix';
import { declaredApproach, saysSomething, servingModes, valueAt } from '../design/index.js';
import { componentsOf } from '../design/architecture-graph.js';

/**
 * Which designs resemble each other to a reviewer: the framework's item-item cosine
 * similarity, with designs as the items and, as features, what a reviewer would compare
 * first: the task (and the approach), how it is served, the kinds of components, the
 * technologies, and which monitoring concerns it covers. Documented in docs/reports.md
 * ("Similar designs").
 */

export type FeatureGroup = 'task' | 'serving' | 'component' | 'tech' | 'monitoring';

/** One feature: an id such as `task=ranking` or `tech=kafka`, and the words a reader sees. */
export interface Feature {
  id: string;
  label: string;
}

/** A design's features, by group. */
export type DesignFeatures = Readonly<Record<FeatureGroup, readonly Feature[]>>;

export interface Neighbour {
  /** Index of the other design in the input. */
  index: number;
  /** Cosine similarity, 0..1. */
  similarity: number;
  /** What the two designs share, in words: `learning-to-rank`, `online`, `Feast + MLflow`. */
  shared: string[];
}

/**
 * How much each group counts. The task says most about which design is worth reading
 * next; technologies next; serving and components are shared by most production designs,
 * and nearly every complete design watches the same monitoring concerns, so those count
 * least. Each group is first scaled to unit length, so a design naming twenty
 * technologies does not outweigh its task.
 */
export const GROUP_WEIGHTS: Readonly<Record<FeatureGroup, number>> = { task: 2, tech: 1.5, serving: 1, component: 1, monitoring: 0.5 };

/** Below this similarity a design is not listed as similar: it shares too little to be worth reading. */
export const SIMILARITY_THRESHOLD = 0.35;

const GROUPS = Object.keys(GROUP_WEIGHTS) as FeatureGroup[];

/** Task types a reviewer reads as one family: a search ranker is closer to a recommender than to a fraud scorer. */
const TASK_FAMILIES: Readonly<Record<string, string>> = {
  ranking: 'ranking',
  'learning-to-rank': 'ranking',
  recommendation: 'ranking',
  classification: 'classification',
  'anomaly-detection': 'classification',
  regression: 'numeric prediction',
  forecasting: 'numeric prediction',
};

/** Component kinds worth naming when two designs share them (every design has serving and monitoring). */
const NOTABLE_KINDS: Readonly<Record<string, string>> = {
  'feature-store': 'a feature store',
  registry: 'a model registry',
  experimentation: 'experimentation',
  'data-processing': 'data processing',
  training: 'training',
};

const MONITORING_CONCERNS = ['system', 'data', 'model', 'business', 'alerts', 'retraining', 'dashboards'] as const;

/**
 * Technologies recognised in any text of a design, by the name they are shown with; ML tools
 * first, then data tools, then general infrastructure, which is the order a reviewer finds
 * telling when two designs share them.
 */
const KNOWN_TECHNOLOGIES: readonly [string, RegExp][] = [
  ['Feast', /\bfeast\b/i],
  ['Tecton', /\btecton\b/i],
  ['MLflow', /\bmlflow\b/i],
  ['Kubeflow', /\bkubeflow\b/i],
  ['SageMaker', /\bsage ?maker\b/i],
  ['Vertex AI', /\bvertex( ai)?\b/i],
  ['PyTorch', /\bpy ?torch\b/i],
  ['TensorFlow', /\btensor ?flow\b/i],
  ['XGBoost', /\bxgboost\b/i],
  ['LightGBM', /\blightgbm\b/i],
  ['scikit-learn', /\b(scikit-learn|sklearn)\b/i],
  ['Hugging Face', /\bhugging ?face\b/i],
  ['FAISS', /\bfaiss\b/i],
  ['Milvus', /\bmilvus\b/i],
  ['TorchServe', /\btorch ?serve\b/i],
  ['Triton', /\btriton\b/i],
  ['Evidently', /\bevidently\b/i],
  ['Great Expectations', /\bgreat expectations\b/i],
  ['Kafka', /\bkafka\b/i],
  ['Kinesis', /\bkinesis\b/i],
  ['Pub/Sub', /\bpub\/?sub\b/i],
  ['Spark', /\bspark\b/i],
  ['Flink', /\bflink\b/i],
  ['Beam', /\b(apache )?beam\b/i],
  ['Airflow', /\bairflow\b/i],
  ['dbt', /\bdbt\b/i],
  ['BigQuery', /\bbig ?query\b/i],
  ['Snowflake', /\bsnowflake\b/i],
  ['Elasticsearch', /\belastic ?search\b/i],
  ['Redis', /\bredis\b/i],
  ['Cassandra', /\bcassandra\b/i],
  ['DynamoDB', /\bdynamo ?db\b/i],
  ['Postgres', /\bpostgres(ql)?\b/i],
  ['S3', /\bs3\b/i],
  ['Kubernetes', /\b(kubernetes|k8s)\b/i],
  ['Prometheus', /\bprometheus\b/i],
  ['Grafana', /\bgrafana\b/i],
  ['Datadog', /\bdatadog\b/i],
];

/** Every string inside a value, depth first, in document order. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, found);
  return found;
}

/** A component's `tech`, split into technologies: `Prometheus + Grafana` is two. */
const techTokens = (tech: unknown): string[] =>
  typeof tech === 'string'
    ? tech
        .split(/[+,;/()]|\band\b/)
        .map((token) => token.trim().replace(/\s+/g, ' '))
        .filter((token) => token !== '')
    : [];

/** The features of the task group: approach, task type and its family. */
function taskFeatures(design: unknown): Feature[] {
  const features: Feature[] = [];
  const approach = declaredApproach(design);
  if (approach !== undefined) features.push({ id: `approach=${approach}`, label: approach === 'traditional' ? 'rules-based' : approach });
  const taskType = valueAt(design, ['framing', 'task_type']);
  const task = typeof taskType === 'string' ? taskType.trim().toLowerCase() : '';
  if (task !== '' && task !== 'other') {
    features.push({ id: `task=${task}`, label: task });
    const family = TASK_FAMILIES[task];
    if (family !== undefined) features.push({ id: `family=${family}`, label: family });
  }
  return features;
}

/** The technologies a design names: known tools anywhere in its text, and its components' `tech`. */
function techFeatures(design: unknown): Feature[] {
  const labels = new Map<string, string>();
  const texts = stringsIn(design);
  for (const [label, pattern] of KNOWN_TECHNOLOGIES) if (texts.some((text) => pattern.test(text))) labels.set(label.toLowerCase(), label);
  for (const component of componentsOf(design)) {
    for (const token of techTokens(valueAt(design, [...component.path, 'tech']))) {
      const id = token.toLowerCase();
      if (!labels.has(id)) labels.set(id, token);
    }
  }
  // Known tools keep the list's order; other `tech` tokens follow in the order written.
  return [...labels].map(([id, label]) => ({ id: `tech=${id}`, label }));
}

/** The features the similarity is computed from. */
export function featuresOf(design: unknown): DesignFeatures {
  const kinds = new Set<string>();
  for (const component of componentsOf(design)) if (typeof component.kind === 'string') kinds.add(component.kind);
  const monitoring = valueAt(design, ['monitoring']);
  return {
    task: taskFeatures(design),
    serving: [...new Set(servingModes(design))].map((mode) => ({ id: `serving=${mode}`, label: mode })),
    component: [...kinds].sort().map((kind) => ({ id: `kind=${kind}`, label: NOTABLE_KINDS[kind] ?? '' })),
    tech: techFeatures(design),
    monitoring: MONITORING_CONCERNS.filter((concern) => saysSomething(valueAt(monitoring, [concern]))).map((concern) => ({
      id: `watches=${concern}`,
      label: concern,
    })),
  };
}

/**
 * The design × feature matrix: binary features, each group scaled to unit length and then
 * by its weight, so that groups count as `GROUP_WEIGHTS` says however many features each has.
 */
export function featureMatrix(designs: readonly DesignFeatures[]): { matrix: Matrix; vocabulary: string[] } {
  const vocabulary = [
    ...new Set(designs.flatMap((features) => GROUPS.flatMap((group) => features[group].map((feature) => feature.id)))),
  ].sort();
  const column = new Map(vocabulary.map((feature, index) => [feature, index]));
  const matrix = Matrix.zeros(designs.length, vocabulary.length);
  designs.forEach((features, row) => {
    for (const group of GROUPS) {
      const ids = [...new Set(features[group].map((feature) => feature.id))];
      for (const id of ids) matrix.set(row, column.get(id)!, GROUP_WEIGHTS[group] / Math.sqrt(ids.length));
    }
  });
  return { matrix, vocabulary };
}

/** Cosine similarity of every pair of rows. */
export function cosineSimilarities(matrix: Matrix): Matrix {
  const normalised = matrix.clone();
  for (let row = 0; row < normalised.rows; row++) {
    const norm = normalised.getRowVector(row).norm();
    if (norm > 0)
      normalised.setRow(
        row,
        normalised.getRow(row).map((value) => value / norm),
      );
  }
  return normalised.mmul(normalised.transpose());
}

/** Labels of the features of `group` that both designs have, in `a`'s order. */
function sharedLabels(a: DesignFeatures, b: DesignFeatures, group: FeatureGroup): string[] {
  const theirs = new Set(b[group].map((feature) => feature.id));
  return a[group].filter((feature) => theirs.has(feature.id) && feature.label !== '').map((feature) => feature.label);
}

/**
 * What two designs share, as a reviewer would say it: the most specific task they share
 * (the task type, else its family; a shared `ml` approach says nothing), the serving modes,
 * up to three technologies, and, when they share no technology, the notable kinds of
 * component.
 */
export function sharedFeatures(a: DesignFeatures, b: DesignFeatures): string[] {
  const shared: string[] = [];
  const task = sharedLabels(a, b, 'task').filter((label) => label !== 'ml');
  const specific = task.find((label) => label !== 'hybrid' && label !== 'rules-based') ?? task[0];
  if (specific !== undefined) shared.push(specific);
  const serving = sharedLabels(a, b, 'serving');
  if (serving.length > 0) shared.push(serving.join(' + '));
  const tech = sharedLabels(a, b, 'tech');
  if (tech.length > 0) shared.push(tech.length > 3 ? `${tech.slice(0, 3).join(' + ')} and ${tech.length - 3} more` : tech.join(' + '));
  else shared.push(...sharedLabels(a, b, 'component'));
  return shared;
}

/**
 * For each design, the `k` most similar others at or above `threshold`, most similar
 * first; ties keep input order, so the result is the same for the same designs.
 */
export function similarDesigns(designs: readonly DesignFeatures[], k = 3, threshold = SIMILARITY_THRESHOLD): Neighbour[][] {
  if (designs.length === 0) return [];
  const similarities = cosineSimilarities(featureMatrix(designs).matrix);
  const floor = Math.max(threshold, 1e-9);
  // Keep the k best of each row as it is scanned, rather than sorting every row: with
  // thousands of designs the rows are long and only three entries are wanted.
  type Candidate = { index: number; similarity: number };
  const better = (a: Candidate, b: Candidate): boolean =>
    a.similarity > b.similarity || (a.similarity === b.similarity && a.index < b.index);
  return designs.map((features, row) => {
    const best: Candidate[] = [];
    const values = similarities.getRow(row);
    for (let index = 0; index < values.length; index++) {
      const similarity = values[index]!;
      if (index === row || !(similarity >= floor)) continue;
      const candidate = { index, similarity };
      if (best.length === k && !better(candidate, best[k - 1]!)) continue;
      let at = best.length < k ? best.length : k - 1;
      best[at] = candidate;
      while (at > 0 && better(best[at]!, best[at - 1]!)) {
        [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
        at--;
      }
    }
    return best.map(({ index, similarity }) => ({
      index,
      similarity: Math.min(1, similarity),
      shared: sharedFeatures(features, designs[index]!),
    }));
  });
}
