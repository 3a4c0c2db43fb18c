import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Rule } from '../rules/index.js';
import type { ConfiguredSeverity } from '../types.js';
import { crypto } from '../util/lazy-crypto.js';

/** What a plugin module exports, as its default export or as named exports. */
export interface MlsysLintPlugin {
  /** The namespace of its rules (`acme` → `acme/cost-owner`); default: from the package or file name. */
  name?: string;
  /** Its rules by name (the id is `name/rule`), or a list of rules whose ids are their names. */
  rules: Record<string, Rule> | readonly Rule[];
  /** Shareable presets: `extends: ["plugin:acme/recommended"]`. */
  presets?: Record<string, { rules: Record<string, 'off' | 'info' | 'warn' | 'error'> }>;
}

/** A plugin named in a config's `plugins`, loaded. */
export interface LoadedPlugin {
  /** The namespace of its rules and presets: `acme` for `acme/cost-owner`, `plugin:acme/recommended`. */
  name: string;
  /** As written in the config. */
  specifier: string;
  /** Its rules, with ids in its namespace. */
  rules: Rule[];
  /** Its presets by name: each rule's severity. */
  presets: Map<string, Map<string, unknown>>;
  /** A hash of its entry file, so that caches notice when it changes. */
  fingerprint: string;
}

/** Why a plugin cannot be used; the config reader puts it at the plugin's place in the config. */
export class PluginProblem extends Error {}

const NAMESPACE = /^[a-z0-9][a-z0-9_-]*$/;

/** The first line of what a thrown value says: errors stay one line. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return text.split(/\r?\n/, 1)[0]!.trim() || 'it threw without a message';
}

/**
 * Where a plugin's module is: a path relative to the config's folder (`./tools/rules.js`),
 * which must stay inside that folder, or a package name looked up in `node_modules` from
 * that folder upwards. Never anywhere the designs are: designs cannot name plugins.
 */
export function resolvePlugin(specifier: string, directory: string): string {
  if (isAbsolute(specifier))
    throw new PluginProblem(
      `plugin \`${specifier}\`: write a path relative to the config's folder (\`./tools/rules.js\`) or a package name, not an absolute ` +
        `path`,
    );
  const require = createRequire(join(directory, '__mlsys-lint-config__.js'));
  if (specifier.startsWith('.')) {
    const path = resolve(directory, specifier);
    let real: string;
    let realDirectory: string;
    try {
      real = realpathSync(require.resolve(path));
      realDirectory = realpathSync(directory);
    } catch {
      throw new PluginProblem(`plugin \`${specifier}\` not found (looked for ${path})`);
    }
    const inside = relative(realDirectory, real);
    if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
      throw new PluginProblem(
        `plugin \`${specifier}\` is outside the config's folder; plugins load only from the config's own folder or node_modules`,
      );
    return real;
  }
  try {
    return require.resolve(specifier);
  } catch {
    throw new PluginProblem(`plugin \`${specifier}\` not found in node_modules (install it next to the config)`);
  }
}

/**
 * The namespace a plugin's rules get: the `name` it declares, else from its package name
 * (`mlsys-lint-plugin-acme` and `@acme/mlsys-lint-plugin` → `acme`) or its file name.
 */
export function pluginNamespace(specifier: string, declared: unknown): string {
  if (typeof declared === 'string' && declared !== '') return declared;
  if (specifier.startsWith('.')) return basename(specifier, extname(specifier));
  const scoped = /^@([^/]+)\/(.+)$/.exec(specifier);
  const packageName = scoped ? scoped[2]! : specifier;
  const short = packageName.replace(/^mlsys-lint-plugin-?/, '');
  return scoped ? (short === '' ? scoped[1]! : `${scoped[1]}-${short}`) : short || packageName;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Loads a plugin synchronously (CommonJS, or an ES module without top-level await) and
 * checks its shape: `{ name?, rules, presets? }` as named exports or as the default
 * export, each rule made with `defineRule`. Throws {@link PluginProblem} with one line.
 */
export function loadPlugin(specifier: string, directory: string): LoadedPlugin {
  const file = resolvePlugin(specifier, directory);
  const require = createRequire(join(directory, '__mlsys-lint-config__.js'));
  let loaded: unknown;
  try {
    loaded = require(file);
  } catch (error) {
    throw new PluginProblem(`plugin \`${specifier}\` failed to load: ${firstLine(error)}`);
  }
  const exports = isMapping(loaded) && isMapping(loaded.default) && !('rules' in loaded) ? loaded.default : loaded;
  if (!isMapping(exports)) throw new PluginProblem(`plugin \`${specifier}\` must export { rules, presets }`);
  const name = pluginNamespace(specifier, exports.name ?? (isMapping(exports.meta) ? exports.meta.name : undefined));
  if (!NAMESPACE.test(name))
    throw new PluginProblem(`plugin \`${specifier}\`: its name \`${name}\` must be lower-case letters, digits, - or _`);
  const rules = rulesOf(exports.rules, name, specifier);
  const presets = new Map<string, Map<string, unknown>>();
  if (exports.presets !== undefined) {
    if (!isMapping(exports.presets)) throw new PluginProblem(`plugin \`${specifier}\`: \`presets\` must map a preset name to { rules }`);
    for (const [presetName, preset] of Object.entries(exports.presets)) {
      const presetRules = isMapping(preset) ? preset.rules : undefined;
      if (!isMapping(presetRules))
        throw new PluginProblem(`plugin \`${specifier}\`: preset \`${presetName}\` must be { rules: { id: severity } }`);
      presets.set(
        presetName,
        new Map(Object.entries(presetRules).map(([id, severity]) => [id.includes('/') ? id : `${name}/${id}`, severity])),
      );
    }
  }
  let fingerprint = '';
  try {
    fingerprint = crypto().createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    // A module that loaded but cannot be read again keeps an empty fingerprint.
  }
  return { name, specifier, rules, presets, fingerprint };
}

function rulesOf(value: unknown, namespace: string, specifier: string): Rule[] {
  if (value === undefined) return [];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((rule, index) => [isMapping(rule) && typeof rule.id === 'string' ? rule.id : String(index), rule])
    : isMapping(value)
      ? Object.entries(value)
      : [];
  if (!Array.isArray(value) && !isMapping(value))
    throw new PluginProblem(`plugin \`${specifier}\`: \`rules\` must map rule names to rules made with defineRule`);
  return entries.map(([key, rule]) => {
    if (
      !isMapping(rule) ||
      typeof rule.check !== 'function' ||
      !isMapping(rule.meta) ||
      typeof rule.meta.description !== 'string' ||
      !isMapping(rule.meta.messages)
    ) {
      throw new PluginProblem(
        `plugin \`${specifier}\`: rule \`${key}\` must be made with defineRule: { id, meta: { description, severity, messages, ... }, ` +
          `check }`,
      );
    }
    const own = typeof rule.id === 'string' && rule.id !== '' ? rule.id : key;
    const id = own.startsWith(`${namespace}/`) ? own : `${namespace}/${own}`;
    const meta = rule.meta as Partial<Rule['meta']> & Pick<Rule['meta'], 'description' | 'messages'>;
    const withDefaults: Rule['meta'] = {
      ...meta,
      rationale: meta.rationale ?? meta.description,
      examples: meta.examples ?? { valid: [], invalid: [] },
      severity: meta.severity ?? 'warn',
    };
    return { ...(rule as unknown as Rule), id, meta: withDefaults, origin: { kind: 'plugin', plugin: specifier } };
  });
}

/** A plugin preset's severities, checked: the config reader reports a bad one at the `extends` entry. */
export function presetRules(
  plugin: LoadedPlugin,
  presetName: string,
  parseSeverity: (value: unknown) => ConfiguredSeverity | undefined,
): Map<string, ConfiguredSeverity> {
  const preset = plugin.presets.get(presetName);
  if (!preset)
    throw new PluginProblem(
      `plugin \`${plugin.name}\` has no preset \`${presetName}\`${plugin.presets.size > 0 ? `; it ` +
        `has ${[...plugin.presets.keys()].join(', ')}` : ''}`,
    );
  const rules = new Map<string, ConfiguredSeverity>();
  for (const [id, written] of preset) {
    const severity = parseSeverity(written);
    if (!severity)
      throw new PluginProblem(
        `plugin \`${plugin.name}\`, preset \`${presetName}\`: rule \`${id}\` has severity \`${String(written)}\`; use off, info, warn or ` +
          `error`,
      );
    rules.set(id, severity);
  }
  return rules;
}
