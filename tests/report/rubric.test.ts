import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { RUBRIC, rubricOf } from '../../src/report/rubric.js';
import { ROOT } from './options.js';

const statusOf = (design: unknown, section: string, number: number): string =>
  rubricOf(design).find((result) => result.test.section === section && result.test.number === number)!.status;

describe('the ML Test Score rubric', () => {
  it('has the 28 tests of the paper, 7 in each of its four sections', () => {
    expect(RUBRIC).toHaveLength(28);
    for (const section of ['data', 'model', 'infrastructure', 'monitoring'])
      expect(RUBRIC.filter((test) => test.section === section).map((test) => test.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('marks a test planned from the field that shows it, not planned without, and never fails what a design cannot show', () => {
    const ml = {
      approach: 'ml',
      data: { validation: 'Great Expectations suite' },
      deployment: { rollout: 'canary 5%, roll back on SLO breach' },
    };
    expect(statusOf(ml, 'data', 1)).toBe('planned');
    expect(statusOf(ml, 'infrastructure', 7)).toBe('planned');
    expect(statusOf({ approach: 'ml' }, 'infrastructure', 7)).toBe('not planned');
    expect(statusOf(ml, 'data', 7)).toBe('not assessable');
    expect(rubricOf(ml).find((result) => result.test.section === 'data' && result.test.number === 1)!.evidence).toEqual([
      'data.validation',
    ]);
  });

  it('counts training-serving skew as planned when the design names a feature store, in data or as a component', () => {
    expect(statusOf({ approach: 'ml' }, 'monitoring', 3)).toBe('not planned');
    expect(statusOf({ approach: 'ml', data: { feature_store: 'Feast' } }, 'monitoring', 3)).toBe('planned');
    expect(statusOf({ approach: 'ml', architecture: { components: [{ id: 'fs', kind: 'feature-store' }] } }, 'monitoring', 3)).toBe(
      'planned',
    );
  });

  it('assesses a rules design only on the tests that apply to it, by its approach or else the verdict', () => {
    const rules = { approach: 'traditional' };
    expect(statusOf(rules, 'monitoring', 3)).toBe('not applicable');
    expect(statusOf(rules, 'model', 5)).toBe('not applicable');
    expect(statusOf(rules, 'infrastructure', 7)).toBe('not planned');
    const verdictTraditional = {
      problem: {
        has_patterns: false,
        data_size: 'small',
        rule_complexity: 'low',
        needs_generalization: false,
        needs_interpretability: true,
      },
    };
    expect(statusOf(verdictTraditional, 'monitoring', 4)).toBe('not applicable');
    expect(statusOf({ ...verdictTraditional, approach: 'ml' }, 'monitoring', 4)).toBe('not planned');
  });

  it('score --rubric prints it, in text and in JSON', async () => {
    const output: string[] = [];
    const io = (format: string[]) => ({
      stdout: (text: string) => void format.push(text),
      stderr: (text: string) => void format.push(text),
      cwd: ROOT,
      env: {},
      stdoutIsTTY: false,
    });
    expect(await main(['score', 'designs/tax-calculation.yaml', '--rubric'], io(output))).toBe(0);
    expect(output.join('')).toContain(
      '  ML Test Score rubric: 11 of 11 assessable tests planned\n    data 1            planned         Feature expectations are ' +
        'captured in a schema ← data.validation\n',
    );
    expect(output.join('')).toContain('monitoring 3      not applicable  Training and serving are not skewed\n');
    const json: string[] = [];
    expect(await main(['score', 'designs/search-ranking.yaml', '--rubric', '-f', 'json'], io(json))).toBe(0);
    const [entry] = JSON.parse(json.join('')) as { rubric: { section: string; number: number; status: string; evidence: string[] }[] }[];
    expect(entry!.rubric).toHaveLength(28);
    expect(entry!.rubric.find((result) => result.section === 'monitoring' && result.number === 3)).toMatchObject({ status: 'planned' });
    const refused: string[] = [];
    expect(await main(['score', '--trait', 'has_patterns=true', '--rubric'], io(refused))).toBe(2);
  });
});

describe('docs/reports.md', () => {
  it('shows the rubric table generated from the rubric itself', async () => {
    const { readFileSync } = await import('node:fs');
    const { rubricTableMarkdown } = await import('../../src/report/rubric.js');
    const docs = readFileSync(`${ROOT}docs/reports.md`, 'utf8');
    expect(docs).toContain(
      `<!-- rubric table: generated from src/report/rubric.ts -->\n\n${rubricTableMarkdown()}\n\n<!-- end of rubric table -->`,
    );
  });
});
