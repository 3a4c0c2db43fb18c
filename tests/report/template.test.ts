import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { fillTemplate, parseTemplate, readTemplate, reportMarkdown, TemplateError } from '../../src/report/template.js';
import { REPORT_SECTIONS } from '../../src/report/sections/index.js';

const SECTIONS = ['title', 'body'];

/** Sections that show where they were placed and at what heading depth. */
const FAKE = {
  title: (_: string, context: { depth: number }): RootContent[] => [
    { type: 'heading', depth: (context.depth + 1) as 1, children: [{ type: 'text', value: 'Generated title' }] },
  ],
  body: (model: string, context: { depth: number }): RootContent[] => [
    { type: 'paragraph', children: [{ type: 'text', value: `${model} at depth ${context.depth}` }] },
    { type: 'heading', depth: (context.depth + 1) as 2, children: [{ type: 'text', value: 'Sub' }] },
  ],
};

const render = (source: string, model = 'model'): string =>
  reportMarkdown(fillTemplate(parseTemplate(source, 'custom.md', SECTIONS), FAKE, model));

describe('templates', () => {
  it("replaces placeholders with generated Markdown and keeps the author's prose", () => {
    const source = [
      '::mlsys{section="title"}',
      '',
      'Our *own* introduction, with a [link](https://example.com) and a table:',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '## Details',
      '',
      '::mlsys{section="body"}',
      '',
      '### Deeper',
      '',
      '::mlsys{section="body"}',
      '',
    ].join('\n');
    expect(render(source)).toBe(
      [
        '# Generated title',
        '',
        'Our _own_ introduction, with a [link](https://example.com) and a table:',
        '',
        '| a | b |',
        '| - | - |',
        '| 1 | 2 |',
        '',
        '## Details',
        '',
        'model at depth 2',
        '',
        '### Sub',
        '',
        '### Deeper',
        '',
        'model at depth 3',
        '',
        '#### Sub',
        '',
      ].join('\n'),
    );
  });

  it('keeps directives that are not placeholders exactly as written', () => {
    const source = [
      '::mlsys{section="title"}',
      '',
      'Call :abbr[API]{title="x"} at 10:30.',
      '',
      '::note{kind=info}',
      '',
      ':::warning',
      'Careful',
      ':::',
      '',
    ].join('\n');
    expect(render(source)).toBe(
      [
        '# Generated title',
        '',
        'Call :abbr[API]{title="x"} at 10:30.',
        '',
        '::note{kind=info}',
        '',
        ':::warning',
        'Careful',
        ':::',
        '',
      ].join('\n'),
    );
  });

  it('reports an unknown section at its line and column, with a suggestion', () => {
    const source = 'Intro\n\n  ::mlsys{section="bodi"}\n';
    expect(() => parseTemplate(source, 'templates/custom.md', SECTIONS)).toThrow(TemplateError);
    expect(() => parseTemplate(source, 'templates/custom.md', SECTIONS)).toThrow(
      'templates/custom.md:3:3: unknown section "bodi" (did you mean "body"?); sections: title, body',
    );
  });

  it('reports placeholders without a section, inline, or inside another directive', () => {
    expect(() => parseTemplate('::mlsys\n', 't.md', SECTIONS)).toThrow(
      't.md:1:1: ::mlsys needs a section, e.g. ::mlsys{section="title"}; sections: title, body',
    );
    expect(() => parseTemplate('Text :mlsys{section="body"} here\n', 't.md', SECTIONS)).toThrow(
      't.md:1:6: write the placeholder on a line of its own, as ::mlsys{section="…"}',
    );
    expect(() => parseTemplate(':::box\n::mlsys{section="body"}\n:::\n', 't.md', SECTIONS)).toThrow(
      't.md:2:1: a ::mlsys placeholder cannot sit inside another directive',
    );
  });

  it('says which template file cannot be read', () => {
    expect(() => readTemplate('/nonexistent/report.md', 'nonexistent/report.md', SECTIONS)).toThrow(UsageError);
    expect(() => readTemplate('/nonexistent/report.md', 'nonexistent/report.md', SECTIONS)).toThrow(
      'cannot read the template nonexistent/report.md: no such file',
    );
  });

  it('fills the same parsed template many times without the fills affecting each other', () => {
    const template = parseTemplate('::mlsys{section="body"}\n', 't.md', SECTIONS);
    expect(reportMarkdown(fillTemplate(template, FAKE, 'first'))).toContain('first at depth 0');
    expect(reportMarkdown(fillTemplate(template, FAKE, 'second'))).toContain('second at depth 0');
  });

  it('ships templates that use only known sections', () => {
    expect(() =>
      readTemplate(new URL('../../templates/report.md', import.meta.url).pathname, 'templates/report.md', Object.keys(REPORT_SECTIONS)),
    ).not.toThrow();
  });
});
