import type { PhrasingContent, RootContent } from 'mdast';
import type { Finding, Severity } from '../../types.js';
import type { DesignReport, SectionContext } from '../model.js';
import { code, heading, link, list, messagePhrasing, paragraph, text } from '../text.js';

const GROUPS: readonly { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warn', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
];

function findingItem(report: DesignReport, finding: Finding): PhrasingContent[] {
  const rule: PhrasingContent =
    finding.ruleId === null ? text('inline directive') : link(report.ruleDocs(finding.ruleId), [code(finding.ruleId)]);
  return [rule, text(` at line ${finding.line}, column ${finding.column}: `), ...messagePhrasing(finding.message)];
}

/** The findings, grouped by severity, each linking to its rule's documentation. */
export default function findings(report: DesignReport, context: SectionContext): RootContent[] {
  const all = report.result.findings;
  if (all.length === 0) return [paragraph(text('No findings: every rule passes.'))];
  const nodes: RootContent[] = [];
  for (const group of GROUPS) {
    const found = all.filter((finding) => finding.severity === group.severity);
    if (found.length === 0) continue;
    nodes.push(heading(context.depth + 1, `${group.title} (${found.length})`), list(found.map((finding) => findingItem(report, finding))));
  }
  return nodes;
}
