import { relative } from 'node:path';
import { designId } from '../../design.js';
import { readDesignFile } from '../../engine/lint-files.js';
import { findDesignFiles } from '../../engine/find-files.js';
import { UsageError } from '../../errors.js';
import { scoreProblem, traitsOf, TRAIT_NAMES, type ProblemTraits, type TraitName, type Verdict } from '../../scorer/index.js';
import { rubricOf, rubricSummary, type RubricResult } from '../../report/rubric.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';

export const SCORE_HELP = `Usage: mlsys-lint score [paths...] [--trait NAME=VALUE ...] [--rubric] [-f text|json]

The should-use-ML scorer's verdict, points and reasons for each design, or for
traits given on the command line (then no design is read):

  --trait has_patterns=true|false
  --trait data_size=small|medium|large
  --trait rule_complexity=low|high
  --trait needs_generalization=true|false
  --trait needs_interpretability=true|false

Options:
      --rubric             also assess each design against the ML Test Score's 28
                           tests (Breck et al., 2017): planned, not planned, not
                           assessable from a design, or not applicable
  -f, --format text|json   output format (default text)
  -h, --help               show this help
`;

const OPTIONS = {
  trait: { type: 'string', multiple: true },
  rubric: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

const TRAIT_VALUES: Record<TraitName, readonly string[]> = {
  has_patterns: ['true', 'false'],
  data_size: ['small', 'medium', 'large'],
  rule_complexity: ['low', 'high'],
  needs_generalization: ['true', 'false'],
  needs_interpretability: ['true', 'false'],
};

/** Traits from `--trait name=value` flags. */
export function traitsFromFlags(flags: readonly string[]): ProblemTraits {
  const traits: Record<string, unknown> = {};
  for (const flag of flags) {
    const [name = '', value = ''] = flag.split('=', 2);
    if (!(TRAIT_NAMES as readonly string[]).includes(name))
      throw new UsageError(`--trait: unknown trait \`${name}\`; use one of ${TRAIT_NAMES.join(', ')}`);
    const allowed = TRAIT_VALUES[name as TraitName];
    if (!allowed.includes(value)) throw new UsageError(`--trait ${name}: value must be one of ${allowed.join(', ')}; got \`${value}\``);
    traits[name] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return traits as ProblemTraits;
}

interface ScoreEntry extends Verdict {
  filePath: string | null;
  id: string | null;
  traits: ProblemTraits;
  approach?: unknown;
  rubric?: RubricResult[];
}

function textOf(entry: ScoreEntry, cwd: string): string {
  const lines: string[] = [];
  lines.push(entry.filePath ? `${relative(cwd, entry.filePath)} (${entry.id})` : 'traits from the command line');
  lines.push(`  recommendation: ${entry.recommendation} (ML ${entry.mlScore} : traditional ${entry.traditionalScore})`);
  if (typeof entry.approach === 'string') {
    const agrees = entry.recommendation === 'consider-both' || entry.approach === 'hybrid' || entry.approach === entry.recommendation;
    lines.push(`  approach: ${entry.approach} (${agrees ? 'agrees' : 'disagrees'})`);
  }
  for (const reason of entry.reasons) {
    lines.push(
      `  ${`${reason.favors === 'ml' ? 'ML' : 'traditional'} +${reason.points}`.padEnd(15)} ${reason.trait.padEnd(23)} ${reason.text}`,
    );
  }
  if (entry.missingTraits.length > 0) lines.push(`  missing traits (scored with defaults): ${entry.missingTraits.join(', ')}`);
  if (entry.rubric !== undefined) {
    const { planned, assessed } = rubricSummary(entry.rubric);
    lines.push(`  ML Test Score rubric: ${planned} of ${assessed} assessable tests planned`);
    for (const result of entry.rubric) {
      const shownBy =
        result.evidence.length === 0
          ? ''
          : ` ${result.status === 'planned' ? '←' : 'needs'} ${result.evidence.join(result.status === 'planned' ? ', ' : ' or ')}`;
      lines.push(
        `    ${`${result.test.section} ${result.test.number}`.padEnd(17)} ${result.status.padEnd(15)} ${result.test.title}${shownBy}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export default async function scoreCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'score');
  if (values.help) {
    io.stdout(SCORE_HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format \`${format}\` for score; use text or json`);
  const entries: ScoreEntry[] = [];
  let exitCode = 0;
  if (values.trait && values.trait.length > 0) {
    if (positionals.length > 0) throw new UsageError('give either paths or --trait flags, not both');
    if (values.rubric) throw new UsageError('--rubric assesses designs: give paths, not --trait flags');
    const traits = traitsFromFlags(values.trait);
    entries.push({ filePath: null, id: null, traits, ...scoreProblem(traits) });
  } else {
    const { files, missing } = await findDesignFiles(positionals.length > 0 ? positionals : ['designs/'], io.cwd, () => false);
    for (const line of missing) io.stderr(`mlsys-lint: ${line}\n`);
    if (missing.length > 0) exitCode = 2;
    for (const filePath of files) {
      const source = readDesignFile(filePath);
      const fatal = source.problems.find((problem) => problem.fatal);
      if (fatal) {
        io.stderr(
          `mlsys-lint: ${relative(io.cwd, filePath)}:${fatal.range.line}:${fatal.range.column}: cannot score a design that does not ` +
            `parse\n`,
        );
        exitCode = Math.max(exitCode, 1);
        continue;
      }
      const traits = traitsOf(source.data);
      const approach =
        source.data !== null && typeof source.data === 'object' ? (source.data as { approach?: unknown }).approach : undefined;
      entries.push({
        filePath,
        id: designId(filePath, source.data),
        traits,
        ...scoreProblem(traits),
        ...(approach !== undefined ? { approach } : {}),
        ...(values.rubric ? { rubric: rubricOf(source.data) } : {}),
      });
    }
  }
  if (format === 'json') {
    const shaped = entries.map(({ filePath, id, traits, missingTraits, mlScore, traditionalScore, recommendation, reasons, rubric }) => ({
      filePath,
      id,
      traits,
      missingTraits,
      mlScore,
      traditionalScore,
      recommendation,
      reasons,
      ...(rubric === undefined
        ? {}
        : {
            rubric: rubric.map((result) => ({
              section: result.test.section,
              number: result.test.number,
              test: result.test.title,
              status: result.status,
              evidence: result.evidence,
            })),
          }),
    }));
    io.stdout(`${JSON.stringify(shaped, null, 2)}\n`);
  } else {
    io.stdout(entries.map((entry) => textOf(entry, io.cwd)).join('\n'));
  }
  return exitCode;
}
