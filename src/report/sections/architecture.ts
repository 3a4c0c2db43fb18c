import type { RootContent } from 'mdast';
import type { DesignReport } from '../model.js';
import { STACKS } from '../mermaid.js';
import { joined, messagePhrasing, paragraph, text } from '../text.js';
import { diagramBlock } from './diagram.js';

/** The architecture flowchart, with what it was drawn from and what is missing. */
export default function architecture(report: DesignReport): RootContent[] {
  if (!report.readable) return [paragraph(text('No diagram: the file could not be read as a design.'))];
  const missing = report.graph.nodes.filter((node) => node.missing).map((node) => node.label.replace(/ \(missing\)$/, ''));
  const unknown = report.graph.nodes.filter((node) => node.unknown).map((node) => node.label);
  const colours = STACKS.map((stack) => `${stack.title.toLowerCase()} ${stack.color}`).join(', ');
  return [
    paragraph(
      ...messagePhrasing(
        report.graphFrom === 'architecture'
          ? `Drawn from the design's \`architecture\` section. Colours: ${colours}.`
          : `Drawn from the steps, as the design has no \`architecture\` components. Colours: ${colours}.`,
      ),
    ),
    diagramBlock(report.diagrams.architecture),
    paragraph(
      text(
        missing.length === 0
          ? 'Every stack has at least one component.'
          : `Dashed boxes are parts the design does not name: ${joined(missing)}.`,
      ),
    ),
    ...(unknown.length === 0
      ? []
      : [paragraph(text(`Grey dashed boxes are ids that flows name but no component declares: ${joined(unknown)}.`))]),
  ];
}
