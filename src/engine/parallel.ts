import { Worker } from 'node:worker_threads';
import type { FileResult } from '../types.js';
import { RuleCrash } from './findings-for-design.js';
import { lintFiles } from './lint-designs.js';
import type { LintOptions } from './lint-options.js';

/** What a worker sends back: results, and crashes as plain data (class instances do not cross threads). */
export interface WorkerReply {
  results: FileResult[];
  crashes: { ruleId: string; filePath: string; message: string; stack?: string; plugin?: string }[];
}

export interface WorkerRequest {
  files: string[];
  options: LintOptions;
}

/**
 * Lints files on `threads` threads: the main thread takes the first share while workers
 * take the others, and the shares are joined in file order, so that the output is the
 * same whatever the concurrency.
 */
export async function lintInParallel(
  files: readonly string[],
  options: LintOptions,
  threads: number,
): Promise<{ results: FileResult[]; crashes: RuleCrash[] }> {
  const share = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, index) => files.slice(index * share, (index + 1) * share));
  // Functions cannot be sent to a worker (lintPaths lints on this thread alone when `rules` is given).
  const { rules: _rules, ...plainOptions } = options;
  const pending = shares.slice(1).map((part) => runWorker({ files: part, options: plainOptions }));
  const own = lintFiles(shares[0]!, options);
  const replies = await Promise.all(pending);
  const results = [...own.results];
  const crashes = [...own.crashes];
  for (const reply of replies) {
    // A loop, not push(...): a worker's share can be more results than a call has room for arguments.
    for (const result of reply.results) results.push(result);
    for (const crash of reply.crashes) {
      const original = new Error(crash.message);
      if (crash.stack) original.stack = crash.stack;
      crashes.push(new RuleCrash(crash.ruleId, crash.filePath, original, crash.plugin));
    }
  }
  return { results, crashes };
}

/** The worker beside this module, built as it was: CommonJS in the command line's bundle (dist/bundle/main.cjs), an ES module elsewhere. */
const WORKER_FILE = import.meta.url.endsWith('.cjs') ? './lint-worker.cjs' : './lint-worker.js';

function runWorker(request: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(WORKER_FILE, import.meta.url), { workerData: request });
    worker.once('message', (reply: WorkerReply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a lint worker stopped with exit code ${code}`));
    });
  });
}
