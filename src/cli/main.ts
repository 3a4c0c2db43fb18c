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
    const name = args[0] !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, args[0]) ? args.shift()! : 'lint';
    const command = (await COMMANDS[name]!.load()).default;
    return await command(args, io);
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
