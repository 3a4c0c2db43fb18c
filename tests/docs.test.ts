import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDocs, readmeWithRuleTable, readmeWithSample } from '../src/docs/generate.js';

const root = new URL('../', import.meta.url);

describe('generated documentation is fresh (run `npm run docs`)', () => {
  for (const [path, content] of generatedDocs()) {
    it(path, () => {
      expect(readFileSync(new URL(path, root), 'utf8')).toBe(content);
    });
  }

  it('README rule table', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    expect(readmeWithRuleTable(readme)).toBe(readme);
  });

  it('README sample output is a real run', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    expect(readmeWithSample(readme)).toBe(readme);
  });

  it('schemas/ml-system-design.schema.json matches scripts/schema-source.mjs', () => {
    const committed = readFileSync(new URL('schemas/ml-system-design.schema.json', root), 'utf8');
    execFileSync(process.execPath, ['scripts/schema-source.mjs'], { cwd: root });
    expect(readFileSync(new URL('schemas/ml-system-design.schema.json', root), 'utf8')).toBe(committed);
  });

  it('every property in the schema has a description', () => {
    const missing: string[] = [];
    const visit = (node: Record<string, unknown>, path: string): void => {
      for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof child.description !== 'string' || child.description === '') missing.push(`${path}${name}`);
        visit(child, `${path}${name}.`);
        if (child.items) visit(child.items as Record<string, unknown>, `${path}${name}[].`);
      }
    };
    visit(JSON.parse(readFileSync(new URL('schemas/ml-system-design.schema.json', root), 'utf8')), '');
    expect(missing).toEqual([]);
  });
});
