import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPONENT_KINDS } from '../../src/design.js';
import { architectureGraph } from '../../src/report/graph.js';
import { toMermaid } from '../../src/report/mermaid.js';
import { buildReports, renderSvgs, type SvgJob } from '../../src/report/index.js';
import { reportOptions } from './options.js';

const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** GitHub's content column, and the widest diagram whose 16 px text stays 12 px or more in it. */
const MOST_WIDTH_PX = 1200;

/** A small deterministic random number generator, so that the generated designs are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// A 16-component system in the order of the framework's stacks: data, model, serving, monitoring.
const COMPONENTS: readonly [string, string][] = [
  ['Clickstream events', 'data-source'],
  ['Order history', 'data-source'],
  ['Product catalogue', 'data-source'],
  ['Label collection', 'data-source'],
  ['Sessionisation', 'data-processing'],
  ['Feature pipeline', 'data-processing'],
  ['Offline warehouse', 'storage'],
  ['Online feature store', 'feature-store'],
  ['Ranker training', 'training'],
  ['Embedding training', 'training'],
  ['Experiment platform', 'experimentation'],
  ['Model registry', 'registry'],
  ['Candidate retrieval', 'serving'],
  ['Ranking service', 'serving'],
  ['Metrics dashboards', 'monitoring'],
  ['Drift monitor', 'monitoring'],
];
const TECHS = [
  'Kafka',
  'PostgreSQL',
  'Spark Structured Streaming',
  'Feast + Redis',
  'BigQuery',
  'PyTorch on Kubernetes',
  'MLflow',
  'Elasticsearch + FAISS',
  'TorchServe behind Envoy',
  'Prometheus + Grafana',
  'Evidently',
];
const LABELS = ['online features', 'point-in-time features', 'model artefact', 'impressions', 'predictions and outcomes'];

type Shape =
  'pipeline' | 'no flows' | 'fan-in of sources' | 'chain' | 'long labels and an unknown id' | 'kinds in any order' | 'unknown id';

/**
 * A 16-component design of one shape. A pipeline flows from each component to one or two
 * of the next few, with feedback from serving to the data and from monitoring to training,
 * as real designs do.
 */
function generatedDesign(shape: Shape, seed: number): unknown {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const components = COMPONENTS.map(([name, kind], index) => ({
    id: `c${index}`,
    name: shape === 'long labels and an unknown id' ? `${name} with a much longer descriptive name than usual` : name,
    kind:
      shape === 'fan-in of sources' ? (index < 12 ? 'data-source' : kind) : shape === 'kinds in any order' ? pick(COMPONENT_KINDS) : kind,
    tech: pick(TECHS),
  }));
  const flows: { from: string; to: string; label?: string }[] = [];
  const flow = (from: number, to: number, label = next() < 0.3 ? pick(LABELS) : undefined): void =>
    void flows.push({ from: `c${from}`, to: `c${to}`, ...(label === undefined ? {} : { label }) });
  if (shape === 'pipeline' || shape === 'long labels and an unknown id' || shape === 'kinds in any order') {
    for (let from = 0; from < 15; from++) {
      const targets = new Set([
        from + 1 + Math.floor(next() * Math.min(4, 15 - from)),
        from + 1 + Math.floor(next() * Math.min(4, 15 - from)),
      ]);
      for (const to of targets) flow(from, to);
    }
    flow(13, 0, 'impressions');
    flow(15, 8, 'retraining');
    if (shape === 'long labels and an unknown id') flows.push({ from: 'c3', to: 'typo-in-an-id' });
  }
  if (shape === 'fan-in of sources') {
    for (let from = 0; from < 12; from++) flow(from, 12);
    flow(12, 13);
    flow(13, 14);
    flow(14, 15);
  }
  if (shape === 'unknown id')
    flows.push(
      { from: 'c0', to: 'c4' },
      { from: 'c4', to: 'c8' },
      { from: 'c8', to: 'c12' },
      { from: 'c12', to: 'c14' },
      { from: 'c12', to: 'typo-in-an-id' },
    );
  if (shape === 'chain') for (let from = 0; from < 15; from++) flow(from, from + 1, 'next stage');
  return { mlsys: 1, id: 'generated', architecture: { components, flows } };
}

const SHAPES: readonly Shape[] = [
  'pipeline',
  'no flows',
  'fan-in of sources',
  'chain',
  'long labels and an unknown id',
  'kinds in any order',
  'unknown id',
];

/** The width Mermaid gave a drawing: its viewBox. */
const widthOf = (svg: string): number => Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+"/.exec(svg)![1]);

describe.skipIf(!HAVE_CHROMIUM)('architecture diagrams drawn in Chromium with Mermaid 11', () => {
  it(`are at most ${MOST_WIDTH_PX} px wide for every example design and for generated 16-component designs`, async () => {
    const { files } = await buildReports(['designs/', 'templates/designs/'], reportOptions({ svg: true }));
    const jobs: SvgJob[] = [...files]
      .filter(([name]) => name.endsWith('-architecture.mmd'))
      .map(([name, source]) => ({ name: name.replace(/\.mmd$/, ''), source }));
    expect(jobs.length).toBeGreaterThanOrEqual(10);
    for (const shape of SHAPES) {
      for (const seed of [1, 2, 3])
        jobs.push({
          name: `generated-${shape.replace(/\W+/g, '-')}-${seed}`,
          source: toMermaid(architectureGraph(generatedDesign(shape, seed)).graph),
        });
    }
    const svgs = await renderSvgs(jobs, { PUPPETEER_EXECUTABLE_PATH: CHROMIUM });
    if (process.env.SHOW_WIDTHS) for (const [name, svg] of svgs) console.log(name, Math.round(widthOf(svg)));
    const tooWide = [...svgs]
      .map(([name, svg]) => ({ name, width: Math.round(widthOf(svg)) }))
      .filter(({ width }) => width > MOST_WIDTH_PX);
    expect(tooWide).toEqual([]);
    // The generated designs really are large: every component is drawn.
    expect(svgs.get('generated-chain-1')!.match(/class="node /g)).toHaveLength(16);
    expect(svgs.get('generated-unknown-id-1')).toContain('typo-in-an-id');
  }, 180_000);
});
