import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const OWNERS = 'no owners: name the teams or people accountable for the system in `owners`';

describe('meta/owners', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['meta/owners']);

  it('is a warning at line 1 when the key is absent', () => {
    const [finding] = lintYaml('mlsys: 1\nname: Search\n', ['meta/owners']);
    expect(finding).toMatchObject({ ruleId: 'meta/owners', severity: 'warn', line: 1, column: 1, message: OWNERS, path: ['owners'] });
  });

  it('points at the key when the value is empty', () => {
    expect(lint('mlsys: 1\nowners:\nname: Search\n')).toEqual([{ ruleId: 'meta/owners', line: 2, column: 1, message: OWNERS }]);
  });

  it('points at an empty flow list or a list of blank names', () => {
    expect(lint('owners: []\n')).toEqual([{ ruleId: 'meta/owners', line: 1, column: 9, message: OWNERS }]);
    expect(lint('name: x\nowners: ["", "  "]\n')).toEqual([{ ruleId: 'meta/owners', line: 2, column: 9, message: OWNERS }]);
  });

  it('accepts one owner as a plain string or in a block list', () => {
    expect(lint('owners: risk-team\n')).toEqual([]);
    expect(lint('owners:\n  - risk-team\n')).toEqual([]);
  });

  it('leaves wrongly typed owners to the schema', () => {
    expect(lint('owners: 42\n')).toEqual([]);
    expect(lint('owners: {team: risk}\n')).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) lint(yaml);
    expect(lint('hello\n')).toEqual([{ ruleId: 'meta/owners', line: 1, column: 1, message: OWNERS }]);
  });
});
