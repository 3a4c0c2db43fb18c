import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { applyBaseline, baselineText, readBaseline, type Baseline } from '../../config/index.js';
import { DEFAULT_MAX_FILE_SIZE, lintPaths, resultOf, type LintRun } from '../../engine/lint-files.js';
import { UsageError } from '../../errors.js';
import { FORMAT_NAMES, loadFormatter, type FormatContext } from '../../format/index.js';
import { RULES, type Rule } from '../../rules/index.js';
import { closestMatch } from '../../util/closest-match.js';
import { fixTypeFilter, type FixFilter } from '../../fix/apply-fixes.js';
import { fixText } from '../../fix/fix-text.js';
import { decodeDesignBytes } from '../../load/index.js';
import { lintText } from '../../engine/lint-files.js';
import { fixFiles, withBaseline } from '../fix-files.js';
import type { FileResult } from '../../types.js';
import { writeOutput, outputFile, STDOUT } from '../output.js';
import { parseCommandArgs, parseCount } from '../args.js';
import { toolVersion, useColor, type CliIO } from '../io.js';
import { LINT_CONFIG_FLAGS, lintConfigOptions } from '../lint-options.js';
import { lintStandardInput, readStandardInput, STDIN_NAME } from '../stdin.js';
import { sourceLineReader } from '../source-lines.js';
import { sourceRoot } from '../source-root.js';
import { unknownTeamRules, unknownTeamRuleLine } from '../rule-flags.js';

export const LINT_HELP = `Usage: mlsys-lint [lint] [options] [paths...]

Paths are files, folders (searched for *.yaml and *.yml, skipping node_modules and
.git) or globs. With no path, designs/.

Input:
      --stdin               lint the design on standard input instead of paths
      --stdin-filename PATH lint standard input as if it were the file PATH: its
                            config, overrides and ignore globs apply, and findings
                            name it (default ${STDIN_NAME})

Fixing (docs/fixes.md):
      --fix                 apply the safe fixes and write the files in place,
                            atomically; then report what remains
      --fix-dry-run         apply them without writing: print a unified diff of
                            each file that would change (with --stdin, the fixed
                            text) instead of the report on standard output
      --fix-type GROUP,...  fix only rules of these groups (the part of the rule
                            id before /: schema, serving, ...)

Output:
  -f, --format NAME[:FILE]  output format (default stylish), one of:
                              ${FORMAT_NAMES.join(', ')}
                            Repeat to write several formats in one run; NAME:FILE
                            writes that format to FILE, e.g.
                              -f github -f sarif:out.sarif
  -o, --output FILE         write the (first) format without :FILE to FILE instead
                            of standard output, atomically (- is standard output)
      --quiet               report errors only
      --max-warnings N      exit 1 when there are more than N warnings
      --color, --no-color   force colour on or off (default: on for a terminal,
                            honouring NO_COLOR and FORCE_COLOR)

Configuration:
  -c, --config FILE         use this config file instead of searching for one
      --no-config           ignore config files: recommended preset only
      --rule ID:SEVERITY    set a rule's severity (off, info, warn, error);
                            repeatable, wins over config files
      --report-unused-disable-directives
                            report inline directives that suppressed nothing
      --baseline FILE       leave out findings recorded in FILE
      --write-baseline      record today's findings in the baseline file
                            (--baseline FILE, default .mlsys-lint-baseline.json)
      --max-file-size BYTES refuse larger files with a finding (default ${DEFAULT_MAX_FILE_SIZE})

Speed:
      --cache               skip files unchanged since the last run (content
                            hash, configuration and tool version)
      --cache-location PATH where to keep the cache: a folder or a file
                            (default node_modules/.cache/mlsys-lint/)
      --concurrency N       threads to lint with when there are many files
                            (default: the number of cores; 1 for none)

Other:
      --debug               show stack traces for internal errors
  -h, --help                show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error,
unreadable path, invalid configuration or internal error.
`;

const OPTIONS = {
  ...LINT_CONFIG_FLAGS,
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-type': { type: 'string', multiple: true },
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const DEFAULT_BASELINE_FILE = '.mlsys-lint-baseline.json';

interface OutputTarget {
  format: string;
  file?: string;
}

/** `-f name[:file]` values, with `-o` giving the file of the first one that has none. */
export function outputTargets(formats: readonly string[] | undefined, output: string | undefined): OutputTarget[] {
  const targets = (formats && formats.length > 0 ? formats : ['stylish']).map((value): OutputTarget => {
    const colon = value.indexOf(':');
    const format = colon === -1 ? value : value.slice(0, colon);
    const file = colon === -1 ? undefined : value.slice(colon + 1);
    if (!FORMAT_NAMES.includes(format)) {
      const suggestion = closestMatch(format, FORMAT_NAMES);
      throw new UsageError(
        `unknown format \`${format}\`; use one of ${FORMAT_NAMES.join(', ')}${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}`,
      );
    }
    if (file === '') throw new UsageError(`-f ${format}: needs a file name after the colon`);
    return file === undefined ? { format } : { format, file };
  });
  if (output !== undefined) {
    const target = targets.find((candidate) => candidate.file === undefined);
    if (!target) throw new UsageError('-o/--output has no format to write: every -f already names its file');
    target.file = output;
  }
  return targets;
}

export { cliRuleSeverities } from '../rule-flags.js';

function errorsOnly(results: readonly FileResult[]): FileResult[] {
  return results.map((result) => ({
    ...result,
    findings: result.findings.filter((finding) => finding.severity === 'error'),
    warningCount: 0,
    infoCount: 0,
  }));
}

/** `--stdin` and `--stdin-filename`: the file standard input poses as, or undefined for a run over paths. */
function stdinRequest(
  values: {
    stdin?: boolean | undefined;
    'stdin-filename'?: string | undefined;
    cache?: boolean | undefined;
    'write-baseline'?: boolean | undefined;
  },
  positionals: readonly string[],
): { filePath: string } | undefined {
  const name = values['stdin-filename'];
  if (!values.stdin) {
    if (name !== undefined) throw new UsageError('--stdin-filename needs --stdin');
    return undefined;
  }
  if (positionals.length > 0)
    throw new UsageError(
      `--stdin lints standard input: give no paths (got \`${positionals[0]}\`), or name the file it stands for with --stdin-filename`,
    );
  if (values.cache) throw new UsageError('--cache has nothing to keep with --stdin: standard input is linted every time');
  if (values['write-baseline']) throw new UsageError('--write-baseline records the findings of files: not available with --stdin');
  if (name === '') throw new UsageError('--stdin-filename needs a file name');
  return { filePath: name ?? STDIN_NAME };
}

/** A run over standard input in the shape of a run over paths, with the baseline applied as {@link lintPaths} applies it. */
function stdinRun(linted: ReturnType<typeof lintStandardInput>, baseline: Baseline | undefined): LintRun {
  const results = baseline
    ? linted.results.map((result) => {
        const kept = applyBaseline(result.findings, result.filePath, baseline, new Map());
        return kept.length === result.findings.length
          ? result
          : resultOf(result.filePath, kept, result.checkedRules);
      })
    : linted.results;
  // Team rules that fired still reach SARIF through the findings' ids; the catalogue lists the built-in ones.
  return { results, crashes: linted.crashes, rules: RULES as readonly Rule[], missing: [], warnings: linted.warnings };
}

/**
 * `--fix-dry-run --stdin`: the fixed text (a byte-order mark kept), and the findings that
 * remain; standard input that is not UTF-8 text, or that the config ignores, comes back as it was.
 */
function fixedStandardInput(
  bytes: Uint8Array,
  result: FileResult | undefined,
  lint: (text: string) => FileResult,
  filter: FixFilter,
): { output: string | Uint8Array; result?: FileResult } {
  const decoded = decodeDesignBytes(bytes);
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (result === undefined || 'problem' in decoded || !Buffer.from(raw, 'utf8').equals(bytes)) return { output: bytes };
  const bom = raw.startsWith('\ufeff') ? '\ufeff' : '';
  const fixed = fixText(decoded.text, lint, filter, result);
  return { output: bom + fixed.text, result: fixed.result };
}

/** What `--fix`, `--fix-dry-run` and `--fix-type` ask for; undefined when none is given. */
function fixRequest(values: {
  fix?: boolean | undefined;
  'fix-dry-run'?: boolean | undefined;
  'fix-type'?: string[] | undefined;
  stdin?: boolean | undefined;
  'write-baseline'?: boolean | undefined;
}): { dryRun: boolean; groups?: string[] } | undefined {
  const groups = values['fix-type']?.flatMap((value) => value.split(',')).map((group) => group.trim());
  if (!values.fix && !values['fix-dry-run']) {
    if (groups !== undefined) throw new UsageError('--fix-type needs --fix or --fix-dry-run');
    return undefined;
  }
  if (values.fix && values['fix-dry-run'])
    throw new UsageError('--fix and --fix-dry-run exclude each other: --fix writes the files, --fix-dry-run only shows the changes');
  if (values.fix && values.stdin)
    throw new UsageError('--fix writes files: standard input has none; use --fix-dry-run to print the fixed text');
  if (values['write-baseline']) throw new UsageError('--write-baseline records the findings as they are: fix first, then record them');
  if (groups?.some((group) => group === '')) throw new UsageError('--fix-type needs rule groups, e.g. --fix-type schema,serving');
  return { dryRun: values['fix-dry-run'] === true, ...(groups ? { groups } : {}) };
}

/** The filter for `--fix-type`, once the run knows its rules: an unknown group is a usage error. */
function fixFilterFor(groups: readonly string[] | undefined, rules: readonly Rule[]): FixFilter {
  const known = [...new Set(rules.map((rule) => rule.id.split('/')[0]!))];
  for (const group of groups ?? []) {
    if (known.includes(group)) continue;
    const suggestion = closestMatch(group, known);
    throw new UsageError(
      `--fix-type: unknown rule group \`${group}\`${suggestion ? `; did you mean \`${suggestion}\`?` : `; groups are ${known.join(', ')}`}`,
    );
  }
  return fixTypeFilter(groups);
}

export default async function lintCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'lint');
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  const maxWarnings = parseCount(values['max-warnings'], '--max-warnings');
  const lintOptions = lintConfigOptions(values, io.cwd);
  const stdin = stdinRequest(values, positionals);
  const fix = fixRequest(values);
  const concurrency = parseCount(values.concurrency, '--concurrency') ?? availableParallelism();
  if (concurrency < 1) throw new UsageError('--concurrency needs at least 1');
  const targets = outputTargets(values.format, values.output);
  const writeBaseline = values['write-baseline'] === true;
  const baselinePath = values.baseline ?? (writeBaseline ? DEFAULT_BASELINE_FILE : undefined);
  if (values['cache-location'] === STDOUT)
    throw new UsageError('--cache-location: the cache cannot be standard output; give a folder or a file');
  if (baselinePath === STDOUT && !writeBaseline)
    throw new UsageError('--baseline: give the baseline file to read (- is standard output, for --write-baseline only)');
  const baseline: Baseline | undefined = baselinePath && !writeBaseline ? readBaseline(resolve(io.cwd, baselinePath)) : undefined;
  // Every file this run writes, checked against its inputs and each other before anything is written.
  const writtenFiles = writeBaseline
    ? [outputFile('the baseline being written', baselinePath!, io)]
    : targets.map((target) => outputFile(`the -f ${target.format} output`, target.file, io));
  const colorFlag = values['no-color'] ? false : values.color ? true : undefined;
  const startedAt = new Date();
  // hrtime, not `performance`, whose first use loads node:perf_hooks.
  const started = process.hrtime.bigint();
  // Only SARIF needs the repository's top level: asking git costs a process.
  const root = targets.some((target) => target.format === 'sarif') ? sourceRoot(io.cwd) : io.cwd;
  const sourceLine = sourceLineReader();
  const outputs = await Promise.all(
    targets.map(async (target) => {
      const toStdout = target.file === undefined || target.file === STDOUT;
      const color = toStdout ? useColor(colorFlag, io) : colorFlag === true;
      // Stylish wraps to the terminal only when that is where it goes.
      const width = toStdout && io.stdoutIsTTY ? io.columns : undefined;
      const context: FormatContext = {
        cwd: io.cwd,
        color,
        rules: RULES as readonly Rule[],
        toolVersion: toolVersion(),
        startedAt,
        sourceRoot: root,
        sourceLine,
      };
      if (width !== undefined) context.width = width;
      if (maxWarnings !== undefined) context.maxWarnings = maxWarnings;
      return { target, formatter: (await loadFormatter(target.format))!, context };
    }),
  );
  // Fixing needs every finding's fix, which cached results do not keep: the cache is not used.
  const cache = values.cache === true && fix === undefined;
  const stdinBytes = stdin ? await (io.stdin ?? readStandardInput)() : undefined;
  const run = stdin
    ? stdinRun(lintStandardInput(stdinBytes!, stdin.filePath, lintOptions), baseline)
    : await lintPaths(positionals.length > 0 ? positionals : ['designs/'], {
        ...lintOptions,
        ...(baseline ? { baseline } : {}),
        concurrency,
        cache,
        ...(values['cache-location'] ? { cacheLocation: values['cache-location'] } : {}),
        toolVersion: toolVersion(),
        outputs: writtenFiles.filter((file) => file !== undefined),
      });
  for (const line of run.missing) io.stderr(`mlsys-lint: ${line}\n`);
  for (const line of run.warnings) io.stderr(`mlsys-lint: warning: ${line}\n`);
  const unknownRules = unknownTeamRules(lintOptions.cliRules, run.rules);
  if (unknownRules.length > 0) {
    for (const id of unknownRules) io.stderr(`mlsys-lint: ${unknownTeamRuleLine(id)}\n`);
    return 2;
  }
  if (writeBaseline) {
    const file = resolve(io.cwd, baselinePath === STDOUT ? DEFAULT_BASELINE_FILE : baselinePath!);
    await writeOutput(io, baselinePath!, baselineText(run.results, file));
    const count = run.results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
    io.stderr(`mlsys-lint: recorded ${count} finding${count === 1 ? '' : 's'} in ${baselinePath}\n`);
    return run.missing.length > 0 || run.crashes.length > 0 ? 2 : 0;
  }
  let linted = run.results;
  if (fix) {
    const filter = fixFilterFor(fix.groups, run.rules);
    if (stdin) {
      const fixed = fixedStandardInput(
        stdinBytes!,
        linted[0],
        (text) => withBaseline(lintText(text, stdin.filePath, lintOptions).result, baseline),
        filter,
      );
      io.stdout(fixed.output);
      if (fixed.result) linted = [fixed.result];
    } else {
      const fixed = fixFiles(linted, lintOptions, filter, { dryRun: fix.dryRun, baseline, cwd: io.cwd });
      if (fix.dryRun) io.stdout(fixed.diff);
      linted = fixed.results;
    }
  }
  const results = values.quiet ? errorsOnly(linted) : linted;
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  // The rules the configs added (custom-rules, plugins) are known only now.
  for (const output of outputs) output.context.rules = run.rules;
  for (const { target, formatter, context } of outputs) {
    context.elapsedMs = elapsedMs;
    // With --fix-dry-run standard output holds the changes: only reports bound for files are written.
    if (fix?.dryRun && (target.file === undefined || target.file === STDOUT)) continue;
    await writeOutput(io, target.file ?? STDOUT, formatter.parts ? formatter.parts(results, context) : formatter(results, context));
  }
  for (const crash of run.crashes) {
    io.stderr(`mlsys-lint: ${crash.message}\n`);
    if (values.debug && crash.original instanceof Error && crash.original.stack) io.stderr(`${crash.original.stack}\n`);
  }
  if (run.crashes.length > 0 || run.missing.length > 0) return 2;
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`mlsys-lint: too many warnings (${warnings}); at most ${maxWarnings} allowed (--max-warnings)\n`);
    return 1;
  }
  return 0;
}
