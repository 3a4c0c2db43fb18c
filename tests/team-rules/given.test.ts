import { describe, expect, it } from 'vitest';
import { matchGiven, parseGiven, type GivenStep } from '../../src/rules/declarative/given.js';

const steps = (text: string): GivenStep[] => {
  const parsed = parseGiven(text);
  if (!Array.isArray(parsed)) throw new Error(parsed.problem);
  return parsed;
};

const DESIGN = {
  monitoring: {
    alerts: [{ name: 'latency', runbook: 'wiki/latency' }, { name: 'drift' }],
    retraining: { runbook: 'wiki/retrain' },
  },
  deployment: { fallback: { runbook: 'wiki/fallback' } },
};

describe('given paths', () => {
  it('reads keys, indexes, wildcards and quoted keys, with or without `$.`', () => {
    expect(parseGiven('$.monitoring.alerts[*].runbook')).toEqual([
      { key: 'monitoring' },
      { key: 'alerts' },
      { any: 'item' },
      { key: 'runbook' },
    ]);
    expect(parseGiven("deployment.*['odd.key'][0]")).toEqual([{ key: 'deployment' }, { any: 'key' }, { key: 'odd.key' }, { index: 0 }]);
    expect(parseGiven('$')).toEqual([]);
  });

  it("takes JSONPath's recursive descent to a key, at the start or after a path", () => {
    expect(parseGiven('$..runbook')).toEqual([{ descend: 'runbook' }]);
    expect(parseGiven('monitoring..runbook')).toEqual([{ key: 'monitoring' }, { descend: 'runbook' }]);
    expect(matchGiven(DESIGN, steps('$..runbook'))).toEqual([
      { path: ['monitoring', 'alerts', 0, 'runbook'], value: 'wiki/latency' },
      { path: ['monitoring', 'retraining', 'runbook'], value: 'wiki/retrain' },
      { path: ['deployment', 'fallback', 'runbook'], value: 'wiki/fallback' },
    ]);
    expect(matchGiven(DESIGN, steps('monitoring..runbook')).map((match) => match.path.join('.'))).toEqual([
      'monitoring.alerts.0.runbook',
      'monitoring.retraining.runbook',
    ]);
    expect(matchGiven(DESIGN, steps('$..alerts[*].name')).map((match) => match.value)).toEqual(['latency', 'drift']);
  });

  it('says what is wrong with a path it cannot read', () => {
    expect(parseGiven('$..*')).toEqual({
      problem: 'recursive descent (`..`) takes a key name after it (`$..runbook`), not a wildcard or a bracket',
    });
    expect(parseGiven('')).toEqual({ problem: 'the path is empty' });
    expect(parseGiven('a[?(@.x)]')).toHaveProperty('problem');
  });
});
