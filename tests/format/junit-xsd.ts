import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../temp-dir.js';

/** Apache Ant's JUnit schema, the common one (tests/fixtures/junit/README.md says where it is from). */
const XSD = fileURLToPath(new URL('../fixtures/junit/ant-junit.xsd', import.meta.url));

/** xmllint's verdict on a report, against the JUnit XSD. */
export function xsdErrors(xml: string): string {
  const file = join(tempDir(), 'report.xml');
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  if (result.error) throw new Error('xmllint is missing: apt-get install libxml2-utils (.ci/run does)');
  return result.status === 0 ? '' : result.stderr;
}
