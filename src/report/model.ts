import type { Verdict } from '../scorer/index.js';
import type { FileResult } from '../types.js';
import type { DiagramGraph } from './mermaid.js';
import type { Readiness } from './readiness.js';
import type { Neighbour } from './similarity.js';

/** A diagram of a report: Mermaid source, and the SVG image that stands for it with `--svg`. */
export interface Diagram {
  /** File base name, e.g. `netflix-recommendations-architecture`. */
  name: string;
  /** What the image shows, for its alternative text. */
  description: string;
  source: string;
  /** Relative link to the SVG, when the report shows images instead of Mermaid blocks. */
  image?: string;
}

/** Everything a design report is made of, computed once; sections only read it. */
export interface DesignReport {
  /** File base name of the report (the design's id, made unique in the run). */
  slug: string;
  /** The design's name as one line of text (its id when it has none). */
  name: string;
  /** Link from the report folder to the design file. */
  sourceLink: string;
  /** Whether the file could be parsed; when not, the report shows only its findings. */
  readable: boolean;
  /** The design's data; `undefined` when the file could not be parsed. */
  design: unknown;
  result: FileResult;
  verdict: Verdict;
  readiness: Readiness;
  graph: DiagramGraph;
  /** Whether the diagram shows the design's `architecture` or was derived from its steps. */
  graphFrom: 'architecture' | 'steps';
  diagrams: { architecture: Diagram; readiness: Diagram };
  /** Where a rule's documentation is, as a link from the report. */
  ruleDocs(ruleId: string): string;
}

/** What the index is made of. */
export interface IndexModel {
  designs: readonly DesignReport[];
  /** For each design (same order), its most similar others. */
  similar: readonly (readonly Neighbour[])[];
}

/** Where a section sits in its template. */
export interface SectionContext {
  /** Depth of the heading the placeholder sits under (0 when there is none): a section's own headings go one deeper. */
  depth: number;
  /** The texts of the template's own headings, which a generated heading must not repeat (markdownlint MD024). */
  headings: ReadonlySet<string>;
}
