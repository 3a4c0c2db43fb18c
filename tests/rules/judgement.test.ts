import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { brief, lintYaml } from '../helpers.js';

/** A good design that lints clean; each case edits one field of it. */
const GOOD = readFileSync(new URL('../../designs/netflix-recommendations.yaml', import.meta.url), 'utf8');

/** The design with one value replaced, and the line that value is on. */
function edited(path: (string | number)[], value: unknown): { yaml: string; line: number } {
  const document = parseDocument(GOOD);
  document.setIn(path, value);
  const yaml = document.toString({ lineWidth: 0 });
  const node = parseDocument(yaml).getIn(path, true) as { range: [number, number, number] };
  return { yaml, line: yaml.slice(0, node.range[0]).split('\n').length };
}

describe('single edits of a good design', () => {
  it('the good design lints clean', () => {
    expect(brief(lintYaml(GOOD))).toEqual([]);
  });

  const HOLLOW: [string[], string, string, string][] = [
    [['deployment', 'fallback'], 'None', 'serving/fallback', 'say what is served when the model is unavailable or wrong'],
    [['deployment', 'fallback'], 'N/A', 'serving/fallback', 'say what is served when the model is unavailable or wrong'],
    [['requirements', 'business_goal'], 'TBD', 'requirements/business-goal', 'say what the business wants to achieve'],
    [
      ['monitoring', 'retraining'],
      'Never',
      'monitoring/retraining',
      'say when the model is retrained (a cadence, a trigger such as drift, or both)',
    ],
    [['model', 'baseline'], 'none', 'model/baseline', 'name the simple or non-ML approach the model must beat'],
    [
      ['deployment', 'rollout'],
      'to be decided later',
      'serving/rollout',
      'say how a new model reaches traffic and is rolled back (canary, shadow, blue-green)',
    ],
    [['evaluation', 'experiment'], '-', 'evaluation/experiment', ''],
    [['evaluation', 'experiment'], 'No A/B test yet', 'evaluation/experiment', ''],
    [['monitoring', 'alerts'], '?', 'monitoring/alerts', 'say which conditions page whom'],
  ];

  for (const [path, value, ruleId, advice] of HOLLOW) {
    it(`${path.join('.')}: ${value} is reported by ${ruleId} at the value`, () => {
      const { yaml, line } = edited(path, value);
      const found = brief(lintYaml(yaml)).filter((finding) => finding.ruleId === ruleId);
      expect(found).toHaveLength(1);
      expect(found[0]!.line).toBe(line);
      expect(found[0]!.message.startsWith(`\`${path.join('.')}\` is \`${value}\`: ${advice}`)).toBe(true);
    });
  }

  it('a business metric that is not tracked does not trace a success metric', () => {
    const { yaml } = edited(
      ['monitoring', 'business'],
      ['Daily active users is not tracked', 'Watch time is not tracked', 'Retention is not tracked'],
    );
    expect(brief(lintYaml(yaml)).map((finding) => finding.ruleId)).toContain('monitoring/business-metrics');
  });

  it('a drift check that is not there yet is missing drift', () => {
    const document = parseDocument(GOOD);
    document.setIn(['monitoring', 'data'], ['No drift check yet', 'Missing values']);
    document.setIn(['monitoring', 'model'], ['Prediction distribution']);
    document.setIn(['monitoring', 'retraining'], 'Weekly');
    expect(brief(lintYaml(document.toString())).map((finding) => finding.ruleId)).toContain('monitoring/drift');
    document.setIn(['monitoring', 'data'], ['Compare feature histograms with the training set weekly', 'Missing values']);
    expect(brief(lintYaml(document.toString())).map((finding) => finding.ruleId)).not.toContain('monitoring/drift');
  });
});

describe('approaches', () => {
  const RULES_ENGINE = [
    'mlsys: 1',
    'name: Tax',
    'approach: traditional',
    'framing: {inputs: [Address], output: Tax amount}',
    'model: {architecture: Versioned rule tables}',
    'monitoring: {system: [Latency], data: [Rate-table freshness], business: [Audit findings], alerts: [p99 > 30ms pages on-call]}',
  ].join('\n');

  it('asks a rules engine nothing about training, drift, models or task types', () => {
    const ids = lintYaml(RULES_ENGINE).map((finding) => finding.ruleId);
    for (const id of [
      'framing/task-type',
      'framing/objective',
      'model/training',
      'model/registry',
      'model/baseline',
      'monitoring/drift',
      'monitoring/model-metrics',
      'monitoring/retraining',
      'evaluation/offline-metrics',
      'data/feature-store',
    ]) {
      expect(ids).not.toContain(id);
    }
    expect(ids).toContain('serving/fallback');
    expect(ids).toContain('serving/rollout');
  });

  it('speaks of the service and rule releases to a rules engine', () => {
    const messages = lintYaml(RULES_ENGINE).map((finding) => finding.message);
    expect(messages).toContain(
      'no fallback: say what is served when the service is unavailable or a rule release is wrong in `deployment.fallback`',
    );
    expect(messages).toContain(
      'no rollout plan: say how a new rule release reaches traffic and is rolled back (canary, shadow, blue-green) in `deployment.rollout`',
    );
  });

  it('without an approach, follows the scorer on the declared traits', () => {
    const traits =
      'problem: {has_patterns: false, data_size: small, rule_complexity: low, needs_generalization: false, needs_interpretability: true}';
    const ids = lintYaml(`mlsys: 1\nname: x\n${traits}\n`).map((finding) => finding.ruleId);
    expect(ids).not.toContain('model/training');
    expect(ids).toContain('decision/approach-missing');
    expect(lintYaml('mlsys: 1\nname: x\n').map((finding) => finding.ruleId)).toContain('model/training');
  });
});

describe('misspelled keys', () => {
  it('one finding for a misspelled key, not a second about the key it stands for', () => {
    const yaml = GOOD.replace(/^ {2}alerts:/m, '  alerting:');
    expect(brief(lintYaml(yaml)).map((finding) => `${finding.ruleId} ${finding.message}`)).toEqual([
      'schema/invalid unknown key `alerting` in `monitoring`; did you mean `alerts`?',
    ]);
  });
});
