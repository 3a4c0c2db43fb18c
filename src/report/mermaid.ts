import { layoutOf, wrap } from './layout.js';
import { STACKS, UNKNOWN_COLOUR, type DiagramGraph, type DiagramNode } from './diagram.js';
import { plain } from './text.js';

export { STACKS, UNKNOWN_COLOUR } from './diagram.js';
export type { Stack, DiagramNode, DiagramEdge, DiagramGraph } from './diagram.js';

// Characters that mean nothing to Mermaid inside a quoted label, to its Markdown-string,
// entity, icon (`fa:`) and HTML handling alike. Everything else is written as an entity code.
const SAFE_LABEL_CHARACTER = /^[\p{L}\p{N} .,()/+'?!-]$/u;

/**
 * A label's text for Mermaid's `"…"` strings: every character outside letters, digits,
 * spaces and harmless punctuation becomes an entity code (`#60;`), which Mermaid shows
 * as the character itself and never reads as syntax, HTML, a directive or a comment.
 */
export function mermaidLabel(value: string): string {
  let escaped = '';
  for (const character of plain(value)) {
    escaped += SAFE_LABEL_CHARACTER.test(character) ? character : `#${character.codePointAt(0)};`;
  }
  return escaped === '' ? ' ' : escaped;
}

/** Mermaid ids made by the diagram itself: `n<index>` plus the graph id's letters and digits, for readers of the source. */
function mermaidIds(nodes: readonly DiagramNode[]): Map<string, string> {
  const ids = new Map<string, string>();
  nodes.forEach((node, index) => {
    if (ids.has(node.id)) return;
    // A namespace such as `c:` in front of a graph id says nothing to a reader of the diagram.
    const readable = node.id.replace(/^[a-z]+:/, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 24);
    ids.set(node.id, readable === '' ? `n${index}` : `n${index}_${readable}`);
  });
  return ids;
}

const classOf = (node: DiagramNode): string | undefined =>
  node.unknown ? 'unknown' : node.stack === undefined ? undefined : node.missing ? `${node.stack}_missing` : node.stack;

/** Lines of text for a Mermaid label: each escaped, joined by line breaks the diagram itself writes. */
const labelLines = (lines: readonly string[]): string => lines.map(mermaidLabel).join('<br>');

/**
 * Writes a graph as a Mermaid flowchart. Pure. The direction, whether the stacks are framed
 * as subgraphs, and where a wide rank is split come from the graph's shape (layout.ts), so
 * that the diagram stays legible at the width of a page. Ids are generated and labels
 * escaped, so no text in the graph can break or alter the diagram. A repeated node id keeps
 * its first node; edges to ids that are not in the graph are left out.
 */
export function toMermaid(graph: DiagramGraph): string {
  const ids = mermaidIds(graph.nodes);
  const nodes = graph.nodes.filter((node, index) => graph.nodes.findIndex((other) => other.id === node.id) === index);
  const dashedIds = new Set(nodes.filter((node) => node.missing || node.unknown).map((node) => node.id));
  const layout = layoutOf(graph, nodes);
  const lines = [`flowchart ${layout.direction}`];
  const box = (node: DiagramNode): string => `${ids.get(node.id)}["${labelLines(layout.lines.get(node.id)!)}"]`;
  if (layout.frames) {
    for (const stack of STACKS) {
      const members = nodes.filter((node) => node.stack === stack.key);
      if (members.length === 0) continue;
      lines.push(`  subgraph stack_${stack.key}["${mermaidLabel(stack.title)}"]`);
      for (const node of members) lines.push(`    ${box(node)}`);
      lines.push('  end');
    }
  }
  for (const node of nodes) if (!layout.frames || node.stack === undefined) lines.push(`  ${box(node)}`);
  for (const edge of graph.edges) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const arrow = dashedIds.has(edge.from) || dashedIds.has(edge.to) ? '-.->' : '-->';
    const label =
      edge.label === undefined || plain(edge.label) === '' ? '' : `|"${labelLines(wrap(plain(edge.label), layout.lineLength))}"|`;
    lines.push(`  ${from} ${arrow}${label} ${to}`);
  }
  for (const [from, to] of layout.spacers) lines.push(`  ${ids.get(from)} ~~~ ${ids.get(to)}`);
  for (const stack of STACKS) {
    const solid = nodes.filter((node) => classOf(node) === stack.key);
    const dashed = nodes.filter((node) => classOf(node) === `${stack.key}_missing`);
    if (solid.length > 0) {
      lines.push(`  classDef ${stack.key} fill:${stack.color},stroke:${stack.dark},color:#ffffff`);
      lines.push(`  class ${solid.map((node) => ids.get(node.id)).join(',')} ${stack.key}`);
    }
    if (dashed.length > 0) {
      lines.push(
        `  classDef ${stack.key}_missing fill:#ffffff,stroke:${stack.color},stroke-width:2px,stroke-dasharray:5 5,color:${stack.dark}`,
      );
      lines.push(`  class ${dashed.map((node) => ids.get(node.id)).join(',')} ${stack.key}_missing`);
    }
    if (layout.frames && solid.length + dashed.length > 0)
      lines.push(`  style stack_${stack.key} fill:${stack.tint},stroke:${stack.color}`);
  }
  const unknown = nodes.filter((node) => classOf(node) === 'unknown');
  if (unknown.length > 0) {
    lines.push(`  classDef unknown fill:#ffffff,stroke:${UNKNOWN_COLOUR},stroke-width:2px,stroke-dasharray:5 5,color:${UNKNOWN_COLOUR}`);
    lines.push(`  class ${unknown.map((node) => ids.get(node.id)).join(',')} unknown`);
  }
  return `${lines.join('\n')}\n`;
}
