import { describe, expect, it } from 'vitest';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const lint = (yaml: string) => lintChecked(yaml, ['meta/todo']);

describe('meta/todo', () => {
  it('reports each text value that starts with TODO, at the value, anywhere in the design', () => {
    expect(lint('owners: [TODO]\nrequirements:\n  business_goal: "  TODO: say it"\nx-notes: {a: [ok, TODO later]}\n')).toEqual([
      { ruleId: 'meta/todo', line: 1, column: 10, message: 'replace the TODO in `owners[0]`: TODO' },
      { ruleId: 'meta/todo', line: 3, column: 18, message: 'replace the TODO in `requirements.business_goal`: TODO: say it' },
      { ruleId: 'meta/todo', line: 4, column: 19, message: 'replace the TODO in `x-notes.a[1]`: TODO later' },
    ]);
  });

  it('reports TODO comments, but not a # inside quoted text or a block scalar', () => {
    const yaml = [
      '# TODO: pick a name',
      'name: "Fraud # TODO not a comment"',
      'summary: |',
      '  # TODO inside text',
      'approach: ml   #   TODO confirm',
      'owners: [a] # see TODO list',
      '',
    ].join('\n');
    expect(lint(yaml)).toEqual([
      { ruleId: 'meta/todo', line: 1, column: 1, message: 'resolve the TODO comment: TODO: pick a name' },
      { ruleId: 'meta/todo', line: 5, column: 16, message: 'resolve the TODO comment: TODO confirm' },
    ]);
  });

  it('needs the capitalised marker at the start', () => {
    expect(lint('name: Todo app recommendations\nsummary: Learn what is TODO\nowners: [TODOS]\n')).toEqual([]);
  });

  it('cuts long placeholders in the message', () => {
    const [finding] = lint(`summary: "TODO ${'x'.repeat(100)}"\n`);
    expect(finding!.message.length).toBeLessThan(110);
    expect(finding!.message.endsWith('...')).toBe(true);
  });

  it('reports a placeholder shared through an alias once', () => {
    expect(lint('a: &todo {goal: TODO}\nb: *todo\n')).toHaveLength(1);
  });

  it('a TODO with words after it counts as present for the rules about missing fields; a bare TODO is hollow', () => {
    expect(lintChecked('monitoring:\n  alerts: ["TODO: who is paged"]\n', ['monitoring/alerts'])).toEqual([]);
    expect(lintChecked('requirements:\n  success_metrics: TODO\n', ['requirements/success-metrics'])).toEqual([
      {
        ruleId: 'requirements/success-metrics',
        line: 2,
        column: 20,
        message: '`requirements.success_metrics` is `TODO`: say how success is measured in business terms',
      },
    ]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) lint(yaml);
    expect(lint('TODO\n')).toEqual([{ ruleId: 'meta/todo', line: 1, column: 1, message: 'replace the TODO in `the design`: TODO' }]);
  });
});
