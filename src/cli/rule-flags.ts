import { parseSeverity } from '../config/index.js';
import { UsageError } from '../errors.js';
import { RULES, ruleById } from '../rules/index.js';
import { closestMatch } from '../schema/suggest.js';
import type { ConfiguredSeverity } from '../types.js';

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
    if (!ruleById(id) && BUILT_IN_GROUPS.has(id.split('/')[0]!)) {
      const suggestion = closestMatch(id, RULES.map((rule) => rule.id));
      throw new UsageError(`--rule: unknown rule \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`);
    }
    if (!severity) throw new UsageError(`--rule ${value}: write ID:SEVERITY with SEVERITY one of off, info, warn, error`);
    severities.set(id, severity);
  }
  return severities;
}
