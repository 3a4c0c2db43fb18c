import { expect } from 'vitest';
import { findingsForDesign, type RuleCrash } from '../../src/engine/findings-for-design.js';
import { loadDesign } from '../../src/load/index.js';
import { ruleById } from '../../src/rules/index.js';
import { brief } from '../helpers.js';

/**
 * Lints YAML with the named rules at their default severities and fails the test when a rule
 * throws (the engine would otherwise swallow the crash and report nothing).
 */
export function lintChecked(yaml: string, ruleIds: readonly string[]): ReturnType<typeof brief> {
  const rules = ruleIds.map((id) => {
    const rule = ruleById(id);
    if (!rule) throw new Error(`no rule ${id}`);
    return rule;
  });
  const crashes: RuleCrash[] = [];
  const findings = findingsForDesign(
    loadDesign('/virtual/design.yaml', yaml),
    rules,
    (id) => ruleById(id)?.meta.severity ?? 'off',
    crashes,
  );
  expect(crashes.map((crash) => crash.message)).toEqual([]);
  return brief(findings);
}

/** Designs whose shapes are wrong everywhere: rules must survive them. */
export const WRONGLY_TYPED_DESIGNS: readonly string[] = [
  '',
  'hello\n',
  '- 1\n- 2\n',
  '42\n',
  'approach: 42\nowners: {a: 1}\nproblem: [1]\nrequirements: yes\nframing: 7\ndata: [a]\nmodel: "x"\nevaluation: true\ndeployment: ' +
    '{mode: {online: 1}}\nmonitoring: "yes"\narchitecture: {components: [1, null, {kind: 3}, [feature-store]]}\n',
  'approach: [ml]\nproblem: {has_patterns: [true], data_size: {a: 1}}\ndeployment: online\narchitecture: {components: {kind: registry}}\n',
];
