import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import schema from '../../schemas/ml-system-design.schema.json' with { type: 'json' };
import { resultOf } from '../../src/engine/lint-files.js';
import { fixText } from '../../src/fix/fix-text.js';
import { lintYaml } from '../helpers.js';

// Random designs with random misspellings: whatever --fix does, the file still parses as
// YAML without duplicate keys, and a second pass fixes nothing.

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

type SectionSchema = { properties?: Record<string, unknown> };
const SECTIONS = Object.entries(schema.properties as Record<string, SectionSchema>).filter(([, section]) => section.properties);
const SCALAR_KEYS = ['name', 'id', 'approach', 'status'];

/** A key as written: one typo (a letter dropped, doubled, swapped or changed) or none. */
const keyText = (key: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(key) },
    fc.nat({ max: key.length - 1 }).map((at) => key.slice(0, at) + key.slice(at + 1)),
    fc.nat({ max: key.length - 1 }).map((at) => key.slice(0, at) + key[at] + key.slice(at)),
    fc.nat({ max: Math.max(0, key.length - 2) }).map((at) => key.slice(0, at) + key[at + 1]! + key[at]! + key.slice(at + 2)),
    fc
      .tuple(fc.nat({ max: key.length - 1 }), fc.constantFrom('a', 'e', 'x', '_'))
      .map(([at, letter]) => key.slice(0, at) + letter + key.slice(at + 1)),
  );

/** How a key is quoted. */
const quoted = (key: string) => fc.constantFrom(key, `"${key}"`, `'${key}'`);
const value = fc.constantFrom('Fraud', '0.9995', '200', '99.9', '"< 200ms"', '10K', 'online', '[a, b]', '{}', 'TBD', '');
const comment = fc.constantFrom('', '  # why', '\n# note', '\n');

const section = fc.constantFrom(...SECTIONS).chain(([name, sectionSchema]) =>
  fc.tuple(
    keyText(name).chain(quoted),
    fc.boolean(),
    fc
      .uniqueArray(fc.constantFrom(...Object.keys(sectionSchema.properties!)), { minLength: 1, maxLength: 4 })
      .chain((keys) => fc.tuple(...keys.map((key) => fc.tuple(keyText(key).chain(quoted), value, comment)))),
  ),
);

const design = fc
  .tuple(
    fc.boolean(),
    fc.constantFrom('\n', '\r\n'),
    fc.array(fc.tuple(fc.constantFrom(...SCALAR_KEYS).chain(keyText), fc.constantFrom('Fraud', 'ml', 'draft')), { maxLength: 2 }),
    fc.array(section, { maxLength: 4 }),
  )
  .map(([hasVersion, newline, scalars, sections]) => {
    const lines: string[] = ['# A random design'];
    if (hasVersion) lines.push('mlsys: 1');
    for (const [key, text] of scalars) lines.push(`${key}: ${text}`);
    for (const [name, flow, children] of sections) {
      if (flow) lines.push(`${name}: {${children.map(([key, text]) => `${key}: ${text === '' ? 'x' : text}`).join(', ')}}`);
      else lines.push(`${name}:`, ...children.map(([key, text, after]) => `  ${key}: ${text}${after.replace(/\n/g, `\n  `)}`));
    }
    return `${lines.join(newline)}${newline}`;
  })
  .filter((text) => parseDocument(text, { uniqueKeys: true }).errors.length === 0);

const lint = (text: string) => resultOf('/virtual/design.yaml', lintYaml(text));

describe('--fix on random designs with misspelled keys', () => {
  it('never makes a file that fails to parse or repeats a key, and a second pass fixes nothing', () => {
    let fixedDesigns = 0;
    fc.assert(
      fc.property(design, (text) => {
        const fixed = fixText(text, lint, () => true);
        if (fixed.applied > 0) fixedDesigns++;
        expect(parseDocument(fixed.text, { uniqueKeys: true }).errors).toEqual([]);
        expect(fixText(fixed.text, lint, () => true).applied).toBe(0);
      }),
      { numRuns: RUNS },
    );
    // The generator is worth something only if it makes designs that get fixed.
    expect(fixedDesigns).toBeGreaterThan(RUNS / 4);
  });
});
