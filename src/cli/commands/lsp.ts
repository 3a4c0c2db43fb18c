import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';
import { LINT_CONFIG_FLAGS, lintConfigOptions } from '../lint-options.js';

export const LSP_HELP = `Usage: mlsys-lint lsp [--stdio] [options]

Runs a language server on standard input and output: editors show every finding of
\`lint\` as you type, for the unsaved text, with quick fixes that disable a rule for a
line or for the file. See docs/editors.md.

Options:
      --stdio               talk over standard input and output (the only way;
                            accepted for clients that pass it)
  -c, --config FILE         use this config file instead of searching for one
      --no-config           ignore config files: recommended preset only
      --rule ID:SEVERITY    set a rule's severity (off, info, warn, error);
                            repeatable, wins over config files
      --report-unused-disable-directives
                            report inline directives that suppressed nothing
      --max-file-size BYTES refuse larger documents with a finding
  -h, --help                show this help
`;

const OPTIONS = {
  ...LINT_CONFIG_FLAGS,
  stdio: { type: 'boolean' },
  // vscode-languageclient passes the editor's process id; the connection notices the end of standard input instead.
  clientProcessId: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export default async function lspCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS, 'lsp');
  if (values.help) {
    io.stdout(LSP_HELP);
    return 0;
  }
  // Bad flags are usage errors now, before the protocol owns standard output.
  const options = lintConfigOptions(values, io.cwd);
  const { startLanguageServer } = await import('../../lsp/server.js');
  startLanguageServer(options);
  // The connection ends the process when the client says `exit` or closes standard input.
  return new Promise<number>(() => {});
}
