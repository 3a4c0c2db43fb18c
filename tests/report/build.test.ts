import type { Heading, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/report/index.js';
import { loadMermaid, mermaidBlocks, parseFlowchart } from './mermaid-in-node.js';
import { tempDir } from '../temp-dir.js';
import { HOSTILE, reportOptions } from './options.js';

interface Node {
  type: string;
  value?: string;
  url?: string;
  lang?: string | null;
  children?: Node[];
}

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

function nodesOf(tree: Node, found: Node[] = []): Node[] {
  found.push(tree);
  for (const child of tree.children ?? []) nodesOf(child, found);
  return found;
}

const textOf = (node: Node): string => (node.value ?? '') + (node.children ?? []).map(textOf).join('');

describe('buildReports', () => {
  it('matches the committed snapshot of the Netflix report', async () => {
    const { files } = await buildReports(['designs/netflix-recommendations.yaml'], reportOptions());
    expect([...files.keys()]).toEqual(['index.md', 'netflix-recommendations.md']);
    await expect(files.get('netflix-recommendations.md')).toMatchFileSnapshot('../fixtures/report/netflix-recommendations.md');
  });

  it('gives byte-identical output on every run, whatever the order of the paths', async () => {
    const first = await buildReports(['designs/', HOSTILE], reportOptions());
    const second = await buildReports([HOSTILE, 'designs/'], reportOptions());
    expect([...second.files]).toEqual([...first.files]);
    expect(first.files.size).toBe(10);
  });

  it('names reports after validated ids: clashes with index.md or another design get a suffix', async () => {
    const { files } = await buildReports([HOSTILE], reportOptions());
    expect([...files.keys()]).toEqual(['broken.md', 'hostile-architecture.md', 'hostile-derived.md', 'index-2.md', 'index.md']);
    expect(files.get('index.md')).toContain('[A design whose id would clash with the index](index-2.md)');
  });

  it('links findings to the rule docs base it is given', async () => {
    const published = (await buildReports([`${HOSTILE}/hostile-derived.yaml`], reportOptions())).files.get('hostile-derived.md')!;
    const local = (await buildReports([`${HOSTILE}/hostile-derived.yaml`], reportOptions({ ruleDocsBase: '../rules/' }))).files.get(
      'hostile-derived.md',
    )!;
    expect(published).toContain(
      '[`design/missing-step`](https://github.com/mlsys-lint/mlsys-lint/blob/main/docs/rules/design/missing-step.md) at line 2, column ' +
        '1: step 1 "Clarify Requirements" is missing: add the `requirements` section',
    );
    expect(local).toContain('[`design/missing-step`](../rules/design/missing-step.md) at line 2, column 1');
  });

  it('reports a file that does not parse with its findings only', async () => {
    const report = (await buildReports([`${HOSTILE}/broken.yaml`], reportOptions())).files.get('broken.md')!;
    expect(report).toContain('The file could not be read as a design, so this report shows only its findings.');
    expect(report).toContain('No verdict: the file could not be read as a design.');
    expect(report).toMatch(/\[`yaml\/syntax`\]\([^)]+\) at line \d+, column \d+: /);
    expect(report).toContain('| 7 | Monitoring | ❌ not readable | 0 of 10 | 0% |');
  });

  it('derives the diagram from the steps when there is no architecture, with missing parts dashed', async () => {
    const report = (await buildReports([`${HOSTILE}/hostile-derived.yaml`], reportOptions())).files.get('hostile-derived.md')!;
    expect(report).toContain('Drawn from the steps, as the design has no `architecture` components.');
    expect(report).toContain('Dashed boxes are parts the design does not name: Feature store, Model registry.');
    const [, architecture] = mermaidBlocks(report);
    const parsed = await parseFlowchart(architecture!);
    expect(parsed.vertices.map((vertex) => vertex.text)).toEqual([
      'Data sources: "];\nclick sources call\nalert(1), <img\nsrc=x o…',
      'Processing: end',
      'Feature store\n(missing)',
      'Training: subgraph\nevil ["x"]',
      'Model registry\n(missing)',
      'Serving: online,\n<script>alert(1)</\nscript>',
      'Monitoring: system\nmetrics',
    ]);
    expect(parsed.edges.map((edge) => [edge.start.replace(/^n\d+_/, ''), edge.end.replace(/^n\d+_/, ''), edge.stroke, edge.text])).toEqual([
      ['sources', 'processing', 'normal', ''],
      ['processing', 'feature_store', 'dotted', ''],
      ['feature_store', 'training', 'dotted', ''],
      ['training', 'registry', 'dotted', ''],
      ['registry', 'serving', 'dotted', ''],
      ['serving', 'monitoring', 'normal', ''],
      ['monitoring', 'training', 'normal', 'retraining'],
    ]);
  });

  it("tells the title apart from the template's headings when the design's name repeats one", async () => {
    const dir = tempDir({ 'readiness.yaml': 'mlsys: 1\nname: Readiness.\n' });
    const report = (await buildReports([dir], reportOptions())).files.get('readiness.md')!;
    expect(report).toMatch(/^# Readiness \(design\)\n[\s\S]*\n## Readiness\n/);
  });

  it('with svg, links images instead of Mermaid blocks and returns the diagrams to draw', async () => {
    const build = await buildReports(['designs/netflix-recommendations.yaml'], reportOptions({ svg: true }));
    const report = build.files.get('netflix-recommendations.md')!;
    expect(report).not.toContain('```mermaid');
    expect(report).toContain('![Architecture of Netflix-like Movie Recommendations](netflix-recommendations-architecture.svg)');
    expect(report).toContain('![Readiness per step for Netflix-like Movie Recommendations](netflix-recommendations-readiness.svg)');
    expect(build.diagrams.map((diagram) => diagram.name)).toEqual([
      'netflix-recommendations-architecture',
      'netflix-recommendations-readiness',
    ]);
    expect(build.files.get('netflix-recommendations-architecture.mmd')).toMatch(/^flowchart TB\n/);
  });
});

describe('hostile design text', () => {
  it('stays inert in Markdown: no HTML, no links or images but ours, no code but the diagrams', async () => {
    const { files } = await buildReports([HOSTILE], reportOptions());
    for (const [name, markdown] of files) {
      const nodes = nodesOf(parse(markdown) as Node);
      expect(nodes.filter((node) => node.type === 'html'), name).toEqual([]);
      expect(
        nodes.filter(
          (node) =>
            node.type === 'image' ||
            node.type === 'imageReference' ||
            node.type === 'linkReference' ||
            node.type === 'footnoteReference' ||
            node.type === 'definition',
        ),
        name,
      ).toEqual([]);
      for (const link of nodes.filter((node) => node.type === 'link')) {
        expect(link.url, name).toMatch(
          /^(?:[a-z0-9-]+\.md|https:\/\/github\.com\/mlsys-lint\/mlsys-lint\/blob\/main\/docs\/rules\/[a-z]+\/[a-z-]+\.md|\.\.\/(?:\.\.\/)*[\w./-]+\.yaml)$/,
        );
      }
      for (const code of nodes.filter((node) => node.type === 'code')) expect(code.lang, name).toBe('mermaid');
    }
  });

  it('is shown as written, as text', async () => {
    const report = (await buildReports([`${HOSTILE}/hostile-architecture.yaml`], reportOptions())).files.get('hostile-architecture.md')!;
    const tree = parse(report);
    const texts = nodesOf(tree as Node)
      .filter((node) => node.type === 'text' || node.type === 'inlineCode')
      .map((node) => node.value);
    expect(texts).toEqual(
      expect.arrayContaining([
        ': <img src=x onerror=alert(1)>, [owner](javascript:alert(1)), @everyone',
        '<b>html</b>',
        ": %%{init: {'theme':'dark', 'securityLevel':'loose'}}%%",
        ': A --> B; C -.-> D ==> E',
      ]),
    );
    // Addresses GitHub would autolink even when escaped are code spans.
    expect(texts.join('|')).toContain(
      'See [this](javascript:alert(1)) and |https://evil.example/x| and <a href="javascript:alert(1)">a link</a>; also <!-- a comment ' +
        '--> and ![img](|https://evil.example/p.png)',
    );
    // Bidirectional overrides are dropped; other characters stay.
    expect(texts).toContain('Emoji 😀 RTL evil zero\u200bwidth 中文');
    const h1 = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1)!;
    expect(textOf(h1 as Node)).toBe('<script>alert(1)</script> "Quoted" [brackets] --> ; %% `tick` click end');
  });

  it('stays inert in every diagram: Mermaid parses each one, with no configuration, click, link or style of its own', async () => {
    const { files } = await buildReports([HOSTILE, 'designs/'], reportOptions());
    const mermaid = await loadMermaid();
    let flowcharts = 0;
    for (const [name, markdown] of files) {
      for (const block of mermaidBlocks(markdown)) {
        if (block.includes('xychart-beta')) {
          // The chart's only configuration is its own status colours.
          await expect(mermaid.parse(block), name).resolves.toEqual({
            diagramType: 'xychart',
            config: { themeVariables: { xyChart: { plotColorPalette: '#2ecc71, #f39c12, #e74c3c' } } },
          });
          continue;
        }
        flowcharts++;
        const parsed = await parseFlowchart(block);
        expect(parsed.config, name).toEqual({});
        for (const vertex of parsed.vertices)
          expect([vertex.styles, vertex.link, vertex.classes.includes('clickable')], name).toEqual([[], undefined, false]);
      }
    }
    expect(flowcharts).toBe(8);
    const hostile = mermaidBlocks(files.get('hostile-architecture.md')!)[1]!;
    expect((await parseFlowchart(hostile)).vertices.map((vertex) => vertex.text)).toEqual([
      '<img src=x\nonerror=alert(1)>\n"]; click a call\nalert(1); %%',
      'end\nsubgraph',
      '`markdown`\n**string**',
      'style click\nfill:#f00\n%%{init: {"theme":\n"dark"}}%%',
      'Monitoring #quot;\n#60;b#62;',
      'javascript:alert(1\n)',
      // A flow to an id no component declares: a dashed box with that id.
      'nowhere\nunknown component',
    ]);
  });
});
