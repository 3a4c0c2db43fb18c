import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../../errors.js';
import {
  DEFAULT_TEMPLATE,
  DESIGN_ID_PATTERN,
  isTemplateName,
  newDesignText,
  PACKAGED_SCHEMA_PATH,
  SCHEMA_URL,
  TEMPLATE_NAMES,
} from '../../init/index.js';
import { isInside } from '../../format/paths.js';
import { closestMatch } from '../../util/closest-match.js';
import { writeNewFileAtomic } from '../../util/write-atomic.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';

export const DEFAULT_DESIGN_NAME = 'new-design';

export const INIT_HELP = `Usage: mlsys-lint init [NAME] [options]

Starts a new design from a template. NAME (default ${DEFAULT_DESIGN_NAME}) becomes the
design's id, its file name and, in title case, its name; it is lowercase letters and
digits in words joined by hyphens, e.g. fraud-scoring. The design is written to
designs/NAME.yaml. An existing file is never overwritten.

The new design is valid against the schema; its TODO placeholders lint as warnings
(rule meta/todo) until they are filled in.

Options:
  -t, --template NAME   ${TEMPLATE_NAMES.join(', ')}
                        (default ${DEFAULT_TEMPLATE})
  -o, --output FILE     write to FILE instead of designs/NAME.yaml; - for standard output
  -h, --help            show this help

Exit codes: 0 created, 2 usage error or the file already exists.
`;

const OPTIONS = {
  template: { type: 'string', short: 't' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * What the new design's modeline points at: the package's schema by a relative path when it
 * lies under the working directory, else its URL.
 */
function schemaReference(cwd: string, designFile: string | undefined): string {
  if (designFile === undefined || !isInside(cwd, PACKAGED_SCHEMA_PATH) || !existsSync(PACKAGED_SCHEMA_PATH)) return SCHEMA_URL;
  return relative(dirname(designFile), PACKAGED_SCHEMA_PATH).split(sep).join('/');
}

export default async function initCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'init');
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`init takes one NAME, got ${positionals.length}: ${positionals.join(' ')}`);
  const template = values.template ?? DEFAULT_TEMPLATE;
  if (!isTemplateName(template)) {
    const suggestion = closestMatch(template, TEMPLATE_NAMES);
    throw new UsageError(
      `unknown template \`${template}\`; use one of ${TEMPLATE_NAMES.join(', ')}${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}`,
    );
  }
  const id = positionals[0] ?? DEFAULT_DESIGN_NAME;
  if (!DESIGN_ID_PATTERN.test(id)) {
    throw new UsageError(
      `invalid design name \`${id}\`: use lowercase letters and digits in words joined by single hyphens, e.g. fraud-scoring`,
    );
  }
  const toStdout = values.output === '-';
  const target = toStdout ? undefined : resolve(io.cwd, values.output ?? `designs/${id}.yaml`);
  const text = newDesignText(template, { id, schema: schemaReference(io.cwd, target) });
  if (target === undefined) {
    io.stdout(text);
    return 0;
  }
  const shown = relative(io.cwd, target) || target;
  let created: boolean;
  try {
    created = writeNewFileAtomic(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(
      `mlsys-lint: cannot write ${shown}: ${code === 'EACCES' || code === 'EPERM' ? 'permission ' +
        'denied' : code === 'ENOTDIR' ? 'a parent is not a folder' : (code ?? String(error))}\n`,
    );
    return 2;
  }
  if (!created) {
    io.stderr(`mlsys-lint: ${shown} already exists; init never overwrites a file (choose another NAME or -o FILE)\n`);
    return 2;
  }
  io.stdout(`Created ${shown} from the ${template} template.\nFill in its TODOs, then run: mlsys-lint ${shown}\n`);
  return 0;
}
