import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const GOAL = 'no business goal: say what the business wants to achieve in `requirements.business_goal`';
const METRICS = 'no success metrics: say how success is measured in business terms in `requirements.success_metrics`';
const SCALE =
  'no scale: give users, items, `peak_rps` or the dimensions of your domain (e.g. `orders_per_day: 2M`) in `requirements.scale`';
const latency = (mode: string) =>
  `${mode} serving without a latency requirement: say how fast answers must be (e.g. "< 200ms") in \`requirements.latency\``;
const PRESENCE_RULES = ['requirements/business-goal', 'requirements/success-metrics', 'requirements/scale'];

describe('requirements presence rules', () => {
  const lint = (yaml: string) => lintChecked(yaml, PRESENCE_RULES);

  it('have their catalogue severities', () => {
    const findings = lintYaml('mlsys: 1\n', PRESENCE_RULES);
    expect(findings.map(({ ruleId, severity }) => [ruleId, severity])).toEqual([
      ['requirements/business-goal', 'warn'],
      ['requirements/scale', 'warn'],
      ['requirements/success-metrics', 'error'],
    ]);
  });

  it('say nothing for a complete block', () => {
    expect(lint('requirements:\n  business_goal: Grow\n  success_metrics: Retention\n  scale:\n    users: 200M\n')).toEqual([]);
  });

  it('point at the requirements key when fields are missing', () => {
    expect(lint('mlsys: 1\nrequirements:\n  latency: "< 200ms"\n')).toEqual([
      { ruleId: 'requirements/business-goal', line: 2, column: 1, message: GOAL },
      { ruleId: 'requirements/scale', line: 2, column: 1, message: SCALE },
      { ruleId: 'requirements/success-metrics', line: 2, column: 1, message: METRICS },
    ]);
  });

  it('point into a flow mapping, and at empty values', () => {
    expect(lint('mlsys: 1\nrequirements: {business_goal: Grow, success_metrics: [""], scale: {users: }}\n')).toEqual([
      { ruleId: 'requirements/success-metrics', line: 2, column: 54, message: METRICS },
      { ruleId: 'requirements/scale', line: 2, column: 67, message: SCALE },
    ]);
  });

  it('point at the value when requirements is not a mapping', () => {
    expect(lint('mlsys: 1\nrequirements: yes\n')).toEqual([
      { ruleId: 'requirements/business-goal', line: 2, column: 15, message: GOAL },
      { ruleId: 'requirements/scale', line: 2, column: 15, message: SCALE },
      { ruleId: 'requirements/success-metrics', line: 2, column: 15, message: METRICS },
    ]);
  });

  it('leave wrongly typed values to the schema', () => {
    expect(lint('requirements: {business_goal: 42, success_metrics: {a: b}, scale: big}\n')).toEqual([]);
  });

  it('do not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toHaveLength(3);
  });
});

describe('requirements/latency', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['requirements/latency']);

  it('is a warning for online serving, at line 1 without requirements', () => {
    expect(lintYaml('deployment: {mode: online}\n', ['requirements/latency'])[0]).toMatchObject({
      severity: 'warn',
      line: 1,
      column: 1,
      message: latency('online'),
      path: ['requirements', 'latency'],
    });
  });

  it('names streaming serving', () => {
    expect(lint('requirements:\n  scale: {users: 1M}\ndeployment:\n  mode: streaming\n')).toEqual([
      { ruleId: 'requirements/latency', line: 1, column: 1, message: latency('streaming') },
    ]);
  });

  it('points at an empty latency', () => {
    expect(lint('deployment: {mode: online}\nrequirements: {latency: ""}\n')).toEqual([
      { ruleId: 'requirements/latency', line: 2, column: 25, message: latency('online') },
    ]);
  });

  it('is satisfied by any latency, parseable or not (parsing is another rule)', () => {
    expect(lint('deployment: {mode: online}\nrequirements: {latency: "< 200ms"}\n')).toEqual([]);
    expect(lint('deployment: {mode: online}\nrequirements: {latency: 200}\n')).toEqual([]);
  });

  it('asks nothing of batch, edge, unknown or absent modes', () => {
    for (const mode of ['batch', 'edge', 'realtime', '[batch, edge]', '{online: 1}', '""'])
      expect(lint(`deployment: {mode: ${mode}}\n`)).toEqual([]);
    expect(lint('deployment: online\n')).toEqual([]);
    expect(lint('mlsys: 1\n')).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toEqual([]);
    expect(lint('deployment: {mode: online}\nrequirements: [1]\n')).toEqual([
      { ruleId: 'requirements/latency', line: 2, column: 15, message: latency('online') },
    ]);
  });
});
