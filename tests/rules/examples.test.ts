import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { lintYaml } from '../helpers.js';

const root = new URL('../../', import.meta.url);

describe('rule registry', () => {
  it('has unique ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('lives in a file named after its id', () => {
        expect(existsSync(new URL(`src/rules/${rule.id}.ts`, root))).toBe(true);
      });
      it('has a description, a rationale, and ok and not-ok examples', () => {
        expect(rule.meta.description).toMatch(/\S/);
        expect(rule.meta.rationale).toMatch(/\S/);
        expect(rule.meta.examples.valid.length).toBeGreaterThan(0);
        expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
      });
      it('has generated docs', () => {
        expect(existsSync(new URL(`docs/rules/${rule.id}.md`, root))).toBe(true);
      });
      for (const example of rule.meta.examples.valid) {
        it(`ok: ${example.title}`, () => {
          expect(lintYaml(example.yaml, [rule.id]).map(({ line, column, message }) => ({ line, column, message }))).toEqual([]);
        });
      }
      for (const example of rule.meta.examples.invalid) {
        it(`not ok: ${example.title}`, () => {
          expect(example.findings.length).toBeGreaterThan(0);
          const found = lintYaml(example.yaml, [rule.id]).map(({ line, column, message }) => ({ line, column, message }));
          expect(found).toEqual(example.findings.map(({ line, column, message }) => ({ line, column, message })));
        });
      }
    });
  }
});
