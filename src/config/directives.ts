import { RULES, type Rule } from '../rules/index.js';
import { closestMatch } from '../util/closest-match.js';
import type { Finding, Severity } from '../types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

/** One `# mlsys-lint-…` comment. */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids it names; empty means every rule. */
  ruleIds: string[];
  reason?: string;
  line: number;
  column: number;
  /** Columns of each named rule id, for precise reports. */
  ruleColumns: number[];
}

const DIRECTIVE = /(^|\s)#\s*mlsys-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;

/**
 * Finds the directives in a file's comments. Only text after a `#` that starts a YAML
 * comment (at the start of a line or after white space) counts.
 */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('mlsys-lint-')) return [];
  const directives: Directive[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, index) => {
    const match = DIRECTIVE.exec(lineText);
    if (!match) return;
    const column = match.index + match[1]!.length + 1;
    const [body = '', reason] = splitReason(match[3] ?? '');
    const ruleIds: string[] = [];
    const ruleColumns: number[] = [];
    const bodyStart = lineText.length - (match[3] ?? '').length;
    for (const idMatch of body.matchAll(/[^\s,]+/g)) {
      ruleIds.push(idMatch[0]);
      ruleColumns.push(bodyStart + (idMatch.index ?? 0) + 1);
    }
    directives.push({ kind: match[2] as DirectiveKind, ruleIds, line: index + 1, column, ruleColumns, ...(reason ? { reason } : {}) });
  });
  return directives;
}

function splitReason(rest: string): [string, string | undefined] {
  const at = rest.search(/(^|\s)--(\s|$)/);
  if (at === -1) return [rest, undefined];
  return [rest.slice(0, at), rest.slice(at).replace(/^\s*--\s*/, '').trim() || undefined];
}

/** The line where a file's content starts: directives above it govern the whole file. */
function firstContentLine(text: string): number {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  return index === -1 ? lines.length + 1 : index + 1;
}

interface Span {
  directive: Directive;
  ruleId: string | null;
  from: number;
  to: number;
  used: boolean;
}

export interface DirectiveOutcome {
  /** The findings no directive suppressed: the array given itself when the file has no directive. */
  kept: Finding[];
  suppressed: Finding[];
  /** Problems with the directives themselves: unknown rule ids, and unused ones when asked for. */
  problems: Finding[];
}

/**
 * Applies inline directives to a file's findings. A `disable` holds until a matching
 * `enable` or the end of the file; one placed above the first line of content covers
 * the whole file (findings about what is missing are often at line 1).
 */
export function applyDirectives(
  findings: Finding[],
  text: string,
  options: { reportUnused: boolean; unusedSeverity?: Severity; rules?: readonly Rule[] },
): DirectiveOutcome {
  const directives = parseDirectives(text);
  // Most designs have no directive: their findings are kept as they are, not copied.
  if (directives.length === 0) return { kept: findings, suppressed: [], problems: [] };
  const problems: Finding[] = [];
  // The built-in rules, or the file's own list when its config adds rules (docs/rules.md, "Writing your own rules").
  const knownIds = (options.rules ?? RULES).map((rule) => rule.id);
  const spans: Span[] = [];
  const open = new Map<string | null, Span[]>();
  const headerEnd = firstContentLine(text);
  const endOfFile = Number.MAX_SAFE_INTEGER;
  for (const directive of directives) {
    directive.ruleIds.forEach((id, index) => {
      if (knownIds.includes(id)) return;
      const suggestion = closestMatch(id, knownIds);
      problems.push(
        directiveProblem(
          directive,
          directive.ruleColumns[index] ?? directive.column,
          `unknown rule \`${id}\` in mlsys-lint-${directive.kind} directive${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
          'error',
        ),
      );
    });
    // Each id once: a comment naming one rule 200,000 times makes one span, not 200,000.
    const ids: (string | null)[] =
      directive.ruleIds.length === 0 ? [null] : [...new Set(directive.ruleIds.filter((id) => knownIds.includes(id)))];
    for (const ruleId of ids) {
      switch (directive.kind) {
        case 'disable': {
          const span: Span = { directive, ruleId, from: directive.line < headerEnd ? 1 : directive.line, to: endOfFile, used: false };
          spans.push(span);
          // Pushed, not copied: linear in the number of directives (docs/robustness.md).
          const spansOfRule = open.get(ruleId);
          if (spansOfRule) spansOfRule.push(span);
          else open.set(ruleId, [span]);
          break;
        }
        case 'enable': {
          // An enable without ids closes everything; with ids, the spans for those ids (and an all-rules span stays open for others).
          const keys = ruleId === null ? [...open.keys()] : [ruleId];
          for (const key of keys) for (const span of open.get(key) ?? []) if (span.to === endOfFile) span.to = directive.line - 1;
          break;
        }
        case 'disable-line':
          spans.push({ directive, ruleId, from: directive.line, to: directive.line, used: false });
          break;
        case 'disable-next-line':
          spans.push({ directive, ruleId, from: directive.line + 1, to: directive.line + 1, used: false });
          break;
      }
    }
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  // Spans of one line by that line, so that many `disable-line` comments cost no more per finding.
  const byLine = new Map<number, Span[]>();
  const ranges: Span[] = [];
  for (const span of spans) {
    if (span.from !== span.to) ranges.push(span);
    else {
      const onLine = byLine.get(span.from);
      if (onLine) onLine.push(span);
      else byLine.set(span.from, [span]);
    }
  }
  const covers = (finding: Finding) => (span: Span) =>
    finding.line >= span.from && finding.line <= span.to && (span.ruleId === null || span.ruleId === finding.ruleId);
  for (const finding of findings) {
    const covering = [...(byLine.get(finding.line) ?? []).filter(covers(finding)), ...ranges.filter(covers(finding))];
    if (covering.length === 0 || finding.fatal) {
      kept.push(finding);
      continue;
    }
    for (const span of covering) span.used = true;
    suppressed.push(finding);
  }
  if (options.reportUnused) {
    for (const span of spans) {
      if (span.used) continue;
      const what = span.ruleId ? ` for \`${span.ruleId}\`` : '';
      problems.push(
        directiveProblem(
          span.directive,
          span.directive.column,
          `unused mlsys-lint-${span.directive.kind} directive${what}: no problem was reported there`,
          options.unusedSeverity ?? 'error',
        ),
      );
    }
  }
  return { kept, suppressed, problems };
}

function directiveProblem(directive: Directive, column: number, message: string, severity: Severity): Finding {
  return {
    ruleId: null,
    severity,
    message,
    messageId: 'directive',
    path: [],
    line: directive.line,
    column,
    endLine: directive.line,
    endColumn: column,
  };
}
