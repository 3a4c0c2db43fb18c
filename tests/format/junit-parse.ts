import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ParsedFailure {
  message: string;
  type: string;
  text: string;
}

export interface ParsedTestCase {
  name: string;
  classname: string;
  failures: ParsedFailure[];
  skipped: boolean;
  systemOut?: string;
}

export interface ParsedSuite {
  name: string;
  tests: number;
  failures: number;
  skipped: number;
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
    skipped: Number(suite.skipped),
    testCases: ((suite.testcase as Node[] | undefined) ?? []).map((testCase) => ({
      name: String(testCase.name),
      classname: String(testCase.classname),
      failures: ((testCase.failure as Node[] | undefined) ?? []).map((failure) => ({ message: String(failure.message), type: String(failure.type), text: String(failure['#text'] ?? '') })),
      skipped: testCase.skipped !== undefined,
      ...(testCase['system-out'] !== undefined ? { systemOut: String(testCase['system-out']) } : {}),
    })),
  }));
  return { root, suites };
}
