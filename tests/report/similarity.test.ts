import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import {
  GROUP_WEIGHTS,
  SIMILARITY_THRESHOLD,
  cosineSimilarities,
  featureMatrix,
  featuresOf,
  sharedFeatures,
  similarDesigns,
  type DesignFeatures,
  type Feature,
} from '../../src/report/similarity.js';

const ids = (features: readonly Feature[]): string[] => features.map((feature) => feature.id);

describe('featuresOf', () => {
  it('reads the approach and task, serving modes, component kinds, technologies and monitoring coverage', () => {
    const design = {
      approach: 'ml',
      framing: { task_type: 'Ranking' },
      data: { pipeline: 'Kafka into Spark', feature_store: 'Feast' },
      deployment: { mode: ['online', 'batch'] },
      monitoring: { system: 'p99 latency', data: 'TBD', alerts: ['p99 > 200ms pages on-call'] },
      architecture: {
        components: [
          { id: 'w', kind: 'monitoring', tech: 'Prometheus + Grafana' },
          { id: 'x', kind: 'serving', tech: 'In-house (Go)' },
        ],
      },
    };
    const features = featuresOf(design);
    expect(ids(features.task)).toEqual(['approach=ml', 'task=ranking', 'family=ranking']);
    expect(ids(features.serving)).toEqual(['serving=online', 'serving=batch']);
    expect(ids(features.component)).toEqual(['kind=monitoring', 'kind=serving']);
    // Known tools first (ML, then data, then infrastructure), then other component tech as written.
    expect(features.tech.map((feature) => feature.label)).toEqual(['Feast', 'Kafka', 'Spark', 'Prometheus', 'Grafana', 'In-house', 'Go']);
    // `data: TBD` is hollow: it covers nothing.
    expect(ids(features.monitoring)).toEqual(['watches=system', 'watches=alerts']);
  });

  it('has no features for data that is not a design', () => {
    const empty = { task: [], serving: [], component: [], tech: [], monitoring: [] };
    expect(featuresOf(undefined)).toEqual(empty);
    expect(featuresOf(['a list'])).toEqual(empty);
  });
});

describe('cosine similarity', () => {
  it('is 1 for parallel rows, 0 for orthogonal ones, and the cosine otherwise', () => {
    const similarities = cosineSimilarities(
      new Matrix([
        [1, 0],
        [2, 0],
        [0, 3],
        [1, 1],
      ]),
    );
    expect(similarities.get(0, 1)).toBeCloseTo(1);
    expect(similarities.get(0, 2)).toBeCloseTo(0);
    expect(similarities.get(0, 3)).toBeCloseTo(Math.SQRT1_2);
    expect(similarities.get(2, 2)).toBeCloseTo(1);
  });

  it('scales each group to its weight, however many features it has', () => {
    const feature = (id: string): Feature => ({ id, label: id });
    const features: DesignFeatures = {
      task: [feature('task=x')],
      serving: [],
      component: [],
      tech: ['tech=k', 'tech=l', 'tech=m', 'tech=n'].map(feature),
      monitoring: [],
    };
    const { matrix, vocabulary } = featureMatrix([features]);
    expect(vocabulary).toEqual(['task=x', 'tech=k', 'tech=l', 'tech=m', 'tech=n']);
    expect(matrix.getRow(0)).toEqual([
      GROUP_WEIGHTS.task,
      GROUP_WEIGHTS.tech / 2,
      GROUP_WEIGHTS.tech / 2,
      GROUP_WEIGHTS.tech / 2,
      GROUP_WEIGHTS.tech / 2,
    ]);
  });
});

/** A small corpus whose neighbours a reviewer sees at once. */
const CORPUS = {
  'home-feed-recs': {
    approach: 'ml',
    framing: { task_type: 'recommendation' },
    data: { feature_store: 'Feast', pipeline: 'Kafka events into Spark' },
    model: { registry: 'MLflow' },
    deployment: { mode: 'online' },
    monitoring: { system: 'p99 latency', data: 'feature drift', model: 'CTR by cohort', alerts: ['p99 > 150ms'] },
    architecture: {
      components: [
        { id: 'fs', kind: 'feature-store', tech: 'Feast' },
        { id: 'api', kind: 'serving', tech: 'TorchServe' },
      ],
    },
  },
  'product-search': {
    approach: 'ml',
    framing: { task_type: 'learning-to-rank' },
    data: { feature_store: 'Feast', pipeline: 'Kafka clicks, daily Spark job' },
    model: { registry: 'MLflow' },
    deployment: { mode: 'online' },
    monitoring: { system: 'p99 latency', data: 'query drift', model: 'NDCG@10', alerts: ['p99 > 120ms'] },
    architecture: {
      components: [
        { id: 'fs', kind: 'feature-store', tech: 'Feast' },
        { id: 'ranker', kind: 'serving', tech: 'Triton' },
      ],
    },
  },
  'card-fraud': {
    approach: 'hybrid',
    framing: { task_type: 'classification' },
    data: { pipeline: 'Flink over payment events' },
    model: { training: 'XGBoost, weekly' },
    deployment: { mode: 'online' },
    monitoring: { system: 'p99 latency', data: 'feature drift', model: 'precision at threshold', alerts: ['decline rate > 2%'] },
    architecture: { components: [{ id: 'scorer', kind: 'serving', tech: 'XGBoost on Kubernetes' }] },
  },
  'account-takeover': {
    approach: 'ml',
    framing: { task_type: 'anomaly-detection' },
    data: { pipeline: 'Flink over login events' },
    model: { training: 'XGBoost, daily' },
    deployment: { mode: 'streaming' },
    monitoring: { system: 'lag', data: 'drift', model: 'recall on confirmed takeovers', alerts: ['lag > 1 min'] },
    architecture: { components: [{ id: 'detector', kind: 'serving', tech: 'XGBoost' }] },
  },
  'sales-tax': {
    approach: 'traditional',
    deployment: { mode: 'online' },
    monitoring: { system: 'p99 latency', alerts: ['error rate > 1%'] },
    architecture: { components: [{ id: 'rules', kind: 'serving', tech: 'Java rules engine' }] },
  },
};

describe('similarDesigns on a corpus with obvious neighbours', () => {
  const names = Object.keys(CORPUS);
  const features = Object.values(CORPUS).map((design) => featuresOf(design));
  const similar = similarDesigns(features);
  const neighboursOf = (name: string): string[] => similar[names.indexOf(name)]!.map((neighbour) => names[neighbour.index]!);

  it('puts the recommender and the search ranker together, and the two fraud models together', () => {
    expect(neighboursOf('home-feed-recs')[0]).toBe('product-search');
    expect(neighboursOf('product-search')[0]).toBe('home-feed-recs');
    expect(neighboursOf('card-fraud')[0]).toBe('account-takeover');
    expect(neighboursOf('account-takeover')[0]).toBe('card-fraud');
  });

  it('lists nothing below the threshold: a rules engine has no ML design worth reading', () => {
    expect(neighboursOf('sales-tax')).toEqual([]);
    for (const row of similar) for (const neighbour of row) expect(neighbour.similarity).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  it('says what each pair shares', () => {
    const recs = similar[names.indexOf('home-feed-recs')]!.find((neighbour) => names[neighbour.index] === 'product-search')!;
    expect(recs.shared).toEqual(['ranking', 'online', 'Feast + MLflow + Kafka and 1 more']);
    const fraud = similar[names.indexOf('card-fraud')]!.find((neighbour) => names[neighbour.index] === 'account-takeover')!;
    expect(fraud.shared).toEqual(['classification', 'XGBoost + Flink']);
  });

  it('is symmetric and the same on every run', () => {
    const from0to1 = similar[0]!.find((neighbour) => neighbour.index === 1)!.similarity;
    const from1to0 = similar[1]!.find((neighbour) => neighbour.index === 0)!.similarity;
    expect(from0to1).toBe(from1to0);
    expect(similarDesigns(features)).toEqual(similar);
  });
});

describe('similarDesigns', () => {
  const empty: DesignFeatures = { task: [], serving: [], component: [], tech: [], monitoring: [] };

  it('handles no designs and designs without any feature', () => {
    expect(similarDesigns([])).toEqual([]);
    expect(similarDesigns([empty, empty])).toEqual([[], []]);
  });

  it('lists at most k others', () => {
    const same = featuresOf(CORPUS['card-fraud']);
    expect(similarDesigns([same, same, same, same, same], 3)[0]!.map((neighbour) => neighbour.index)).toEqual([1, 2, 3]);
    expect(similarDesigns([same, same, same], 1)[0]!.map((neighbour) => neighbour.index)).toEqual([1]);
  });
});

describe('sharedFeatures', () => {
  it('names a shared rules-based approach and, without shared technology, notable component kinds', () => {
    const a = featuresOf({
      approach: 'traditional',
      architecture: {
        components: [
          { id: 'fs', kind: 'feature-store' },
          { id: 's', kind: 'serving' },
        ],
      },
    });
    const b = featuresOf({
      approach: 'traditional',
      architecture: {
        components: [
          { id: 'f', kind: 'feature-store' },
          { id: 't', kind: 'serving' },
        ],
      },
    });
    expect(sharedFeatures(a, b)).toEqual(['rules-based', 'a feature store']);
  });
});
