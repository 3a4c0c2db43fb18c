import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPONENT_KINDS } from '../../src/design.js';
import { buildReports } from '../../src/report/index.js';
import { writeReports } from '../../src/report/write.js';
import { tempDir } from '../temp-dir.js';
import { mermaidBlocks, parseFlowchart } from './mermaid-in-node.js';
import { ROOT, reportOptions } from './options.js';

const value = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 4 }),
);

/** Designs of any shape: right keys with values of any type, and architectures with anything in their fields. */
const design = fc.record(
  {
    mlsys: fc.constant(1),
    name: value,
    id: value,
    status: value,
    owners: value,
    summary: value,
    approach: fc.oneof(fc.constantFrom('ml', 'traditional', 'hybrid'), value),
    problem: fc.oneof(
      fc.record(
        { has_patterns: fc.boolean(), data_size: fc.constantFrom('small', 'medium', 'large'), rule_complexity: value },
        { requiredKeys: [] },
      ),
      value,
    ),
    requirements: value,
    framing: value,
    data: value,
    model: value,
    evaluation: value,
    deployment: fc.oneof(
      fc.record({
        mode: value,
        slo: fc.dictionary(fc.constantFrom('latency_p50', 'latency_p99', 'throughput', 'availability', 'cost_per_prediction'), value),
        scaling: value,
      }),
      value,
    ),
    monitoring: value,
    architecture: fc.oneof(
      fc.record({
        components: fc.array(
          fc.record(
            {
              id: fc.oneof(fc.constantFrom('a', 'b', 'c'), value),
              name: value,
              kind: fc.oneof(fc.constantFrom(...COMPONENT_KINDS), value),
              tech: value,
            },
            { requiredKeys: [] },
          ),
          { maxLength: 5 },
        ),
        flows: fc.array(
          fc.record(
            { from: fc.oneof(fc.constantFrom('a', 'b', 'c'), value), to: fc.oneof(fc.constantFrom('a', 'b', 'c'), value), label: value },
            { requiredKeys: [] },
          ),
          { maxLength: 5 },
        ),
      }),
      value,
    ),
  },
  { requiredKeys: ['mlsys'] },
);

describe('designs of any shape', () => {
  it('get a report that markdownlint accepts and whose diagrams Mermaid parses', async () => {
    const dir = tempDir();
    // JSON is YAML: each sample becomes a design file as it is.
    fc.sample(design, { numRuns: 40, seed: 20240601 }).forEach((sample, index) =>
      writeFileSync(join(dir, `design-${String(index).padStart(2, '0')}.yaml`), JSON.stringify(sample)),
    );
    const { files, run } = await buildReports([dir], reportOptions({ outDir: join(dir, 'out') }));
    expect(run.crashes).toEqual([]);
    expect(files.size).toBe(41);
    for (const [name, markdown] of files) {
      for (const block of mermaidBlocks(markdown)) {
        if (block.startsWith('flowchart')) expect((await parseFlowchart(block)).config, name).toEqual({});
      }
    }
    writeReports(join(dir, 'out'), files);
    const lint = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'),
        '--config',
        join(ROOT, '.markdownlint.jsonc'),
        'out/*.md',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(`${lint.stdout}${lint.stderr}`).toContain('Summary: 0 error(s)');
    expect(readFileSync(join(dir, 'out', 'index.md'), 'utf8')).toMatch(/^# ML system design reports\n/);
  }, 60_000);
});
