import type { LoadedDesign } from '../load/index.js';
import { renderMessage, ruleDocsUrl, type Rule, type RuleReport } from '../rules/index.js';
import { scoreProblem, traitsOf, type Verdict } from '../scorer/index.js';
import type { ConfiguredSeverity, Finding } from '../types.js';

/** Decides each rule's severity for one file; `off` skips the rule. */
export type SeverityOf = (ruleId: string) => ConfiguredSeverity;

/** A rule threw: the other rules and files go on, and the run ends with exit code 2. */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly filePath: string,
    readonly original: unknown,
  ) {
    super(`internal error in rule ${ruleId} on file ${filePath}: ${original instanceof Error ? original.message : String(original)}`);
  }
}

/**
 * Runs the rules on one loaded design and decorates what they report with rule id,
 * severity, message text, docs url and position. A fatal finding (the file does not
 * parse) stops the rules that need the data.
 */
export function findingsForDesign(source: LoadedDesign, rules: readonly Rule[], severityOf: SeverityOf, crashes: RuleCrash[] = []): Finding[] {
  const findings: Finding[] = [];
  let verdict: Verdict | undefined;
  const fatal = source.problems.some((problem) => problem.fatal);
  for (const rule of rules) {
    const severity = severityOf(rule.id);
    // A file that does not parse is always an error: turning `yaml/syntax` off must not make it look clean.
    if (severity === 'off' && rule.id !== 'yaml/syntax') continue;
    if (fatal && !rule.id.startsWith('yaml/')) continue;
    const report = (reported: RuleReport<string>): void => {
      const effective = reported.fatal ? 'error' : severity;
      if (effective === 'off') return;
      const template = rule.meta.messages[reported.messageId] ?? reported.messageId;
      const path = reported.path ?? [];
      const range = reported.range ?? source.sourceMap.locate(path, reported.key ? { key: true } : {});
      findings.push({
        ruleId: rule.id,
        severity: effective,
        message: renderMessage(template, reported.data),
        messageId: reported.messageId,
        path,
        ...range,
        ...(reported.fatal ? { fatal: true } : {}),
        url: ruleDocsUrl(rule.id),
      });
    };
    try {
      rule.check({
        design: source.data,
        source,
        verdict: () => (verdict ??= scoreProblem(traitsOf(source.data))),
        report,
      });
    } catch (error) {
      crashes.push(new RuleCrash(rule.id, source.filePath, error));
    }
  }
  return findings.sort(compareFindings);
}

/** File order: by position, then rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '') || a.message.localeCompare(b.message);
}
