import { oncePerDesign } from '../../design/once-per-design.js';

/**
 * Every text a design writes, wherever it is: a mitigation or a practice may be stated in
 * any step (`model.training`, `data.labels`, `evaluation.experiment`, a component's name, a
 * flow's label), so rules that look for one read all of them.
 */

/** Keys whose values are identifiers or enum words, not prose. */
const NOT_PROSE = new Set(['id', 'kind', 'from', 'to', 'mlsys', 'approach', 'mode']);

/** Bounds for hostile input: a design is a few hundred texts. */
const MAX_TEXTS = 10_000;
const MAX_DEPTH = 64;

/** The texts of a design, in document order (mapping keys are not prose; their values are); read once per design, shared. */
export const proseOf: (design: unknown) => readonly string[] = oncePerDesign(findProse);

function findProse(design: unknown): readonly string[] {
  const texts: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (texts.length >= MAX_TEXTS || depth > MAX_DEPTH) return;
    if (typeof node === 'string') {
      if (node.trim() !== '') texts.push(node);
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) if (!NOT_PROSE.has(key)) visit(value, depth + 1);
    }
  };
  visit(design, 0);
  return Object.freeze(texts);
}
