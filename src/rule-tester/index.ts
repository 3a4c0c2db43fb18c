/**
 * `mlsys-lint/rule-tester`: runs a rule's valid and invalid examples with exact expected
 * findings, the way the built-in rules are tested. It imports no test framework: a
 * mismatch throws node's `AssertionError`, which vitest, jest and `node --test` all
 * report with a diff (docs/rules.md, "Writing your own rules").
 */
import { AssertionError, deepStrictEqual } from 'node:assert';
import { findingsForDesign, RuleCrash } from '../engine/findings-for-design.js';
import { loadDesign } from '../load/index.js';
import type { ExpectedFinding, Rule, RuleExample } from '../rules/index.js';

/** One case: a design and the findings the rule must give on it (none for a valid case). */
export interface RuleTestCase {
  /** What the case shows; defaults to the first line of the YAML. */
  title?: string;
  yaml: string;
  /** The exact findings, in order; `messageId` is compared when given. Left out: none. */
  findings?: readonly (ExpectedFinding & { messageId?: string })[];
}

export interface RuleTests {
  valid?: readonly RuleTestCase[];
  invalid?: readonly RuleTestCase[];
}

/** What a test framework offers: `describe`/`it` (vitest, jest, node:test) or `test` alone. */
export interface TestFramework {
  describe?: (name: string, body: () => void) => unknown;
  it?: (name: string, body: () => void) => unknown;
}

/** One finding as the tester compares it. */
export interface FoundFinding {
  line: number;
  column: number;
  message: string;
  messageId?: string;
}

/** The findings one rule gives on one design, at its default severity. A rule that throws fails the case with its own error. */
export function findingsOfRule(rule: Rule, yaml: string, filePath = '/virtual/design.yaml'): FoundFinding[] {
  const crashes: RuleCrash[] = [];
  const findings = findingsForDesign(loadDesign(filePath, yaml), [rule], (id) => (id === rule.id ? rule.meta.severity : 'off'), crashes);
  if (crashes.length > 0) throw crashes[0]!.original;
  return findings
    .filter((finding) => finding.ruleId === rule.id)
    .map(({ line, column, message, messageId }) => ({ line, column, message, messageId }));
}

/** Checks one case; throws an AssertionError saying what differs. */
export function checkCase(rule: Rule, testCase: RuleTestCase, kind: 'valid' | 'invalid'): void {
  const expected = testCase.findings ?? [];
  if (kind === 'invalid' && expected.length === 0) {
    throw new AssertionError({ message: `${rule.id}: invalid case "${titleOf(testCase)}" must list the findings it expects` });
  }
  if (kind === 'valid' && expected.length > 0) {
    throw new AssertionError({ message: `${rule.id}: valid case "${titleOf(testCase)}" must expect no findings` });
  }
  const found = findingsOfRule(rule, testCase.yaml).map((finding, index) => {
    const wanted = expected[index];
    const { messageId, ...rest } = finding;
    return wanted?.messageId !== undefined && messageId !== undefined ? { ...rest, messageId } : rest;
  });
  const wanted = expected.map(({ line, column, message, messageId }) =>
    messageId !== undefined ? { line, column, message, messageId } : { line, column, message },
  );
  deepStrictEqual(found, wanted, `${rule.id}: ${kind} case "${titleOf(testCase)}" gave other findings than expected`);
}

function titleOf(testCase: RuleTestCase): string {
  return testCase.title ?? testCase.yaml.split('\n').find((line) => line.trim() !== '')?.trim() ?? '(empty design)';
}

const fromExamples = (examples: readonly RuleExample[]): RuleTestCase[] =>
  examples.map(({ title, yaml, findings }) => ({ title, yaml, findings }));

/**
 * Runs every case at once, throwing at the first that fails: for a plain script, or one
 * test of any framework. Without `tests`, the rule's own examples (`meta.examples`).
 */
export function testRule(rule: Rule, tests?: RuleTests): void {
  const { valid, invalid } = casesOf(rule, tests);
  if (valid.length + invalid.length === 0)
    throw new AssertionError({ message: `${rule.id}: no cases to run (give valid and invalid cases, or examples in meta.examples)` });
  for (const testCase of valid) checkCase(rule, testCase, 'valid');
  for (const testCase of invalid) checkCase(rule, testCase, 'invalid');
}

function casesOf(rule: Rule, tests: RuleTests | undefined): { valid: readonly RuleTestCase[]; invalid: readonly RuleTestCase[] } {
  if (tests) return { valid: tests.valid ?? [], invalid: tests.invalid ?? [] };
  return { valid: fromExamples(rule.meta.examples?.valid ?? []), invalid: fromExamples(rule.meta.examples?.invalid ?? []) };
}

/**
 * ESLint's RuleTester shape: `new RuleTester().run(rule)` registers one test per case with
 * the framework's `describe`/`it` (passed in, as node:test needs, or the globals vitest
 * with globals and jest provide), or runs them at once when there is none.
 */
export class RuleTester {
  constructor(private readonly framework: TestFramework = {}) {}

  run(rule: Rule, tests?: RuleTests): void {
    const globals = globalThis as TestFramework;
    const describe = this.framework.describe ?? globals.describe;
    const it = this.framework.it ?? globals.it;
    if (!describe || !it) {
      testRule(rule, tests);
      return;
    }
    const { valid, invalid } = casesOf(rule, tests);
    describe(rule.id, () => {
      for (const testCase of valid) it(`valid: ${titleOf(testCase)}`, () => checkCase(rule, testCase, 'valid'));
      for (const testCase of invalid) it(`invalid: ${titleOf(testCase)}`, () => checkCase(rule, testCase, 'invalid'));
    });
  }
}
