import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every module under src/ and the modules it imports (static and dynamic, relative ones), as paths from src/. */
const SRC = fileURLToPath(new URL('../src/', import.meta.url));
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = relative(SRC, join(entry.parentPath, entry.name));
    const text = readFileSync(join(SRC, file), 'utf8');
    const targets = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.[^']+)\.js'/g)].map(
      (match) => `${normalize(join(dirname(file), match[1]!))}.ts`,
    );
    graph.set(file, targets);
  }
  return graph;
}

describe('the import structure (docs/architecture.md)', () => {
  const graph = importGraph();

  it('has no import circle', () => {
    const done = new Set<string>();
    const circles: string[][] = [];
    const visit = (file: string, trail: string[]) => {
      const at = trail.indexOf(file);
      if (at !== -1) return void circles.push([...trail.slice(at), file]);
      if (done.has(file)) return;
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      done.add(file);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('imports the rules’ helpers and the schema’s internals only within rules/ and schema/', () => {
    const sideways: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const intoRuleHelpers = target.startsWith('rules/functions/') || target.startsWith('rules/declarative/');
        const intoSchema = target.startsWith('schema/') && target !== 'schema/index.ts';
        if (
          (intoRuleHelpers && !file.startsWith('rules/') && file !== 'config/team-rules.ts') ||
          (intoSchema && !file.startsWith('schema/') && !file.startsWith('rules/schema/'))
        )
          sideways.push(`${file} → ${target}`);
      }
    }
    expect(sideways).toEqual([]);
  });

  it('keeps design/ and util/ below every other layer', () => {
    const upwards = [...graph].flatMap(([file, targets]) =>
      file.startsWith('design/') || file.startsWith('util/')
        ? targets
            .filter((target) => !/^(design|util|quantity|load)\/|^(types|errors)\.ts$/.test(target))
            .map((target) => `${file} → ${target}`)
        : [],
    );
    expect(upwards).toEqual([]);
  });
});

describe('files with one job (docs/architecture.md)', () => {
  it('keeps every source file at 400 lines or fewer', () => {
    const long = [...importGraph().keys()]
      .map((file) => ({ file, lines: readFileSync(join(SRC, file), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });
});
