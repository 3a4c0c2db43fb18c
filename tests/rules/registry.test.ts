import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, type Rule } from '../../src/rules/index.js';

/**
 * The convention the registry is checked against (see src/rules/index.ts): every folder
 * under src/rules/ is a rule group, but for the helper folders below; in a group, every
 * file but index.ts is one rule, `src/rules/<group>/<name>.ts`, whose default export has
 * the id `<group>/<name>` and is registered in RULES (through the group's index.ts).
 */
const HELPER_FOLDERS = ['functions', 'declarative'];
const RULES_FOLDER = new URL('../../src/rules/', import.meta.url);

function ruleFiles(): { group: string; name: string }[] {
  const groups = readdirSync(RULES_FOLDER, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && !HELPER_FOLDERS.includes(entry.name),
  );
  return groups.flatMap((group) =>
    readdirSync(new URL(`${group.name}/`, RULES_FOLDER))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => ({ group: group.name, name: file.slice(0, -'.ts'.length) })),
  );
}

describe('the rule registry', () => {
  it('registers every rule file under its own id', async () => {
    const files = ruleFiles();
    expect(files.length).toBeGreaterThan(40);
    for (const { group, name } of files) {
      const rule = ((await import(new URL(`${group}/${name}.ts`, RULES_FOLDER).href)) as { default?: Rule }).default;
      expect({ file: `src/rules/${group}/${name}.ts`, id: rule?.id }).toEqual({
        file: `src/rules/${group}/${name}.ts`,
        id: `${group}/${name}`,
      });
      expect({ id: rule!.id, registered: RULES.includes(rule!) }).toEqual({ id: rule!.id, registered: true });
    }
  });

  it('has a file for every registered rule, and each once', () => {
    const files = new Set(ruleFiles().map(({ group, name }) => `${group}/${name}`));
    for (const rule of RULES) expect({ id: rule.id, file: files.has(rule.id) }).toEqual({ id: rule.id, file: true });
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    expect(RULES.length).toBe(files.size);
  });
});
