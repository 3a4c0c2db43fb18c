import { STEPS, type StepKey } from '../design.js';
import type { Rule } from '../rules/index.js';
import type { FileResult, Finding } from '../types.js';

/** The step whose readiness a rule group's findings count against (groups not listed belong to no step). */
const GROUP_STEP: Readonly<Record<string, StepKey>> = {
  requirements: 'requirements',
  traceability: 'requirements',
  framing: 'framing',
  decision: 'framing',
  data: 'data',
  model: 'model',
  evaluation: 'evaluation',
  serving: 'deployment',
  monitoring: 'monitoring',
};

const MISSING_STEP_RULE = 'design/missing-step';

export type StepStatus = 'pass' | 'warn' | 'fail';

export interface StepReadiness {
  key: StepKey;
  number: number;
  title: string;
  /** `fail` with any error, `warn` with warnings but no error, `pass` otherwise (info findings only inform). */
  status: StepStatus;
  findings: Finding[];
  /** Rule ids checked for this step: its groups' rules, the missing-step check, and any other rule that reported in it. */
  checks: number;
  /** Checks without an error or a warning. */
  passing: number;
  /** The step's readiness, 0..1, by the formula in docs/reports.md ("How readiness is counted"). */
  share: number;
}

/**
 * A step's readiness from its checks and status: 100% with no error and no warning; with
 * warnings only, 50% plus half the share of passing checks (50%–99%); with an error, half the
 * share of passing checks (0%–49%). So a step with an error always ranks below a step with only
 * warnings, and fewer failing checks rank higher within each band.
 */
export function stepShare(status: StepStatus, passing: number, checks: number): number {
  const ratio = checks === 0 ? 1 : passing / checks;
  return status === 'pass' ? 1 : status === 'warn' ? 0.5 + 0.5 * ratio : 0.5 * ratio;
}

export interface Readiness {
  steps: StepReadiness[];
  /** The smallest step readiness: a system is as ready as its weakest step, as the ML Test Score takes the minimum over its sections. */
  overall: number;
  /** The first step with the smallest share. */
  weakest: StepKey;
}

const STEP_KEYS = new Set<string>(STEPS.map((step) => step.key));

/** The step a finding belongs to: the first segment of its data path when that is a step, else its rule's group. */
export function stepOfFinding(finding: Finding): StepKey | undefined {
  const first = finding.path[0];
  if (typeof first === 'string' && STEP_KEYS.has(first)) return first as StepKey;
  const group = finding.ruleId?.split('/')[0];
  return group === undefined ? undefined : GROUP_STEP[group];
}

/**
 * Each step's status and share of passing checks for one linted file. A file that could
 * not be parsed passes nothing.
 */
export function readinessOf(result: FileResult, rules: readonly Rule[]): Readiness {
  const unreadable = result.fatalErrorCount > 0;
  const steps = STEPS.map((step): StepReadiness => {
    const findings = result.findings.filter((finding) => stepOfFinding(finding) === step.key);
    const checked = new Set(rules.filter((rule) => GROUP_STEP[rule.id.split('/')[0]!] === step.key).map((rule) => rule.id));
    checked.add(MISSING_STEP_RULE);
    const failing = new Set<string>();
    for (const finding of findings) {
      const id = finding.ruleId ?? 'directive';
      checked.add(id);
      // An info finding says something worth knowing, not something wrong: it fails no check.
      if (finding.severity !== 'info') failing.add(id);
    }
    const checks = checked.size;
    const passing = unreadable ? 0 : checks - failing.size;
    const status: StepStatus =
      unreadable || findings.some((finding) => finding.severity === 'error')
        ? 'fail'
        : findings.some((finding) => finding.severity === 'warn')
          ? 'warn'
          : 'pass';
    return {
      key: step.key,
      number: step.number,
      title: step.title,
      status,
      findings,
      checks,
      passing,
      share: unreadable ? 0 : stepShare(status, passing, checks),
    };
  });
  let weakest = steps[0]!;
  for (const step of steps) if (step.share < weakest.share) weakest = step;
  return { steps, overall: weakest.share, weakest: weakest.key };
}

export const STATUS_SYMBOL: Readonly<Record<StepStatus, string>> = { pass: '✅', warn: '⚠️', fail: '❌' };
