import { valueAt } from '../../design/index.js';
import { validateDesignData, type SchemaProblem } from '../../schema/index.js';
import { defineRule, type RuleReport } from '../define-rule.js';

/** The version a design without `mlsys` is written in: the only one there is (docs/format.md). */
const FORMAT_VERSION = '1';

const renameTarget = (problem: SchemaProblem): string => JSON.stringify([...problem.path.slice(0, -1), problem.uniqueSuggestion]);

/**
 * The fix or suggestion for a schema problem: a misspelled key renamed to the one key it is
 * closest to, when that key is not written already; `mlsys: 1` added; an enum value that is
 * close to an allowed one offered as a suggestion.
 */
function fixesOf(
  problem: SchemaProblem,
  design: unknown,
  renames: ReadonlyMap<string, number>,
): Pick<RuleReport<string>, 'fix' | 'suggestions'> {
  const to = problem.uniqueSuggestion;
  if (to !== undefined && renames.get(renameTarget(problem)) === 1 && valueAt(design, [...problem.path.slice(0, -1), to]) === undefined) {
    return { fix: { kind: 'rename-key', path: problem.path, to } };
  }
  if (problem.messageId === 'required' && problem.path.length === 0 && problem.data.key === 'mlsys') {
    return { fix: { kind: 'insert-key', parentPath: [], key: 'mlsys', valueText: FORMAT_VERSION } };
  }
  if (problem.messageId === 'enumDidYouMean') {
    const value = problem.data.suggestion!;
    return { suggestions: [{ desc: `Write \`${value}\``, edit: { kind: 'replace-value', path: problem.path, value } }] };
  }
  return {};
}

export default defineRule({
  id: 'schema/invalid',
  meta: {
    description: 'The design breaks the JSON Schema of the format.',
    severity: 'error',
    rationale:
      'The schema (`schemas/ml-system-design.schema.json`) is the contract that reports, the scorer and other tools rely on. Each ' +
      'violation is one finding at the offending value, in words rather than schema jargon. Unknown keys get a "did you mean" ' +
      'suggestion when an allowed key is close; keys starting with `x-` are always allowed for team-specific extensions.',
    messages: {
      notMapping: 'a design must be a mapping of keys (`mlsys`, `name`, the 7 steps…); got {{got}}',
      required: '{{where}} is missing the required key `{{key}}`',
      unknownKey: 'unknown key `{{key}}` in {{where}} (extensions must start with `x-`)',
      unknownKeyDidYouMean: 'unknown key `{{key}}` in {{where}}; did you mean `{{suggestion}}`?',
      type: '{{where}} must be {{expected}}; got {{got}}',
      enum: '{{where}} must be one of {{allowed}}; got `{{got}}`',
      enumDidYouMean: '{{where}} must be one of {{allowed}}; got `{{got}}`; did you mean `{{suggestion}}`?',
      const: '{{where}} must be {{expected}}; got `{{got}}`',
      pattern: '{{where}} must be {{expected}}; got `{{got}}`',
      empty: '{{where}} must not be empty',
      other: '{{where}} {{problem}}',
    },
    fixes: {
      fixable:
        '`--fix` renames a misspelled key to the allowed key it is closest to (`monitorng` → `monitoring`) when no other allowed key ' +
          'is as close, that key is not written already in the same mapping, and no other misspelling in the mapping stands for it; ' +
          'only the key changes, its quoting kept. It adds `mlsys: 1` as the first key of a design that lacks `mlsys` (1 is the only ' +
          'version of the format).',
      suggestions:
        'A value that is not one of the allowed ones but is close to one (`realtime`) gets the suggestion to write the allowed value ' +
          '(`real-time`).',
    },
    examples: {
      valid: [
        {
          title: 'Only known keys, right types',
          yaml: 'mlsys: 1\nname: Fraud detection\ndeployment:\n  mode: online\nx-cost-center: 4711\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A misspelled step and an unknown serving mode',
          yaml: 'mlsys: 1\nname: Fraud detection\nmonitorng:\n  system: [Latency]\ndeployment:\n  mode: realtime\n',
          findings: [
            { line: 3, column: 1, message: 'unknown key `monitorng` in the design; did you mean `monitoring`?' },
            {
              line: 6,
              column: 9,
              message:
                '`deployment.mode` must be one of online, real-time, batch, streaming, edge; got `realtime`; did you mean `real-time`?',
            },
          ],
        },
        {
          title: 'A missing name and a list item of the wrong type',
          yaml: 'mlsys: 1\nowners: [risk-team, 42]\n',
          findings: [
            { line: 1, column: 1, message: 'the design is missing the required key `name`' },
            { line: 2, column: 21, message: '`owners[1]` must be text; got a number `42`' },
          ],
        },
      ],
    },
  },
  check(context) {
    const problems = validateDesignData(context.design);
    // Two misspellings of one key in a mapping (`monitorng`, `monitorin`): renaming either would be a guess.
    const renames = new Map<string, number>();
    for (const problem of problems)
      if (problem.uniqueSuggestion !== undefined) renames.set(renameTarget(problem), (renames.get(renameTarget(problem)) ?? 0) + 1);
    for (const problem of problems) {
      // A misspelled key stands for the key it suggests: rules say nothing of that key missing.
      const standsFor = problem.messageId === 'unknownKeyDidYouMean' ? [...problem.path.slice(0, -1), problem.data.suggestion!] : undefined;
      context.report({
        messageId: problem.messageId,
        data: problem.data,
        path: problem.path,
        key: problem.key,
        ...(standsFor ? { standsFor } : {}),
        ...fixesOf(problem, context.design, renames),
      });
    }
  },
});
