import { reviewDesigns, reviewTree } from '../../diff/index.js';
import { UsageError } from '../../errors.js';
import { markdownOf } from '../../markdown-tree.js';
import { resolve } from 'node:path';
import { outputFile, STDOUT, writeOutput } from '../output.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';
import { cliRuleSeverities } from './lint.js';

export const DIFF_HELP = `Usage: mlsys-lint diff BASE [options] [paths...]

Design review for a pull request: compares each design at git revision BASE (a
branch, tag or commit, e.g. origin/main) with the working tree, matching designs by
id (so renamed files are followed), and prints per design: findings introduced and
fixed (matched by rule id and data path, not by line), status, approach and
should-use-ML verdict changes, SLOs tightened or loosened (old -> new), monitors
added or removed, and steps added or removed. Both sides are linted with the working
tree's configuration. Paths are as for lint; with none, designs/.

Options:
  -f, --format NAME     markdown (default) or json
  -o, --output FILE     write the review to FILE instead of standard output, atomically
  -c, --config FILE     use this config file instead of searching for one
      --no-config       ignore config files: recommended preset only
      --rule ID:SEVERITY
                        set a rule's severity (off, info, warn, error); repeatable
  -h, --help            show this help

Exit codes: 0 no new errors, 1 new errors introduced, 2 usage error, unknown BASE
(in a shallow clone, fetch it first: actions/checkout with fetch-depth: 0), not a
git repository, or a path that names no design on either side.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['markdown', 'json'];

export default async function diffCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'diff');
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  const [base, ...paths] = positionals;
  if (base === undefined)
    throw new UsageError('diff needs the git revision to compare with, e.g. `mlsys-lint diff origin/main` (see `mlsys-lint diff --help`)');
  const format = values.format ?? 'markdown';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format \`${format}\` for diff; use markdown or json`);
  const run = await reviewDesigns(base, paths.length > 0 ? paths : ['designs/'], {
    cwd: io.cwd,
    useConfigFiles: values['no-config'] !== true,
    ...(values.config ? { configFile: values.config } : {}),
    cliRules: cliRuleSeverities(values.rule),
  });
  for (const line of run.missing) io.stderr(`mlsys-lint: ${line}\n`);
  for (const crash of run.crashes) io.stderr(`mlsys-lint: ${crash.message}\n`);
  const text = format === 'json' ? `${JSON.stringify(run.review, null, 2)}\n` : markdownOf(reviewTree(run.review));
  const output = outputFile('the diff output', values.output, io);
  if (output) {
    // The review must not replace a design of the working tree, nor the config.
    const [{ findDesignFiles }, { checkOutputCollisions }] = await Promise.all([
      import('../../engine/find-files.js'),
      import('../../util/output-collisions.js'),
    ]);
    const { files } = await findDesignFiles(paths.length > 0 ? paths : ['designs/'], io.cwd, () => false);
    const inputs = files.map((path) => ({ label: 'a design being reviewed', path }));
    if (values.config) inputs.push({ label: 'the config file', path: resolve(io.cwd, values.config) });
    checkOutputCollisions([output], inputs, io.cwd);
  }
  await writeOutput(io, values.output ?? STDOUT, text);
  if (run.missing.length > 0 || run.crashes.length > 0) return 2;
  return run.review.totals.introducedErrors > 0 ? 1 : 0;
}
