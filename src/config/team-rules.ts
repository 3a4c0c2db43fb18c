import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RULES, type Rule } from '../rules/index.js';
import { declarativeRule } from '../rules/declarative/declarative-rule.js';
import { closestMatch } from '../util/closest-match.js';
import type { ConfiguredSeverity, DataPath } from '../types.js';
import { loadPlugin, PluginProblem, presetRules, type LoadedPlugin } from './plugins.js';
import { PRESET_NAMES, type PresetName } from './presets.js';

/** Reports a config problem at a place in the config (`key`: at the key rather than its value). */
type Fail = (path: DataPath, reason: string, key?: boolean) => never;

/** What a config adds to the built-in rules (docs/rules.md, "Writing your own rules"). */
export interface TeamRules {
  /** Built-in presets named in `extends`, its own and those of config packages it extends, in order. */
  presets: PresetName[];
  /** Severities from plugin presets and extended config packages, in `extends` order, applied after the built-in presets. */
  extendedRules: Map<string, ConfiguredSeverity>[];
  /** Rules the config adds: `custom-rules`, its plugins' rules, and those of the config packages it extends. */
  customRules: Rule[];
  plugins: LoadedPlugin[];
  /** Changes when a plugin or an extended config changes, for caches. */
  fingerprint: string;
}

/** What the reader of a config package's own config gives back (the config reader itself, passed in to keep imports one way). */
export interface ExtendedConfig {
  extends: PresetName[];
  extendedRules: Map<string, ConfiguredSeverity>[];
  rules: Map<string, ConfiguredSeverity>;
  customRules: Rule[];
  fingerprint: string;
}
export type ReadExtendedConfig = (filePath: string, directory: string) => ExtendedConfig;

const BUILT_IN_GROUPS = new Set(RULES.map((rule) => rule.id.split('/')[0]!));
const RULE_ID = /^[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9_/-]*$/;
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;
/** Config packages being read, to catch one that extends itself (reading is synchronous). */
const reading = new Set<string>();
const CONFIG_NAMES = ['.mlsys-lint.yaml', '.mlsys-lint.yml', '.mlsys-lint.json'];

const ownValue = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/**
 * Reads a config's `custom-rules`, `plugins` and `extends`: declarative rules compiled,
 * plugins loaded from the config's folder or node_modules, plugin presets and config
 * packages resolved. Every problem is a config error at its place in the config.
 */
export function readTeamRules(
  config: Record<string, unknown>,
  directory: string,
  fail: Fail,
  readExtended: ReadExtendedConfig,
  parseSeverity: (value: unknown) => ConfiguredSeverity | undefined,
): TeamRules {
  const customRules: Rule[] = [];
  const fingerprints: string[] = [];
  const taken = new Map<string, DataPath>();
  const add = (rule: Rule, at: DataPath): void => {
    if (taken.has(rule.id) || RULES.some((builtIn) => builtIn.id === rule.id)) fail(at, `rule \`${rule.id}\` is defined twice`, true);
    taken.set(rule.id, at);
    customRules.push(rule);
  };

  const written = ownValue(config, 'custom-rules');
  if (written !== undefined && written !== null) {
    if (typeof written !== 'object' || Array.isArray(written))
      fail(['custom-rules'], '`custom-rules` must map rule ids (`acme/alerts-name-rotation`) to rules');
    for (const [id, entry] of Object.entries(written as Record<string, unknown>)) {
      const at: DataPath = ['custom-rules', id];
      if (!RULE_ID.test(id))
        fail(
          at,
          `custom rule id \`${id}\` must be \`team/rule-name\`: lower-case letters, digits and -, with the team's namespace first`,
          true,
        );
      const namespace = id.split('/')[0]!;
      if (BUILT_IN_GROUPS.has(namespace))
        fail(
          at,
          `custom rule id \`${id}\` uses the built-in group \`${namespace}\`; put it in your team's namespace ` +
            `(\`acme/${id.slice(namespace.length + 1)}\`)`,
          true,
        );
      add(
        declarativeRule(id, entry, (path, reason, key) => fail([...at, ...path], reason, key)),
        at,
      );
    }
  }

  const pluginList = ownValue(config, 'plugins');
  const plugins: LoadedPlugin[] = [];
  if (pluginList !== undefined && pluginList !== null) {
    if (!Array.isArray(pluginList)) fail(['plugins'], '`plugins` must be a list of paths (`./tools/rules.js`) or package names');
    pluginList.forEach((specifier, index) => {
      if (typeof specifier !== 'string' || specifier === '')
        fail(['plugins', index], 'a plugin is a path relative to the config (`./tools/rules.js`) or a package name');
      let plugin: LoadedPlugin;
      try {
        plugin = loadPlugin(specifier, directory);
      } catch (error) {
        if (error instanceof PluginProblem) fail(['plugins', index], error.message);
        throw error;
      }
      if (plugins.some((other) => other.name === plugin.name)) fail(['plugins', index], `two plugins are named \`${plugin.name}\``);
      plugins.push(plugin);
      fingerprints.push(plugin.fingerprint);
      for (const rule of plugin.rules) add(rule, ['plugins', index]);
    });
  }

  const presets: PresetName[] = [];
  const extendedRules: Map<string, ConfiguredSeverity>[] = [];
  const extendsValue = ownValue(config, 'extends');
  const extendsList = typeof extendsValue === 'string' ? [extendsValue] : Array.isArray(extendsValue) ? extendsValue : [];
  extendsList.forEach((name: unknown, index) => {
    const at: DataPath = Array.isArray(extendsValue) ? ['extends', index] : ['extends'];
    if (typeof name !== 'string') return fail(at, 'must be text (a preset name, `plugin:name/preset` or a config package)');
    if ((PRESET_NAMES as readonly string[]).includes(name)) return presets.push(name as PresetName);
    const pluginPreset = /^plugin:([^/]+)\/(.+)$/.exec(name);
    if (pluginPreset) {
      const plugin = plugins.find((candidate) => candidate.name === pluginPreset[1]);
      if (!plugin)
        return fail(
          at,
          `\`${name}\`: no plugin named \`${pluginPreset[1]}\` in \`plugins\`${plugins.length > 0 ? ` (there ` +
            `are ${plugins.map((other) => other.name).join(', ')})` : ''}`,
        );
      try {
        return extendedRules.push(presetRules(plugin, pluginPreset[2]!, parseSeverity));
      } catch (error) {
        if (error instanceof PluginProblem) fail(at, error.message);
        throw error;
      }
    }
    const packageConfig = PACKAGE_NAME.test(name) ? findConfigPackage(name, directory) : undefined;
    if (!packageConfig) {
      const suggestion = closestMatch(name, PRESET_NAMES);
      return fail(
        at,
        `unknown preset \`${name}\`; use one of ${PRESET_NAMES.join(', ')}${suggestion ? ` (did you mean ` +
          `\`${suggestion}\`?)` : ''}${PACKAGE_NAME.test(name) && !suggestion ? `, \`plugin:name/preset\`, or a config package installed ` +
            `in node_modules` : ''}`,
      );
    }
    if (reading.has(packageConfig)) return fail(at, `config package \`${name}\` extends itself (through ${[...reading].join(' → ')})`);
    reading.add(packageConfig);
    let extended: ExtendedConfig;
    try {
      extended = readExtended(packageConfig, dirname(packageConfig));
    } finally {
      reading.delete(packageConfig);
    }
    presets.push(...extended.extends);
    extendedRules.push(...extended.extendedRules, extended.rules);
    for (const rule of extended.customRules) add(rule, at);
    fingerprints.push(extended.fingerprint);
  });
  return { presets, extendedRules, customRules, plugins, fingerprint: fingerprints.join('\u0000') };
}

/**
 * The config file of a config package: its package.json's `"mlsys-lint"` key, else a
 * `.mlsys-lint.yaml` (or .yml, .json) at its root; looked up in node_modules from the
 * config's folder upwards, as Node resolves packages.
 */
function findConfigPackage(name: string, directory: string): string | undefined {
  for (let folder = directory; ; folder = dirname(folder)) {
    const root = join(folder, 'node_modules', name);
    const packageJson = join(root, 'package.json');
    if (existsSync(packageJson)) {
      const named = CONFIG_NAMES.map((file) => join(root, file)).find((file) => existsSync(file));
      return named ?? packageJson;
    }
    if (dirname(folder) === folder) return undefined;
  }
}
