import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../types.js';

/** What editors call the linter: each diagnostic's `source`, and the key code actions look for. */
export const DIAGNOSTIC_SOURCE = 'mlsys-lint';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * A finding as an editor diagnostic. Findings count lines and columns from 1 with the end
 * just past the last character; the protocol counts from 0 with the same exclusive end,
 * both in UTF-16 code units (JavaScript string offsets).
 */
export function diagnosticOf(finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: {
      start: { line: finding.line - 1, character: finding.column - 1 },
      end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
    },
    severity: SEVERITIES[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.ruleId !== null) diagnostic.code = finding.ruleId;
  if (finding.url) diagnostic.codeDescription = { href: finding.url };
  return diagnostic;
}
