import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

// The real yaml-language-server, as editors run it, on the committed schema: completion and
// hover for the known keys, with titles that read as the field's name.
const require = createRequire(import.meta.url);
const serverBin = require.resolve('yaml-language-server/bin/yaml-language-server');
const schemaPath = fileURLToPath(new URL('../../schemas/ml-system-design.schema.json', import.meta.url));

const DESIGN = `# yaml-language-server: $schema=${schemaPath}
mlsys: 1
name: x
requirements:
  success_metrics: [Late delivery rate]
  scale:
    orders_per_day: 2M
deployment:
  fallback: Popular titles
  mode: real-time
  slo:
    latency: {p99: 120ms}
    
`;
const uri = 'file:///virtual/design.yaml';

let connection: MessageConnection;
let server: ReturnType<typeof spawn>;

beforeAll(async () => {
  server = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => ({ validate: true, hover: true, completion: true })),
  );
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } },
  });
  void connection.sendNotification('initialized', {});
  void connection.sendNotification('workspace/didChangeConfiguration', {
    settings: { yaml: { validate: true, hover: true, completion: true } },
  });
  void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: DESIGN } });
}, 30_000);

afterAll(() => {
  connection?.dispose();
  server?.kill();
});

async function hoverTitle(line: number, character: number): Promise<string> {
  const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as {
    contents: { value: string };
  } | null;
  return /^#### (.*)$/m.exec(hover?.contents.value ?? '')?.[1] ?? '';
}

describe('the schema in yaml-language-server', () => {
  it('hovers with the field name as title, once, for string-or-list and open fields', async () => {
    expect(await hoverTitle(4, 5)).toBe('Success metrics');
    expect(await hoverTitle(8, 5)).toBe('Fallback');
    expect(await hoverTitle(6, 6)).toBe('Scale dimension');
    expect(await hoverTitle(11, 6)).toBe('Latency');
    expect(await hoverTitle(9, 4)).toBe('One mode');
  }, 30_000);

  it('completes the known keys, the new latency percentiles among them', async () => {
    const completion = (await connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 12, character: 4 },
    })) as { items: { label: string }[] };
    expect(completion.items.map((item) => item.label)).toEqual([
      'latency_p50',
      'latency_p90',
      'latency_p95',
      'latency_p99',
      'latency_p999',
      'throughput',
      'availability',
      'cost_per_prediction',
    ]);
  }, 30_000);
});
