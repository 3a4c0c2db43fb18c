import type { DiagramGraph, DiagramNode } from './diagram.js';
import { plain } from './text.js';

/**
 * How an architecture diagram is laid out, chosen from the graph so that it stays legible
 * when GitHub shrinks it to a 900 px column: Mermaid draws text at 16 px, so a diagram at
 * most 1,200 px wide keeps it at 12 px or more (docs/reports.md, "The architecture diagram").
 *
 * Mermaid's layout engine (dagre) cannot be run here, so the widths below are estimates of
 * what it does: boxes are ranked along the flows, and a rank is as wide as its boxes and
 * edge labels side by side. The estimate errs wide; the test suite measures the real thing
 * in Chromium.
 */

export type Direction = 'TB' | 'LR';

export interface Layout {
  direction: Direction;
  /** Whether the stacks are drawn as frames (subgraphs): only when they fall in separate bands of ranks, top to bottom. */
  frames: boolean;
  /** Invisible links (`a ~~~ b`) that push a box one rank down, to break a rank too wide for the page into two. */
  spacers: [string, string][];
  /** The most characters on a line of a label. */
  lineLength: number;
  /** Each box's label, wrapped into lines. */
  lines: Map<string, string[]>;
  /** The width this layout is estimated to take, in px. */
  estimatedWidth: number;
}

/** The widest a diagram may be estimated at; below the 1,200 px limit to leave room for what the estimate misses. */
export const WIDTH_BUDGET = 600;
/** The most characters on one line of a box (about 190 px of text), and the shorter lines tried when a diagram is too wide with them. */
export const LINE_LENGTHS = [18, 14, 11] as const;

// Mermaid's defaults: 16 px text (about 8.5 px a character in common fallback fonts), 30 px
// padding inside a box, 50 px between boxes of a rank and between ranks.
const CHARACTER_PX = 8.5;
const BOX_PADDING_PX = 60;
const NODE_GAP_PX = 50;
const RANK_GAP_PX = 50;
const LINE_PX = 24;
const LABEL_PADDING_PX = 10;
// A flow that crosses a rank without stopping takes a lane of its own there, as wide as the
// gap dagre keeps between boxes (it routes the flow through an invisible box of that rank);
// wider around the boxes when it goes back up.
const LANE_PX = 50;
const BACK_LANE_PX = 60;
// Diagrams this shallow read better left to right, if they fit.
const MOST_RANKS_LEFT_TO_RIGHT = 3;

/** Text broken into lines of at most `length` characters, at spaces where it can be; a longer word after a hyphen, else cut. */
export function wrap(text: string, length: number = LINE_LENGTHS[0]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((part) => part !== '')) {
    let rest = [...word];
    if (line !== '' && [...line].length + 1 + rest.length <= length) {
      line += ` ${word}`;
      continue;
    }
    if (line !== '') lines.push(line);
    while (rest.length > length) {
      // Break a long word after a hyphen where it has one (`point-in-|time`), else cut it.
      const hyphen = rest.lastIndexOf('-', length - 1);
      const cut = hyphen > 0 ? hyphen + 1 : length;
      lines.push(rest.slice(0, cut).join(''));
      rest = rest.slice(cut);
    }
    line = rest.join('');
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}

const widthOf = (lines: readonly string[]): number => Math.max(...lines.map((line) => [...line].length)) * CHARACTER_PX + BOX_PADDING_PX;

interface Edge {
  from: string;
  to: string;
  labelWidth: number;
}

/**
 * Ranks of the boxes as a layered layout gives them: flows that close a cycle are set aside
 * (found depth first, in the order the design lists things), every box sits below the boxes
 * that flow into it, and a box nothing flows into sits just above the first box it feeds.
 */
export function ranksOf(ids: readonly string[], edges: readonly Pick<Edge, 'from' | 'to'>[]): Map<string, number> {
  const out = new Map(ids.map((id) => [id, [] as string[]]));
  for (const edge of edges) if (edge.from !== edge.to) out.get(edge.from)?.push(edge.to);
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  const forward = new Map(ids.map((id) => [id, [] as string[]]));
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const next of out.get(id)!) {
      if (state.get(next) === 'open') continue; // closes a cycle
      forward.get(id)!.push(next);
      if (!state.has(next)) visit(next);
    }
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  order.reverse(); // topological: every forward flow goes from earlier to later
  const rank = new Map(ids.map((id) => [id, 0]));
  const fedBy = new Map(ids.map((id) => [id, 0]));
  for (const id of order) {
    for (const next of forward.get(id)!) {
      rank.set(next, Math.max(rank.get(next)!, rank.get(id)! + 1));
      fedBy.set(next, fedBy.get(next)! + 1);
    }
  }
  for (const id of [...order].reverse()) {
    const targets = forward.get(id)!;
    if (fedBy.get(id) === 0 && targets.length > 0) rank.set(id, Math.min(...targets.map((next) => rank.get(next)!)) - 1);
  }
  return rank;
}

/** The estimated width of each band of a top-to-bottom layout: ranks, and the gaps between them where edge labels sit. */
function bandWidths(
  ids: readonly string[],
  width: ReadonlyMap<string, number>,
  edges: readonly Edge[],
  rank: ReadonlyMap<string, number>,
): Map<number, number> {
  const boxes = new Map<number, number[]>();
  const lanes = new Map<number, number>();
  const addBox = (band: number, px: number): void => void (boxes.get(band) ?? boxes.set(band, []).get(band)!).push(px);
  const addLane = (band: number, px: number): void => void lanes.set(band, (lanes.get(band) ?? 0) + px);
  for (const id of ids) addBox(rank.get(id)! * 2, width.get(id)!);
  for (const edge of edges) {
    const from = rank.get(edge.from)!;
    const to = rank.get(edge.to)!;
    const [top, bottom] = from < to ? [from, to] : [to, from];
    if (top === bottom) continue;
    if (edge.labelWidth > 0) addBox(top * 2 + 1, edge.labelWidth);
    // A flow down passes between the boxes it crosses; one back up is drawn around them.
    for (let band = top * 2 + 2; band < bottom * 2; band += 2) addLane(band, from < to ? LANE_PX : BACK_LANE_PX);
  }
  const widths = new Map<number, number>();
  for (const band of new Set([...boxes.keys(), ...lanes.keys()])) {
    const items = boxes.get(band) ?? [];
    widths.set(band, items.reduce((sum, px) => sum + px, 0) + NODE_GAP_PX * Math.max(0, items.length - 1) + (lanes.get(band) ?? 0));
  }
  return widths;
}

/**
 * Chooses direction, frames, spacers and line length for a graph's boxes: the first line
 * length whose layout fits, else the narrowest layout.
 */
export function layoutOf(graph: DiagramGraph, nodes: readonly DiagramNode[]): Layout {
  let best: Layout | undefined;
  for (const lineLength of LINE_LENGTHS) {
    const layout = layoutWith(graph, nodes, lineLength);
    if (layout.estimatedWidth <= WIDTH_BUDGET) return layout;
    if (best === undefined || layout.estimatedWidth < best.estimatedWidth) best = layout;
  }
  return best!;
}

function layoutWith(graph: DiagramGraph, nodes: readonly DiagramNode[], lineLength: number): Layout {
  const ids = nodes.map((node) => node.id);
  const known = new Set(ids);
  const lines = new Map(
    nodes.map((node) => {
      const shown = [node.label, node.detail ?? ''].flatMap((text) => wrap(plain(text), lineLength)).filter((line) => line !== '');
      return [node.id, shown.length === 0 ? [''] : shown];
    }),
  );
  const width = new Map(nodes.map((node) => [node.id, widthOf(lines.get(node.id)!)]));
  const edges: Edge[] = graph.edges
    .filter((edge) => known.has(edge.from) && known.has(edge.to))
    .map((edge) => ({
      from: edge.from,
      to: edge.to,
      labelWidth:
        edge.label === undefined || edge.label === '' ? 0 : widthOf(wrap(edge.label, lineLength)) - BOX_PADDING_PX + LABEL_PADDING_PX,
    }));

  // Dagre sets unconnected parts of a graph side by side; stacking them keeps the width of the widest.
  let spacers = stackedParts(ids, edges);
  let rank = ranksOf(ids, [...edges, ...spacers.map(([from, to]) => ({ from, to }))]);
  const rankCount = new Set(rank.values()).size;
  const leftToRightWidth = [...new Set(rank.values())].reduce(
    (sum, r) => sum + Math.max(...ids.filter((id) => rank.get(id) === r).map((id) => width.get(id)!)) + RANK_GAP_PX * 2,
    0,
  );
  const widestRank = Math.max(
    0,
    ...[...new Set(rank.values())].map((r) =>
      ids.filter((id) => rank.get(id) === r).reduce((sum, id) => sum + lines.get(id)!.length * LINE_PX + NODE_GAP_PX, 0),
    ),
  );
  if (rankCount <= MOST_RANKS_LEFT_TO_RIGHT && leftToRightWidth <= WIDTH_BUDGET && widestRank <= WIDTH_BUDGET) {
    return {
      direction: 'LR',
      frames: spacers.length === 0 && framesFit(nodes, rank),
      spacers,
      lineLength,
      lines,
      estimatedWidth: leftToRightWidth,
    };
  }

  // Top to bottom. A rank too wide for the page is folded into rows, as a grid: each box
  // pushed below the box a row's length before it. Flows from the upper rows then pass
  // between the boxes of the lower ones, so rows are shortened until the folded rank fits.
  const folded = new Set<string>();
  for (let attempt = 0; attempt < ids.length; attempt++) {
    const widths = bandWidths(ids, width, edges, rank);
    const [band, px] = [...widths].reduce((widest, entry) => (entry[1] > widest[1] ? entry : widest), [0, 0]);
    if (px <= WIDTH_BUDGET) break;
    // A band between ranks (edge labels, lanes) is made narrower by folding the rank above it.
    const crowded = ids.filter((id) => rank.get(id)! * 2 === band - (band % 2) && !folded.has(id));
    if (crowded.length < 2) break;
    for (const id of crowded) folded.add(id);
    let row = 0;
    for (let used = 0; row < crowded.length && used + width.get(crowded[row]!)! <= WIDTH_BUDGET; row++)
      used += width.get(crowded[row]!)! + NODE_GAP_PX;
    // The row length whose folded rank is narrowest, the longest of equals.
    let best: { widest: number; spacers: [string, string][]; rank: Map<string, number> } | undefined;
    for (row = Math.max(1, Math.min(row, crowded.length - 1)); row >= 1; row--) {
      const trial: [string, string][] = [...spacers];
      for (let index = 0; index + row < crowded.length; index++) trial.push([crowded[index]!, crowded[index + row]!]);
      const trialRank = ranksOf(ids, [...edges, ...trial.map(([from, to]) => ({ from, to }))]);
      const rows = crowded.map((id) => trialRank.get(id)!);
      const trialWidths = bandWidths(ids, width, edges, trialRank);
      const widest = Math.max(
        ...[...trialWidths].filter(([b]) => b >= Math.min(...rows) * 2 && b <= Math.max(...rows) * 2 + 1).map(([, w]) => w),
      );
      if (best === undefined || widest < best.widest) best = { widest, spacers: trial, rank: trialRank };
      if (widest <= WIDTH_BUDGET) break;
    }
    spacers = best!.spacers;
    rank = best!.rank;
  }
  const estimatedWidth = Math.max(0, ...bandWidths(ids, width, edges, rank).values());
  return { direction: 'TB', frames: spacers.length === 0 && framesFit(nodes, rank), spacers, lineLength, lines, estimatedWidth };
}

/**
 * Invisible links that put each unconnected part of the graph (of two boxes or more) below
 * the one before it, from the last box of one to the first of the next. Single boxes are
 * left to be folded into rows with the others of their rank.
 */
function stackedParts(ids: readonly string[], edges: readonly Edge[]): [string, string][] {
  const part = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    while (part.get(id) !== id) id = part.get(id)!;
    return id;
  };
  for (const edge of edges) part.set(find(edge.from), find(edge.to));
  const members = new Map<string, string[]>();
  for (const id of ids) (members.get(find(id)) ?? members.set(find(id), []).get(find(id))!).push(id);
  const parts = [...members.values()].filter((group) => group.length > 1);
  const spacers: [string, string][] = [];
  for (let index = 1; index < parts.length; index++) {
    const above = parts[index - 1]!;
    const aboveRank = ranksOf(above, edges.filter((edge) => above.includes(edge.from)));
    const below = parts[index]!;
    const belowRank = ranksOf(below, edges.filter((edge) => below.includes(edge.from)));
    const last = above.reduce((best, id) => (aboveRank.get(id)! > aboveRank.get(best)! ? id : best));
    const first = below.reduce((best, id) => (belowRank.get(id)! < belowRank.get(best)! ? id : best));
    spacers.push([last, first]);
  }
  return spacers;
}

const STACK_ORDER: Readonly<Record<string, number>> = { data: 0, model: 1, serving: 2, monitoring: 3 };

/**
 * Whether the stacks can be framed without putting frames side by side: each stack's boxes
 * in ranks strictly after the previous stack's, and no box outside a stack. Mermaid draws a
 * frame as one block, so frames whose ranks overlap stand next to each other and double the width.
 */
function framesFit(nodes: readonly DiagramNode[], rank: ReadonlyMap<string, number>): boolean {
  if (nodes.some((node) => node.stack === undefined)) return false;
  const spans = new Map<number, [number, number]>();
  for (const node of nodes) {
    const order = STACK_ORDER[node.stack!]!;
    const r = rank.get(node.id)!;
    const span = spans.get(order);
    spans.set(order, span === undefined ? [r, r] : [Math.min(span[0], r), Math.max(span[1], r)]);
  }
  const ordered = [...spans].sort(([a], [b]) => a - b).map(([, span]) => span);
  return ordered.every((span, index) => index === 0 || span[0] > ordered[index - 1]![1]);
}
