import { APPROACHES, formatPath, type Approach } from '../../design/index.js';
import type { DataPath, Severity } from '../../types.js';
import { defineRule, type Rule } from '../define-rule.js';
import { CHECK_FUNCTIONS, type ValueTest } from './functions/index.js';
import { shown } from './functions/types.js';
import { isLiteral, literalPath, matchGiven, parseGiven, valueAtSteps, type GivenStep } from './given.js';

/** Reports a problem at a place inside the rule's entry in the config (`key`: at the key rather than its value). */
export type EntryProblem = (path: DataPath, reason: string, key?: boolean) => never;

export const DECLARATIVE_RULE_KEYS = ['description', 'message', 'severity', 'approaches', 'given', 'when', 'then', 'rationale'];
const THEN_KEYS = ['field', 'function', 'functionOptions'];
const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info'];

/** The message a rule reports with when its entry has none. */
export const DEFAULT_MESSAGE = '{{description}}: `{{path}}` {{error}}';

/** Where a rule looks: a literal path is read directly, a path with wildcards is expanded. */
interface Given {
  steps: GivenStep[];
  /** For a literal path, its data path, built once. */
  path?: DataPath;
}

const givenOf = (steps: GivenStep[]): Given => (isLiteral(steps) ? { steps, path: literalPath(steps) } : { steps });

/**
 * Calls `visit` with each place a `given` reaches from `data` (at `base`), in order, until
 * it returns true; says whether it did. A literal path is read directly: most rules' paths
 * are, and no list of matches is built for them at each design.
 */
function someMatch(data: unknown, given: Given, visit: (path: DataPath, value: unknown) => boolean, base: DataPath = []): boolean {
  if (given.path) return visit(base.length === 0 ? given.path : [...base, ...given.path], valueAtSteps(data, given.steps));
  for (const match of matchGiven(data, given.steps, [], base)) if (visit(match.path, match.value)) return true;
  return false;
}

interface Then {
  field?: Given;
  test: ValueTest;
  /** For the docs: the function and its options as written. */
  written: string;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isScalar = (value: unknown): boolean => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * Turns one `custom-rules` entry of a config into a rule like the built-in ones: the
 * engine decorates its findings, directives, overrides and baselines apply to it. Every
 * problem with the entry goes to `problem` at its place; patterns and schemas are
 * compiled here, once.
 */
export function declarativeRule(id: string, entry: unknown, problem: EntryProblem): Rule {
  if (!isMapping(entry)) return problem([], `custom rule \`${id}\` must be a mapping with \`description\`, \`given\` and \`then\``);
  for (const key of Object.keys(entry))
    if (!DECLARATIVE_RULE_KEYS.includes(key))
      problem([key], `unknown key \`${key}\` in custom rule \`${id}\`; allowed keys are ${DECLARATIVE_RULE_KEYS.join(', ')}`, true);
  const text = (key: string, required: boolean): string | undefined => {
    const value = entry[key];
    if (value === undefined || value === null) return required ? problem([], `custom rule \`${id}\` needs \`${key}\``, true) : undefined;
    return typeof value === 'string' && value.trim() !== '' ? value : problem([key], `\`${key}\` must be text`);
  };
  const description = text('description', true)!;
  const message = text('message', false) ?? DEFAULT_MESSAGE;
  const rationale = text('rationale', false) ?? description;
  const severityValue = entry.severity ?? 'warn';
  const severity = severityValue === 'warning' ? 'warn' : (severityValue as Severity);
  if (!SEVERITIES.includes(severity))
    problem(['severity'], `\`severity\` must be one of error, warn, info; got \`${String(severityValue)}\``);
  const approaches = approachesOf(entry.approaches, problem);
  const givenWritten =
    entry.given === undefined ? problem([], `custom rule \`${id}\` needs \`given\`: the path(s) it checks`, true) : entry.given;
  const givenList =
    typeof givenWritten === 'string'
      ? [givenWritten]
      : Array.isArray(givenWritten)
        ? givenWritten
        : problem(['given'], '`given` must be a path or a list of paths');
  if (givenList.length === 0) problem(['given'], '`given` needs at least one path');
  const givens = givenList.map((written, index) =>
    givenOf(stepsOf(written, typeof givenWritten === 'string' ? ['given'] : ['given', index], problem)),
  );
  const when = conditionsOf(entry.when, problem);
  const thenWritten =
    entry.then === undefined ? problem([], `custom rule \`${id}\` needs \`then\`: {field, function, functionOptions}`, true) : entry.then;
  const thenList = Array.isArray(thenWritten) ? thenWritten : [thenWritten];
  const thens = thenList.map((then, index) => thenOf(then, Array.isArray(thenWritten) ? ['then', index] : ['then'], problem));
  const details = [
    `Checks ${givenList.map((written) => `\`${String(written)}\``).join(', ')}${when.length > 0 ? ` in designs ` +
      `where ${when.map((condition) => condition.written).join(' and ')}` : ''}: ${thens.map((then) => then.written).join('; ')}.`,
    `A rule of the config's \`custom-rules\` (see docs/rules.md, "Writing your own rules").`,
  ].join('\n\n');
  return defineRule({
    id,
    origin: { kind: 'custom-rules' },
    meta: {
      description,
      severity,
      rationale,
      details,
      messages: { custom: message },
      ...(approaches ? { approaches } : {}),
      examples: { valid: [], invalid: [] },
    },
    check(context) {
      const design = context.design;
      for (const condition of when) if (!condition.holds(design)) return;
      // Returns false: every place is checked.
      const test = (then: Then, path: DataPath, value: unknown): boolean => {
        const error = then.test(value);
        if (error === undefined) return false;
        // A copy: the path of a literal `given` is shared by every design.
        context.report({
          messageId: 'custom',
          data: { value: shown(value), path: formatPath(path), error, description },
          path: [...path],
        });
        return false;
      };
      for (const given of givens) {
        someMatch(design, given, (path, value) => {
          for (const then of thens) {
            if (then.field === undefined) test(then, path, value);
            else someMatch(value, then.field, (fieldPath, fieldValue) => test(then, fieldPath, fieldValue), path);
          }
          return false;
        });
      }
    },
  });
}

function stepsOf(written: unknown, at: DataPath, problem: EntryProblem): GivenStep[] {
  if (typeof written !== 'string') return problem(at, 'a path must be text, such as `monitoring.alerts[*].runbook`');
  const steps = parseGiven(written);
  return 'problem' in steps ? problem(at, `bad path \`${written}\`: ${steps.problem}`) : steps;
}

function approachesOf(value: unknown, problem: EntryProblem): Approach[] | undefined {
  if (value === undefined) return undefined;
  const list =
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value
        : problem(['approaches'], `\`approaches\` must be a list of ${APPROACHES.join(', ')}`);
  list.forEach((item, index) => {
    if (!(APPROACHES as readonly unknown[]).includes(item))
      problem(
        Array.isArray(value) ? ['approaches', index] : ['approaches'],
        `unknown approach \`${String(item)}\`; use ${APPROACHES.join(', ')}`,
      );
  });
  return list as Approach[];
}

interface Condition {
  written: string;
  holds(design: unknown): boolean;
}

/** `when`: each path must hold the value written (or one of the list written); text compares without case. */
function conditionsOf(value: unknown, problem: EntryProblem): Condition[] {
  if (value === undefined || value === null) return [];
  if (!isMapping(value)) return problem(['when'], '`when` must be a mapping of path to value, such as `status: approved`');
  return Object.entries(value).map(([path, expected]) => {
    const given = givenOf(stepsOf(path, ['when', path], problem));
    const list = Array.isArray(expected) ? expected : [expected];
    if (list.length === 0 || !list.every(isScalar))
      problem(['when', path], `\`${path}\` must be a value or a list of values to compare with`);
    const wanted = new Set(list.map((item) => String(item).trim().toLowerCase()));
    return {
      written: `\`${path}\` is ${list.map((item) => `\`${String(item)}\``).join(' or ')}`,
      holds: (design) => someMatch(design, given, (_, value) => isScalar(value) && wanted.has(String(value).trim().toLowerCase())),
    };
  });
}

function thenOf(value: unknown, at: DataPath, problem: EntryProblem): Then {
  if (!isMapping(value)) return problem(at, '`then` must be {field, function, functionOptions} or a list of them');
  for (const key of Object.keys(value))
    if (!THEN_KEYS.includes(key))
      problem([...at, key], `unknown key \`${key}\` in \`then\`; allowed keys are ${THEN_KEYS.join(', ')}`, true);
  const name = value.function;
  const names = Object.keys(CHECK_FUNCTIONS);
  if (typeof name !== 'string')
    return problem(
      name === undefined ? at : [...at, 'function'],
      `\`then\` needs \`function\`, one of ${names.join(', ')}`,
      name === undefined,
    );
  const check = Object.prototype.hasOwnProperty.call(CHECK_FUNCTIONS, name)
    ? CHECK_FUNCTIONS[name]!
    : problem([...at, 'function'], `unknown function \`${name}\`; use one of ${names.join(', ')}`);
  const options = value.functionOptions ?? {};
  if (!isMapping(options)) return problem([...at, 'functionOptions'], '`functionOptions` must be a mapping');
  for (const key of Object.keys(options)) {
    if (!check.options.includes(key))
      problem(
        [...at, 'functionOptions', key],
        `\`${name}\` takes no option \`${key}\`${check.options.length > 0 ? `; its options are ${check.options.join(', ')}` : ''}`,
        true,
      );
  }
  const test = check.prepare(options, (option, reason) =>
    problem(
      option === null ? [...at, value.functionOptions === undefined ? 'function' : 'functionOptions'] : [...at, 'functionOptions', option],
      reason,
    ),
  );
  const field = value.field === undefined ? undefined : givenOf(stepsOf(value.field, [...at, 'field'], problem));
  const optionsText = Object.keys(options).length > 0 ? ` ${JSON.stringify(options)}` : '';
  return {
    ...(field ? { field } : {}),
    test,
    written: `${field ? `\`${String(value.field)}\`: ` : ''}\`${name}\`${optionsText} (${check.description})`,
  };
}
