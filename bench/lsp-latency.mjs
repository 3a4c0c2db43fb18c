// Editor latency of `mlsys-lint lsp` (docs/performance.md, "Editor latency"): the time
// from sending `textDocument/didChange` to receiving the `publishDiagnostics` for it, over
// stdio against the built binary, after warm-up; beside it, the CLI's time for the same
// file (`mlsys-lint --no-config -f json FILE`, process start included). Not a test.
//
//   node bench/lsp-latency.mjs [--changes 200] [--warmup 30] [--cli-runs 10]
//
// Two documents: a typical design (designs/fraud-detection.yaml, 159 lines) and one of
// 2,000 lines (designs/netflix-recommendations.yaml with ~950 more architecture components
// and flows). Each change retypes one SLO value, so every change is real work.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const { values } = parseArgs({
  options: {
    changes: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '30' },
    'cli-runs': { type: 'string', default: '10' },
  },
});
const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/mlsys-lint.js');
const work = join(root, 'bench', '.work', 'lsp');
mkdirSync(work, { recursive: true });

function largeDesign() {
  const lines = readFileSync(join(root, 'designs/netflix-recommendations.yaml'), 'utf8').split('\n');
  const extraComponents = 950;
  const components = Array.from(
    { length: extraComponents },
    (_, index) => `    - {id: worker${index}, name: Worker ${index}, kind: data-processing, tech: Spark}`,
  );
  const flows = Array.from({ length: extraComponents }, (_, index) => `    - {from: worker${index}, to: store}`);
  const atComponents = lines.findIndex((line) => line.trim() === 'components:') + 1;
  lines.splice(atComponents, 0, ...components);
  const atFlows = lines.findIndex((line) => line.trim() === 'flows:') + 1;
  lines.splice(atFlows, 0, ...flows);
  return lines.join('\n');
}

const documents = [
  {
    name: 'typical design (designs/fraud-detection.yaml)',
    file: join(work, 'typical.yaml'),
    text: readFileSync(join(root, 'designs/fraud-detection.yaml'), 'utf8'),
  },
  { name: '2,000-line design', file: join(work, 'large.yaml'), text: largeDesign() },
];
for (const document of documents) writeFileSync(document.file, document.text);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (value) => `${value.toFixed(1)} ms`;

async function editorLatency(document) {
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: work, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting;
  connection.onNotification('textDocument/publishDiagnostics', () => waiting?.());
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(work).href, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL(document.file).href;
  const published = () => new Promise((resolve) => (waiting = resolve));
  let next = published();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: document.text } });
  await next;
  const line = document.text.split('\n').findIndex((text) => /latency_p99:/.test(text));
  const character = document.text.split('\n')[line].indexOf('latency_p99:') + 'latency_p99: '.length;
  const original = document.text.split('\n')[line].slice(character);
  const times = [];
  const total = Number(values.warmup) + Number(values.changes);
  for (let version = 2; version < 2 + total; version++) {
    // One keystroke's worth: the value retyped (an incremental change, as editors send).
    const value = version % 2 === 0 ? original.replace(/\d+/, (digits) => String(Number(digits) + 1)) : original;
    const previous = version % 2 === 0 ? original : original.replace(/\d+/, (digits) => String(Number(digits) + 1));
    next = published();
    const started = process.hrtime.bigint();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + previous.length } }, text: value }],
    });
    await next;
    if (version - 2 >= Number(values.warmup)) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function cliTime(document) {
  const times = [];
  for (let run = 0; run < Number(values['cli-runs']); run++) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, [bin, '--no-config', '-f', 'json', document.file], { cwd: work, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return percentile(times, 50);
}

console.log(`| Document | Lines | didChange → diagnostics p50 | p95 | CLI, one file (median of ${values['cli-runs']}) |`);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const document of documents) {
  const { p50, p95 } = await editorLatency(document);
  console.log(`| ${document.name} | ${document.text.split('\n').length} | ${ms(p50)} | ${ms(p95)} | ${ms(cliTime(document))} |`);
}
