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
  const pairsByName = new WeakMap<object, Map<string, { key: unknown; value: unknown }>>();
  return {
    root: doc.contents,
    child(node, segment) {
      const target = isAlias(node) ? node.resolve(doc) : node;
      if (isMap(target)) {
        // Indexed once per mapping (the last of repeated keys wins, as in the data): a scan
        // per lookup would be quadratic in a mapping of 300,000 keys.
        let byName = pairsByName.get(target);
        if (!byName) {
          byName = new Map();
          for (const pair of target.items) {
            const name = keyText(pair.key);
            if (name !== null) byName.set(name, pair);
          }
          pairsByName.set(target, byName);
        }
        const pair = byName.get(String(segment));
        return pair ? { key: pair.key as unknown, value: pair.value ?? null } : null;
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
