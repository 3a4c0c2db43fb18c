import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { stringify } from 'yaml';
import { expectSamePaths } from '../load/same-paths.js';
import { lintAndCheck, RUNS } from './fuzz-helpers.js';

const designsDirectory = new URL('../../designs/', import.meta.url);
const EXAMPLES = readdirSync(designsDirectory).map((name) => readFileSync(new URL(name, designsDirectory), 'utf8'));

/** YAML-ish text: fragments that exercise the parser's corners, glued at random. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\n',
        '  ',
        '- ',
        ': ',
        '#',
        '{',
        '}',
        '[',
        ']',
        ',',
        '"',
        "'",
        '&a ',
        '*a',
        '!!str ',
        '? ',
        '---\n',
        '|\n',
        '>\n',
        '\t',
        '\r\n',
        '\uFEFF',
        'mlsys: 1\n',
        'name: x\n',
        'monitoring:\n',
        'deployment:\n  slo:\n    latency_p99: ',
        '__proto__: ',
        '# mlsys-lint-disable\n',
      ),
      fc.string(),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('50ms', '< 200ms', '10K rps', '99.9%', '$0.001', '200', 'TODO: fill in'),
);
const textList = fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), scalar), { maxLength: 4 }));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const step = (keys: string[]) =>
  maybe(
    fc.oneof(
      scalar,
      fc.dictionary(
        fc.constantFrom(...keys, 'x-extra', 'unknown_key'),
        fc.oneof(scalar, textList, fc.dictionary(fc.string(), scalar, { maxKeys: 3 })),
        { maxKeys: keys.length + 1 },
      ),
    ),
  );

/** Designs shaped like the schema, with random values in every place. */
const schemaShaped = fc.record(
  {
    mlsys: fc.oneof(fc.constant(1), scalar),
    name: fc.oneof(fc.string(), scalar),
    id: maybe(fc.oneof(fc.stringMatching(/^[a-z0-9-]{0,12}$/), scalar)),
    status: maybe(fc.oneof(fc.constantFrom('draft', 'in-review', 'approved', 'deprecated'), scalar)),
    owners: maybe(textList),
    approach: maybe(fc.oneof(fc.constantFrom('ml', 'traditional', 'hybrid'), scalar)),
    problem: step(['has_patterns', 'data_size', 'rule_complexity', 'needs_generalization', 'needs_interpretability']),
    requirements: step(['business_goal', 'success_metrics', 'scale', 'latency', 'constraints']),
    framing: step(['ml_objective', 'inputs', 'output', 'task_type']),
    data: step(['sources', 'features', 'validation', 'feature_store']),
    model: step(['architecture', 'baseline', 'training', 'registry']),
    evaluation: step(['offline_metrics', 'online_metrics', 'experiment']),
    deployment: step(['mode', 'slo', 'scaling', 'rollout', 'fallback']),
    monitoring: step(['system', 'data', 'model', 'business', 'alerts', 'retraining']),
    architecture: maybe(
      fc.record({
        components: fc.array(
          fc.oneof(
            scalar,
            fc.record({
              id: fc.oneof(fc.string(), scalar),
              kind: fc.oneof(fc.constantFrom('serving', 'monitoring', 'training', 'data-source'), scalar),
            }),
          ),
          { maxLength: 5 },
        ),
        flows: fc.array(fc.oneof(scalar, fc.record({ from: fc.oneof(fc.string(), scalar), to: fc.oneof(fc.string(), scalar) })), {
          maxLength: 5,
        }),
      }),
    ),
  },
  { requiredKeys: [] },
);

/** An example design with lines deleted, repeated, swapped, or characters inserted. */
const mutatedExample = fc
  .tuple(
    fc.constantFrom(...EXAMPLES),
    fc.array(fc.tuple(fc.constantFrom('delete', 'repeat', 'swap', 'insert', 'indent'), fc.nat(), fc.string({ maxLength: 4 })), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([text, edits]) => {
    const lines = text.split('\n');
    for (const [kind, at, chars] of edits) {
      const index = at % lines.length;
      if (kind === 'delete') lines.splice(index, 1);
      else if (kind === 'repeat') lines.splice(index, 0, lines[index]!);
      else if (kind === 'swap' && index + 1 < lines.length) [lines[index], lines[index + 1]] = [lines[index + 1]!, lines[index]!];
      else if (kind === 'indent') lines[index] = ` ${lines[index]}`;
      else {
        const line = lines[index]!;
        const column = line.length === 0 ? 0 : at % line.length;
        lines[index] = line.slice(0, column) + chars + line.slice(column);
      }
    }
    return lines.join('\n');
  });

describe('fuzzing: no exception escapes, outputs parse, positions lie in the file, results are deterministic', { timeout: 900_000 }, () => {
  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => void lintAndCheck(text)), { numRuns: RUNS });
  });

  it('arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        void lintAndCheck(new TextDecoder().decode(bytes));
      }),
      { numRuns: RUNS },
    );
  });

  it('YAML-ish fragments, where every parse path also agrees', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        lintAndCheck(text);
        expectSamePaths(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('schema-shaped designs with random values, where every parse path also agrees', () => {
    fc.assert(
      fc.property(schemaShaped, (design) => {
        const text = stringify(design);
        lintAndCheck(text);
        expectSamePaths(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('mutations of the example designs, where every parse path also agrees', () => {
    fc.assert(
      fc.property(mutatedExample, (text) => {
        lintAndCheck(text);
        expectSamePaths(text);
      }),
      { numRuns: RUNS },
    );
  });
});
