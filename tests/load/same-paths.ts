import { expect } from 'vitest';
import { loadDesign } from '../../src/load/index.js';
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

/** Every parse path gives the reference's data, problems and positions for every path. */
export function expectSamePaths(text: string): void {
  const reference = loadDesign('/x.yaml', text, { parser: 'reference' });
  for (const parser of ['auto'] as const) {
    const fast = loadDesign('/x.yaml', text, { parser });
    expect(fast.data).toEqual(reference.data);
    expect(fast.problems).toEqual(reference.problems);
    for (const path of pathsOf(reference.data)) {
      expect([parser, path, fast.sourceMap.locate(path)]).toEqual([parser, path, reference.sourceMap.locate(path)]);
      expect([parser, path, fast.sourceMap.locate(path, { key: true })]).toEqual([
        parser,
        path,
        reference.sourceMap.locate(path, { key: true }),
      ]);
    }
  }
}
