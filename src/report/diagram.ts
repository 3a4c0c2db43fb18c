// What an architecture diagram shows, apart from how it is written (mermaid.ts) and laid out (layout.ts).

/** The four stacks of the framework's architecture diagram, in drawing order, with their colours. */
export const STACKS = [
  { key: 'data', title: 'Data Stack', color: '#3498db', tint: '#ebf5fb', dark: '#1b4f72' },
  { key: 'model', title: 'Model Stack', color: '#e74c3c', tint: '#fdedec', dark: '#78281f' },
  { key: 'serving', title: 'Serving Stack', color: '#2ecc71', tint: '#eafaf1', dark: '#145a32' },
  { key: 'monitoring', title: 'Monitoring Stack', color: '#9b59b6', tint: '#f5eef8', dark: '#4a235a' },
] as const;

/** Boxes for ids no component declares: grey, as they belong to no stack. */
export const UNKNOWN_COLOUR = '#5d6d7e';

export type Stack = (typeof STACKS)[number]['key'];

/** A box of the diagram. */
export interface DiagramNode {
  /** Any text: the diagram uses its own ids, so this only has to be unique within the graph. */
  id: string;
  /** Any text; shown escaped, wrapped to lines of a legible width. */
  label: string;
  /** A second part shown on lines of its own below the label: a component's technology. */
  detail?: string;
  /** The subgraph the box sits in; none for boxes outside the four stacks. */
  stack?: Stack;
  /** Drawn dashed: a part the design does not name. */
  missing?: boolean;
  /** Drawn dashed in grey, outside the stacks: an id a flow names that no component declares. */
  unknown?: boolean;
}

/** An arrow between two boxes, by their graph ids; drawn dotted when it touches a missing box. */
export interface DiagramEdge {
  from: string;
  to: string;
  label?: string;
}

/** What an architecture diagram shows, before it is written as Mermaid. */
export interface DiagramGraph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}
