import { Matrix } from 'ml-matrix';
import { TRAIT_NAMES, traitsOf } from '../scorer/index.js';
import { componentsOf, valueAt } from '../rules/functions/index.js';

/**
 * Which designs resemble each other: the framework's item-item cosine similarity, with
 * designs as the items and their traits, task type and technologies as the features.
 */

export type FeatureGroup = 'trait' | 'task' | 'tech';

/** A design's features, by group; each is a name such as `data_size=large`, `task=ranking` or `tech=kafka`. */
export type DesignFeatures = Readonly<Record<FeatureGroup, readonly string[]>>;

export interface Neighbour {
  /** Index of the other design in the input. */
  index: number;
  /** Cosine similarity, 0..1. */
  similarity: number;
}

/** Technologies recognised in any text of a design, by the name they are shown with. */
const KNOWN_TECHNOLOGIES: readonly [string, RegExp][] = [
  ['kafka', /\bkafka\b/i],
  ['kinesis', /\bkinesis\b/i],
  ['pub/sub', /\bpub\/?sub\b/i],
  ['spark', /\bspark\b/i],
  ['flink', /\bflink\b/i],
  ['beam', /\b(apache )?beam\b/i],
  ['airflow', /\bairflow\b/i],
  ['dbt', /\bdbt\b/i],
  ['feast', /\bfeast\b/i],
  ['tecton', /\btecton\b/i],
  ['redis', /\bredis\b/i],
  ['cassandra', /\bcassandra\b/i],
  ['dynamodb', /\bdynamo ?db\b/i],
  ['bigquery', /\bbig ?query\b/i],
  ['snowflake', /\bsnowflake\b/i],
  ['postgres', /\bpostgres(ql)?\b/i],
  ['s3', /\bs3\b/i],
  ['elasticsearch', /\belastic ?search\b/i],
  ['faiss', /\bfaiss\b/i],
  ['milvus', /\bmilvus\b/i],
  ['pytorch', /\bpy ?torch\b/i],
  ['tensorflow', /\btensor ?flow\b/i],
  ['xgboost', /\bxgboost\b/i],
  ['lightgbm', /\blightgbm\b/i],
  ['scikit-learn', /\b(scikit-learn|sklearn)\b/i],
  ['hugging face', /\bhugging ?face\b/i],
  ['mlflow', /\bmlflow\b/i],
  ['kubeflow', /\bkubeflow\b/i],
  ['sagemaker', /\bsage ?maker\b/i],
  ['vertex ai', /\bvertex( ai)?\b/i],
  ['torchserve', /\btorch ?serve\b/i],
  ['triton', /\btriton\b/i],
  ['kubernetes', /\b(kubernetes|k8s)\b/i],
  ['prometheus', /\bprometheus\b/i],
  ['grafana', /\bgrafana\b/i],
  ['datadog', /\bdatadog\b/i],
  ['evidently', /\bevidently\b/i],
  ['great expectations', /\bgreat expectations\b/i],
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
        .toLowerCase()
        .split(/[+,;/()]|\band\b/)
        .map((token) => token.trim().replace(/\s+/g, ' '))
        .filter((token) => token !== '')
    : [];

/** The features the similarity is computed from. */
export function featuresOf(design: unknown): DesignFeatures {
  const traits = traitsOf(design);
  const trait = TRAIT_NAMES.filter((name) => traits[name] !== undefined && traits[name] !== null).map(
    (name) => `${name}=${String(traits[name])}`,
  );
  const taskType = valueAt(design, ['framing', 'task_type']);
  const task = typeof taskType === 'string' && taskType.trim() !== '' ? [`task=${taskType.trim().toLowerCase()}`] : [];
  const texts = stringsIn(design);
  const tech = new Set<string>();
  for (const [name, pattern] of KNOWN_TECHNOLOGIES) if (texts.some((text) => pattern.test(text))) tech.add(name);
  for (const component of componentsOf(design))
    for (const token of techTokens(valueAt(design, [...component.path, 'tech']))) tech.add(token);
  return { trait, task, tech: [...tech].sort().map((name) => `tech=${name}`) };
}

const GROUPS: readonly FeatureGroup[] = ['trait', 'task', 'tech'];

/**
 * The design × feature matrix: binary features, each group scaled to unit length so that
 * traits, task type and technologies weigh the same however many features each has.
 */
export function featureMatrix(designs: readonly DesignFeatures[]): { matrix: Matrix; vocabulary: string[] } {
  const vocabulary = [...new Set(designs.flatMap((features) => GROUPS.flatMap((group) => features[group])))].sort();
  const column = new Map(vocabulary.map((feature, index) => [feature, index]));
  const matrix = Matrix.zeros(designs.length, vocabulary.length);
  designs.forEach((features, row) => {
    for (const group of GROUPS) {
      const names = [...new Set(features[group])];
      for (const name of names) matrix.set(row, column.get(name)!, 1 / Math.sqrt(names.length));
    }
  });
  return { matrix, vocabulary };
}

/** Cosine similarity of every pair of rows. */
export function cosineSimilarities(matrix: Matrix): Matrix {
  const normalised = matrix.clone();
  for (let row = 0; row < normalised.rows; row++) {
    const norm = normalised.getRowVector(row).norm();
    if (norm > 0) normalised.setRow(row, normalised.getRow(row).map((value) => value / norm));
  }
  return normalised.mmul(normalised.transpose());
}

/**
 * For each design, the `k` most similar others (similarity above 0), most similar first;
 * ties keep input order, so the result is the same for the same designs.
 */
export function similarDesigns(designs: readonly DesignFeatures[], k = 3): Neighbour[][] {
  if (designs.length === 0) return [];
  const similarities = cosineSimilarities(featureMatrix(designs).matrix);
  // Keep the k best of each row as it is scanned, rather than sorting every row: with
  // thousands of designs the rows are long and only three entries are wanted.
  const better = (a: Neighbour, b: Neighbour): boolean =>
    a.similarity > b.similarity || (a.similarity === b.similarity && a.index < b.index);
  return designs.map((_, row) => {
    const best: Neighbour[] = [];
    const values = similarities.getRow(row);
    for (let index = 0; index < values.length; index++) {
      const similarity = values[index]!;
      if (index === row || !(similarity > 1e-9)) continue;
      const candidate = { index, similarity };
      if (best.length === k && !better(candidate, best[k - 1]!)) continue;
      let at = best.length < k ? best.length : k - 1;
      best[at] = candidate;
      while (at > 0 && better(best[at]!, best[at - 1]!)) {
        [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
        at--;
      }
    }
    return best.map((neighbour) => ({ index: neighbour.index, similarity: Math.min(1, neighbour.similarity) }));
  });
}
