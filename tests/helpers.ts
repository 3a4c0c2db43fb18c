import { loadDesign } from '../src/load/index.js';
import { findingsForDesign } from '../src/engine/findings-for-design.js';
import { RULES, ruleById } from '../src/rules/index.js';
import type { Finding } from '../src/types.js';

/** Lints YAML text with the given rules at their default severities (all rules when none are named). */
export function lintYaml(yaml: string, ruleIds?: readonly string[], filePath = '/virtual/design.yaml'): Finding[] {
  const rules = ruleIds ? ruleIds.map((id) => ruleById(id) ?? fail(`no rule ${id}`)) : RULES;
  const source = loadDesign(filePath, yaml);
  return findingsForDesign(source, rules, (id) => ruleById(id)?.meta.severity ?? 'off');
}

/** The parts of findings that tests compare: rule, place and words. */
export function brief(findings: readonly Finding[]): { ruleId: string | null; line: number; column: number; message: string }[] {
  return findings.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }));
}

function fail(message: string): never {
  throw new Error(message);
}
