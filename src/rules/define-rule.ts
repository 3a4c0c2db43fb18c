import { APPROACHES, type Approach } from '../design/index.js';
import type { LoadedDesign } from '../load/index.js';
import type { Verdict } from '../scorer/index.js';
import type { DataPath, Severity, SourceRange } from '../types.js';

/** An example of a rule at work, written once: it drives the rule's tests and its docs. */
export interface RuleExample {
  /** What the example shows, one line. */
  title: string;
  /** A design (or the part of one the rule reads). */
  yaml: string;
  /** Exactly the findings of this rule on `yaml`, in order; empty for an ok example. */
  findings: readonly ExpectedFinding[];
}

export interface ExpectedFinding {
  line: number;
  column: number;
  message: string;
}

export interface RuleMeta<MessageId extends string> {
  /** One line: what the rule reports. */
  description: string;
  /** Severity in the `recommended` preset; the user's config decides in the end. */
  severity: Severity;
  /** Why it matters, in Markdown. */
  rationale: string;
  /**
   * The approaches the rule applies to (default: all). A design's approach is the one it
   * declares, else the scorer's verdict on its traits (docs/rules.md, "Approaches").
   */
  approaches?: readonly Approach[];
  /** Keyword heuristics and other details of how the rule decides, in Markdown. */
  details?: string;
  /** Message templates; `{{name}}` is replaced with report data. */
  messages: Record<MessageId, string>;
  /**
   * The same messages in the words of a rules engine ("service", "rule release" where the
   * others say "model"), used for designs whose approach is `traditional`.
   */
  traditionalMessages?: Partial<Record<MessageId, string>>;
  /** What the rule's fixes and suggestions change, in Markdown, for its docs (docs/fixes.md); absent when it offers none. */
  fixes?: { fixable?: string; suggestions?: string };
  /** Examples that pass (no finding) and that fail (with the exact findings). */
  examples: { valid: readonly RuleExample[]; invalid: readonly RuleExample[] };
}

/** What a rule says when it reports: which message, with what data, and where. */
export interface RuleReport<MessageId extends string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** Data path of the offending value, or of what is missing (the engine falls back to the nearest ancestor). */
  path?: DataPath;
  /** Point at the key named by the last path segment rather than at its value. */
  key?: boolean;
  /** An exact range, for problems that have no data path (syntax errors). */
  range?: SourceRange;
  /** The file cannot be analysed further. */
  fatal?: boolean;
  /**
   * The value is there but says nothing (`None`, `TBD`, "No A/B test yet"): the message
   * becomes "`field` is `written`: " and the advice of the message named.
   */
  hollow?: { field: string; written: string };
  /**
   * The offending key is a misspelling of the key at this path (`alerting` for
   * `monitoring.alerts`): other rules' findings about that key being missing are dropped,
   * so the author reads one finding, the one that leads to the fix.
   */
  standsFor?: DataPath;
  /**
   * This finding is graver than the rule's usual one: it is an error unless the user
   * configured the rule `off` or `info` (a rule set to `warn`, as in the `recommended`
   * preset, reports it as an error). The rule's docs say when it escalates.
   */
  escalate?: boolean;
  /**
   * A safe, meaning-preserving change that removes the problem (`--fix` applies it without
   * asking): several edits are applied together or not at all. The rule's docs say so.
   */
  fix?: RuleEdit | readonly RuleEdit[];
  /** Changes a person must choose (a value to pick, a unit to confirm): offered, never applied by `--fix`. */
  suggestions?: readonly RuleSuggestion[];
}

/**
 * An edit said as data about the design: the engine finds the YAML nodes and turns it into
 * a text edit that changes only that span, so comments, key order, quoting and blank lines
 * stay as written (docs/fixes.md). An edit the engine cannot place is dropped.
 */
export type RuleEdit =
  /** Rename the key at `path` (its last segment) to `to`, keeping its quoting style. */
  | { kind: 'rename-key'; path: DataPath; to: string }
  /** Replace the scalar value at `path` with the text value `value`, quoted only if YAML needs it. */
  | { kind: 'replace-value'; path: DataPath; value: string }
  /** Add `key: valueText` as the first key of the mapping at `parentPath`; `valueText` is YAML as written. */
  | { kind: 'insert-key'; parentPath: DataPath; key: string; valueText: string };

export interface RuleSuggestion {
  /** What the change does, one line: "Write `99.95%`". */
  desc: string;
  edit: RuleEdit | readonly RuleEdit[];
}

export interface RuleContext<MessageId extends string> {
  /** The design's data: anything the YAML held, so rules must not trust its shape. */
  readonly design: unknown;
  readonly source: LoadedDesign;
  /** The approach the design is judged by: declared, else the scorer's verdict. */
  readonly approach: Approach;
  /** The should-use-ML verdict on the design's traits, computed once per file. */
  verdict(): Verdict;
  report(report: RuleReport<MessageId>): void;
}

export interface Rule<MessageId extends string = string> {
  /** `<group>/<name>`, the same as the file's path under `src/rules`. */
  id: string;
  meta: RuleMeta<MessageId>;
  check(context: RuleContext<MessageId>): void;
  /**
   * Where a rule that is not built in comes from: a config's `custom-rules`, or a plugin as
   * the config names it (so that a crash names the plugin). Built-in rules have none.
   */
  origin?: RuleOrigin;
  /** Where a rule that is not built in is documented, if anywhere (built-in rules link to docs/rules/). */
  url?: string;
}

export type RuleOrigin = { kind: 'custom-rules' } | { kind: 'plugin'; plugin: string };

/** Where a rule's documentation is: its own `url`, else for a built-in rule its page under docs/rules/. */
export function docsUrlOf(rule: Rule, builtInUrl: (id: string) => string): string | undefined {
  return rule.url ?? (rule.origin ? undefined : builtInUrl(rule.id));
}

/** Declares a rule; the identity function that gives rules their types. */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}

/** The template a rule reports with, in the words of the design's approach. */
export function messageTemplate(rule: Rule, messageId: string, approach: Approach): string {
  const traditional =
    approach === 'traditional' ? (rule.meta.traditionalMessages as Record<string, string> | undefined)?.[messageId] : undefined;
  return traditional ?? (rule.meta.messages as Record<string, string>)[messageId] ?? messageId;
}

/**
 * A "missing" message made into one for a value that says nothing: "no fallback: say what
 * … in `deployment.fallback`" → "`deployment.fallback` is `None`: say what …".
 */
export function hollowMessage(missing: string, hollow: { field: string; written: string }): string {
  const colon = missing.indexOf(': ');
  const advice = (colon >= 0 ? missing.slice(colon + 2) : missing).replace(/ (?:in|to) `[^`]+`$/, '');
  // Joined, as in renderMessage: the message must not keep the design's text alive.
  return ['`', hollow.field, '` is `', hollow.written.replace(/`/g, "'"), '`: ', advice].join('');
}

/** Fills a message template's `{{name}}` placeholders from report data. */
export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  if (!template.includes('{{')) return template;
  const parts = templateParts(template);
  const pieces: string[] = [parts[0]!];
  // Odd places hold the placeholders as written, each followed by the text up to the next.
  for (let at = 1; at < parts.length; at += 2) {
    const written = parts[at]!;
    const name = written.slice(2, -2).trim();
    pieces.push(Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : written, parts[at + 1]!);
  }
  // Joined, not added up: `+` makes a tree of every piece, and a piece cut from the design
  // (a quoted value) keeps the design's whole text alive as long as the finding lives.
  return pieces.join('');
}

// Templates split at their placeholders, once each: every finding renders one, and rules have few.
const partsByTemplate = new Map<string, readonly string[]>();

function templateParts(template: string): readonly string[] {
  let parts = partsByTemplate.get(template);
  if (parts === undefined) {
    parts = template.split(/(\{\{\s*\w+\s*\}\})/);
    // Templates come from rules (and configs), a bounded set; the bound is for safety only.
    if (partsByTemplate.size >= 10_000) partsByTemplate.clear();
    partsByTemplate.set(template, parts);
  }
  return parts;
}

/** The approaches a rule applies to: those its metadata names, else all. */
export function approachesOf(rule: Rule): readonly Approach[] {
  return rule.meta.approaches ?? APPROACHES;
}
