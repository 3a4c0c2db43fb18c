import { resolve } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from '../../engine/max-file-size.js';
import { UsageError } from '../../errors.js';
import type { ReportOptions } from '../../report/build.js';
import { startSvgRenderer, type SvgRenderer } from '../../report/svg.js';
import { parseCommandArgs, parseCount } from '../args.js';
import type { CliIO } from '../io.js';
import { plural } from '../../format/summary.js';
import type { NamedFile } from '../../util/output-collisions.js';

export const REPORT_HELP = `Usage: mlsys-lint report -o DIR [options] [paths...]

Writes a Markdown report for each design (DIR/<id>.md) and an index (DIR/index.md),
with Mermaid diagrams. Paths are as for lint; with no path, designs/.

Output:
  -o, --output DIR          the report folder (required); nothing is written
                            outside it, and files are replaced atomically
      --check               write nothing; exit 1 listing the reports that are
                            missing or out of date (for CI that commits reports)
      --svg                 draw every diagram as DIR/<name>.svg (with its Mermaid
                            source in DIR/<name>.mmd) in one headless Chromium, and
                            link the images instead of Mermaid blocks. Needs the
                            optional peer @mermaid-js/mermaid-cli and a Chromium
                            (PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium or PATH)
      --template FILE       design report template (default templates/report.md)
      --index-template FILE index template (default templates/index.md)
      --rule-docs BASE      link each finding to BASE<rule-id>.md, e.g. ../rules/
                            (default: the published rule docs)

Configuration:
  -c, --config FILE         use this config file instead of searching for one
      --no-config           ignore config files: recommended preset only
      --rule ID:SEVERITY    set a rule's severity (off, info, warn, error); repeatable
      --max-file-size BYTES refuse larger files with a finding (default ${DEFAULT_MAX_FILE_SIZE})

Other:
      --debug               show stack traces for internal errors
  -h, --help                show this help

Exit codes: 0 reports written (or up to date with --check), 1 --check found
reports missing or out of date, 2 usage error, unreadable path, invalid
configuration or template, no Chromium (or one that failed) for --svg, or
internal error.
`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  check: { type: 'boolean' },
  svg: { type: 'boolean' },
  template: { type: 'string' },
  'index-template': { type: 'string' },
  'rule-docs': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export default async function reportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'report');
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  const output = values.output;
  if (output === undefined || output === '')
    throw new UsageError('report needs the folder to write to: -o DIR (see `mlsys-lint report --help`)');
  if (output === '-') throw new UsageError('report writes a folder of files: -o DIR, not standard output');
  const ruleDocs = values['rule-docs'];
  if (ruleDocs === '') throw new UsageError('--rule-docs needs a URL or a relative path ending in /');
  // Chromium takes longest to come up: start it first, and load the linter while it starts.
  const renderer = values.svg && !values.check ? startSvgRenderer(io.env) : undefined;
  try {
    const { cliRuleSeverities } = await import('./lint.js');
    const options: ReportOptions = {
      cwd: io.cwd,
      outDir: output,
      useConfigFiles: values['no-config'] !== true,
      ...(values.config ? { configFile: values.config } : {}),
      cliRules: cliRuleSeverities(values.rule),
      reportUnusedDisableDirectives: false,
      maxFileSize: parseCount(values['max-file-size'], '--max-file-size') ?? DEFAULT_MAX_FILE_SIZE,
      ...(values.template ? { template: values.template } : {}),
      ...(values['index-template'] ? { indexTemplate: values['index-template'] } : {}),
      ...(ruleDocs !== undefined ? { ruleDocsBase: ruleDocs } : {}),
      svg: values.svg === true,
    };
    const paths = positionals.length > 0 ? positionals : ['designs/'];
    return await report(paths, options, { check: values.check === true, debug: values.debug === true }, renderer, io);
  } finally {
    await renderer?.close();
  }
}

/**
 * Refuses, before anything is written, a report folder where a report file would replace
 * one of the run's inputs: a design (one named `*.md`, say), a template or a config file.
 */
async function checkReportCollisions(
  dir: string,
  names: readonly string[],
  designs: readonly string[],
  options: ReportOptions,
): Promise<void> {
  const [{ ConfigResolver }, { RULES }, { checkOutputCollisions }] = await Promise.all([
    import('../../config/index.js'),
    import('../../rules/index.js'),
    import('../../util/output-collisions.js'),
  ]);
  const resolver = new ConfigResolver(RULES, options);
  const inputs: NamedFile[] = designs.map((path) => ({ label: 'a design being reported on', path }));
  for (const path of designs) {
    const config = resolver.configFor(path);
    if (config) inputs.push({ label: 'a config file in use', path: config.filePath });
  }
  if (options.template) inputs.push({ label: 'the report template', path: resolve(options.cwd, options.template) });
  if (options.indexTemplate) inputs.push({ label: 'the index template', path: resolve(options.cwd, options.indexTemplate) });
  checkOutputCollisions(
    names.map((name) => ({ label: 'the report file', path: resolve(dir, name) })),
    inputs,
    options.cwd,
  );
}

async function report(
  paths: string[],
  options: ReportOptions,
  { check, debug }: { check: boolean; debug: boolean },
  renderer: SvgRenderer | undefined,
  io: CliIO,
): Promise<number> {
  const { buildReports, checkReports, writeReports } = await import('../../report/index.js');
  const output = options.outDir;
  const build = await buildReports(paths, options);
  // Reports from an incomplete run would silently drop designs: write nothing.
  for (const line of build.run.missing) io.stderr(`mlsys-lint: ${line}\n`);
  for (const line of build.run.warnings) io.stderr(`mlsys-lint: warning: ${line}\n`);
  for (const crash of build.run.crashes) {
    io.stderr(`mlsys-lint: ${crash.message}\n`);
    if (debug && crash.original instanceof Error && crash.original.stack) io.stderr(`${crash.original.stack}\n`);
  }
  const { unknownTeamRules, unknownTeamRuleLine } = await import('../rule-flags.js');
  const unknownRules = unknownTeamRules(options.cliRules, build.run.rules);
  for (const id of unknownRules) io.stderr(`mlsys-lint: ${unknownTeamRuleLine(id)}\n`);
  if (build.run.missing.length > 0 || build.run.crashes.length > 0 || unknownRules.length > 0) {
    io.stderr('mlsys-lint: no report was written\n');
    return 2;
  }
  const dir = resolve(io.cwd, output);
  const images = build.diagrams.map((diagram) => `${diagram.name}.svg`);
  if (check) {
    const { stale, missing } = checkReports(dir, build.files, images);
    for (const name of missing) io.stderr(`mlsys-lint: ${output}/${name} is missing\n`);
    for (const name of stale) io.stderr(`mlsys-lint: ${output}/${name} is out of date\n`);
    const total = build.files.size + images.length;
    if (missing.length + stale.length === 0) {
      io.stderr(`mlsys-lint: ${plural(total, 'report file')} in ${output} are up to date\n`);
      return 0;
    }
    io.stderr(
      `mlsys-lint: ${missing.length + stale.length} of ${plural(total, 'report ' +
        'file')} need updating: run mlsys-lint report without --check\n`,
    );
    return 1;
  }
  await checkReportCollisions(
    dir,
    [...build.files.keys(), ...images],
    build.run.results.map((result) => result.filePath),
    options,
  );
  const files = new Map(build.files);
  if (renderer !== undefined) {
    const svgs = await renderer.render(build.diagrams);
    for (const [name, svg] of svgs) files.set(`${name}.svg`, svg);
  }
  const { written, unchanged } = writeReports(dir, files);
  io.stderr(
    `mlsys-lint: wrote ${plural(written.length, 'file')} to ${output}${unchanged.length > 0 ? ` (${unchanged.length} unchanged)` : ''}\n`,
  );
  return 0;
}
