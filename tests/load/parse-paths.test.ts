import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../src/load/index.js';
import { parseFast } from '../../src/load/fast-tree.js';
import type { DataPath } from '../../src/types.js';

/** Every path in a value, including paths just beyond it (missing keys and indices). */
function pathsOf(value: unknown, prefix: DataPath = []): DataPath[] {
  const paths: DataPath[] = [prefix, [...prefix, 'no-such-key']];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
    paths.push([...prefix, value.length]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

function expectSamePaths(text: string): void {
  const fast = loadDesign('/x.yaml', text);
  const reference = loadDesign('/x.yaml', text, { parser: 'reference' });
  expect(fast.data).toEqual(reference.data);
  expect(fast.problems).toEqual(reference.problems);
  for (const path of pathsOf(reference.data)) {
    expect([path, fast.sourceMap.locate(path)]).toEqual([path, reference.sourceMap.locate(path)]);
    expect([path, fast.sourceMap.locate(path, { key: true })]).toEqual([path, reference.sourceMap.locate(path, { key: true })]);
  }
}

const root = new URL('../../', import.meta.url);
const texts: [string, string][] = [
  ...readdirSync(new URL('designs/', root)).map((name): [string, string] => [`designs/${name}`, readFileSync(new URL(`designs/${name}`, root), 'utf8')]),
  ['tests/fixtures/positions.yaml', readFileSync(new URL('tests/fixtures/positions.yaml', root), 'utf8')],
];

describe('the fast and reference parse paths agree on data, problems and every position', () => {
  for (const [name, text] of texts) {
    it(name, () => {
      expect(parseFast(text)).not.toBeNull();
      expectSamePaths(text);
      expectSamePaths(text.replace(/\n/g, '\r\n'));
    });
  }

  it('on a generated benchmark corpus', () => {
    const directory = mkdtempSync(join(tmpdir(), 'mlsys-corpus-'));
    try {
      execFileSync(process.execPath, [new URL('bench/generate-corpus.mjs', root).pathname, '150', directory]);
      const files = readdirSync(join(directory, '000'));
      expect(files).toHaveLength(150);
      for (const file of files) expectSamePaths(readFileSync(join(directory, '000', file), 'utf8'));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it.each([
    ['duplicate keys', 'a: 1\nb:\n  c: 1\n  c: 2\na: 3\n'],
    ['empty values and nulls', 'a:\nb: ~\nc: null\nd: []\ne: {}\nf: ""\n'],
    ['comments everywhere', '# top\na: 1 # trailing\n# between\nb:\n  # inside\n  - x # item\n  - {y: 1} # flow\n'],
    ['quoted keys and values', '"a b": 1\n\'c\': "d"\n"e:f": [\'g\', "h"]\n'],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\nc: 1\n'],
    ['nested sequences', 'a:\n  - - 1\n    - 2\n  - [3, [4, 5]]\n'],
    ['numbers and booleans', 'a: 0x1F\nb: 1e3\nc: .inf\nd: true\ne: False\nf: 0o17\ng: -0.5\n'],
    ['keys that are numbers', '1: one\n2.5: two\ntrue: three\nnull: four\n'],
    ['indented sequence under key', 'a:\n- 1\n- b: 2\n  c: 3\n'],
    ['empty document', ''],
    ['only comments', '# nothing\n# here\n'],
    ['scalar document', 'just text\n'],
  ])('on %s', (_name, text) => {
    expectSamePaths(text);
  });

  it.each([
    ['anchors', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 5\n'],
    ['merge keys', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a syntax error', 'a: [1\n'],
  ])('leaves %s to the reference parser', (_name, text) => {
    expect(parseFast(text)).toBeNull();
  });
});
