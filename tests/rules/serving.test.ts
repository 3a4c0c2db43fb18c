import { describe, expect, it } from 'vitest';
import { findingsForDesign } from '../../src/engine/findings-for-design.js';
import { loadDesign } from '../../src/load/index.js';
import { ruleById } from '../../src/rules/index.js';
import type { ConfiguredSeverity } from '../../src/types.js';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const MODE = 'no serving mode: say how predictions are served (online, batch, streaming or edge) in `deployment.mode`';
const THROUGHPUT = 'no throughput target: set the load to sustain, e.g. `10K rps`, in `deployment.slo.throughput`';
const AVAILABILITY = 'no availability target: set the uptime to guarantee, e.g. `99.9%`, in `deployment.slo.availability`';
const SCALING = 'no scaling plan: say how capacity follows load, e.g. auto-scaling 2-10x, in `deployment.scaling`';
const COST = 'no cost target: set the budget per prediction, e.g. `$0.001`, in `deployment.slo.cost_per_prediction`';
const FALLBACK = 'no fallback: say what is served when the model is unavailable or wrong in `deployment.fallback`';
const ROLLOUT =
  'no rollout plan: say how a new model reaches traffic and is rolled back (canary, shadow, blue-green) in `deployment.rollout`';
const latencySlo = (mode: string) => `${mode} serving without a latency SLO: set \`deployment.slo.latency_p99\` (and \`latency_p50\`)`;
const looser = (field: string, slo: string, requirement: string) =>
  `\`${field}\` ${slo} is looser than the requirement \`requirements.latency\` ${requirement}`;
const p50AboveP99 = (p50: string, p99: string) =>
  `\`deployment.slo.latency_p50\` ${p50} is above \`deployment.slo.latency_p99\` ${p99}: the p50 latency cannot be slower than the p99`;
const WORSE: Record<string, string> = {
  latency_p50: 'slower than usual',
  latency_p99: 'slower than usual',
  throughput: 'more load than usual',
  availability: 'less available than usual',
  cost_per_prediction: 'costlier than usual',
};
const outside = (field: string, value: string, range: string) => `\`deployment.slo.${field}\` ${value} is ${WORSE[field]} (${range})`;

const SERVING_RULES = [
  'serving/mode',
  'serving/latency-slo',
  'serving/throughput',
  'serving/availability',
  'serving/scaling',
  'serving/cost',
  'serving/fallback',
  'serving/rollout',
  'serving/slo-consistency',
  'serving/slo-range',
  'serving/batch-latency',
];
const PRESENCE_RULES = [
  'serving/mode',
  'serving/throughput',
  'serving/availability',
  'serving/scaling',
  'serving/cost',
  'serving/fallback',
  'serving/rollout',
];

const COMPLETE = `requirements:
  latency: "< 200ms"
deployment:
  mode: online
  slo:
    latency_p50: 50ms
    latency_p99: 200ms
    throughput: 10K rps
    availability: 99.9%
    cost_per_prediction: $0.001
  scaling: Auto-scaling 2-10x
  rollout: Canary 5% then 50%
  fallback: Popular titles
`;

describe('serving presence rules', () => {
  const lint = (yaml: string) => lintChecked(yaml, PRESENCE_RULES);

  it('have their catalogue severities', () => {
    expect(lintYaml('mlsys: 1\n', SERVING_RULES).map(({ ruleId, severity }) => [ruleId, severity])).toEqual([
      ['serving/availability', 'warn'],
      ['serving/cost', 'warn'],
      ['serving/fallback', 'warn'],
      ['serving/mode', 'warn'],
      ['serving/rollout', 'warn'],
      ['serving/scaling', 'warn'],
      ['serving/throughput', 'warn'],
    ]);
  });

  it('say nothing for a complete deployment', () => {
    expect(lintChecked(COMPLETE, SERVING_RULES)).toEqual([]);
  });

  it('point at the nearest existing key of a block deployment', () => {
    expect(lint('mlsys: 1\ndeployment:\n  mode: batch\n  slo:\n    latency_p99: 2s\n')).toEqual([
      { ruleId: 'serving/fallback', line: 2, column: 1, message: FALLBACK },
      { ruleId: 'serving/rollout', line: 2, column: 1, message: ROLLOUT },
      { ruleId: 'serving/scaling', line: 2, column: 1, message: SCALING },
      { ruleId: 'serving/availability', line: 4, column: 3, message: AVAILABILITY },
      { ruleId: 'serving/cost', line: 4, column: 3, message: COST },
      { ruleId: 'serving/throughput', line: 4, column: 3, message: THROUGHPUT },
    ]);
  });

  it('point into flow mappings and at empty values', () => {
    expect(
      lint(
        'deployment: {mode: "", scaling: Auto, rollout: Canary, fallback: Rules, slo: {throughput: 1K rps, availability: , ' +
          'cost_per_prediction: $0.01}}\n',
      ),
    ).toEqual([
      { ruleId: 'serving/mode', line: 1, column: 20, message: MODE },
      { ruleId: 'serving/availability', line: 1, column: 99, message: AVAILABILITY },
    ]);
  });

  it('point at the value when deployment is not a mapping', () => {
    expect(lint('deployment: yes\n').map(({ line, column }) => [line, column])).toEqual(Array(7).fill([1, 13]));
  });

  it('do not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) lint(yaml);
    expect(lint('deployment: {slo: [1], mode: 3, scaling: [], fallback: {}}\n').map(({ ruleId }) => ruleId)).toEqual([
      'serving/rollout',
      'serving/availability',
      'serving/cost',
      'serving/throughput',
      'serving/scaling',
      'serving/fallback',
    ]);
  });
});

describe('serving/latency-slo', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['serving/latency-slo']);

  it('asks streaming serving for a latency SLO, at the nearest part of `deployment.slo.latency_p99`', () => {
    expect(lint('deployment:\n  mode: streaming\n')).toEqual([
      { ruleId: 'serving/latency-slo', line: 1, column: 1, message: latencySlo('streaming') },
    ]);
    expect(lint('deployment: {mode: online, slo: {throughput: 10K rps}}\n')).toEqual([
      { ruleId: 'serving/latency-slo', line: 1, column: 33, message: latencySlo('online') },
    ]);
  });

  it('counts an empty latency as none, and points at it', () => {
    expect(lint('deployment:\n  mode: online\n  slo:\n    latency_p99: ""\n')).toEqual([
      { ruleId: 'serving/latency-slo', line: 4, column: 18, message: latencySlo('online') },
    ]);
  });

  it('accepts a p50 alone', () => {
    expect(lint('deployment: {mode: online, slo: {latency_p50: 40ms}}\n')).toEqual([]);
  });

  it('does not ask batch, edge or unknown modes', () => {
    for (const mode of ['batch', 'edge', 'realtime', '[batch, edge]', '{online: 1}'])
      expect(lint(`deployment: {mode: ${mode}}\n`)).toEqual([]);
    expect(lint('mlsys: 1\n')).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of [...WRONGLY_TYPED_DESIGNS, 'deployment: {mode: online, slo: [1]}\n', 'deployment: {mode: online, slo: latency}\n'])
      lint(yaml);
    expect(lint('deployment: {mode: online, slo: [200ms]}\n')).toEqual([
      { ruleId: 'serving/latency-slo', line: 1, column: 33, message: latencySlo('online') },
    ]);
  });
});

describe('serving/slo-consistency', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['serving/slo-consistency']);

  it('accepts an SLO equal to the requirement, in any unit', () => {
    expect(lint('requirements: {latency: "< 200ms"}\ndeployment: {slo: {latency_p99: 0.2s}}\n')).toEqual([]);
    expect(lint('requirements: {latency: 0.2s}\ndeployment: {slo: {latency_p99: 200000us}}\n')).toEqual([]);
  });

  it('reports a p99 looser than the requirement, quoting both as written', () => {
    expect(lint('requirements:\n  latency: 200 ms\ndeployment:\n  slo:\n    latency_p50: 20ms\n    latency_p99: 0.3s\n')).toEqual([
      { ruleId: 'serving/slo-consistency', line: 6, column: 18, message: looser('deployment.slo.latency_p99', '0.3s', '200 ms') },
    ]);
  });

  it('compares the p50 when there is no p99', () => {
    expect(lint('requirements: {latency: "<= 100ms"}\ndeployment: {slo: {latency_p50: 150ms}}\n')).toEqual([
      { ruleId: 'serving/slo-consistency', line: 2, column: 33, message: looser('deployment.slo.latency_p50', '150ms', '<= 100ms') },
    ]);
  });

  it('does not fall back to the p50 when the p99 is there but unreadable', () => {
    expect(lint('requirements: {latency: "< 100ms"}\ndeployment: {slo: {latency_p50: 150ms, latency_p99: fast}}\n')).toEqual([
      {
        ruleId: 'serving/slo-consistency',
        line: 2,
        column: 53,
        message: '`deployment.slo.latency_p99`: `fast` is not a duration; write it like `200ms` or `0.2s`',
      },
    ]);
  });

  it('reports p50 above p99 at the p50, along with a looser p99', () => {
    expect(lint('requirements:\n  latency: "< 200ms"\ndeployment:\n  slo:\n    latency_p50: 1s\n    latency_p99: 300ms\n')).toEqual([
      { ruleId: 'serving/slo-consistency', line: 5, column: 18, message: p50AboveP99('1s', '300ms') },
      { ruleId: 'serving/slo-consistency', line: 6, column: 18, message: looser('deployment.slo.latency_p99', '300ms', '< 200ms') },
    ]);
  });

  it('ignores floating-point noise and equal percentiles', () => {
    expect(lint('deployment: {slo: {latency_p50: 0.0041s, latency_p99: 4.1ms}}\n')).toEqual([]);
    expect(lint('deployment: {slo: {latency_p50: 200ms, latency_p99: 200ms}}\n')).toEqual([]);
  });

  it('reports every unparseable quantity field at its value, requirements included', () => {
    const yaml = [
      'requirements:',
      '  latency: 200',
      '  scale: {users: lots, items: 15K, peak_rps: fast, events_per_day: 1.2B}',
      'deployment:',
      '  slo:',
      '    throughput: 10K per fortnight',
      '    availability: 101%',
      '    cost_per_prediction: 0.01 BTC',
      '',
    ].join('\n');
    expect(lint(yaml)).toEqual([
      {
        ruleId: 'serving/slo-consistency',
        line: 2,
        column: 12,
        message: '`requirements.latency`: `200` has no unit; write `200ms` (or s, us)',
      },
      {
        ruleId: 'serving/slo-consistency',
        line: 3,
        column: 18,
        message: '`requirements.scale.users`: `lots` is not a count; write it like `5000`, `15K`, `200M` or `1.2B`',
      },
      {
        ruleId: 'serving/slo-consistency',
        line: 3,
        column: 46,
        message: '`requirements.scale.peak_rps`: `fast` is not a rate; write it like `10K rps` or `300/s`',
      },
      {
        ruleId: 'serving/slo-consistency',
        line: 6,
        column: 17,
        message:
          '`deployment.slo.throughput`: `10K per fortnight` has an unknown time unit `fortnight`; use s, min, hour, day, week, month or ' +
            'year',
      },
      { ruleId: 'serving/slo-consistency', line: 7, column: 19, message: '`deployment.slo.availability`: `101%` is more than 100%' },
      {
        ruleId: 'serving/slo-consistency',
        line: 8,
        column: 26,
        message: '`deployment.slo.cost_per_prediction`: `0.01 BTC` has an unknown currency `BTC`; use USD, EUR or GBP',
      },
    ]);
  });

  it('reads a plain count in `peak_rps` as requests per second (its name gives the unit)', () => {
    expect(lint('requirements:\n  scale: {users: 200M, items: 15K, peak_rps: 10K}\n')).toEqual([]);
    expect(lint('deployment:\n  slo:\n    throughput: 10000\n')).toEqual([
      {
        ruleId: 'serving/slo-consistency',
        line: 3,
        column: 17,
        message: '`deployment.slo.throughput`: `10000` has no unit; write `10000 rps` (or qps, /s)',
      },
    ]);
  });

  it('leaves empty values to the presence rules, and reports values that are not text', () => {
    expect(lint('deployment:\n  slo:\n    latency_p50: ""\n    latency_p99:\n    throughput: []\n')).toEqual([]);
    expect(lint('deployment:\n  slo:\n    latency_p99: [200ms]\n    availability: true\n')).toEqual([
      {
        ruleId: 'serving/slo-consistency',
        line: 3,
        column: 18,
        message: '`deployment.slo.latency_p99`: expected a quantity written as text',
      },
      {
        ruleId: 'serving/slo-consistency',
        line: 4,
        column: 19,
        message: '`deployment.slo.availability`: expected a quantity written as text',
      },
    ]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of [...WRONGLY_TYPED_DESIGNS, 'deployment: {slo: [1]}\nrequirements: {scale: [1]}\n', 'deployment: "yes"\n']) {
      expect(lint(yaml)).toEqual([]);
    }
    expect(lint('requirements: {latency: {max: 200ms}}\n')).toEqual([
      { ruleId: 'serving/slo-consistency', line: 1, column: 25, message: '`requirements.latency`: expected a quantity written as text' },
    ]);
  });
});

describe('serving/slo-range', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['serving/slo-range']);
  const slo = (field: string, value: string) => lint(`deployment:\n  slo:\n    ${field}: ${value}\n`);
  const at = (field: string, value: string, range: string) => [
    { ruleId: 'serving/slo-range', line: 3, column: 7 + field.length, message: outside(field, value, range) },
  ];

  it('is info', () => {
    expect(lintYaml('deployment: {slo: {latency_p99: 1s}}\n', ['serving/slo-range']).map(({ severity }) => severity)).toEqual(['info']);
  });

  it('accepts the bounds themselves, in any unit', () => {
    for (const [field, value] of [
      ['latency_p50', '50ms'],
      ['latency_p50', '0.05s'],
      ['latency_p99', '200ms'],
      ['latency_p99', '150us'],
      ['throughput', '1K rps'],
      ['throughput', '100K qps'],
      ['throughput', '60K rpm'],
      ['availability', '99.9%'],
      ['availability', '99.99 %'],
      ['cost_per_prediction', '$0.001'],
      ['cost_per_prediction', '0.01 USD'],
    ] as const) {
      expect(slo(field, value)).toEqual([]);
    }
  });

  it('reports each value just worse than usual, at the value, with the usual bound', () => {
    expect(slo('latency_p50', '51ms')).toEqual(at('latency_p50', '51ms', 'at most 50ms'));
    expect(slo('latency_p99', '0.25s')).toEqual(at('latency_p99', '0.25s', 'at most 200ms'));
    expect(slo('throughput', '1.5M qps')).toEqual(at('throughput', '1.5M qps', 'at most 100K rps'));
    expect(slo('availability', '99.5%')).toEqual(at('availability', '99.5%', 'at least 99.9%'));
    expect(slo('cost_per_prediction', '0.02 USD per prediction')).toEqual(
      at('cost_per_prediction', '0.02 USD per prediction', 'at most $0.01 per prediction'),
    );
  });

  it('says nothing of values better than usual', () => {
    for (const [field, value] of [
      ['latency_p50', '3ms'],
      ['latency_p99', '150us'],
      ['throughput', '999 rps'],
      ['throughput', '5 rps'],
      ['availability', '99.999%'],
      ['cost_per_prediction', '$0.0005'],
      ['cost_per_prediction', '$0.00001'],
    ] as const) {
      expect(slo(field, value)).toEqual([]);
    }
  });

  it('reports one finding per value, in a flow mapping too', () => {
    expect(lint('deployment: {slo: {latency_p50: 80ms, latency_p99: 500ms, throughput: 300/s}}\n')).toEqual([
      { ruleId: 'serving/slo-range', line: 1, column: 33, message: outside('latency_p50', '80ms', 'at most 50ms') },
      { ruleId: 'serving/slo-range', line: 1, column: 52, message: outside('latency_p99', '500ms', 'at most 200ms') },

    ]);
  });

  it('does not judge other currencies, or values that do not parse', () => {
    expect(slo('cost_per_prediction', '€5')).toEqual([]);
    expect(slo('cost_per_prediction', '0.5 GBP')).toEqual([]);
    expect(slo('latency_p99', '900')).toEqual([]);
    expect(slo('availability', 'high')).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of [
      ...WRONGLY_TYPED_DESIGNS,
      'deployment: {slo: [1]}\n',
      'deployment: {slo: {latency_p99: {a: 1}, throughput: [1K rps]}}\n',
    ]) {
      expect(lint(yaml)).toEqual([]);
    }
  });
});

describe('serving/fallback under a high availability target', () => {
  const withAvailability = (availability: string, fallback = '') =>
    `deployment:\n  mode: online\n  slo: {availability: ${availability}}\n${fallback}`;
  const severities = (yaml: string, configured: ConfiguredSeverity = 'warn') =>
    findingsForDesign(loadDesign('/virtual/design.yaml', yaml), [ruleById('serving/fallback')!], () => configured).map(
      ({ severity, message }) => [severity, message],
    );

  it('is an error from 99.99% up, missing or hollow', () => {
    expect(severities(withAvailability('99.99%'))).toEqual([['error', FALLBACK]]);
    expect(severities(withAvailability('99.999 %'))).toEqual([['error', FALLBACK]]);
    expect(severities(withAvailability('99.99%', '  fallback: N/A\n'))).toEqual([
      ['error', '`deployment.fallback` is `N/A`: say what is served when the model is unavailable or wrong'],
    ]);
  });

  it('stays a warning below 99.99% or when the availability does not parse', () => {
    expect(severities(withAvailability('99.95%'))).toEqual([['warn', FALLBACK]]);
    expect(severities(withAvailability('0.9999'))).toEqual([['warn', FALLBACK]]);
    expect(severities('deployment:\n  mode: online\n')).toEqual([['warn', FALLBACK]]);
  });

  it('leaves info and off to the user, and an error an error', () => {
    expect(severities(withAvailability('99.99%'), 'info')).toEqual([['info', FALLBACK]]);
    expect(severities(withAvailability('99.99%'), 'off')).toEqual([]);
    expect(severities(withAvailability('99.99%'), 'error')).toEqual([['error', FALLBACK]]);
  });

  it('says nothing when there is a fallback', () => {
    expect(severities(withAvailability('99.99%', '  fallback: Last good model from the registry\n'))).toEqual([]);
  });
});

describe('serving/batch-latency', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['serving/batch-latency']);
  const batch = (field: string, target: string) =>
    `\`${field}\` ${target} is a request latency, but the design serves only in batch: say what the target measures (the job's run time, ` +
      `the freshness of its output) or add an online path to \`deployment.mode\``;

  it('is a warning at the highest sub-second target of a batch-only design', () => {
    expect(
      lintYaml('deployment:\n  mode: batch\n  slo: {latency_p50: 50ms, latency_p99: 200ms}\n', ['serving/batch-latency']).map(
        ({ severity, line, column, message }) => [severity, line, column, message],
      ),
    ).toEqual([['warn', 3, 41, batch('deployment.slo.latency_p99', '200ms')]]);
    expect(lint('deployment:\n  mode: [batch, edge]\n  slo:\n    latency: {p50: 0.2s, p99: 3s}\n')).toEqual([
      { ruleId: 'serving/batch-latency', line: 4, column: 20, message: batch('deployment.slo.latency.p50', '0.2s') },
    ]);
  });

  it.each([
    ['a run-time target', 'batch', 'latency_p99: 2h'],
    ['exactly one second', 'batch', 'latency_p99: 1s'],
    ['batch with an online path', '[batch, online]', 'latency_p99: 50ms'],
    ['batch with a real-time path', '[batch, real-time]', 'latency_p99: 50ms'],
    ['batch with streaming', '[streaming, batch]', 'latency_p99: 50ms'],
    ['online serving', 'online', 'latency_p99: 50ms'],
    ['no mode', '""', 'latency_p99: 50ms'],
    ['an unreadable target', 'batch', 'latency_p99: fast'],
  ])('accepts %s', (_title, mode, slo) => {
    expect(lint(`deployment:\n  mode: ${mode}\n  slo: {${slo}}\n`)).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of [...WRONGLY_TYPED_DESIGNS, 'deployment: {mode: batch, slo: {latency: [1], latency_p99: {a: 1}}}\n'])
      expect(lint(yaml)).toEqual([]);
  });
});
