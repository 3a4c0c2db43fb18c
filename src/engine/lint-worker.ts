import { parentPort, workerData } from 'node:worker_threads';
import { RuleCrash } from './findings-for-design.js';
import { lintFiles } from './lint-designs.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';

// One share of a parallel run (see parallel.ts).
const request = workerData as WorkerRequest;
const { results, crashes } = lintFiles(request.files, request.options);
const reply: WorkerReply = {
  results,
  crashes: crashes.map((crash: RuleCrash) => ({
    ruleId: crash.ruleId,
    filePath: crash.filePath,
    message: crash.original instanceof Error ? crash.original.message : String(crash.original),
    ...(crash.original instanceof Error && crash.original.stack ? { stack: crash.original.stack } : {}),
    ...(crash.plugin !== undefined ? { plugin: crash.plugin } : {}),
  })),
};
parentPort!.postMessage(reply);
