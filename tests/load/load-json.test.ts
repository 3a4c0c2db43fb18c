import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../src/load/load-design.js';
import { loadJsonOrDesign } from '../../src/load/load-json.js';

// What the JSON path gives must be what the YAML loader gives the same text: data, problems, positions.
function expectSameAsLoader(text: string): void {
  const json = loadJsonOrDesign('/c.json', text);
  const yaml = loadDesign('/c.json', text);
  expect(json.data).toEqual(yaml.data);
  expect(json.problems).toEqual(yaml.problems);
}

describe('loading JSON texts through JSON.parse', () => {
  it('gives the data the YAML loader gives, for any JSON object, on one line or pretty-printed', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        expectSameAsLoader(JSON.stringify(value, null, indent));
      }),
      { numRuns: 300 },
    );
  });

  it('reads "key":value without a space, which the subset parser leaves to the yaml package', () => {
    const text = '{"extends":"recommended","rules":{"monitoring/drift":"off"},"ignore":["a/*.yaml"],"n":-1.5e3}';
    expect(loadJsonOrDesign('/c.json', text).data).toEqual({
      extends: 'recommended',
      rules: { 'monitoring/drift': 'off' },
      ignore: ['a/*.yaml'],
      n: -1500,
    });
    expectSameAsLoader(text);
  });

  it('keeps a key named __proto__ as data', () => {
    const data = loadJsonOrDesign('/c.json', '{"__proto__": {"x": 1}}').data as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it('leaves repeated keys, even written with escapes, to the loader, which reports them', () => {
    for (const text of ['{"a": 1, "a": 2}', '{"x": {"ab": 1, "a\\u0062": 2}}', '{\n  "a": [{"k": 1, "k": 2}]\n}']) {
      const json = loadJsonOrDesign('/c.json', text);
      expect(json.problems.map((problem) => problem.ruleId)).toEqual(['yaml/duplicate-key']);
      expectSameAsLoader(text);
    }
    // The same key in two objects, or as a value, is no repeat.
    expect(loadJsonOrDesign('/c.json', '{"a": {"k": 1}, "b": {"k": "a"}, "c": ["a", "a"]}').problems).toEqual([]);
  });

  it('leaves deep nesting, texts that are not JSON objects, and broken JSON to the loader', () => {
    for (const text of [
      `{"a": ${'['.repeat(150)}${']'.repeat(150)}}`,
      '["a"]',
      '\ufeff{"a": 1}',
      'a: 1\n',
      '{"a": 1,}',
      '{"a": 1',
      '',
    ])
      expectSameAsLoader(text);
    expect(loadJsonOrDesign('/c.json', `{"a": ${'['.repeat(150)}${']'.repeat(150)}}`).problems[0]?.messageId).toBe('tooDeep');
  });

  it('locates paths where the loader does, working them out only when asked', () => {
    const text = '{\n  "extends": "recommended",\n  "rules": {"monitoring/drift": "of"},\n  "ignore": ["x"]\n}\n';
    const json = loadJsonOrDesign('/c.json', text);
    const yaml = loadDesign('/c.json', text);
    for (const path of [['rules', 'monitoring/drift'], ['ignore', 0], ['missing', 'deeper'], []])
      for (const key of [false, true]) expect(json.sourceMap.locate(path, { key })).toEqual(yaml.sourceMap.locate(path, { key }));
  });
});
