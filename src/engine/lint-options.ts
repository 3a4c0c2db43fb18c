import type { Baseline, ConfigOptions } from '../config/index.js';
import type { Rule } from '../rules/index.js';
import type { NamedFile } from '../util/output-collisions.js';

/** What a lint run is told: the configuration, and how to run (threads, cache, outputs). */
export interface LintOptions extends ConfigOptions {
  /** Report inline directives that suppressed nothing. */
  reportUnusedDisableDirectives: boolean;
  /** Findings accepted by a baseline are left out. */
  baseline?: Baseline;
  /** Files larger than this many bytes are refused with a finding. */
  maxFileSize: number;
  rules?: readonly Rule[];
  /** Threads to lint with when there are enough files to make it worthwhile; 1 lints on the main thread only. */
  concurrency?: number;
  /** Files each thread must have before another thread is started (default `FILES_PER_THREAD`). */
  filesPerThread?: number;
  /** Reuse results of unchanged files (`--cache`), kept at `cacheLocation`. */
  cache?: boolean;
  cacheLocation?: string;
  /** Version of the tool, part of every cache key. */
  toolVersion?: string;
  /**
   * The files this run will write besides the cache (format outputs, a baseline being
   * written). Before anything is written, they and the cache are checked against the
   * run's inputs and each other (see `checkOutputCollisions`).
   */
  outputs?: readonly NamedFile[];
}
