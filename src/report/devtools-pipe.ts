import type { Readable, Writable } from 'node:stream';

/**
 * The Chrome DevTools Protocol over the pipe Chromium opens with `--remote-debugging-pipe`:
 * commands go to the browser on its file descriptor 3, answers and events come back on 4,
 * each message JSON ending in a NUL byte.
 *
 * `--svg` needs four commands (find the page, attach, navigate, evaluate), so this is the
 * whole client: loading Puppeteer for them would cost more than drawing several diagrams.
 */

interface Pending {
  method: string;
  resolve(result: Record<string, unknown>): void;
  reject(error: Error): void;
}

/** An answer to a command (with its id) or an event (without). */
interface Message {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export class DevToolsPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly received: Buffer[] = [];
  private closedBecause: string | undefined;

  /** Whether the pipe is closed: every command now fails. */
  get closed(): boolean {
    return this.closedBecause !== undefined;
  }

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk));
    // The owner knows when and why the browser went away (its exit code, its last words) and
    // calls `close` then; an error on the pipe itself must not throw meanwhile.
    fromBrowser.on('error', () => {});
    toBrowser.on('error', () => {});
  }

  /** Sends a command and resolves with its result; rejects with the browser's error, or when the pipe closes first. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.closedBecause !== undefined) return Promise.reject(new Error(this.closedBecause));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { method, resolve, reject });
      this.toBrowser.write(`${JSON.stringify(sessionId === undefined ? { id, method, params } : { id, method, params, sessionId })}\0`);
    });
  }

  /** Fails every command still waiting, and every later one, with `reason`. */
  close(reason: string): void {
    if (this.closedBecause !== undefined) return;
    this.closedBecause = reason;
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.reject(new Error(reason));
    }
  }

  private receive(chunk: Buffer): void {
    // Split on NUL bytes only once a message is whole: a chunk may end inside a multi-byte character.
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      this.received.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.received).toString('utf8');
      this.received.length = 0;
      start = end + 1;
      this.dispatch(JSON.parse(text) as Message);
    }
    if (start < chunk.length) this.received.push(chunk.subarray(start));
  }

  private dispatch(message: Message): void {
    // Events (no id) are not needed: the renderer asks the page rather than waiting to be told.
    if (message.id === undefined) return;
    const pending = this.pending.get(message.id);
    if (pending === undefined) return;
    this.pending.delete(message.id);
    if (message.error !== undefined) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
    else pending.resolve(message.result ?? {});
  }
}
