import { LineIndex } from '../../load/index.js';
import { yaml } from '../../load/yaml-tree.js';
import { formatPath, quoteValue } from '../../design/describe.js';
import type { DataPath, SourceRange } from '../../types.js';
import { defineRule } from '../define-rule.js';

/** A TODO marker: the word in capitals at the very start, as `mlsys-lint init` writes them ("Todo app" is a name, not a marker). */
const TODO = /^\s*TODO\b/;

/** Every text value in the data that starts with a TODO marker, with its path. */
function todoValues(value: unknown, path: (string | number)[], found: { path: DataPath; text: string }[], seen: Set<object>): void {
  if (typeof value === 'string') {
    if (TODO.test(value)) found.push({ path: [...path], text: value });
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  // An alias may repeat an object: each place is reported once.
  seen.add(value);
  if (Array.isArray(value)) value.forEach((item, index) => todoValues(item, [...path, index], found, seen));
  else for (const key of Object.keys(value)) todoValues((value as Record<string, unknown>)[key], [...path, key], found, seen);
}

/** Comments that start with TODO, with their ranges, read from the YAML's concrete syntax tree so that `#` inside text does not count. */
function todoComments(text: string): { range: SourceRange; text: string }[] {
  const comments: { offset: number; source: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string')
      comments.push({ offset: token.offset, source: token.source });
    for (const child of Object.values(node)) walk(child);
  };
  walk([...new (yaml().Parser)().parse(text)]);
  const lines = new LineIndex(text);
  return comments
    .filter((comment) => TODO.test(comment.source.slice(1)))
    .sort((a, b) => a.offset - b.offset)
    .map((comment) => {
      const start = lines.position(comment.offset);
      const end = lines.position(comment.offset + comment.source.length);
      return {
        range: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
        text: comment.source.slice(1).trim(),
      };
    });
}

export default defineRule({
  id: 'meta/todo',
  meta: {
    description: 'A value or a comment is still a TODO placeholder.',
    severity: 'warn',
    rationale:
      'A design started with `mlsys-lint init` is full of placeholders: text values that start with `TODO`, and `# TODO` comments next ' +
        'to example values that still have to be checked (an SLO, a serving mode). A placeholder is not yet a decision, yet it satisfies ' +
        'the checks for missing fields, so this rule keeps every one of them visible until it is replaced. It is a warning, so that a ' +
        'draft full of TODOs still passes CI; a team that wants approved designs free of them can make it an error for `status: ' +
        'approved` in an override.',
    details: [
      'Reports:',
      '',
      '- each text value, anywhere in the design, that starts with `TODO` in capitals (after optional white space), at that value;',
      '- each YAML comment whose text starts with `TODO`, at the comment.',
      '',
      'Words like "Todo app" do not count: the marker is the capitalised word at the start. A `#` inside quoted text or a block scalar ' +
        'is text, not a comment. Other rules treat a TODO value as present: the missing-field rules stay quiet, and this one warns ' +
        'instead.',
    ].join('\n'),
    messages: {
      value: 'replace the TODO in `{{path}}`: {{text}}',
      comment: 'resolve the TODO comment: {{text}}',
    },
    examples: {
      valid: [
        {
          title: 'Every placeholder filled in',
          yaml: 'requirements:\n  business_goal: Reduce fraud losses # checked with finance\n  latency: "< 100ms"\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A TODO value left by init',
          yaml: 'requirements:\n  business_goal: "TODO: the outcome the business wants"\n',
          findings: [
            { line: 2, column: 18, message: 'replace the TODO in `requirements.business_goal`: TODO: the outcome the business wants' },
          ],
        },
        {
          title: 'An example value still marked TODO, and a TODO in a list',
          yaml: 'deployment:\n  slo:\n    latency_p99: 200ms # TODO: agree with the product team\nmonitoring:\n  alerts: [TODO who is ' +
            'paged and when]\n',
          findings: [
            { line: 3, column: 24, message: 'resolve the TODO comment: TODO: agree with the product team' },
            { line: 5, column: 12, message: 'replace the TODO in `monitoring.alerts[0]`: TODO who is paged and when' },
          ],
        },
      ],
    },
  },
  check(context) {
    // Most designs have no placeholder at all: skip walking their data.
    if (!context.source.text.includes('TODO')) return;
    const found: { path: DataPath; text: string }[] = [];
    todoValues(context.design, [], found, new Set());
    for (const { path, text } of found)
      context.report({
        messageId: 'value',
        path,
        data: { path: path.length === 0 ? 'the design' : formatPath(path), text: quoteValue(text.trim()) },
      });
    const source = context.source.text;
    // The YAML parser is loaded and run only for a file that may hold a TODO comment.
    if (!/#[ \t]*TODO\b/.test(source)) return;
    for (const comment of todoComments(source))
      context.report({ messageId: 'comment', range: comment.range, data: { text: quoteValue(comment.text) } });
  },
});
