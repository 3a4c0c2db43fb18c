import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toXyChart } from '../../src/report/chart.js';
import { WIDTH_BUDGET, layoutOf, wrap } from '../../src/report/layout.js';
import { mermaidLabel, toMermaid, type DiagramGraph, type DiagramNode, type Stack } from '../../src/report/mermaid.js';
import { plain } from '../../src/report/text.js';
import { loadMermaid, parseFlowchart } from './mermaid-in-node.js';

const GRAPH: DiagramGraph = {
  nodes: [
    { id: 'c:events', label: 'Event stream', detail: 'Kafka', stack: 'data' },
    { id: 'c:train', label: 'Training', stack: 'model' },
    { id: 'c:serve', label: 'Ranking service', stack: 'serving' },
    { id: 'missing:monitoring', label: 'Monitoring (missing)', stack: 'monitoring', missing: true },
    { id: 'c:misc', label: 'Other' },
    { id: 'unknown:typo', label: 'typo', detail: 'unknown component', unknown: true },
  ],
  edges: [
    { from: 'c:events', to: 'c:train' },
    { from: 'c:train', to: 'c:serve', label: 'model' },
    { from: 'c:serve', to: 'missing:monitoring' },
    { from: 'c:serve', to: 'c:nowhere' },
    { from: 'c:misc', to: 'unknown:typo', label: 'a label long enough to be wrapped' },
  ],
};

describe('toMermaid', () => {
  it('writes a flowchart top to bottom: generated ids, wrapped labels, stack colours, missing and unknown boxes dashed and reached by ' +
    'dotted arrows, unconnected parts stacked', () => {
    expect(toMermaid(GRAPH)).toBe(
      [
        'flowchart TB',
        '  n0_events["Event stream<br>Kafka"]',
        '  n1_train["Training"]',
        '  n2_serve["Ranking service"]',
        '  n3_monitoring["Monitoring<br>(missing)"]',
        '  n4_misc["Other"]',
        '  n5_typo["typo<br>unknown component"]',
        '  n0_events --> n1_train',
        '  n1_train -->|"model"| n2_serve',
        '  n2_serve -.-> n3_monitoring',
        '  n4_misc -.->|"a label long<br>enough to be<br>wrapped"| n5_typo',
        '  n3_monitoring ~~~ n4_misc',
        '  classDef data fill:#3498db,stroke:#1b4f72,color:#ffffff',
        '  class n0_events data',
        '  classDef model fill:#e74c3c,stroke:#78281f,color:#ffffff',
        '  class n1_train model',
        '  classDef serving fill:#2ecc71,stroke:#145a32,color:#ffffff',
        '  class n2_serve serving',
        '  classDef monitoring_missing fill:#ffffff,stroke:#9b59b6,stroke-width:2px,stroke-dasharray:5 5,color:#4a235a',
        '  class n3_monitoring monitoring_missing',
        '  classDef unknown fill:#ffffff,stroke:#5d6d7e,stroke-width:2px,stroke-dasharray:5 5,color:#5d6d7e',
        '  class n5_typo unknown',
        '',
      ].join('\n'),
    );
  });

  it('frames the stacks as subgraphs when they follow each other top to bottom', () => {
    const stacked: DiagramGraph = { nodes: GRAPH.nodes.slice(0, 4), edges: GRAPH.edges.slice(0, 3) };
    expect(toMermaid(stacked)).toBe(
      [
        'flowchart TB',
        '  subgraph stack_data["Data Stack"]',
        '    n0_events["Event stream<br>Kafka"]',
        '  end',
        '  subgraph stack_model["Model Stack"]',
        '    n1_train["Training"]',
        '  end',
        '  subgraph stack_serving["Serving Stack"]',
        '    n2_serve["Ranking service"]',
        '  end',
        '  subgraph stack_monitoring["Monitoring Stack"]',
        '    n3_monitoring["Monitoring<br>(missing)"]',
        '  end',
        '  n0_events --> n1_train',
        '  n1_train -->|"model"| n2_serve',
        '  n2_serve -.-> n3_monitoring',
        '  classDef data fill:#3498db,stroke:#1b4f72,color:#ffffff',
        '  class n0_events data',
        '  style stack_data fill:#ebf5fb,stroke:#3498db',
        '  classDef model fill:#e74c3c,stroke:#78281f,color:#ffffff',
        '  class n1_train model',
        '  style stack_model fill:#fdedec,stroke:#e74c3c',
        '  classDef serving fill:#2ecc71,stroke:#145a32,color:#ffffff',
        '  class n2_serve serving',
        '  style stack_serving fill:#eafaf1,stroke:#2ecc71',
        '  classDef monitoring_missing fill:#ffffff,stroke:#9b59b6,stroke-width:2px,stroke-dasharray:5 5,color:#4a235a',
        '  class n3_monitoring monitoring_missing',
        '  style stack_monitoring fill:#f5eef8,stroke:#9b59b6',
        '',
      ].join('\n'),
    );
  });

  it('lays a shallow graph out left to right, and folds a rank too wide for the page into rows', () => {
    expect(
      toMermaid({
        nodes: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        edges: [{ from: 'a', to: 'b' }],
      }),
    ).toMatch(/^flowchart LR\n/);
    const many: DiagramGraph = {
      nodes: Array.from({ length: 12 }, (_, index) => ({ id: `n${index}`, label: `Component number ${index}`, stack: 'data' as const })),
      edges: [],
    };
    const layout = layoutOf(many, many.nodes);
    expect(layout.direction).toBe('TB');
    expect(layout.frames).toBe(false);
    expect(layout.spacers.length).toBeGreaterThan(0);
    expect(layout.estimatedWidth).toBeLessThanOrEqual(WIDTH_BUDGET);
  });

  it('wraps text at spaces, cutting only words longer than a line', () => {
    expect(wrap('Spark Structured Streaming', 18)).toEqual(['Spark Structured', 'Streaming']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('', 4)).toEqual(['']);
    expect(wrap('point-in-time features', 11)).toEqual(['point-in-', 'time', 'features']);
    expect(wrap('😀😀😀 x', 2)).toEqual(['😀😀', '😀', 'x']);
  });

  it('keeps the first of two boxes with the same id and leaves out arrows to unknown ids', async () => {
    const parsed = await parseFlowchart(
      toMermaid({
        nodes: [
          { id: 'a', label: 'First' },
          { id: 'a', label: 'Second' },
          { id: 'b', label: 'B' },
        ],
        edges: [
          { from: 'a', to: 'b' },
          { from: 'a', to: 'zzz' },
        ],
      }),
    );
    expect(parsed.vertices.map((vertex) => vertex.text)).toEqual(['First', 'B']);
    expect(parsed.edges).toHaveLength(1);
  });

  it('writes every character outside letters, digits and plain punctuation as an entity code', () => {
    expect(mermaidLabel('a "b" <c> #1; --> %% `x` [y] {z} | & : ;')).toBe(
      'a #34;b#34; #60;c#62; #35;1#59; --#62; #37;#37; #96;x#96; #91;y#93; #123;z#125; #124; #38; #58; #59;',
    );
    expect(mermaidLabel('Café 中文 (ok), yes/no + it\'s?!')).toBe("Café 中文 (ok), yes/no + it's?!");
    expect(mermaidLabel('emoji 😀\tand\nbreak')).toBe('emoji #128512; and break');
    expect(mermaidLabel('')).toBe(' ');
  });
});

const HOSTILE_PARTS = [
  '"',
  "'",
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '<',
  '>',
  '|',
  '-->',
  '---',
  '-.->',
  '==>',
  '--o',
  '--x',
  ';',
  ':',
  '%%',
  '%%{init: {"theme":"dark","securityLevel":"loose"}}%%',
  '---\nconfig:\n  theme: dark\n---',
  '#quot;',
  '#35;',
  '#60;b#62;',
  '&amp;',
  '&lt;',
  'click n0 call alert(1)',
  'click n0 href "javascript:alert(1)"',
  'style n0 fill:#f00',
  'classDef x fill:#f00',
  'class n0 x',
  'linkStyle 0 stroke:#f00',
  'subgraph',
  'end',
  'graph TD',
  '\n',
  '\r\n',
  '\t',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '`',
  '```',
  '"`**md**`"',
  'fa:fa-car',
  '\\',
  '\u202e',
  '\u200b',
  '😀',
  '👩‍👩‍👧',
  '中文',
  'ﬂ°',
  '¶ß',
  'é',
  'A-->B',
  '\u0000',
  '\ud800',
  'n0',
  'stack_data',
  'default',
];

const hostileText = fc
  .array(
    fc.oneof(fc.constantFrom(...HOSTILE_PARTS), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const stack = fc.option(fc.constantFrom<Stack>('data', 'model', 'serving', 'monitoring'), { nil: undefined });

const hostileGraph = fc
  .array(
    fc.record({ id: hostileText, label: hostileText, detail: fc.option(hostileText, { nil: undefined }), stack, missing: fc.boolean() }),
    { minLength: 1, maxLength: 6 },
  )
  .chain((nodes) =>
    fc.record({
      nodes: fc.constant(
        nodes.map((node): DiagramNode => ({
          id: node.id,
          label: node.label,
          ...(node.detail === undefined ? {} : { detail: node.detail }),
          ...(node.stack ? { stack: node.stack, missing: node.missing } : { unknown: node.missing }),
        })),
      ),
      edges: fc.array(
        fc.record({
          from: fc.oneof(
            fc.nat(nodes.length - 1).map((i) => nodes[i]!.id),
            hostileText,
          ),
          to: fc.oneof(
            fc.nat(nodes.length - 1).map((i) => nodes[i]!.id),
            hostileText,
          ),
          label: fc.option(hostileText, { nil: undefined }),
        }),
        { maxLength: 8 },
      ),
    }),
  );

/** What the diagram must show, computed from the graph and its layout, independent of how toMermaid names things. */
function expectedShape(graph: DiagramGraph) {
  const nodes = graph.nodes.filter((node, index) => graph.nodes.findIndex((other) => other.id === node.id) === index);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const layout = layoutOf(graph, nodes);
  // A box shows its label and detail, each wrapped; the lines, put back together, are the text itself.
  const shown = (node: DiagramNode): string => {
    const lines = layout.lines.get(node.id)!;
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(layout.lineLength);
    expect(lines.join('').replace(/ /g, '')).toBe(`${plain(node.label)}${plain(node.detail ?? '')}`.replace(/ /g, ''));
    return lines.join('\n');
  };
  const classOf = (node: DiagramNode): string[] =>
    node.unknown ? ['unknown'] : node.stack === undefined ? [] : [node.missing ? `${node.stack}_missing` : node.stack];
  const dashed = (node: DiagramNode): boolean => node.missing === true || node.unknown === true;
  return {
    vertices: nodes.map((node) => [shown(node), classOf(node)]).sort(),
    edges: graph.edges
      .filter((edge) => byId.has(edge.from) && byId.has(edge.to))
      .map((edge) => [
        shown(byId.get(edge.from)!),
        shown(byId.get(edge.to)!),
        plain(edge.label ?? '') === '' ? '' : wrap(plain(edge.label ?? ''), layout.lineLength).join('\n'),
        dashed(byId.get(edge.from)!) || dashed(byId.get(edge.to)!) ? 'dotted' : 'normal',
      ])
      .sort(),
    spacers: layout.spacers.map(([from, to]) => [shown(byId.get(from)!), shown(byId.get(to)!)]).sort(),
    subgraphs: layout.frames
      ? ['data', 'model', 'serving', 'monitoring'].filter((key) => nodes.some((node) => node.stack === key)).map((key) => `stack_${key}`)
      : [],
  };
}

describe('toMermaid with hostile text (property)', () => {
  it('always parses, and Mermaid reads back exactly the boxes, arrows, labels and subgraphs of the graph: nothing added, nothing ' +
    'run', async () => {
    await loadMermaid();
    await fc.assert(
      fc.asyncProperty(hostileGraph, async (graph) => {
        const source = toMermaid(graph);
        const parsed = await parseFlowchart(source);
        const expected = expectedShape(graph);
        expect(parsed.config).toEqual({});
        expect(parsed.vertices.map((vertex) => [vertex.text.trim(), vertex.classes]).sort()).toEqual(expected.vertices);
        const textOf = new Map(parsed.vertices.map((vertex) => [vertex.id, vertex.text.trim()]));
        const drawn = parsed.edges.filter((edge) => edge.stroke !== 'invisible');
        expect(drawn.map((edge) => [textOf.get(edge.start), textOf.get(edge.end), edge.text, edge.stroke]).sort()).toEqual(expected.edges);
        const invisible = parsed.edges.filter((edge) => edge.stroke === 'invisible');
        expect(invisible.map((edge) => [textOf.get(edge.start), textOf.get(edge.end)]).sort()).toEqual(expected.spacers);
        expect(parsed.subgraphs.map((subgraph) => subgraph.id)).toEqual(expect.arrayContaining(expected.subgraphs));
        expect(parsed.subgraphs).toHaveLength(expected.subgraphs.length);
        for (const vertex of parsed.vertices) {
          expect(vertex.id).toMatch(/^n\d+(_[A-Za-z0-9_]+)?$/);
          expect(vertex.styles).toEqual([]);
          expect(vertex.link).toBeUndefined();
        }
        for (const name of parsed.classes) expect(name).toMatch(/^((data|model|serving|monitoring)(_missing)?|unknown)$/);
        // Every line is one of the statements toMermaid writes: no design text escapes into its own line.
        for (const line of source.trimEnd().split('\n').slice(1)) {
          expect(line).toMatch(
            /^ {2}(subgraph stack_\w+\["[^"\n]*"\]|end|classDef \w+ [^\n]+|class [\w,]+ \w+|style stack_\w+ [^\n]+|n\d+\w*\["[^"\n]*"\]|n\d+\w* -\.?->(\|"[^"\n]*"\|)? n\d+\w*|n\d+\w* ~~~ n\d+\w*)$|^ {4}n\d+\w*\["[^"\n]*"\]$/,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('toXyChart', () => {
  it('writes an xychart-beta bar chart that Mermaid parses', async () => {
    const chart = toXyChart({
      title: 'Checks passing per step (%)',
      categories: ['1 Requirements', '2 "Framing"'],
      axisLabel: 'Checks passing (%)',
      min: 0,
      max: 100,
      series: [[100, 83.333]],
    });
    expect(chart).toBe(
      [
        'xychart-beta',
        '  title "Checks passing per step (%)"',
        '  x-axis ["1 Requirements", "2  Framing"]',
        '  y-axis "Checks passing (%)" 0 --> 100',
        '  bar [100, 83.33]',
        '',
      ].join('\n'),
    );
    const mermaid = await loadMermaid();
    await expect(mermaid.parse(chart)).resolves.toMatchObject({ diagramType: 'xychart' });
  });

  it('writes one bar series per list, with its own colours, across when asked', async () => {
    const chart = toXyChart({
      title: 'T',
      categories: ['a', 'b'],
      axisLabel: 'Y',
      min: 0,
      max: 100,
      series: [
        [100, 0],
        [0, 40],
      ],
      colours: ['#2ecc71', 'red', '#e74c3c'],
      horizontal: true,
    });
    expect(chart).toBe(
      [
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2ecc71, #e74c3c"}}}}%%',
        'xychart-beta horizontal',
        '  title "T"',
        '  x-axis ["a", "b"]',
        '  y-axis "Y" 0 --> 100',
        '  bar [100, 0]',
        '  bar [0, 40]',
        '',
      ].join('\n'),
    );
    const mermaid = await loadMermaid();
    await expect(mermaid.parse(chart)).resolves.toMatchObject({ diagramType: 'xychart' });
  });
});
