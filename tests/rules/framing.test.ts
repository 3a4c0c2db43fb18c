import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const objective = (approach: string) =>
  `approach \`${approach}\` without an ML objective: say what the model predicts or optimises in \`framing.ml_objective\``;
const INPUTS = 'no inputs: list what the system reads at prediction time in `framing.inputs`';
const OUTPUT = 'no output: say what the system returns in `framing.output`';
const TASK = 'no task type: name the kind of ML task (classification, ranking, …) in `framing.task_type`';

describe('framing/objective', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['framing/objective']);

  it('is a warning for ml, at line 1 without framing', () => {
    expect(lintYaml('approach: ml\n', ['framing/objective'])[0]).toMatchObject({
      severity: 'warn',
      line: 1,
      column: 1,
      message: objective('ml'),
      path: ['framing', 'ml_objective'],
    });
  });

  it('points at the framing key, a flow mapping, or an empty value', () => {
    expect(lint('approach: hybrid\nframing:\n  output: Score\n')).toEqual([
      { ruleId: 'framing/objective', line: 2, column: 1, message: objective('hybrid') },
    ]);
    expect(lint('approach: ml\nframing: {output: Score}\n')).toEqual([
      { ruleId: 'framing/objective', line: 2, column: 10, message: objective('ml') },
    ]);
    expect(lint('approach: ml\nframing: {ml_objective: " "}\n')).toEqual([
      { ruleId: 'framing/objective', line: 2, column: 25, message: objective('ml') },
    ]);
  });

  it('asks nothing of traditional, absent, unknown or wrongly typed approaches', () => {
    for (const approach of ['traditional', 'ML', '42', '[ml]', '{a: ml}']) expect(lint(`approach: ${approach}\n`)).toEqual([]);
    expect(lint('mlsys: 1\n')).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toEqual([]);
    expect(lint('approach: ml\nframing: 7\n')).toEqual([{ ruleId: 'framing/objective', line: 2, column: 10, message: objective('ml') }]);
  });
});

describe('framing/io', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['framing/io']);

  it('reports each missing half as an error with its own message id', () => {
    const findings = lintYaml('mlsys: 1\n', ['framing/io']);
    expect(findings.map(({ severity, messageId, path, line, column }) => ({ severity, messageId, path, line, column }))).toEqual([
      { severity: 'error', messageId: 'inputs', path: ['framing', 'inputs'], line: 1, column: 1 },
      { severity: 'error', messageId: 'output', path: ['framing', 'output'], line: 1, column: 1 },
    ]);
  });

  it('reports only the missing half', () => {
    expect(lint('framing:\n  inputs: [User features]\n')).toEqual([{ ruleId: 'framing/io', line: 1, column: 1, message: OUTPUT }]);
    expect(lint('framing:\n  output: Ranked list\n')).toEqual([{ ruleId: 'framing/io', line: 1, column: 1, message: INPUTS }]);
  });

  it('accepts a single input as a string', () => {
    expect(lint('framing: {inputs: Transaction, output: Fraud score}\n')).toEqual([]);
  });

  it('points at empty values', () => {
    expect(lint('framing:\n  inputs: []\n  output: ""\n')).toEqual([
      { ruleId: 'framing/io', line: 2, column: 11, message: INPUTS },
      { ruleId: 'framing/io', line: 3, column: 11, message: OUTPUT },
    ]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toHaveLength(2);
    expect(lint('framing: 7\n')).toEqual([
      { ruleId: 'framing/io', line: 1, column: 10, message: INPUTS },
      { ruleId: 'framing/io', line: 1, column: 10, message: OUTPUT },
    ]);
    expect(lint('framing: {inputs: {a: 1}, output: [1]}\n')).toEqual([]);
  });
});

describe('framing/task-type', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['framing/task-type']);

  it('is a warning, at the framing key or an empty value', () => {
    expect(lintYaml('framing:\n  output: Score\n', ['framing/task-type'])[0]).toMatchObject({
      severity: 'warn',
      line: 1,
      column: 1,
      message: TASK,
    });
    expect(lint('framing: {task_type: ""}\n')).toEqual([{ ruleId: 'framing/task-type', line: 1, column: 22, message: TASK }]);
  });

  it('leaves unknown task types to the schema', () => {
    expect(lint('framing: {task_type: segmentation}\n')).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toHaveLength(1);
  });
});
