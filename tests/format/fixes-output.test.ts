import { describe, expect, it } from 'vitest';
import json from '../../src/format/json.js';
import sarif from '../../src/format/sarif.js';
import { resultOf } from '../../src/engine/lint-files.js';
import type { Finding } from '../../src/types.js';
import { CONTEXT, fixtureResults } from './fixture-results.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const misspelled: Finding = {
  ruleId: 'schema/invalid',
  severity: 'error',
  message: 'unknown key `monitorng` in the design; did you mean `monitoring`?',
  messageId: 'unknownKeyDidYouMean',
  path: ['monitorng'],
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 10,
  fix: { range: [20, 29], text: 'monitoring' },
};
const unitless: Finding = {
  ruleId: 'serving/slo-consistency',
  severity: 'warn',
  message: '`deployment.slo.availability`: `0.9995` is a fraction; write `99.95%`',
  messageId: 'unparseable',
  path: ['deployment', 'slo', 'availability'],
  line: 6,
  column: 19,
  endLine: 6,
  endColumn: 25,
  suggestions: [{ desc: 'Write `99.95%`', fix: { range: [70, 76], text: '99.95%' } }],
};
const results = () => [resultOf('/project/designs/fixable.yaml', [misspelled, unitless])];

describe('fixes in the output', () => {
  it('json carries fix and suggestions as ESLint does, and counts fixable problems', () => {
    const [file] = JSON.parse(json(results(), CONTEXT)) as {
      messages: Record<string, unknown>[];
      fixableErrorCount: number;
      fixableWarningCount: number;
    }[];
    expect(file!.messages[0]!.fix).toEqual({ range: [20, 29], text: 'monitoring' });
    expect(file!.messages[0]!.suggestions).toBeUndefined();
    expect(file!.messages[1]!.suggestions).toEqual([{ desc: 'Write `99.95%`', fix: { range: [70, 76], text: '99.95%' } }]);
    expect(file!.messages[1]!.fix).toBeUndefined();
    expect([file!.fixableErrorCount, file!.fixableWarningCount]).toEqual([1, 0]);
  });

  it('sarif carries fixes for results that have one, valid against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(sarif([...fixtureResults(), ...results()], CONTEXT)) as {
      runs: { results: { ruleId?: string; fixes?: unknown }[] }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const withFix = log.runs[0]!.results.filter((result) => result.fixes !== undefined);
    expect(withFix.map((result) => result.ruleId)).toEqual(['schema/invalid']);
    expect(withFix[0]!.fixes).toEqual([
      {
        description: { text: 'Apply the fix (mlsys-lint --fix)' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'designs/fixable.yaml', uriBaseId: '%SRCROOT%', index: 3 },
            replacements: [{ deletedRegion: { charOffset: 20, charLength: 9 }, insertedContent: { text: 'monitoring' } }],
          },
        ],
      },
    ]);
  });
});
