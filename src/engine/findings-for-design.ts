import { effectiveApproach, valueAt } from '../design/index.js';
import { editResolver, type EditResolver } from '../fix/resolve-edit.js';
import type { LoadedDesign } from '../load/index.js';
import {
  docsUrlOf,
  hollowMessage,
  messageTemplate,
  renderMessage,
  ruleDocsUrl,
  type Rule,
  type RuleContext,
  type RuleReport,
} from '../rules/index.js';
import { scoreProblem, traitsOf, type Verdict } from '../scorer/index.js';
import type { ConfiguredSeverity, DataPath, Finding } from '../types.js';

/** Decides each rule's severity for one file; `off` skips the rule. */
export type SeverityOf = (ruleId: string) => ConfiguredSeverity;

/** A rule threw: the other rules and files go on, and the run ends with exit code 2. */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly filePath: string,
    readonly original: unknown,
    /** The plugin the rule came from, as the config names it. */
    readonly plugin?: string,
  ) {
    const reason = original instanceof Error ? original.message : String(original);
    super(
      plugin === undefined
        ? `internal error in rule ${ruleId} on file ${filePath}: ${reason}`
        : `plugin ${plugin}: rule ${ruleId} threw on file ${filePath}: ${reason.split(/\r?\n/, 1)[0]}`,
    );
  }
}

/**
 * Runs the rules on one loaded design and decorates what they report with rule id,
 * severity, message text, docs url and position. A fatal finding (the file does not
 * parse) stops the rules that need the data.
 */
export function findingsForDesign(
  source: LoadedDesign,
  rules: readonly Rule[],
  severityOf: SeverityOf,
  crashes: RuleCrash[] = [],
): Finding[] {
  const findings: Finding[] = [];
  const misspelled: DataPath[] = [];
  let verdict: Verdict | undefined;
  const fatal = source.problems.some((problem) => problem.fatal);
  // One context for the file; `rule` and `severity` say whose turn it is.
  let rule: Rule = rules[0]!;
  let severity: ConfiguredSeverity = 'off';
  const verdictOf = (): Verdict => (verdict ??= scoreProblem(traitsOf(source.data)));
  const approach = effectiveApproach(source.data, () => verdictOf().recommendation);
  let resolver: EditResolver | undefined;
  const resolve: EditResolver = (edit) => (resolver ??= editResolver(source.text, source.subsetTree))(edit);
  const context: RuleContext<string> = {
    design: source.data,
    source,
    approach,
    verdict: verdictOf,
    report(reported: RuleReport<string>): void {
      // An escalated finding is an error wherever the user let the rule warn; `info` and `off` are the user's word.
      const effective = reported.fatal || (reported.escalate && severity === 'warn') ? 'error' : severity;
      if (effective === 'off') return;
      const stated = renderMessage(messageTemplate(rule, reported.messageId, approach), reported.data);
      // Built after rendering, so that design text quoted in it is never read as a placeholder.
      const message = reported.hollow ? hollowMessage(stated, reported.hollow) : stated;
      const path = reported.path ?? [];
      const range = reported.range ?? source.sourceMap.locate(path, reported.key ? { key: true } : {});
      const finding: Finding = {
        ruleId: rule.id,
        severity: effective,
        message,
        messageId: reported.messageId,
        path,
        line: range.line,
        column: range.column,
        endLine: range.endLine,
        endColumn: range.endColumn,
      };
      const url = docsUrlOf(rule, ruleDocsUrl);
      if (url !== undefined) finding.url = url;
      if (reported.fatal) finding.fatal = true;
      if (reported.standsFor) misspelled.push(reported.standsFor);
      if (reported.fix !== undefined) {
        const fix = resolve(reported.fix);
        if (fix) finding.fix = fix;
      }
      if (reported.suggestions !== undefined) {
        const suggestions = reported.suggestions.flatMap((suggestion) => {
          const fix = resolve(suggestion.edit);
          return fix ? [{ desc: suggestion.desc, fix }] : [];
        });
        if (suggestions.length > 0) finding.suggestions = suggestions;
      }
      findings.push(finding);
    },
  };
  for (const candidate of rules) {
    const configured = severityOf(candidate.id);
    // A file that does not parse is always an error: turning `yaml/syntax` off must not make it look clean.
    if (configured === 'off' && candidate.id !== 'yaml/syntax') continue;
    if (fatal && !candidate.id.startsWith('yaml/')) continue;
    if (candidate.meta.approaches !== undefined && !candidate.meta.approaches.includes(approach)) continue;
    rule = candidate;
    severity = configured;
    try {
      candidate.check(context);
    } catch (error) {
      crashes.push(
        new RuleCrash(candidate.id, source.filePath, error, candidate.origin?.kind === 'plugin' ? candidate.origin.plugin : undefined),
      );
    }
  }
  const kept = misspelled.length === 0 ? findings : findings.filter((finding) => !aboutMissing(finding, misspelled, source.data));
  return kept.sort(compareFindings);
}

/** Whether a finding is about a key that is absent because the author misspelled it. */
function aboutMissing(finding: Finding, misspelled: readonly DataPath[], data: unknown): boolean {
  if (finding.ruleId === 'schema/invalid') return false;
  return misspelled.some((path) => startsWith(finding.path, path) && valueAt(data, path) === undefined);
}

const startsWith = (path: DataPath, prefix: DataPath): boolean =>
  prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** File order: by position, then rule id, then message. */
// Code-unit order, not localeCompare: the same on every machine, whatever its locale.
export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareText(a.ruleId ?? '', b.ruleId ?? '') || compareText(a.message, b.message);
}
