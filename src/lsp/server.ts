import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES, ConfigError, ConfigResolver } from '../config/index.js';
import { lintLoadedDesigns, type LintOptions } from '../engine/lint-files.js';
import { loadDesign, unreadableDesign } from '../load/index.js';
import { RULES, ruleById } from '../rules/index.js';
import { DIAGNOSTIC_SOURCE, diagnosticOf } from './diagnostics.js';
import { disableForFileEdit, disableForLineEdit } from './disable-edits.js';

/** The files whose change on disk can change any open document's findings (docs/editors.md). */
const WATCHED_GLOB = `**/{${[...CONFIG_FILE_NAMES, 'package.json'].join(',')}}`;

/**
 * The path a document is linted as: its own for a `file:` URI, so that the config files,
 * overrides and ignore globs that govern it are the CLI's; for an unsaved, untitled one,
 * its name in the folder the server started in.
 */
export function documentPath(uri: string, cwd: string): string {
  if (uri.startsWith('file:')) return fileURLToPath(uri);
  return join(cwd, basename(decodeURIComponent(uri.replace(/^[a-z][\w+.-]*:/i, ''))) || 'untitled.yaml');
}

/**
 * Serves diagnostics and "disable" code actions over `connection` until the client ends
 * it. Every document's unsaved text is linted with `options` exactly as `lint` would lint
 * the file at its path; nothing a document holds ends the server.
 */
export function serveDiagnostics(connection: Connection, options: LintOptions): void {
  const documents = new TextDocuments(TextDocument);
  /** Documents whose trouble was logged already: one line per document, not per keystroke. */
  const logged = new Map<string, string>();
  const logOnce = (uri: string, line: string) => {
    if (logged.get(uri) === line) return;
    logged.set(uri, line);
    connection.console.log(line);
  };

  const diagnosticsOf = (document: TextDocument): Diagnostic[] => {
    const filePath = documentPath(document.uri, options.cwd);
    let lintOptions = options;
    let problem: string | undefined;
    try {
      if (new ConfigResolver(RULES, options).isIgnored(filePath)) {
        logOnce(document.uri, `mlsys-lint: ${filePath}: ignored by the config's \`ignore\` globs: no diagnostics`);
        return [];
      }
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // An invalid config must not leave the editor blank: lint as `--no-config` would.
      problem = `invalid configuration: ${error.message}; linting with the recommended preset`;
      lintOptions = { ...options, useConfigFiles: false };
      delete lintOptions.configFile;
    }
    const text = document.getText();
    const size = Buffer.byteLength(text);
    // A huge document gets the finding a huge file gets, not seconds of parsing per keystroke.
    const design =
      size > options.maxFileSize
        ? unreadableDesign(filePath, `the document is ${size} bytes, more than the limit of ${options.maxFileSize} (--max-file-size)`)
        : loadDesign(filePath, text);
    // Empty or unparseable text has no data: its findings say so, no log line needed.
    const data = design.data as unknown;
    if (
      problem === undefined &&
      data !== null &&
      data !== undefined &&
      (typeof data !== 'object' || Array.isArray(data) || !('mlsys' in data))
    )
      problem = 'not a design (no `mlsys` key): publishing what the linter finds';
    const { results, crashes } = lintLoadedDesigns([design], lintOptions);
    // A rule that threw: the other rules' findings still stand.
    if (crashes.length > 0) problem = `${crashes.map((crash) => crash.message).join('; ')}`;
    if (problem !== undefined) logOnce(document.uri, crashes.length > 0 ? `mlsys-lint: ${problem}` : `mlsys-lint: ${filePath}: ${problem}`);
    else logged.delete(document.uri);
    return results[0]!.findings.map(diagnosticOf);
  };

  const publish = (document: TextDocument) => {
    let diagnostics: Diagnostic[];
    try {
      diagnostics = diagnosticsOf(document);
    } catch (error) {
      logOnce(document.uri, `mlsys-lint: ${document.uri}: internal error: ${error instanceof Error ? error.message : String(error)}`);
      diagnostics = [];
    }
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  let watchByRegistration = false;
  connection.onInitialize((params) => {
    watchByRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'mlsys-lint' },
    };
  });
  connection.onInitialized(() => {
    if (watchByRegistration)
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_GLOB }] });
  });

  documents.onDidChangeContent(({ document }) => publish(document));
  documents.onDidClose(({ document }) => {
    logged.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  // Config files are read afresh on every lint: re-linting is all a change needs.
  connection.onDidChangeWatchedFiles(() => {
    for (const document of documents.all()) publish(document);
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const text = document.getText();
    const actions: CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      // Some clients send diagnostics back without their source: a known rule id is enough.
      if (
        (diagnostic.source !== undefined && diagnostic.source !== DIAGNOSTIC_SOURCE) ||
        typeof diagnostic.code !== 'string' ||
        !ruleById(diagnostic.code)
      )
        continue;
      const ruleId = diagnostic.code;
      const line = diagnostic.range.start.line;
      const lineKey = `${ruleId}\u0000${line}`;
      if (!seen.has(lineKey)) {
        seen.add(lineKey);
        actions.push({
          title: `Disable ${ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [document.uri]: [disableForLineEdit(text, line, ruleId)] } },
        });
      }
      if (!seen.has(ruleId)) {
        seen.add(ruleId);
        actions.push({
          title: `Disable ${ruleId} for this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [document.uri]: [disableForFileEdit(text, ruleId)] } },
        });
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * Starts the language server on standard input and output (`mlsys-lint lsp`). The
 * protocol owns standard output: console output goes to the client's log instead.
 */
export function startLanguageServer(options: LintOptions): void {
  const connection = createConnection(process.stdin, process.stdout);
  const toLog = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = toLog;
  console.info = toLog;
  console.warn = toLog;
  console.error = toLog;
  console.debug = toLog;
  serveDiagnostics(connection, options);
}
