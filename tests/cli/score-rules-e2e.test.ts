import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('mlsys-lint score', () => {
  it('prints the verdict for traits from the command line (the framework\'s tax example)', () => {
    const { code, stdout } = runCli([
      'score',
      '--trait',
      'has_patterns=false',
      '--trait',
      'data_size=small',
      '--trait',
      'rule_complexity=low',
      '--trait',
      'needs_generalization=false',
      '--trait',
      'needs_interpretability=true',
      '-f',
      'json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        filePath: null,
        id: null,
        traits: {
          has_patterns: false,
          data_size: 'small',
          rule_complexity: 'low',
          needs_generalization: false,
          needs_interpretability: true,
        },
        missingTraits: [],
        mlScore: 0,
        traditionalScore: 7,
        recommendation: 'traditional',
        reasons: [
          { trait: 'has_patterns', favors: 'traditional', points: 2, text: 'No clear patterns: rules might work better' },
          { trait: 'data_size', favors: 'traditional', points: 2, text: 'A small dataset: ML may overfit' },
          { trait: 'rule_complexity', favors: 'traditional', points: 1, text: 'Simple rules might suffice' },
          { trait: 'needs_generalization', favors: 'traditional', points: 1, text: 'Known cases can be handled with rules' },
          {
            trait: 'needs_interpretability',
            favors: 'traditional',
            points: 1,
            text: 'Every decision must be explained: consider simple models or rules',
          },
        ],
      },
    ]);
  });

  it('scores every design of a folder, in JSON and text', () => {
    const json = JSON.parse(runCli(['score', 'designs/', '-f', 'json']).stdout) as {
      id: string;
      recommendation: string;
      mlScore: number;
      traditionalScore: number;
    }[];
    expect(
      json.map(({ id, recommendation, mlScore, traditionalScore }) => `${id} ${recommendation} ${mlScore}:${traditionalScore}`),
    ).toEqual([
      'content-moderation ml 8:1',
      'fraud-detection ml 8:1',
      'netflix-recommendations ml 8:0',
      'search-ranking ml 8:0',
      'tax-calculation traditional 0:7',
    ]);
    const text = runCli(['score', 'designs/netflix-recommendations.yaml']).stdout;
    expect(text).toBe(
      [
        'designs/netflix-recommendations.yaml (netflix-recommendations)',
        '  recommendation: ml (ML 8 : traditional 0)',
        '  approach: ml (agrees)',
        '  ML +2           has_patterns            The problem has patterns that can be learned',
        '  ML +2           data_size               A large dataset is available for training',
        '  ML +2           rule_complexity         Too complex for hand-crafted rules',
        '  ML +2           needs_generalization    Must generalise to new, unseen cases',
        '',
      ].join('\n'),
    );
  });

  it('rejects unknown traits and values', () => {
    expect(runCli(['score', '--trait', 'data_size=huge'])).toMatchObject({
      code: 2,
      stderr: 'mlsys-lint: --trait data_size: value must be one of small, medium, large; got `huge`\n',
    });
  });
});

describe('mlsys-lint rules', () => {
  it('lists every rule in text, JSON and Markdown', () => {
    const json = JSON.parse(runCli(['rules', '-f', 'json']).stdout) as { id: string; severity: string }[];
    expect(json.length).toBeGreaterThanOrEqual(46);
    expect(json.find((rule) => rule.id === 'serving/slo-range')).toMatchObject({ severity: 'info' });
    expect(json.find((rule) => rule.id === 'monitoring/drift')).toMatchObject({ approaches: ['ml', 'hybrid'] });
    expect(json.find((rule) => rule.id === 'serving/fallback')).toMatchObject({ approaches: ['ml', 'hybrid', 'traditional'] });
    expect(runCli(['rules']).stdout).toMatch(/^yaml\/syntax +error +all +The file is not valid YAML\.$/m);
    expect(runCli(['rules']).stdout).toMatch(/^monitoring\/drift +warn +ml, hybrid +Nothing watches data or model drift\.$/m);
    expect(runCli(['rules', '-f', 'markdown']).stdout).toContain(
      '| [`monitoring/drift`](https://github.com/mlsys-lint/mlsys-lint/blob/main/docs/rules/monitoring/drift.md)',
    );
  });
});
