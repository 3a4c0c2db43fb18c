import { basename, dirname, join } from 'node:path';
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
  type TextEdit,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES, ConfigError, ConfigResolver } from '../config/index.js';
import type { RuleCrash } from '../engine/findings-for-design.js';
import { lintLoadedDesigns, resultOf, type LintOptions } from '../engine/lint-files.js';
import { fixText } from '../fix/fix-text.js';
import type { FileResult, Finding, TextEdit as FindingEdit } from '../types.js';
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

  // Configs are read once per folder and kept until a watched file changes, not on every
  // keystroke: the resolver caches what it read, and a folder whose config is invalid is
  // remembered with the reason, linted with the recommended preset (as `--no-config`).
  let resolver: ConfigResolver | undefined;
  let fallback: { options: LintOptions; resolver: ConfigResolver } | undefined;
  const invalidConfig = new Map<string, string>();
  const forgetConfigs = () => {
    resolver = undefined;
    fallback = undefined;
    invalidConfig.clear();
  };
  const fallbackConfig = () => {
    if (!fallback) {
      const noConfig: LintOptions = { ...options, useConfigFiles: false };
      delete noConfig.configFile;
      fallback = { options: noConfig, resolver: new ConfigResolver(RULES, noConfig) };
    }
    return fallback;
  };
  /** What the document's findings were made from, for code actions: the text's findings, by URI and version. */
  const linted = new Map<string, { version: number; findings: readonly Finding[] }>();

  /** Lints one text as the document's file; `problem` says why the config was not used. */
  const lintDocumentText = (
    filePath: string,
    text: string,
  ): { findings: Finding[]; problem?: string; crashes: RuleCrash[] } | undefined => {
    let lintOptions = options;
    let lintResolver: ConfigResolver;
    let problem = invalidConfig.get(dirname(filePath));
    if (problem === undefined) {
      try {
        lintResolver = resolver ??= new ConfigResolver(RULES, options);
        if (lintResolver.isIgnored(filePath)) return undefined;
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        // An invalid config must not leave the editor blank: lint as `--no-config` would.
        problem = `invalid configuration: ${error.message}; linting with the recommended preset`;
        invalidConfig.set(dirname(filePath), problem);
      }
    }
    if (problem !== undefined) ({ options: lintOptions, resolver: lintResolver } = fallbackConfig());
    const size = Buffer.byteLength(text);
    // A huge document gets the finding a huge file gets, not seconds of parsing per keystroke.
    const design =
      size > options.maxFileSize
        ? unreadableDesign(filePath, `the document is ${size} bytes, more than the limit of ${options.maxFileSize} (--max-file-size)`)
        : loadDesign(filePath, text);
    const { results, crashes } = lintLoadedDesigns([design], lintOptions, lintResolver!);
    const data = design.data as unknown;
    if (
      problem === undefined &&
      data !== null &&
      data !== undefined &&
      (typeof data !== 'object' || Array.isArray(data) || !('mlsys' in data))
    )
      problem = 'not a design (no `mlsys` key): publishing what the linter finds';
    return { findings: results[0]!.findings, crashes, ...(problem === undefined ? {} : { problem }) };
  };

  const diagnosticsOf = (document: TextDocument): Diagnostic[] => {
    const filePath = documentPath(document.uri, options.cwd);
    const text = document.getText();
    const outcome = lintDocumentText(filePath, text);
    if (outcome === undefined) {
      linted.delete(document.uri);
      logOnce(document.uri, `mlsys-lint: ${filePath}: ignored by the config's \`ignore\` globs: no diagnostics`);
      return [];
    }
    const { crashes } = outcome;
    let { problem } = outcome;
    // A rule that threw: the other rules' findings still stand.
    if (crashes.length > 0) problem = `${crashes.map((crash) => crash.message).join('; ')}`;
    if (problem !== undefined) logOnce(document.uri, crashes.length > 0 ? `mlsys-lint: ${problem}` : `mlsys-lint: ${filePath}: ${problem}`);
    else logged.delete(document.uri);
    linted.set(document.uri, { version: document.version, findings: outcome.findings });
    return outcome.findings.map(diagnosticOf);
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
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
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
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  // A config, or a package.json that names one, changed: read them all again, once.
  connection.onDidChangeWatchedFiles(() => {
    forgetConfigs();
    for (const document of documents.all()) publish(document);
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const text = document.getText();
    const actions: CodeAction[] = [];
    const seen = new Set<string>();
    const findings = linted.get(document.uri);
    const current = findings?.version === document.version ? findings.findings : [];
    if (wants(context.only, FIX_ALL_KIND)) {
      const fixAll = fixAllAction(document, current);
      if (fixAll) actions.push(fixAll);
    }
    if (!wants(context.only, CodeActionKind.QuickFix)) return actions;
    for (const diagnostic of context.diagnostics) {
      // Some clients send diagnostics back without their source: a known rule id is enough.
      if (
        (diagnostic.source !== undefined && diagnostic.source !== DIAGNOSTIC_SOURCE) ||
        typeof diagnostic.code !== 'string' ||
        !ruleById(diagnostic.code)
      )
        continue;
      const ruleId = diagnostic.code;
      // The rule's own fix and suggestions come first, as in ESLint's editor integration.
      const finding = current.find((candidate) => sameDiagnostic(diagnosticOf(candidate), diagnostic));
      for (const action of fixActions(document, finding, diagnostic)) actions.push(action);
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

  /** "Fix all mlsys-lint problems": every fix, in passes as `--fix` makes them, as one edit of the span that changes. */
  const fixAllAction = (document: TextDocument, findings: readonly Finding[]): CodeAction | undefined => {
    if (!findings.some((finding) => finding.fix)) return undefined;
    const filePath = documentPath(document.uri, options.cwd);
    const whole = document.getText();
    const bom = whole.charCodeAt(0) === 0xfeff ? 1 : 0;
    const text = whole.slice(bom);
    const lint = (candidate: string): FileResult => resultOf(filePath, lintDocumentText(filePath, candidate)?.findings ?? []);
    const fixed = fixText(text, lint, () => true, resultOf(filePath, [...findings]));
    if (fixed.applied === 0) return undefined;
    const edit = changedSpan(text, fixed.text);
    return {
      title: 'Fix all mlsys-lint problems that have a safe fix',
      kind: FIX_ALL_KIND,
      edit: { changes: { [document.uri]: [textEditOf(document, { range: [edit.range[0] + bom, edit.range[1] + bom], text: edit.text })] } },
    };
  };

  documents.listen(connection);
  connection.listen();
}

/** The "fix all" source action's kind, as ESLint's is `source.fixAll.eslint`: editors run it on save when configured to. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mlsys-lint`;

/** Whether a code action request's `only` asks for actions of `kind` (no `only`: quick fixes, not source actions). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (only === undefined) return kind === CodeActionKind.QuickFix;
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

/** Whether a diagnostic the client sent back is this one (clients may drop fields they do not know). */
function sameDiagnostic(ours: Diagnostic, theirs: Diagnostic): boolean {
  return (
    ours.code === theirs.code &&
    ours.message === theirs.message &&
    ours.range.start.line === theirs.range.start.line &&
    ours.range.start.character === theirs.range.start.character &&
    ours.range.end.line === theirs.range.end.line &&
    ours.range.end.character === theirs.range.end.character
  );
}

/** A finding's edit as a protocol edit on the document; a byte-order mark the editor kept shifts every offset by one. */
function textEditOf(document: TextDocument, edit: FindingEdit, shift = 0): TextEdit {
  return {
    range: { start: document.positionAt(edit.range[0] + shift), end: document.positionAt(edit.range[1] + shift) },
    newText: edit.text,
  };
}

/** The quick fixes of one diagnostic: the finding's fix (preferred), then each suggestion. */
function fixActions(document: TextDocument, finding: Finding | undefined, diagnostic: Diagnostic): CodeAction[] {
  if (!finding) return [];
  const shift = document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
  const actions: CodeAction[] = [];
  if (finding.fix) {
    actions.push({
      title: `Fix: ${fixTitle(finding.fix)}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [document.uri]: [textEditOf(document, finding.fix, shift)] } },
    });
  }
  for (const suggestion of finding.suggestions ?? []) {
    actions.push({
      title: suggestion.desc,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [textEditOf(document, suggestion.fix, shift)] } },
    });
  }
  return actions;
}

/** A fix's title: what it writes. */
function fixTitle(fix: FindingEdit): string {
  const written = fix.text.trim().split(/\r?\n/, 1)[0]!;
  return `write \`${written}\``;
}

/** The one span where two texts differ, as an edit of the first: a fix-all keeps the editor's cursor and undo history small. */
function changedSpan(before: string, after: string): FindingEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  return { range: [start, before.length - end], text: after.slice(start, after.length - end) };
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
