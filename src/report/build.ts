import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { designId } from '../design.js';
import { lintPaths, readDesignFile, type LintOptions, type LintRun } from '../engine/lint-files.js';
import { valueAt } from '../design/values.js';
import { RULES, ruleDocsUrl } from '../rules/index.js';
import { scoreProblem, traitsOf } from '../scorer/index.js';
import type { FileResult } from '../types.js';
import { toXyChart } from './chart.js';
import { architectureGraph } from './graph.js';
import { toMermaid } from './mermaid.js';
import type { Diagram, DesignReport, IndexModel } from './model.js';
import { readinessOf, type Readiness, type StepStatus } from './readiness.js';
import { INDEX_SECTIONS, REPORT_SECTIONS } from './sections/index.js';
import { featuresOf, similarDesigns } from './similarity.js';
import { fillTemplate, readTemplate, reportMarkdown } from './template.js';
import { percent, plain } from './text.js';

export interface ReportOptions extends LintOptions {
  /** The folder the reports are for: links to design files are relative to it. Nothing is written here. */
  outDir: string;
  /** Design report template (`--template`); default `templates/report.md`. */
  template?: string;
  /** Index template (`--index-template`); default `templates/index.md`. */
  indexTemplate?: string;
  /** Where rule docs are: a URL or a path relative to the reports, ending in `/`; default the published docs. */
  ruleDocsBase?: string;
  /** Show diagrams as SVG images (written by the caller) instead of Mermaid blocks. */
  svg?: boolean;
}

export interface ReportBuild {
  /** File name in the report folder → content: `<id>.md`, `index.md`, and with `svg` the `.mmd` diagram sources. */
  files: Map<string, string>;
  /** With `svg`: the diagrams to render, each to `<name>.svg`. */
  diagrams: Diagram[];
  /** The lint run the reports are made from (crashes and missing paths are the caller's to report). */
  run: LintRun;
}

const DEFAULT_TEMPLATES = {
  report: fileURLToPath(new URL('../../templates/report.md', import.meta.url)),
  index: fileURLToPath(new URL('../../templates/index.md', import.meta.url)),
};

/** File names the run itself uses; a design with such an id gets a suffix. */
const RESERVED = new Set(['index']);

/** Design ids made unique for file names: the second `foo` becomes `foo-2`. */
function uniqueSlugs(ids: readonly string[]): string[] {
  const taken = new Set(RESERVED);
  return ids.map((id) => {
    let slug = id;
    for (let n = 2; taken.has(slug); n++) slug = `${id}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/** A link from the report folder to a file, always relative and never mistaken for a URL scheme. */
function relativeLink(from: string, to: string): string {
  const path = relative(from, to).split(sep).join('/');
  return path.startsWith('../') ? path : `./${path}`;
}

/**
 * The readiness chart: one bar series per status (ready green, warnings amber, errors red), each
 * step's percentage in its label, bars across so that the labels have room.
 */
const STATUS_COLOUR: Readonly<Record<StepStatus, string>> = { pass: '#2ecc71', warn: '#f39c12', fail: '#e74c3c' };

function readinessChart(readiness: Readiness): string {
  const statuses: readonly StepStatus[] = ['pass', 'warn', 'fail'];
  return toXyChart({
    title: 'Readiness per step (%), by status (ready, warnings, errors)',
    categories: readiness.steps.map(
      (step) => `${step.number} ${step.key.charAt(0).toUpperCase()}${step.key.slice(1)} ${percent(step.share)}`,
    ),
    axisLabel: 'Readiness (%)',
    min: 0,
    max: 100,
    series: statuses.map((status) => readiness.steps.map((step) => (step.status === status ? Math.round(step.share * 100) : 0))),
    colours: statuses.map((status) => STATUS_COLOUR[status]),
    horizontal: true,
  });
}

function designReport(result: FileResult, design: unknown, slug: string, options: ReportOptions, outDir: string): DesignReport {
  const name = plain(valueAt(design, ['name'])) || slug;
  const readiness = readinessOf(result, options.rules ?? RULES);
  const { graph, from } = architectureGraph(design);
  const docsBase = options.ruleDocsBase;
  const diagram = (kind: string, description: string, mermaid: string): Diagram => ({
    name: `${slug}-${kind}`,
    description,
    source: mermaid,
    ...(options.svg ? { image: `${slug}-${kind}.svg` } : {}),
  });
  return {
    slug,
    name,
    sourceLink: relativeLink(outDir, result.filePath),
    readable: result.fatalErrorCount === 0,
    design,
    result,
    verdict: scoreProblem(traitsOf(design)),
    readiness,
    graph,
    graphFrom: from,
    diagrams: {
      architecture: diagram('architecture', `Architecture of ${name}`, toMermaid(graph)),
      readiness: diagram('readiness', `Readiness per step for ${name}`, readinessChart(readiness)),
    },
    ruleDocs: (ruleId) => (docsBase === undefined ? ruleDocsUrl(ruleId) : `${docsBase}${ruleId}.md`),
  };
}

/**
 * Lints the designs that `paths` name and builds their reports and the index, in memory:
 * the same input always gives the same bytes. Templates are checked before anything else.
 */
export async function buildReports(paths: readonly string[], options: ReportOptions): Promise<ReportBuild> {
  const reportTemplate = readTemplate(
    options.template ? resolve(options.cwd, options.template) : DEFAULT_TEMPLATES.report,
    options.template ?? 'templates/report.md',
    Object.keys(REPORT_SECTIONS),
  );
  const indexTemplate = readTemplate(
    options.indexTemplate ? resolve(options.cwd, options.indexTemplate) : DEFAULT_TEMPLATES.index,
    options.indexTemplate ?? 'templates/index.md',
    Object.keys(INDEX_SECTIONS),
  );
  const run = await lintPaths(paths, options);
  const outDir = resolve(options.cwd, options.outDir);
  // The lint run keeps findings, not data: each file is read once more for what the reports show.
  const data = run.results.map((result) =>
    result.fatalErrorCount > 0 ? undefined : readDesignFile(result.filePath, options.maxFileSize).data,
  );
  const slugs = uniqueSlugs(run.results.map((result, index) => designId(result.filePath, data[index])));
  const designs = run.results.map((result, index) => designReport(result, data[index], slugs[index]!, options, outDir));
  const index: IndexModel = { designs, similar: similarDesigns(designs.map((design) => featuresOf(design.design))) };
  const files = new Map<string, string>();
  const diagrams: Diagram[] = [];
  for (const design of designs) {
    files.set(`${design.slug}.md`, reportMarkdown(fillTemplate(reportTemplate, REPORT_SECTIONS, design)));
    if (options.svg) {
      for (const diagram of [design.diagrams.architecture, design.diagrams.readiness]) {
        diagrams.push(diagram);
        files.set(`${diagram.name}.mmd`, diagram.source);
      }
    }
  }
  files.set('index.md', reportMarkdown(fillTemplate(indexTemplate, INDEX_SECTIONS, index)));
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), diagrams, run };
}
