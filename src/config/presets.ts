import type { Rule } from '../rules/index.js';
import type { ConfiguredSeverity } from '../types.js';

export const PRESET_NAMES = ['recommended', 'strict', 'all'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/**
 * Severities a preset gives every rule.
 * - `recommended`: each rule at its catalogue default.
 * - `strict`: every rule an error.
 * - `all`: every rule on at its default, so that rules added later switched off by
 *   default are on too (today every rule is on in `recommended` as well).
 */
export function presetSeverities(preset: PresetName, rules: readonly Rule[]): Map<string, ConfiguredSeverity> {
  return new Map(rules.map((rule) => [rule.id, preset === 'strict' ? 'error' : rule.meta.severity]));
}
