import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { cosineSimilarities, featureMatrix, featuresOf, similarDesigns, type DesignFeatures } from '../../src/report/similarity.js';

const features = (trait: string[], task: string[], tech: string[]): DesignFeatures => ({ trait, task, tech });

describe('featuresOf', () => {
  it('reads declared traits, the task type and technologies named anywhere or as component tech', () => {
    const design = {
      problem: { has_patterns: true, data_size: 'large' },
      framing: { task_type: 'Ranking' },
      data: { pipeline: 'Kafka into Spark', feature_store: 'Feast' },
      architecture: {
        components: [
          { id: 'w', kind: 'monitoring', tech: 'Prometheus + Grafana' },
          { id: 'x', kind: 'other', tech: 'In-house (Go)' },
        ],
      },
    };
    expect(featuresOf(design)).toEqual({
      trait: ['has_patterns=true', 'data_size=large'],
      task: ['task=ranking'],
      tech: ['tech=feast', 'tech=go', 'tech=grafana', 'tech=in-house', 'tech=kafka', 'tech=prometheus', 'tech=spark'],
    });
  });

  it('has no features for data that is not a design', () => {
    expect(featuresOf(undefined)).toEqual({ trait: [], task: [], tech: [] });
    expect(featuresOf(['a list'])).toEqual({ trait: [], task: [], tech: [] });
  });
});

describe('cosine similarity', () => {
  it('is 1 for parallel rows, 0 for orthogonal ones, and the cosine otherwise', () => {
    const similarities = cosineSimilarities(new Matrix([[1, 0], [2, 0], [0, 3], [1, 1]]));
    expect(similarities.get(0, 1)).toBeCloseTo(1);
    expect(similarities.get(0, 2)).toBeCloseTo(0);
    expect(similarities.get(0, 3)).toBeCloseTo(Math.SQRT1_2);
    expect(similarities.get(2, 2)).toBeCloseTo(1);
  });

  it('weighs each feature group the same, however many features it has', () => {
    const { matrix, vocabulary } = featureMatrix([features(['a=1'], ['task=x'], ['tech=k', 'tech=l', 'tech=m', 'tech=n'])]);
    expect(vocabulary).toEqual(['a=1', 'task=x', 'tech=k', 'tech=l', 'tech=m', 'tech=n']);
    expect(matrix.getRow(0)).toEqual([1, 1, 0.5, 0.5, 0.5, 0.5]);
  });
});

describe('similarDesigns', () => {
  const designs = [
    features(['p=true', 'd=large'], ['task=ranking'], ['tech=kafka', 'tech=feast']),
    features(['p=true', 'd=large'], ['task=ranking'], ['tech=kafka']),
    features(['p=false', 'd=medium'], ['task=other'], ['tech=go']),
    features(['p=true', 'd=small'], ['task=classification'], ['tech=kafka', 'tech=feast']),
    features([], [], []),
  ];

  it('lists at most k others, most similar first, leaving out the design itself and designs with nothing in common', () => {
    const similar = similarDesigns(designs, 3);
    expect(similar[0]!.map((neighbour) => neighbour.index)).toEqual([1, 3]);
    expect(similar[0]![0]!.similarity).toBeGreaterThan(similar[0]![1]!.similarity);
    expect(similar[2]).toEqual([]);
    expect(similar[4]).toEqual([]);
    expect(similarDesigns(designs, 1)[0]!.map((neighbour) => neighbour.index)).toEqual([1]);
  });

  it('is symmetric and the same on every run', () => {
    const similar = similarDesigns(designs);
    const from0to1 = similar[0]!.find((neighbour) => neighbour.index === 1)!.similarity;
    const from1to0 = similar[1]!.find((neighbour) => neighbour.index === 0)!.similarity;
    expect(from0to1).toBe(from1to0);
    expect(similarDesigns(designs)).toEqual(similar);
  });

  it('handles no designs and designs without any feature', () => {
    expect(similarDesigns([])).toEqual([]);
    expect(similarDesigns([features([], [], []), features([], [], [])])).toEqual([[], []]);
  });
});
