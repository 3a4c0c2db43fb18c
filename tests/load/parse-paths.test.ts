import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import YAML from 'yaml';
import { hasLineStartMarker, hasPropertyOrAlias, PROPERTY_OR_ALIAS } from '../../src/load/fast-tree.js';
import { parseDesignSubset } from '../../src/load/subset-parser.js';
import { expectSamePaths } from './same-paths.js';

const root = new URL('../../', import.meta.url);
const texts: [string, string][] = [
  ...readdirSync(new URL('designs/', root)).map((name): [string, string] => [
    `designs/${name}`,
    readFileSync(new URL(`designs/${name}`, root), 'utf8'),
  ]),
  ['tests/fixtures/positions.yaml', readFileSync(new URL('tests/fixtures/positions.yaml', root), 'utf8')],
];

describe('the fast and reference parse paths agree on data, problems and every position', () => {
  for (const [name, text] of texts) {
    it(name, () => {
      expect(parseDesignSubset(text)).not.toBeNull();
      expectSamePaths(text);
      expectSamePaths(text.replace(/\n/g, '\r\n'));
    });
  }

  it('on a generated benchmark corpus', () => {
    const directory = mkdtempSync(join(tmpdir(), 'mlsys-corpus-'));
    try {
      execFileSync(process.execPath, [new URL('bench/generate-corpus.mjs', root).pathname, '150', directory]);
      const files = readdirSync(join(directory, '000'));
      expect(files).toHaveLength(150);
      for (const file of files) {
        const text = readFileSync(join(directory, '000', file), 'utf8');
        if (!text.includes('latency_p99: 200\n')) expect(parseDesignSubset(text)).not.toBeNull();
        expectSamePaths(text);
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it.each([
    ['duplicate keys', 'a: 1\nb:\n  c: 1\n  c: 2\na: 3\n'],
    ['empty values and nulls', 'a:\nb: ~\nc: null\nd: []\ne: {}\nf: ""\n'],
    ['comments everywhere', '# top\na: 1 # trailing\n# between\nb:\n  # inside\n  - x # item\n  - {y: 1} # flow\n'],
    ['quoted keys and values', '"a b": 1\n\'c\': "d"\n"e:f": [\'g\', "h"]\n'],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\nc: 1\n'],
    ['nested sequences', 'a:\n  - - 1\n    - 2\n  - [3, [4, 5]]\n'],
    ['numbers and booleans', 'a: 0x1F\nb: 1e3\nc: .inf\nd: true\ne: False\nf: 0o17\ng: -0.5\n'],
    ['keys that are numbers', '1: one\n2.5: two\ntrue: three\nnull: four\n'],
    ['indented sequence under key', 'a:\n- 1\n- b: 2\n  c: 3\n'],
    ['empty document', ''],
    ['folded and literal block scalars', 'a: >-\n  one\n  two\n\n  three\nb: |\n  x\n\n  y\n\nc: >\n  folded\n'],
    ["sequences at the key's indentation", 'a:\n- 1\n- x: 2\n  y: [3, {z: 4}]\nb: "q\\"uote"\n'],
    ['compact mappings in sequences', 'items:\n  - id: a\n    kind: serving\n  - {id: b, kind: monitoring}\n  -\n    id: c\n'],
    ['values on their own line', 'a:\n  just text\nb:\n  [1, 2]\n'],
    [
      'plain scalars that look like other things',
      'a: 1.5\nb: -3\nc: +7\nd: 1e3\ne: yes\nf: No\ng: 007\nh: 2024-01-01\ni: -x\nj: a - b\nk: "#x"\n',
    ],
    ['keys with spaces and quotes', 'a b: 1\n"c d": 2\n\'e\': 3\n'],
    ['multi-line plain scalars', 'a: one\n  two\nb: 1\n'],
    ['multi-line plain scalars with empty lines and trailing spaces', 'a: one   \n  two\n\n\n  three  \n\nb: 1\n'],
    ['multi-line plain scalars in sequences and on their own line', '- one\n two\n- three\nx:\n  - four\n    five\ny:\n  six\n  seven\n'],
    ['a comment after a plain scalar, indented deeper', 'a: one\n  # c\nb: 2\n'],
    ['multi-line quoted scalars', 'a: "one \\"q\\"\n  two"\nb: \'it\'\'s\n\n  long\' # c\nc: "x  \n  y"\n- z\n'.replace('\n- z\n', '\n')],
    ['quoted scalars whose first or last line holds no text (found by fuzzing)', '"\n"'],
    ['quoted scalars with empty lines only', 'a: "\n\n  "\nb: \'x\n\n\n  \'\nc: " a \n  b "\n'],
    ['a leading document marker', '# head\n\n--- # doc\na: 1\nb:\n  - 2\n'],
    ['a leading document marker, CRLF', '---\r\na: 1\r\n'],
    ['a mapping under a sequence item dash', '- a: 1\n  b: 2\n- c\n'],
    ['only comments', '# nothing\n# here\n'],
    ['scalar document', 'just text\n'],
  ])('on %s', (_name, text) => {
    expectSamePaths(text);
  });

  it.each([
    ['a leading document marker', '---\na: 1\n'],
    ['folded plain text', 'a: one\n  two\n'],
    ['folded double-quoted text', 'a: "one\n  two"\n'],
    ['folded single-quoted text', "a: 'one\n  two'\n"],
  ])('reads %s on the fast path', (_name, text) => {
    expect(parseDesignSubset(text)).not.toBeNull();
  });

  it.each([
    ['anchors', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 5\n'],
    ['merge keys', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['two documents after a leading marker', '---\na: 1\n---\nb: 2\n'],
    ['a marker with content', '--- a: 1\n'],
    ['an escaped line break in a quoted scalar', 'a: "one\\\n  two"\n'],
    ['a continuation line that reads as a key', 'a: one\n  two: x\n'],
    ['a continuation after a comment', 'a: one\n  # c\n  two\n'],
    ['a syntax error', 'a: [1\n'],
  ])('leaves %s to the reference parser', (_name, text) => {
    expect(parseDesignSubset(text)).toBeNull();
  });
});

describe('the search for line-start markers', () => {
  // The expression it replaces: what decides that a text goes to the reference parser.
  const LINE_START_MARKER = /^(?:\s*\?(?:\s|$)|---|\.\.\.|%)/m;
  const pieces = [
    '?',
    ' ',
    '\n',
    '\r',
    '\t',
    '\u00a0',
    '\u2028',
    '\u3000',
    '\ufeff',
    '-',
    '--',
    '.',
    '..',
    '%',
    'a',
    ':',
    '99.9%',
    '? x',
    '...',
  ];

  it('finds what the regular expression finds, in any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(hasLineStartMarker(text)).toBe(LINE_START_MARKER.test(text));
      }),
      { numRuns: 20_000 },
    );
    for (const text of ['%', 'a\n%', 'a%', '---', ' ---', '\r...', '?', ' ?', '?x', 'a ?', 'a\n \t? b', 'a\u2028?', 'a:\n  - b\n  ? c', ''])
      expect([text, hasLineStartMarker(text)]).toEqual([text, LINE_START_MARKER.test(text)]);
  });

  it('from an offset, finds what the expression finds from there', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.nat(), (parts, seed) => {
        const text = parts.join('');
        const from = seed % (text.length + 1);
        const expression = new RegExp(LINE_START_MARKER.source, 'gm');
        expression.lastIndex = from;
        expect([text, from, hasLineStartMarker(text, from)]).toEqual([text, from, expression.exec(text) !== null]);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('the search for anchors, aliases and tags', () => {
  const pieces = ['&', '*', '!', 'a', ' ', '\n', '\t', '\u00a0', '[', '{', ',', ':', '-', 'R&D', '5*', 'x!', '&a', '*b', '!!str', ''];

  it('finds what the regular expression finds, in any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect([text, hasPropertyOrAlias(text)]).toEqual([text, PROPERTY_OR_ALIAS.test(text)]);
      }),
      { numRuns: 20_000 },
    );
    for (const text of ['&a', ' &', '&', 'a&b', '-*x', ':!t', '\u2028*a', 'R&D costs', 'x [*y]', '!'])
      expect([text, hasPropertyOrAlias(text)]).toEqual([text, PROPERTY_OR_ALIAS.test(text)]);
  });
});

describe('scalars over several lines, glued at random', () => {
  const piece = fc.constantFrom(
    'a: ',
    'b:\n',
    'c: ',
    '- ',
    '\n',
    '\n  ',
    '\n    ',
    '\n ',
    '"',
    "'",
    "''",
    '\\"',
    '\\n',
    ' ',
    'x',
    'y z',
    'w',
    ' #',
    ': ',
    ':',
    '-',
    'k: v\n',
    '  - ',
    '.',
    '"q"',
    "'s'",
  );

  it('are read by both parse paths alike, and many on the fast path', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        if (parseDesignSubset(text) !== null) fast++;
        expectSamePaths(text);
      }),
      { numRuns: 20_000 },
    );
    expect(fast).toBeGreaterThan(5_000);
  });
});

describe('what YAML writers write', () => {
  // Words with the characters that make writers quote or fold: long values come out as
  // multi-line plain or quoted scalars, or folded block scalars.
  const word = fc.constantFrom(
    'serve',
    'the',
    'model',
    'p99',
    '200ms',
    '99.9%',
    'a:b',
    'key:',
    'x #y',
    '#z',
    '"q"',
    "it's",
    '-',
    '- dash',
    '[b]',
    '{c}',
    'ünï',
    '📈',
    '1.5',
    'true',
    'null',
    '\\',
    'a\\nb',
  );
  const text = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
  const key = fc.constantFrom('name', 'description', 'notes', 'goal', 'owner', 'x-extra', 'a b');
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.integer(),
      fc.boolean(),
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    ),
  })).node;
  const options = fc.record({
    lineWidth: fc.constantFrom(20, 40, 80),
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL') as fc.Arbitrary<'PLAIN'>,
    directives: fc.boolean(),
  });

  it('reads them as the reference parser does, positions included, and mostly on the fast path', () => {
    let fast = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), options, (design, { directives, ...format }) => {
        const source = YAML.stringify(design, { ...format, directives });
        total++;
        if (parseDesignSubset(source) !== null) fast++;
        expectSamePaths(source);
      }),
      { numRuns: 1500 },
    );
    expect(fast / total).toBeGreaterThan(0.5);
  });
});
