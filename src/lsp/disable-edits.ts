import type { TextEdit } from 'vscode-languageserver';
import { parseDirectives } from '../config/index.js';

// The edits behind the "disable `rule`" code actions: each writes the inline directive a
// person would (docs/rules.md, "Inline directives"), keeping the file's line endings.

/** What the new `disable-next-line` comment says after `--`, for the person to replace with why. */
export const REASON_PLACEHOLDER = 'reason';

const MODELINE = /^#\s*yaml-language-server:/;

function linesOf(text: string): string[] {
  return text.split(/\r?\n/);
}

function endOfLine(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Whether a line is nothing but a comment. */
const isCommentLine = (line: string): boolean => line.trimStart().startsWith('#');

/**
 * Adds `ruleId` to the directive of kind `kind` on `line` (0-based) if that line is a
 * directive comment naming rules; undefined when it is not one.
 */
function extendDirective(lines: readonly string[], line: number, kind: string, ruleId: string): TextEdit | undefined {
  const text = lines[line];
  if (text === undefined || !isCommentLine(text)) return undefined;
  const directive = parseDirectives(text)[0];
  if (!directive || directive.kind !== kind || directive.ruleIds.length === 0) return undefined;
  const last = directive.ruleIds.length - 1;
  const character = directive.ruleColumns[last]! - 1 + directive.ruleIds[last]!.length;
  return { range: { start: { line, character }, end: { line, character } }, newText: `, ${ruleId}` };
}

/**
 * Disables `ruleId` on `line` (0-based): names it in the `mlsys-lint-disable-next-line`
 * comment right above, or writes one there, indented as the line is.
 */
export function disableForLineEdit(text: string, line: number, ruleId: string): TextEdit {
  const lines = linesOf(text);
  const extended = line > 0 ? extendDirective(lines, line - 1, 'disable-next-line', ruleId) : undefined;
  if (extended) return extended;
  const indent = /^[ \t]*/.exec(lines[line] ?? '')![0];
  const at = { line, character: 0 };
  return {
    range: { start: at, end: at },
    newText: `${indent}# mlsys-lint-disable-next-line ${ruleId} -- ${REASON_PLACEHOLDER}${endOfLine(text)}`,
  };
}

/**
 * Disables `ruleId` for the whole file: names it in a `mlsys-lint-disable` comment among
 * the comments before the content, or writes one at the top, after a yaml-language-server
 * modeline (`# yaml-language-server: $schema=…`), which must stay first.
 */
export function disableForFileEdit(text: string, ruleId: string): TextEdit {
  const lines = linesOf(text);
  for (let line = 0; line < lines.length && (lines[line]!.trim() === '' || isCommentLine(lines[line]!)); line++) {
    const extended = extendDirective(lines, line, 'disable', ruleId);
    if (extended) return extended;
  }
  const comment = `# mlsys-lint-disable ${ruleId}`;
  if (!MODELINE.test(lines[0]!))
    return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${comment}${endOfLine(text)}` };
  // After the modeline's line end, or after the modeline itself when it is all there is.
  if (lines.length > 1)
    return { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: `${comment}${endOfLine(text)}` };
  const end = { line: 0, character: lines[0]!.length };
  return { range: { start: end, end }, newText: `${endOfLine(text)}${comment}` };
}
