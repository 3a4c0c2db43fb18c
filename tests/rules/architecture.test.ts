import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const RULES = [
  'architecture/unknown-component',
  'architecture/duplicate-component',
  'architecture/orphan-component',
  'architecture/unmonitored-serving',
  'architecture/feedback-loop',
];

const unknown = (field: string, id: string, suggestion?: string) =>
  `\`${field}\` names \`${id}\`, which is not the id of any component in ` +
    `\`architecture.components\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
const duplicate = (id: string, first: string) => `component id \`${id}\` is already used by \`${first}\`: give each component its own id`;
const orphan = (id: string) => `component \`${id}\` has no flow: connect it in \`architecture.flows\` or remove it`;
const unmonitored = (id: string) =>
  `serving component \`${id}\` has no path along \`architecture.flows\` to a monitoring component: nobody watches its latency, errors or ` +
    `predictions`;
const throughData = (id: string, source: string, path: string) =>
  `serving component \`${id}\` reaches monitoring only through the data source \`${source}\` (${path}): that path watches the data ` +
    `pipeline, not the service; add a flow from \`${id}\` to a monitoring component`;
const loop = (id: string, path: string) =>
  `serving component \`${id}\` feeds its own training (${path}): the model learns from data its predictions shaped; state a mitigation ` +
    `(exploration traffic, a holdout kept out of the model's influence, position-bias or propensity correction, off-policy evaluation)`;
const noMonitoring = (id: string) =>
  `serving component \`${id}\` is not monitored: \`architecture.components\` has no component of kind \`monitoring\``;

const WORKED_EXAMPLE_ARCHITECTURE = `architecture:
  components:
    - {id: events,   name: Event stream,    kind: data-source,     tech: Kafka}
    - {id: etl,      name: Feature jobs,    kind: data-processing, tech: Spark}
    - {id: store,    name: Feature store,   kind: feature-store,   tech: Feast}
    - {id: train,    name: Training,        kind: training,        tech: PyTorch}
    - {id: registry, name: Model registry,  kind: registry,        tech: MLflow}
    - {id: serve,    name: Ranking service, kind: serving,         tech: TorchServe}
    - {id: watch,    name: Monitoring,      kind: monitoring,      tech: Prometheus}
  flows:
    - {from: events, to: etl}
    - {from: etl, to: store}
    - {from: store, to: train}
    - {from: train, to: registry}
    - {from: registry, to: serve}
    - {from: store, to: serve, label: online features}
    - {from: serve, to: watch}
`;

/** Architectures of the wrong shape that every architecture rule must survive. */
const WRONG_ARCHITECTURES = [
  'architecture: [1]\n',
  'architecture: {components: {a: 1}, flows: x}\n',
  'architecture: {components: [serve, 1, null, [a]], flows: [x, 1, null, [a]]}\n',
  'architecture: {components: [{kind: serving}, {id: [a], kind: serving}, {id: "", kind: monitoring}], flows: [{}, {from: [a]}, {to: {b: ' +
    '1}}, {label: a}]}\n',
];

describe('architecture rules', () => {
  it('have their catalogue severities', () => {
    const yaml = 'architecture:\n  components: [{id: a, kind: serving}, {id: a, kind: other}]\n  flows: [{from: b, to: b}]\n';
    expect(lintYaml(yaml, RULES).map(({ ruleId, severity }) => [ruleId, severity])).toEqual([
      ['architecture/orphan-component', 'warn'],
      ['architecture/unmonitored-serving', 'warn'],
      ['architecture/orphan-component', 'warn'],
      ['architecture/duplicate-component', 'error'],
      ['architecture/unknown-component', 'error'],
      ['architecture/unknown-component', 'error'],
    ]);
  });

  it('say nothing about the architecture of the specification', () => {
    expect(lintChecked(WORKED_EXAMPLE_ARCHITECTURE, RULES)).toEqual([]);
  });

  it('say nothing without an architecture', () => {
    expect(lintChecked('mlsys: 1\nname: x\n', RULES)).toEqual([]);
  });

  it('do not throw on wrongly typed designs', () => {
    for (const yaml of [...WRONGLY_TYPED_DESIGNS, ...WRONG_ARCHITECTURES]) lintChecked(yaml, RULES);
  });
});

describe('architecture/unknown-component', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['architecture/unknown-component']);

  it('reports each unknown end of block-style flows, with a suggestion when one is close', () => {
    const yaml =
      'architecture:\n  components:\n    - id: serve\n      kind: serving\n    - id: watch\n      kind: monitoring\n  flows:\n    - ' +
        'from: Serve\n      to: monitor\n    - from: watch\n      to: watch\n';
    expect(lint(yaml)).toEqual([
      { ruleId: 'architecture/unknown-component', line: 8, column: 13, message: unknown('architecture.flows[0].from', 'Serve', 'serve') },
      { ruleId: 'architecture/unknown-component', line: 9, column: 11, message: unknown('architecture.flows[0].to', 'monitor') },
    ]);
  });

  it('reports every end when there are no components', () => {
    expect(lint('architecture:\n  flows: [{from: a, to: b}]\n')).toEqual([
      { ruleId: 'architecture/unknown-component', line: 2, column: 18, message: unknown('architecture.flows[0].from', 'a') },
      { ruleId: 'architecture/unknown-component', line: 2, column: 25, message: unknown('architecture.flows[0].to', 'b') },
    ]);
  });

  it('compares numeric ids as written', () => {
    expect(
      lint(
        'architecture:\n  components: [{id: 10, kind: serving}, {id: "20", kind: monitoring}]\n  flows: [{from: 10, to: 20}, {from: ' +
          '"10", to: 3}]\n',
      ),
    ).toEqual([{ ruleId: 'architecture/unknown-component', line: 3, column: 48, message: unknown('architecture.flows[1].to', '3') }]);
  });

  it('leaves missing or non-text ends to the schema', () => {
    expect(
      lint(
        'architecture:\n  components: [{id: a, kind: other}]\n  flows: [{from: a}, {to: [b]}, {from: "", to: {c: 1}}, {from: true, to: ' +
          'a}]\n',
      ),
    ).toEqual([]);
    for (const yaml of WRONG_ARCHITECTURES) expect(lint(yaml)).toEqual([]);
  });
});

describe('architecture/duplicate-component', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['architecture/duplicate-component']);

  it('reports each later use at its id, naming the first', () => {
    const yaml =
      'architecture:\n  components:\n    - id: model\n      kind: training\n    - {id: other, kind: other}\n    - id: model\n      kind: ' +
        'serving\n    - {kind: registry, id: model}\n';
    expect(lint(yaml)).toEqual([
      { ruleId: 'architecture/duplicate-component', line: 6, column: 11, message: duplicate('model', 'architecture.components[0]') },
      { ruleId: 'architecture/duplicate-component', line: 8, column: 28, message: duplicate('model', 'architecture.components[0]') },
    ]);
  });

  it('compares ids exactly', () => {
    expect(lint('architecture:\n  components: [{id: serve, kind: serving}, {id: Serve, kind: serving}]\n')).toEqual([]);
  });

  it('skips components without a usable id', () => {
    expect(lint('architecture:\n  components: [{kind: serving}, {kind: serving}, {id: [a]}, {id: [a]}, a, a]\n')).toEqual([]);
    for (const yaml of WRONG_ARCHITECTURES) expect(lint(yaml)).toEqual([]);
  });
});

describe('architecture/orphan-component', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['architecture/orphan-component']);

  it('reports each component without flows at the component, block or flow style', () => {
    const yaml =
      'architecture:\n  components:\n    - id: serve\n      kind: serving\n    - {id: cache, kind: storage}\n    - {id: watch, kind: ' +
        'monitoring}\n  flows:\n    - {from: serve, to: watch}\n    - {from: cache, to: nowhere}\n    - {from: watch}\n';
    expect(lint(yaml)).toEqual([]);
    expect(lint('architecture:\n  components:\n    - id: serve\n      kind: serving\n    - {id: cache, kind: storage}\n')).toEqual([
      { ruleId: 'architecture/orphan-component', line: 3, column: 7, message: orphan('serve') },
      { ruleId: 'architecture/orphan-component', line: 5, column: 7, message: orphan('cache') },
    ]);
  });

  it('counts a flow from a component to itself', () => {
    expect(lint('architecture:\n  components: [{id: loop, kind: other}]\n  flows: [{from: loop, to: loop}]\n')).toEqual([]);
  });

  it('skips components without a usable id', () => {
    for (const yaml of WRONG_ARCHITECTURES) expect(lint(yaml)).toEqual([]);
  });
});

describe('architecture/unmonitored-serving', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['architecture/unmonitored-serving']);

  it('follows flows over several steps, in their direction only', () => {
    const yaml = [
      'architecture:',
      '  components:',
      '    - {id: api, kind: serving}',
      '    - {id: batch, kind: serving}',
      '    - id: logs',
      '      kind: data-processing',
      '    - {id: watch, kind: monitoring}',
      '  flows:',
      '    - {from: api, to: logs}',
      '    - {from: logs, to: watch}',
      '    - {from: watch, to: batch}',
      '',
    ].join('\n');
    expect(lint(yaml)).toEqual([{ ruleId: 'architecture/unmonitored-serving', line: 4, column: 7, message: unmonitored('batch') }]);
  });

  it('ends on cycles that never reach monitoring', () => {
    const yaml =
      'architecture:\n  components:\n    - id: serve\n      kind: serving\n    - {id: cache, kind: storage}\n    - {id: watch, kind: ' +
        'monitoring}\n  flows: [{from: serve, to: cache}, {from: cache, to: serve}]\n';
    expect(lint(yaml)).toEqual([{ ruleId: 'architecture/unmonitored-serving', line: 3, column: 7, message: unmonitored('serve') }]);
  });

  it('says when there is no monitoring component at all', () => {
    expect(
      lint('architecture:\n  components: [{id: serve, kind: serving}, {id: edge, kind: serving}]\n  flows: [{from: serve, to: edge}]\n'),
    ).toEqual([
      { ruleId: 'architecture/unmonitored-serving', line: 2, column: 16, message: noMonitoring('serve') },
      { ruleId: 'architecture/unmonitored-serving', line: 2, column: 44, message: noMonitoring('edge') },
    ]);
  });

  it('does not reach a monitoring component that has no id', () => {
    expect(lint('architecture:\n  components: [{id: serve, kind: serving}, {kind: monitoring}]\n')).toEqual([
      { ruleId: 'architecture/unmonitored-serving', line: 2, column: 16, message: unmonitored('serve') },
    ]);
  });

  it('skips serving components without a usable id', () => {
    for (const yaml of WRONG_ARCHITECTURES) expect(lint(yaml)).toEqual([]);
  });

  // The playlist service of issue 15: its only path to monitoring runs through its own logs,
  // a data source, and then the batch pipeline built on them.
  const PLAYLIST = [
    'architecture:',
    '  components:',
    '    - {id: api, name: Playlist API, kind: serving}',
    '    - {id: logs, name: Listening logs, kind: data-source}',
    '    - {id: features, name: Feature jobs, kind: data-processing}',
    '    - {id: generation, name: Playlist generation, kind: serving}',
    '    - {id: monitoring, name: Monitoring, kind: monitoring}',
    '  flows:',
    '    - {from: api, to: logs, label: plays and skips}',
    '    - {from: logs, to: features}',
    '    - {from: features, to: generation}',
    '    - {from: generation, to: monitoring}',
    '',
  ].join('\n');

  it('does not count a path that re-enters the data stack through a data source', () => {
    expect(lint(PLAYLIST)).toEqual([
      {
        ruleId: 'architecture/unmonitored-serving',
        line: 3,
        column: 7,
        message: throughData('api', 'logs', 'api → logs → features → generation → monitoring'),
      },
    ]);
  });

  it('counts the playlist API once it flows to monitoring directly, or through processing or storage', () => {
    expect(lint(PLAYLIST + '    - {from: api, to: monitoring}\n')).toEqual([]);
    expect(
      lint(PLAYLIST.replace('{id: logs, name: Listening logs, kind: data-source}', '{id: logs, name: Listening logs, kind: storage}')),
    ).toEqual([]);
  });

  it('reports a path that ends at a data source as unmonitored, and still lets a data source be watched', () => {
    const yaml =
      'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: logs, kind: data-source}\n    - {id: watch, kind: ' +
        'monitoring}\n  flows: [{from: serve, to: logs}, {from: logs, to: watch}]\n';
    expect(lint(yaml)).toEqual([
      { ruleId: 'architecture/unmonitored-serving', line: 3, column: 7, message: throughData('serve', 'logs', 'serve → logs → watch') },
    ]);
    expect(
      lint(
        'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: logs, kind: data-source}\n    - {id: watch, kind: ' +
          'monitoring}\n  flows: [{from: serve, to: logs}]\n',
      ),
    ).toEqual([{ ruleId: 'architecture/unmonitored-serving', line: 3, column: 7, message: unmonitored('serve') }]);
  });
});

describe('architecture/feedback-loop', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['architecture/feedback-loop']);

  /** Serving → event log → processing → training, with `prose` added to the design as given. */
  const looped = (prose = '') =>
    prose +
    [
      'architecture:',
      '  components:',
      '    - {id: serve, kind: serving}',
      '    - {id: events, kind: data-source}',
      '    - {id: etl, kind: data-processing}',
      '    - {id: watch, kind: monitoring}',
      '    - {id: train, kind: training}',
      '  flows:',
      '    - {from: events, to: etl}',
      '    - {from: etl, to: train}',
      '    - {from: serve, to: watch}',
      '    - {from: serve, to: events, label: impressions}',
      '',
    ].join('\n');
  const lineOfServe = (prose: string) => prose.split('\n').length + 2;

  it('reports a loop at the serving component, naming the shortest path', () => {
    expect(lint(looped())).toEqual([
      { ruleId: 'architecture/feedback-loop', line: 3, column: 7, message: loop('serve', 'serve → events → etl → train') },
    ]);
  });

  it('is a warning that applies to ML and hybrid designs only', () => {
    expect(lintYaml(looped(), ['architecture/feedback-loop']).map(({ severity }) => severity)).toEqual(['warn']);
    expect(lint(looped('approach: hybrid\n'))).toHaveLength(1);
    expect(lint(looped('approach: traditional\n'))).toEqual([]);
  });

  it('reports each serving component once, however many paths it has, and not through another serving component', () => {
    const yaml =
      looped().replace(
        '    - {id: train, kind: training}\n',
        '    - {id: train, kind: training}\n    - {id: rank, kind: serving}\n    - {id: train2, kind: training}\n',
      ) + '    - {from: serve, to: train2}\n    - {from: rank, to: serve}\n    - {from: etl, to: train2}\n';
    expect(lint(yaml)).toEqual([{ ruleId: 'architecture/feedback-loop', line: 3, column: 7, message: loop('serve', 'serve → train2') }]);
    expect(lint(`${yaml}    - {from: rank, to: events}\n`)).toEqual([
      { ruleId: 'architecture/feedback-loop', line: 3, column: 7, message: loop('serve', 'serve → train2') },
      { ruleId: 'architecture/feedback-loop', line: 8, column: 7, message: loop('rank', 'rank → events → etl → train') },
    ]);
  });

  it('does not pass through monitoring, whose flows are alerts and retraining triggers', () => {
    const yaml =
      'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: watch, kind: monitoring}\n    - {id: train, kind: ' +
        'training}\n  flows: [{from: serve, to: watch}, {from: watch, to: train}]\n';
    expect(lint(yaml)).toEqual([]);
  });

  it('says nothing when training feeds serving only, or without a training component', () => {
    const yaml =
      'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: registry, kind: registry}\n    - {id: train, kind: ' +
        'training}\n  flows: [{from: train, to: registry}, {from: registry, to: serve}]\n';
    expect(lint(yaml)).toEqual([]);
    expect(
      lint(
        'architecture:\n  components: [{id: serve, kind: serving}, {id: logs, kind: data-source}]\n  flows: [{from: serve, to: logs}]\n',
      ),
    ).toEqual([]);
  });

  it('is quiet when any prose of the design states a mitigation', () => {
    const mitigations = [
      'model:\n  training: Daily on impressions with epsilon-greedy exploration (5% of slots)\n',
      'data:\n  labels: Clicks, position-bias corrected with a click model\n',
      'data:\n  labels: [Purchases, Clicks reweighted by inverse propensity scores]\n',
      'evaluation:\n  offline_metrics: [NDCG@10 (IPS-weighted)]\n',
      'evaluation:\n  experiment: A/B test with a 1% long-term holdout that always gets the popularity ranking\n',
      'evaluation:\n  offline_metrics: [Counterfactual evaluation of new policies on logged propensities]\n',
      'evaluation:\n  offline_metrics: [Off-policy estimates (doubly robust)]\n',
      'monitoring:\n  model: [Share of traffic in the Thompson sampling bandit]\n',
      'evaluation:\n  experiment: A/B testing with holdout groups\n',
      'evaluation:\n  experiment: Shadow, then A/B; a 0.5% random pass-through holdout keeps labels unbiased\n',
      'data:\n  labels: Clicks weighted from a small top-k randomisation bucket\n',
      'deployment:\n  rollout: Canary; top-k results shuffled for a random 0.5% of traffic\n',
      'model:\n  training: "Weekly. No drift check yet; exploration: 2% of impressions go to fresh items"\n',
    ];
    for (const prose of mitigations) expect(lint(looped(prose)), prose).toEqual([]);
    const labelled = looped().replace('label: impressions}', 'label: impressions from the exploration bucket}');
    expect(lint(labelled)).toEqual([]);
  });

  it('does not take a negated mitigation, a test set or data exploration for one', () => {
    const notMitigations = [
      'model:\n  training: Weekly on logged clicks; no exploration yet\n',
      'data:\n  labels: Clicks (position bias is not corrected)\n',
      'evaluation:\n  experiment: No holdout group\n',
      'evaluation:\n  offline_metrics: [AUC on an out-of-time holdout set]\n',
      'data:\n  pipeline: Notebook data exploration before each retrain\n',
      'evaluation:\n  experiment: Randomised controlled trial\n',
      'model:\n  training: "Fraud is 0.1% of transactions: negatives downsampled, recalibrated on an out-of-time holdout"\n',
      'evaluation:\n  experiment: A/B test on 5% of traffic, assignment by a random hash of the user id\n',
      'requirements:\n  business_goal: Help members explore the catalogue\n',
    ];
    for (const prose of notMitigations) {
      expect(lint(looped(prose)), prose).toEqual([
        {
          ruleId: 'architecture/feedback-loop',
          line: lineOfServe(prose),
          column: 7,
          message: loop('serve', 'serve → events → etl → train'),
        },
      ]);
    }
  });

  it('skips serving components without a usable id', () => {
    for (const yaml of WRONG_ARCHITECTURES) expect(lint(yaml)).toEqual([]);
  });
});
