import { ConfigError, UsageError } from '../errors.js';
import { toolVersion, type CliIO, type Command } from './io.js';

/** Commands, each loaded only when used so that `mlsys-lint designs/` starts fast. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  lint: { summary: 'lint designs (the default command)', load: () => import('./commands/lint.js') },
  score: { summary: 'the should-use-ML verdict for designs or for traits', load: () => import('./commands/score.js') },
  report: { summary: 'write Markdown reports with Mermaid diagrams', load: () => import('./commands/report.js') },
  init: { summary: 'start a new design from a template', load: () => import('./commands/init.js') },
  rules: { summary: 'list the rule catalogue', load: () => import('./commands/rules.js') },
  diff: { summary: 'review design changes against a git revision', load: () => import('./commands/diff.js') },
  lsp: { summary: 'a language server for editors (docs/editors.md)', load: () => import('./commands/lsp.js') },
};

export const GLOBAL_HELP = `Usage: mlsys-lint [command] [options] [paths...]

Lint ML system designs written as YAML (the 7-step ML system design framework).

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(8)}${command.summary}`)
  .join('\n')}

With no command, \`lint\` runs; with no path, \`designs/\`.
Run \`mlsys-lint <command> --help\` for a command's options.

Options:
  -h, --help     show help
  -v, --version  show the version
      --debug    show stack traces for internal errors
`;

/** Flags that may stand anywhere, before the command too; each command is given those it has. */
const GLOBAL_FLAGS = ['--debug', '--color', '--no-color', '--help', '-h'];
const COMMAND_GLOBALS: Record<string, readonly string[]> = {
  lint: GLOBAL_FLAGS,
  report: ['--debug', '--help', '-h'],
};

const isCommand = (word: string | undefined): word is string => word !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, word);

/**
 * The command and its arguments. Global flags may come before the command
 * (`mlsys-lint --no-color rules`) or anywhere after it; a command that has no use for one
 * (colour for `rules`) is not given it, rather than failing on it.
 */
function commandAndArgs(args: readonly string[]): { name: string; rest: string[] } {
  let at = 0;
  while (at < args.length && GLOBAL_FLAGS.includes(args[at]!)) at++;
  const name = isCommand(args[at]) ? args[at]! : 'lint';
  const rest = name === 'lint' && !isCommand(args[at]) ? [...args] : [...args.slice(0, at), ...args.slice(at + 1)];
  const accepted = COMMAND_GLOBALS[name] ?? ['--help', '-h'];
  const end = rest.indexOf('--');
  return { name, rest: rest.filter((arg, index) => (end !== -1 && index > end) || !GLOBAL_FLAGS.includes(arg) || accepted.includes(arg)) };
}

/** Runs the command line and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const args = [...argv];
  const debug = args.includes('--debug');
  try {
    if (args[0] === '--version' || args[0] === '-v') {
      io.stdout(`${toolVersion()}\n`);
      return 0;
    }
    if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
      io.stdout(GLOBAL_HELP);
      return 0;
    }
    const { name, rest } = commandAndArgs(args);
    const command = (await COMMANDS[name]!.load()).default;
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mlsys-lint: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`mlsys-lint: invalid configuration: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`mlsys-lint: internal error: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('Run again with --debug for the stack trace, and please report it.\n');
    return 2;
  }
}
