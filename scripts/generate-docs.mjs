// `npm run docs`: regenerates docs/rules/**, docs/format.md, the README's rule table and sample output
// from the rules' metadata and the schema. tests/docs.test.ts fails when they are stale.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedDocs, readmeWithRuleTable, readmeWithSample } from '../dist/docs/generate.js';

const root = new URL('../', import.meta.url);
rmSync(new URL('docs/rules/', root), { recursive: true, force: true });
for (const [path, content] of generatedDocs()) {
  const target = new URL(path, root);
  mkdirSync(dirname(target.pathname), { recursive: true });
  writeFileSync(target, content);
}
const readme = new URL('README.md', root);
writeFileSync(readme, readmeWithSample(readmeWithRuleTable(readFileSync(readme, 'utf8'))));
console.log('docs regenerated');
