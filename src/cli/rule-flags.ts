import { parseSeverity } from '../config/index.js';
import { UsageError } from '../errors.js';
import { RULES, ruleById } from '../rules/index.js';
import { closestMatch } from '../util/closest-match.js';
import type { ConfiguredSeverity } from '../types.js';

/** `--rule id:severity` values. */
export function cliRuleSeverities(values: readonly string[] | undefined): Map<string, ConfiguredSeverity> {
  const severities = new Map<string, ConfiguredSeverity>();
  for (const value of values ?? []) {
    const colon = value.lastIndexOf(':');
    const id = colon === -1 ? value : value.slice(0, colon);
    const severity = colon === -1 ? undefined : parseSeverity(value.slice(colon + 1));
    if (!ruleById(id)) {
      const suggestion = closestMatch(id, RULES.map((rule) => rule.id));
      throw new UsageError(`--rule: unknown rule \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`);
    }
    if (!severity) throw new UsageError(`--rule ${value}: write ID:SEVERITY with SEVERITY one of off, info, warn, error`);
    severities.set(id, severity);
  }
  return severities;
}
