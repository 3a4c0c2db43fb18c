import { Window } from 'happy-dom';
import type { Mermaid } from 'mermaid';

/**
 * Mermaid's own parser, in Node: it wants a DOM, which happy-dom provides once set as
 * `globalThis.window` before Mermaid is imported.
 */
let loading: Promise<Mermaid> | undefined;

export function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    const window = new Window();
    Object.assign(globalThis, { window, document: window.document });
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return mermaid;
  })();
  return loading;
}

/** What Mermaid's flowchart database holds after parsing: boxes, arrows, subgraphs, classes and clicks. */
export interface ParsedFlowchart {
  vertices: { id: string; text: string; classes: string[]; styles: string[]; link?: string }[];
  edges: { start: string; end: string; text: string; stroke: string }[];
  subgraphs: { id: string; title: string; nodes: string[] }[];
  classes: string[];
  /** The configuration the diagram set for itself (`%%{init}%%`, front matter): must stay empty. */
  config: Record<string, unknown>;
}

interface FlowDb {
  getVertices(): Map<string, { id: string; text?: string; classes: string[]; styles: string[]; link?: string }>;
  getEdges(): { start: string; end: string; text?: string; stroke?: string }[];
  getSubGraphs(): { id: string; title: string; nodes: string[] }[];
  getClasses(): Map<string, unknown>;
}

/** Mermaid's entity codes as its parser leaves them (`ﬂ°°60¶ß`), decoded back to characters. */
export function decodeMermaidText(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };
  return text
    .replaceAll(LINE_BREAK, '\n')
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/ﬂ°(\w+)¶ß/g, (whole, name: string) => named[name] ?? whole);
}

// Mermaid sanitises labels with the DOM, and happy-dom's drops every line of a label but the
// last at a `<br>` (Chromium keeps them all: tests/report/diagram-width.test.ts draws them).
// The line breaks toMermaid writes are parsed as this character instead, which design text
// cannot produce (it would be an entity code), and read back as "\n".
const LINE_BREAK = '\u2063';

/** Parses a flowchart with Mermaid and reads back what it understood; a label's lines are joined by "\n". */
export async function parseFlowchart(written: string): Promise<ParsedFlowchart> {
  const source = written.replaceAll('<br>', LINE_BREAK);
  const mermaid = await loadMermaid();
  const parsed = await mermaid.parse(source);
  const config = (parsed as unknown) === false ? {} : parsed.config;
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as unknown as FlowDb;
  // Styling a subgraph registers a vertex of the same id, which Mermaid draws as the subgraph.
  const subgraphIds = new Set(db.getSubGraphs().map((subgraph) => subgraph.id));
  return {
    vertices: [...db.getVertices().values()]
      .filter((vertex) => !subgraphIds.has(vertex.id))
      .map((vertex) => ({
        id: vertex.id,
        text: decodeMermaidText(vertex.text ?? ''),
        classes: [...vertex.classes],
        styles: [...vertex.styles],
        ...(vertex.link === undefined ? {} : { link: vertex.link }),
      })),
    edges: db
      .getEdges()
      .map((edge) => ({ start: edge.start, end: edge.end, text: decodeMermaidText(edge.text ?? ''), stroke: edge.stroke ?? 'normal' })),
    subgraphs: db.getSubGraphs().map((subgraph) => ({ id: subgraph.id, title: subgraph.title, nodes: [...subgraph.nodes] })),
    classes: [...db.getClasses().keys()],
    config: (config ?? {}) as Record<string, unknown>,
  };
}

/** The ```mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}
