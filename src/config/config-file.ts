import { basename } from 'node:path';
import { loadJsonOrDesign, type LoadedDesign } from '../load/index.js';
import { ruleById, RULES, type Rule } from '../rules/index.js';
import { closestMatch } from '../util/closest-match.js';
import type { ConfiguredSeverity, DataPath } from '../types.js';
import type { PresetName } from './presets.js';
import { crypto } from '../util/lazy-crypto.js';
import { InputReadError, readInputText } from '../util/read-input.js';
import type { LoadedPlugin } from './plugins.js';
import { readTeamRules } from './team-rules.js';

import { ConfigError } from '../errors.js';

export { ConfigError };

export interface ConfigOverride {
  /** Design statuses it applies to; empty means any. */
  status: string[];
  /** File globs, relative to the config file's folder; empty means any. */
  files: string[];
  rules: Map<string, ConfiguredSeverity>;
}

/** One configuration file, validated. */
export interface ConfigFile {
  filePath: string;
  /** A hash of the file's text and location, so that caches notice when it changes. */
  fingerprint: string;
  /** The folder globs are relative to. */
  directory: string;
  extends: PresetName[];
  rules: Map<string, ConfiguredSeverity>;
  ignore: string[];
  overrides: ConfigOverride[];
  /** Severities from plugin presets and config packages in `extends`, in order, applied after the built-in presets. */
  extendedRules: Map<string, ConfiguredSeverity>[];
  /**
   * Rules the config adds: `custom-rules`, plugin rules, and those of extended config packages
   * (docs/rules.md, "Writing your own rules").
   */
  customRules: Rule[];
  plugins: LoadedPlugin[];
}

export const SEVERITY_VALUES: readonly ConfiguredSeverity[] = ['off', 'info', 'warn', 'error'];
const TOP_LEVEL_KEYS = ['extends', 'rules', 'ignore', 'overrides', 'custom-rules', 'plugins'];
const OVERRIDE_KEYS = ['status', 'files', 'rules'];
export const DESIGN_STATUSES = ['draft', 'in-review', 'approved', 'deprecated'];

/** Config files (and package.json files looked into) larger than this are refused: a config is a few lines. */
export const MAX_CONFIG_FILE_SIZE = 5 * 1024 * 1024;

/** A config file's text, read with the checks of designs (a regular file, bounded, never blocking), or a {@link ConfigError}. */
export function readConfigText(filePath: string): string {
  try {
    return readInputText(filePath, MAX_CONFIG_FILE_SIZE);
  } catch (error) {
    if (error instanceof InputReadError) throw new ConfigError(filePath, 1, 1, `cannot read the config file: ${error.message}`);
    throw error;
  }
}

/** Reads and validates a config file: `.mlsys-lint.yaml`, `.mlsys-lint.json`, or a `package.json` with an `"mlsys-lint"` key. */
export function readConfigFile(filePath: string, directory: string, text: string = readConfigText(filePath)): ConfigFile {
  // JSON configs through JSON.parse: the same data, without loading a YAML parser for them.
  const source = loadJsonOrDesign(filePath, text);
  const broken = source.problems.find((problem) => problem.ruleId === 'yaml/syntax' || problem.ruleId === 'yaml/duplicate-key');
  if (broken) {
    const what =
      broken.ruleId === 'yaml/duplicate-key'
        ? `duplicate key \`${String(broken.data.key)}\``
        : `not valid YAML or JSON: ${String(broken.data.reason ?? '')}`;
    throw new ConfigError(filePath, broken.range.line, broken.range.column, what);
  }
  const inPackage = basename(filePath) === 'package.json';
  const root: DataPath = inPackage ? ['mlsys-lint'] : [];
  const data = inPackage ? ownValue(source.data, 'mlsys-lint') : source.data;
  const { teamFingerprint, ...parsed } = parseConfig(data ?? {}, source, root, directory);
  const config = parsed as ConfigFile;
  // Hashed when first read (by the cache): a run without one never loads node:crypto for it.
  let fingerprint: string | undefined;
  Object.defineProperty(config, 'fingerprint', {
    enumerable: true,
    get: () =>
      (fingerprint ??= crypto()
        .createHash('sha256')
        .update(filePath)
        .update('\u0000')
        .update(text)
        .update('\u0000')
        .update(teamFingerprint)
        .digest('hex')),
  });
  return config;
}

/**
 * The text of a package.json when it declares an mlsys-lint config, else undefined (the
 * search upwards goes on). A package.json that cannot be read or is not valid JSON might
 * hold the config: it is a {@link ConfigError} at the place the JSON breaks, never skipped.
 */
export function packageJsonConfigText(filePath: string): string | undefined {
  const text = readConfigText(filePath);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonErrorPosition(text, error as Error);
    throw new ConfigError(
      filePath,
      line,
      column,
      `package.json is not valid JSON (it might hold the mlsys-lint ` +
        `config): ${(error as Error).message.replace(/ in JSON at position \d+.*$/s, '')}`,
    );
  }
  return parsed !== null && typeof parsed === 'object' && Object.prototype.hasOwnProperty.call(parsed, 'mlsys-lint') ? text : undefined;
}

/** Line and column (from 1) of a JSON.parse error, from the position its message names. */
function jsonErrorPosition(text: string, error: Error): { line: number; column: number } {
  const match = /at position (\d+)/.exec(error.message);
  const offset = match ? Math.min(Number(match[1]), text.length) : text.length;
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function ownValue(value: unknown, key: string | number): unknown {
  return value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function parseConfig(
  data: unknown,
  source: LoadedDesign,
  root: DataPath,
  directory: string,
): Omit<ConfigFile, 'fingerprint'> & { teamFingerprint: string } {
  const fail = (path: DataPath, reason: string, key = false): never => {
    const range = source.sourceMap.locate([...root, ...path], { key });
    throw new ConfigError(source.filePath, range.line, range.column, reason);
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    fail([], 'the config must be a mapping with `extends`, `rules`, `ignore` or `overrides`');
  const config = data as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!TOP_LEVEL_KEYS.includes(key)) fail([key], unknownKeyMessage(key, TOP_LEVEL_KEYS), true);
  }
  stringList(ownValue(config, 'extends'), ['extends'], fail, 'a preset name or a list of them');
  const team = readTeamRules(config, directory, fail, readConfigFile, parseSeverity);
  const knownRule = (id: string): boolean => ruleById(id) !== undefined || team.customRules.some((rule) => rule.id === id);
  const knownIds = [...RULES, ...team.customRules].map((rule) => rule.id);
  const overridesValue = ownValue(config, 'overrides');
  if (overridesValue !== undefined && !Array.isArray(overridesValue))
    fail(['overrides'], '`overrides` must be a list of {status, files, rules}');
  const overrides = ((overridesValue as unknown[] | undefined) ?? []).map((entry, index): ConfigOverride => {
    const path = ['overrides', index];
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      return fail(path, 'an override must be a mapping with `status`, `files` and `rules`');
    for (const key of Object.keys(entry))
      if (!OVERRIDE_KEYS.includes(key)) fail([...path, key], unknownKeyMessage(key, OVERRIDE_KEYS), true);
    const status = stringList(ownValue(entry, 'status'), [...path, 'status'], fail, 'a design status or a list of them');
    status.forEach((value, statusIndex) => {
      if (!DESIGN_STATUSES.includes(value)) {
        fail(
          Array.isArray(ownValue(entry, 'status')) ? [...path, 'status', statusIndex] : [...path, 'status'],
          `unknown status \`${value}\`; use one of ${DESIGN_STATUSES.join(', ')}`,
        );
      }
    });
    const files = globList(ownValue(entry, 'files'), [...path, 'files'], fail);
    if (status.length === 0 && files.length === 0) fail(path, 'an override needs `status` or `files` to say which designs it applies to');
    return { status, files, rules: parseRules(ownValue(entry, 'rules'), [...path, 'rules'], fail, knownRule, knownIds) };
  });
  return {
    filePath: source.filePath,
    directory,
    extends: team.presets,
    rules: parseRules(ownValue(config, 'rules'), ['rules'], fail, knownRule, knownIds),
    ignore: globList(ownValue(config, 'ignore'), ['ignore'], fail),
    overrides,
    extendedRules: team.extendedRules,
    customRules: team.customRules,
    plugins: team.plugins,
    teamFingerprint: team.fingerprint,
  };
}

type Fail = (path: DataPath, reason: string, key?: boolean) => never;

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const suggestion = closestMatch(key, allowed);
  return `unknown key \`${key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : `; allowed keys are ${allowed.join(', ')}`}`;
}

function stringList(value: unknown, path: DataPath, fail: Fail, what: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return fail(path, `\`${path.join('.')}\` must be ${what}`);
  return value.map((item, index) => (typeof item === 'string' ? item : fail([...path, index], `must be text (${what})`)));
}

/** Globs: text, none of it empty (an empty glob matches nothing, and picomatch throws on it). */
function globList(value: unknown, path: DataPath, fail: Fail): string[] {
  const globs = stringList(value, path, fail, 'a glob or a list of globs');
  globs.forEach((glob, index) => {
    if (glob.trim() === '')
      fail(
        Array.isArray(value) ? [...path, index] : path,
        'an empty glob matches nothing; remove it or write a pattern such as `drafts/**`',
      );
  });
  return globs;
}

function parseRules(
  value: unknown,
  path: DataPath,
  fail: Fail,
  known: (id: string) => boolean,
  knownIds: readonly string[],
): Map<string, ConfiguredSeverity> {
  const rules = new Map<string, ConfiguredSeverity>();
  if (value === undefined || value === null) return rules;
  if (typeof value !== 'object' || Array.isArray(value))
    return fail(path, '`rules` must be a mapping of rule id to off, info, warn or error');
  for (const [id, severity] of Object.entries(value)) {
    if (!known(id)) {
      const suggestion = closestMatch(id, knownIds);
      fail([...path, id], `unknown rule \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`, true);
    }
    rules.set(
      id,
      parseSeverity(severity) ??
        fail([...path, id], `rule \`${id}\`: severity must be one of off, info, warn, error; got \`${String(severity)}\``),
    );
  }
  return rules;
}

/** A severity as users may write it; `warning` is accepted for ESLint habits. */
export function parseSeverity(value: unknown): ConfiguredSeverity | undefined {
  if (value === 'warning') return 'warn';
  return typeof value === 'string' && (SEVERITY_VALUES as readonly string[]).includes(value) ? (value as ConfiguredSeverity) : undefined;
}
