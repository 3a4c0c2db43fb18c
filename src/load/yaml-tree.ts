import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';

// The reference parser is loaded only for files the fast path leaves to it, which keeps
// start-up fast for the common case (pre-commit on a few designs).
const require = createRequire(import.meta.url);
let yamlPackage: typeof import('yaml') | undefined;
export const yaml = (): typeof import('yaml') => (yamlPackage ??= require('yaml') as typeof import('yaml'));
import { sequenceIndex, type NodeTree, type Offsets } from './source-map.js';

/** The text of a mapping key as it appears in the data, or null for complex keys. */
export function keyText(key: unknown): string | null {
  return yaml().isScalar(key) ? String(key.value) : null;
}

/** The `yaml` package's document as a {@link NodeTree}. */
export function yamlTree(doc: Document.Parsed): NodeTree<unknown> {
  const { isAlias, isCollection, isMap, isScalar, isSeq } = yaml();
  return {
    root: doc.contents,
    child(node, segment) {
      const target = isAlias(node) ? node.resolve(doc) : node;
      if (isMap(target)) {
        // The last of repeated keys wins, as in the data.
        for (let i = target.items.length - 1; i >= 0; i--) {
          const pair = target.items[i]!;
          if (keyText(pair.key) === String(segment)) return { key: pair.key, value: pair.value ?? null };
        }
        return null;
      }
      if (isSeq(target)) {
        const index = sequenceIndex(segment, target.items.length);
        return index === -1 ? null : { key: null, value: target.items[index] ?? null };
      }
      return null;
    },
    offsets(node): Offsets | null {
      const range = (node as Node | null)?.range;
      return range ? [range[0], range[1]] : null;
    },
    isBlockCollection: (node) => isCollection(node) && !node.flow,
    isEmpty: (node) => isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1],
  };
}
