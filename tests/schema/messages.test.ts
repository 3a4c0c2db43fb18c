import { describe, expect, it } from 'vitest';
import { closestMatch } from '../../src/schema/index.js';
import { brief, lintYaml } from '../helpers.js';

const schemaFindings = (yaml: string) =>
  brief(lintYaml(yaml, ['schema/invalid'])).map(({ line, column, message }) => `${line}:${column} ${message}`);

describe('schema/invalid messages, one per ajv keyword', () => {
  it('required: at the parent', () => {
    expect(schemaFindings('mlsys: 1\n')).toEqual(['1:1 the design is missing the required key `name`']);
    expect(schemaFindings('mlsys: 1\nname: x\narchitecture:\n  components:\n    - {id: a}\n')).toEqual([
      '5:7 `architecture.components[0]` is missing the required key `kind`',
    ]);
  });

  it('additionalProperties: at the key, with "did you mean"', () => {
    expect(schemaFindings('mlsys: 1\nname: x\nmonitoring:\n  alerst: [a]\n')).toEqual([
      '4:3 unknown key `alerst` in `monitoring`; did you mean `alerts`?',
    ]);
    expect(schemaFindings('mlsys: 1\nname: x\nteam_budget: 3\n')).toEqual([
      '3:1 unknown key `team_budget` in the design (extensions must start with `x-`)',
    ]);
    expect(schemaFindings('mlsys: 1\nname: x\nx-budget: 3\ndeployment:\n  x-region: eu\n')).toEqual([]);
  });

  it('type: says what was expected and what came', () => {
    expect(schemaFindings('mlsys: 1\nname: x\ndeployment:\n  slo: fast\n')).toEqual([
      '4:8 `deployment.slo` must be a mapping; got text `fast`',
    ]);
    expect(schemaFindings('mlsys: 1\nname: x\nproblem:\n  has_patterns: "yes"\n')).toEqual([
      '4:17 `problem.has_patterns` must be true or false; got text `yes`',
    ]);
    expect(schemaFindings('mlsys: 1\nname: x\nmonitoring:\n')).toEqual([
      '3:1 `monitoring` must be a mapping; got nothing (an empty value)',
    ]);
  });

  it('anyOf for text lists: reports through the form the author used', () => {
    expect(schemaFindings('mlsys: 1\nname: x\nowners: {lead: ana}\n')).toEqual([
      '3:9 `owners` must be text or a list of text; got a mapping',
    ]);
    expect(schemaFindings('mlsys: 1\nname: x\nowners: [ana, 7]\n')).toEqual(['3:15 `owners[1]` must be text; got a number `7`']);
    expect(schemaFindings('mlsys: 1\nname: x\nowners: ana\n')).toEqual([]);
  });

  it('enum: lists the allowed values and suggests the closest', () => {
    expect(schemaFindings('mlsys: 1\nname: x\ndeployment:\n  mode: realtime\n')).toEqual([
      '4:9 `deployment.mode` must be one of online, real-time, batch, streaming, edge; got `realtime`; did you mean `real-time`?',
    ]);
    expect(schemaFindings('mlsys: 1\nname: x\nstatus: aproved\n')).toEqual([
      '3:9 `status` must be one of draft, in-review, approved, deprecated; got `aproved`; did you mean `approved`?',
    ]);
  });

  it('const, pattern and minLength', () => {
    expect(schemaFindings('mlsys: 2\nname: x\n')).toEqual(['1:8 `mlsys` must be 1; got `2`']);
    expect(schemaFindings('mlsys: 1\nname: x\nid: Fraud_Detection\n')).toEqual([
      '3:5 `id` must be lowercase letters and digits, words joined by single hyphens (e.g. `fraud-detection`); got `Fraud_Detection`',
    ]);
    expect(schemaFindings('mlsys: 1\nname: ""\n')).toEqual(['2:7 `name` must not be empty']);
  });

  it('a file that is not a mapping', () => {
    expect(schemaFindings('')).toEqual([
      '1:1 a design must be a mapping of keys (`mlsys`, `name`, the 7 steps…); got nothing (an empty value)',
    ]);
    expect(schemaFindings('- a\n- b\n')).toEqual(['1:1 a design must be a mapping of keys (`mlsys`, `name`, the 7 steps…); got a list']);
  });
});

describe('closestMatch', () => {
  it('finds typos, swaps and case or separator differences', () => {
    expect(closestMatch('monitorng', ['monitoring', 'model'])).toBe('monitoring');
    expect(closestMatch('modle', ['model', 'data'])).toBe('model');
    expect(closestMatch('Feature-Store', ['feature_store', 'features'])).toBe('feature_store');
    expect(closestMatch('alerting', ['alerts', 'dashboards', 'retraining'])).toBe('alerts');
    expect(closestMatch('dashboard', ['alerts', 'dashboards'])).toBe('dashboards');
  });

  it('never proposes a key whose numbers differ: that changes what the value means', () => {
    expect(closestMatch('latency_p95', ['latency_p50', 'latency_p99'])).toBeUndefined();
    expect(closestMatch('latency_p75', ['latency_p50', 'latency_p90', 'latency_p95', 'latency_p99', 'latency_p999'])).toBeUndefined();
    expect(closestMatch('latency_p9', ['latency_p99'])).toBeUndefined();
    expect(closestMatch('x'.repeat(100_000), ['alerts'])).toBeUndefined();
  });
  it('stays quiet when nothing is close', () => {
    expect(closestMatch('budget', ['monitoring', 'model', 'data'])).toBeUndefined();
  });
});
