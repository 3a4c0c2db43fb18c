import type { ComponentKind } from '../design.js';
import { componentsOf, flowsOf } from '../design/architecture-graph.js';
import { isPresent, textsOf, valueAt } from '../design/values.js';
import type { DataPath } from '../types.js';
import type { DiagramEdge, DiagramGraph, DiagramNode, Stack } from './mermaid.js';
import { plain } from './text.js';

const KIND_STACK: Readonly<Record<ComponentKind, Stack | undefined>> = {
  'data-source': 'data',
  'data-processing': 'data',
  'feature-store': 'data',
  storage: 'data',
  training: 'model',
  registry: 'model',
  experimentation: 'model',
  serving: 'serving',
  monitoring: 'monitoring',
  other: undefined,
};

/** What stands for a stack the architecture leaves out, and which kinds feed it (first present kind wins). */
const MISSING_STACK: Readonly<Record<Stack, { label: string; fedBy: readonly ComponentKind[] }>> = {
  data: { label: 'Data sources', fedBy: [] },
  model: { label: 'Training', fedBy: ['feature-store', 'data-processing', 'storage', 'data-source'] },
  serving: { label: 'Serving', fedBy: ['registry', 'training'] },
  monitoring: { label: 'Monitoring', fedBy: ['serving'] },
};

const LABEL_LENGTH = 60;

/** Text cut to a diagram-friendly length, by characters rather than UTF-16 units. */
export function shorten(value: string, length = LABEL_LENGTH): string {
  const characters = [...plain(value)];
  return characters.length <= length ? characters.join('') : `${characters.slice(0, length - 1).join('').trimEnd()}…`;
}

const missingLabel = (label: string): string => `${label} (missing)`;

/**
 * The architecture diagram of a design: its `architecture` section when it has components,
 * else one derived from the steps. Stacks the design does not fill are drawn as dashed
 * "missing" boxes.
 */
export function architectureGraph(design: unknown): { graph: DiagramGraph; from: 'architecture' | 'steps' } {
  const components = componentsOf(design).filter((component) => component.id !== undefined);
  return components.length > 0 ? { graph: declaredGraph(design), from: 'architecture' } : { graph: derivedGraph(design), from: 'steps' };
}

function declaredGraph(design: unknown): DiagramGraph {
  const nodes: DiagramNode[] = [];
  const kinds = new Map<string, ComponentKind | undefined>();
  for (const component of componentsOf(design)) {
    if (component.id === undefined || kinds.has(component.id)) continue;
    const kind =
      typeof component.kind === 'string' && Object.prototype.hasOwnProperty.call(KIND_STACK, component.kind)
        ? (component.kind as ComponentKind)
        : undefined;
    kinds.set(component.id, kind);
    const name = plain(valueAt(design, [...component.path, 'name'])) || component.id;
    const tech = plain(valueAt(design, [...component.path, 'tech']));
    const stack = kind === undefined ? undefined : KIND_STACK[kind];
    nodes.push({
      id: `c:${component.id}`,
      label: shorten(name),
      ...(tech === '' ? {} : { detail: shorten(tech) }),
      ...(stack ? { stack } : {}),
    });
  }
  const edges: DiagramEdge[] = [];
  const unknown = new Set<string>();
  for (const flow of flowsOf(design)) {
    if (flow.from === undefined || flow.to === undefined) continue;
    // A flow to an id no component declares is drawn to a dashed box with that id, as
    // architecture/unknown-component explains, rather than dropped from the picture.
    for (const end of [flow.from, flow.to]) {
      if (kinds.has(end) || unknown.has(end)) continue;
      unknown.add(end);
      nodes.push({ id: `unknown:${end}`, label: shorten(end), detail: 'unknown component', unknown: true });
    }
    const label = shorten(plain(valueAt(design, [...flow.path, 'label'])), 40);
    const graphId = (end: string): string => (kinds.has(end) ? `c:${end}` : `unknown:${end}`);
    edges.push({ from: graphId(flow.from), to: graphId(flow.to), ...(label === '' ? {} : { label }) });
  }
  for (const [stack, { label, fedBy }] of Object.entries(MISSING_STACK) as [Stack, (typeof MISSING_STACK)[Stack]][]) {
    if (nodes.some((node) => node.stack === stack)) continue;
    // Graph ids of components start with `c:`, so this one can never meet a design's id.
    const id = `missing:${stack}`;
    nodes.push({ id, label: missingLabel(label), stack, missing: true });
    const feeder = fedBy.find((kind) => [...kinds.values()].includes(kind));
    // One dotted arrow, from the first component that would feed it: one from each would cross the whole diagram.
    const fedFrom = [...kinds].find(([, kind]) => feeder !== undefined && kind === feeder);
    if (fedFrom !== undefined) edges.push({ from: `c:${fedFrom[0]}`, to: id });
  }
  return { nodes, edges };
}

/** A step's texts, listed for a label: the first few, then how many more. */
function summary(design: unknown, path: DataPath, shown = 2): string {
  const texts = textsOf(valueAt(design, path)).map(plain).filter((text) => text !== '');
  if (texts.length <= shown) return texts.join(', ');
  return `${texts.slice(0, shown).join(', ')} +${texts.length - shown} more`;
}

const first = (...texts: string[]): string => texts.find((text) => text !== '') ?? '';

function derivedGraph(design: unknown): DiagramGraph {
  const monitored = (['system', 'data', 'model', 'business'] as const).filter((category) =>
    isPresent(valueAt(design, ['monitoring', category])),
  );
  const serving = [
    plain(valueAt(design, ['deployment', 'mode'])),
    first(summary(design, ['deployment', 'infrastructure'], 1), summary(design, ['deployment', 'strategy'], 1)),
  ].filter((text) => text !== '');
  const parts: { id: string; title: string; stack: Stack; named: string }[] = [
    { id: 'sources', title: 'Data sources', stack: 'data', named: summary(design, ['data', 'sources']) },
    { id: 'processing', title: 'Processing', stack: 'data', named: summary(design, ['data', 'pipeline'], 1) },
    { id: 'feature-store', title: 'Feature store', stack: 'data', named: summary(design, ['data', 'feature_store'], 1) },
    {
      id: 'training',
      title: 'Training',
      stack: 'model',
      named: first(summary(design, ['model', 'architecture'], 1), summary(design, ['model', 'training'], 1)),
    },
    { id: 'registry', title: 'Model registry', stack: 'model', named: summary(design, ['model', 'registry'], 1) },
    { id: 'serving', title: 'Serving', stack: 'serving', named: serving.join(', ') },
    { id: 'monitoring', title: 'Monitoring', stack: 'monitoring', named: monitored.length > 0 ? `${monitored.join(', ')} metrics` : '' },
  ];
  const nodes = parts.map((part): DiagramNode =>
    part.named === ''
      ? { id: part.id, label: missingLabel(part.title), stack: part.stack, missing: true }
      : { id: part.id, label: shorten(`${part.title}: ${part.named}`), stack: part.stack },
  );
  const edges: DiagramEdge[] = parts.slice(1).map((part, index) => ({ from: parts[index]!.id, to: part.id }));
  if (isPresent(valueAt(design, ['monitoring', 'retraining']))) edges.push({ from: 'monitoring', to: 'training', label: 'retraining' });
  return { nodes, edges };
}
