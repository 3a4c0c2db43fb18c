import { DOMParser, type Element } from '@xmldom/xmldom';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ParsedFailure {
  message: string;
  type: string;
  text: string;
}

export interface ParsedTestCase {
  name: string;
  classname: string;
  time: number;
  failures: ParsedFailure[];
  skipped: boolean;
}

export interface ParsedSuite {
  name: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  timestamp: string;
  time: number;
  systemOut: string;
  testCases: ParsedTestCase[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  textNodeName: '#text',
  isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name),
  // Empty elements read as '' rather than as an empty object.
  alwaysCreateTextNode: false,
});

type Node = Record<string, unknown>;

/** Reads JUnit XML with an independent parser; throws when it is not well-formed. */
export function parseJunit(xml: string): { root: Node; suites: ParsedSuite[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const document = parser.parse(xml) as { testsuites: Node };
  const root = document.testsuites;
  const suites = ((root.testsuite as Node[] | undefined) ?? []).map((suite): ParsedSuite => ({
    name: String(suite.name),
    tests: Number(suite.tests),
    failures: Number(suite.failures),
    errors: Number(suite.errors),
    skipped: Number(suite.skipped),
    timestamp: String(suite.timestamp),
    time: Number(suite.time),
    systemOut: String(suite['system-out'] ?? ''),
    testCases: ((suite.testcase as Node[] | undefined) ?? []).map((testCase) => ({
      name: String(testCase.name),
      classname: String(testCase.classname),
      time: Number(testCase.time),
      failures: ((testCase.failure as Node[] | undefined) ?? []).map((failure) => ({
        message: String(failure.message),
        type: String(failure.type),
        text: String(failure['#text'] ?? ''),
      })),
      skipped: testCase.skipped !== undefined,
    })),
  }));
  return { root, suites };
}

/**
 * The same reading with a second, independent parser (a W3C DOM, as JUnit consumers in
 * Java and .NET read reports): the two must agree.
 */
export function parseJunitDom(xml: string): ParsedSuite[] {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(
    xml,
    'text/xml',
  );
  if (errors.length > 0) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
  const children = (element: Element, name: string): Element[] =>
    Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).tagName === name);
  const root = document.documentElement!;
  if (root.tagName !== 'testsuites') throw new Error(`root is <${root.tagName}>`);
  return children(root, 'testsuite').map((suite) => ({
    name: suite.getAttribute('name')!,
    tests: Number(suite.getAttribute('tests')),
    failures: Number(suite.getAttribute('failures')),
    errors: Number(suite.getAttribute('errors')),
    skipped: Number(suite.getAttribute('skipped')),
    timestamp: suite.getAttribute('timestamp')!,
    time: Number(suite.getAttribute('time')),
    systemOut: children(suite, 'system-out')[0]?.textContent ?? '',
    testCases: children(suite, 'testcase').map((testCase) => ({
      name: testCase.getAttribute('name')!,
      classname: testCase.getAttribute('classname')!,
      time: Number(testCase.getAttribute('time')),
      failures: children(testCase, 'failure').map((failure) => ({
        message: failure.getAttribute('message')!,
        type: failure.getAttribute('type')!,
        text: failure.textContent ?? '',
      })),
      skipped: children(testCase, 'skipped').length > 0,
    })),
  }));
}
