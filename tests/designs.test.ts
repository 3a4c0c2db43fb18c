import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../src/load/index.js';
import { brief, lintYaml } from './helpers.js';

// The example designs in designs/ are the project's dogfood: they must always be valid.
const designsDir = new URL('../designs/', import.meta.url);
const files = readdirSync(designsDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

describe('example designs', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of files) {
    describe(file, () => {
      const filePath = new URL(file, designsDir).pathname;
      const text = readFileSync(new URL(file, designsDir), 'utf8');

      it('starts with the yaml-language-server schema modeline', () => {
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/ml-system-design.schema.json');
      });

      it('parses as YAML with data and no loader problems', () => {
        const loaded = loadDesign(filePath, text);
        expect(loaded.problems).toEqual([]);
        expect(loaded.data).toBeTypeOf('object');
      });

      it('has no yaml/syntax or yaml/duplicate-key findings', () => {
        expect(brief(lintYaml(text, ['yaml/syntax', 'yaml/duplicate-key'], filePath))).toEqual([]);
      });

      it('is valid against the JSON Schema', () => {
        expect(brief(lintYaml(text, ['schema/invalid'], filePath))).toEqual([]);
      });

      it('has an id matching its file name', () => {
        const { data } = loadDesign(filePath, text);
        expect((data as { id?: unknown }).id).toBe(file.replace(/\.ya?ml$/, ''));
      });
    });
  }
});

describe('the complete worked example design (fixtures/spec-example.yaml), verbatim', () => {
  it('lints without a single finding: a complete design is quiet', () => {
    const text = readFileSync(new URL('./fixtures/spec-example.yaml', import.meta.url), 'utf8');
    expect(lintYaml(text).map((finding) => `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`)).toEqual([]);
  });
});
