import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { makeDirectory, temporaryFileOwner, writeFileAtomic } from '../util/write-atomic.js';

/** The only names written into the report folder: made from validated design ids, never from paths. */
const REPORT_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:md|mmd|svg)$/;

/** Where a report file goes: inside `dir`, or an error (defence in depth: names come from validated ids). */
export function reportPath(dir: string, name: string): string {
  const folder = resolve(dir);
  const path = resolve(folder, name);
  if (!REPORT_FILE.test(name) || dirname(path) !== folder) throw new Error(`refusing to write \`${name}\`: not a report file name`);
  return path;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function ensureFolder(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`cannot write reports to \`${dir}\`: it is not a folder`);
  makeDirectory(dir);
}

/**
 * Removes temporary files that a run killed between writing and renaming left behind
 * (the reports themselves are whole either way). Files of a process still running are
 * left alone: it may be writing into the same folder right now.
 */
function removeLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    const owner = temporaryFileOwner(name);
    // Only temporary files of report files: the folder may hold other people's files.
    if (owner === undefined || !REPORT_FILE.test(name.slice(1).replace(/\.\d+\.[0-9a-f]{8}\.tmp$/, '')) || isRunning(owner)) continue;
    rmSync(resolve(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What writing did: files whose content changed (or that were new), and files left as they were. */
export interface WriteSummary {
  written: string[];
  unchanged: string[];
}

/** Writes each file into `dir` atomically, leaving files that already hold the same bytes untouched. */
export function writeReports(dir: string, files: ReadonlyMap<string, string>): WriteSummary {
  ensureFolder(dir);
  removeLeftovers(dir);
  const summary: WriteSummary = { written: [], unchanged: [] };
  for (const [name, content] of files) {
    const path = reportPath(dir, name);
    if (readOrUndefined(path) === content) {
      summary.unchanged.push(name);
      continue;
    }
    writeFileAtomic(path, content, { confined: true });
    summary.written.push(name);
  }
  return summary;
}

/** Reports that `--check` found out of date. */
export interface CheckSummary {
  /** Present but with other content. */
  stale: string[];
  /** Absent. */
  missing: string[];
}

/**
 * Compares `files` with what `dir` holds, writing nothing. `present` names files that only
 * have to exist (SVG images, whose bytes depend on the fonts of the machine that drew them).
 */
export function checkReports(dir: string, files: ReadonlyMap<string, string>, present: readonly string[] = []): CheckSummary {
  const summary: CheckSummary = { stale: [], missing: [] };
  for (const [name, content] of files) {
    const actual = readOrUndefined(reportPath(dir, name));
    if (actual === undefined) summary.missing.push(name);
    else if (actual !== content) summary.stale.push(name);
  }
  for (const name of present) if (!existsSync(reportPath(dir, name))) summary.missing.push(name);
  return summary;
}
