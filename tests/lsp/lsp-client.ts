import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { BIN } from '../cli/run-cli.js';

/** A diagnostic as the protocol carries it (the fields the tests look at). */
export interface WireDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code?: string;
  codeDescription?: { href: string };
  source: string;
  message: string;
}

export interface TextEdit {
  range: WireDiagnostic['range'];
  newText: string;
}

export interface CodeAction {
  title: string;
  kind: string;
  diagnostics: WireDiagnostic[];
  edit: { changes: Record<string, TextEdit[]> };
}

/**
 * A language client over standard input and output, talking to the built binary as an
 * editor does (`mlsys-lint lsp --stdio`): it records every published diagnostic and log line.
 */
export class LspClient {
  readonly logs: string[] = [];
  private readonly published = new Map<string, WireDiagnostic[][]>();
  private readonly waiting = new Map<string, ((diagnostics: WireDiagnostic[]) => void)[]>();
  private readonly versions = new Map<string, number>();
  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static async start(cwd: string, flags: readonly string[] = []): Promise<LspClient> {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio', ...flags], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: WireDiagnostic[] }) =>
      client.receive(params.uri, params.diagnostics),
    );
    connection.onNotification('window/logMessage', (params: { message: string }) => void client.logs.push(params.message));
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private receive(uri: string, diagnostics: WireDiagnostic[]): void {
    const resolve = this.waiting.get(uri)?.shift();
    if (resolve) resolve(diagnostics);
    else this.published.set(uri, [...(this.published.get(uri) ?? []), diagnostics]);
  }

  /** The next diagnostics published for `uri`. */
  nextDiagnostics(uri: string): Promise<WireDiagnostic[]> {
    const queued = this.published.get(uri)?.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), resolve]));
  }

  async open(uri: string, text: string): Promise<WireDiagnostic[]> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return this.nextDiagnostics(uri);
  }

  /** Replaces the whole text, as a client without incremental sync does. */
  async change(uri: string, text: string): Promise<WireDiagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return this.nextDiagnostics(uri);
  }

  async close(uri: string): Promise<WireDiagnostic[]> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return this.nextDiagnostics(uri);
  }

  codeActions(uri: string, diagnostics: WireDiagnostic[]): Promise<CodeAction[]> {
    const range = diagnostics[0]!.range;
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  async watchedFilesChanged(uris: readonly string[]): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: uris.map((uri) => ({ uri, type: 2 })) });
  }

  /** Shuts the server down as a client does; resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

/** Text with edits applied (no two overlapping), as an editor applies a WorkspaceEdit. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const offset = (position: { line: number; character: number }) => (lineStarts[position.line] ?? text.length) + position.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}
