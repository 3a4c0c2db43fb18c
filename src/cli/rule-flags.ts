import { parseSeverity } from '../config/index.js';
import { UsageError } from '../errors.js';
import { RULES, ruleById } from '../rules/index.js';
import { closestMatch } from '../util/closest-match.js';
import type { ConfiguredSeverity } from '../types.js';

const TEAM_RULE_ID = /^[^/\s:]+\/[^/\s:]+$/;
const BUILT_IN_GROUPS = new Set(RULES.map((rule) => rule.id.split('/')[0]!));

/** `--rule id:severity` values. */
export function cliRuleSeverities(values: readonly string[] | undefined): Map<string, ConfiguredSeverity> {
  const severities = new Map<string, ConfiguredSeverity>();
  for (const value of values ?? []) {
    const colon = value.lastIndexOf(':');
    // `--rule 'serving/cost: off'`, with a space as ESLint users write it, is the same.
    const id = (colon === -1 ? value : value.slice(0, colon)).trim();
    const severity = colon === -1 ? undefined : parseSeverity(value.slice(colon + 1).trim());
    // A team rule (`acme/alerts-name-rotation`, a plugin's) is known only to the configs that
    // define it, so any id outside the built-in groups is taken as one.
    // Anything that is neither a built-in id nor shaped like a team id (`team/rule-name`) is a typo.
    if (!ruleById(id) && (BUILT_IN_GROUPS.has(id.split('/')[0]!) || !TEAM_RULE_ID.test(id))) {
      const suggestion = closestMatch(
        id,
        RULES.map((rule) => rule.id),
      );
      throw new UsageError(`--rule: unknown rule \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`);
    }
    if (!severity) throw new UsageError(`--rule ${value}: write ID:SEVERITY with SEVERITY one of off, info, warn, error`);
    severities.set(id, severity);
  }
  return severities;
}

/**
 * `--rule` ids that no rule of the run has: a team id is taken on trust until the configs in
 * use are read, and one that none of them defines is then a usage error, as an unknown
 * built-in id is at once.
 */
export function unknownTeamRules(cliRules: ReadonlyMap<string, ConfiguredSeverity>, rules: readonly { id: string }[]): string[] {
  const known = new Set(rules.map((rule) => rule.id));
  return [...cliRules.keys()].filter((id) => !known.has(id) && !ruleById(id));
}

/** The one line that says so. */
export const unknownTeamRuleLine = (id: string): string =>
  `--rule: unknown rule \`${id}\`: no config in use defines it (custom-rules or a plugin)`;
