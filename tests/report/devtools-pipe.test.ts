import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DevToolsPipe } from '../../src/report/devtools-pipe.js';

function connected() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const sent: string[] = [];
  toBrowser.on('data', (chunk: Buffer) => sent.push(chunk.toString('utf8')));
  return { pipe: new DevToolsPipe(toBrowser, fromBrowser), fromBrowser, sent };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('DevToolsPipe', () => {
  it('sends each command as JSON ending in a NUL byte, with its session when it has one', async () => {
    const { pipe, sent } = connected();
    void pipe.send('Target.getTargets');
    void pipe.send('Runtime.evaluate', { expression: '1' }, 'session-1');
    await tick();
    expect(sent.join('')).toBe(
      '{"id":1,"method":"Target.getTargets","params":{}}\0' +
        '{"id":2,"method":"Runtime.evaluate","params":{"expression":"1"},"sessionId":"session-1"}\0',
    );
  });

  it('matches answers to commands by id, whatever their order and however the bytes are split', async () => {
    const { pipe, fromBrowser } = connected();
    const first = pipe.send('A');
    const second = pipe.send('B');
    const bytes = Buffer.from(
      '{"method":"Page.loadEventFired","params":{}}\0{"id":2,"result":{"text":"é€😀"}}\0{"id":1,"result":{"value":1}}\0',
      'utf8',
    );
    // One byte at a time: every multi-byte character is cut somewhere.
    for (const byte of bytes) fromBrowser.write(Buffer.from([byte]));
    await expect(second).resolves.toEqual({ text: 'é€😀' });
    await expect(first).resolves.toEqual({ value: 1 });
  });

  it('reads several messages from one chunk', async () => {
    const { pipe, fromBrowser } = connected();
    const answers = [pipe.send('A'), pipe.send('B'), pipe.send('C')];
    fromBrowser.write('{"id":1,"result":{}}\0{"id":2,"result":{"n":2}}\0{"id":3}\0');
    await expect(Promise.all(answers)).resolves.toEqual([{}, { n: 2 }, {}]);
  });

  it("rejects a command with the browser's error, named after the command", async () => {
    const { pipe, fromBrowser } = connected();
    const answer = pipe.send('Page.navigate', { url: 'x' });
    fromBrowser.write('{"id":1,"error":{"code":-32000,"message":"Cannot navigate to invalid URL"}}\0');
    await expect(answer).rejects.toThrow('Page.navigate: Cannot navigate to invalid URL');
  });

  it('fails the commands waiting, and every later one, with the reason it was closed for', async () => {
    const { pipe, sent } = connected();
    const waiting = pipe.send('Runtime.evaluate');
    expect(pipe.closed).toBe(false);
    pipe.close('Chromium stopped (exit code 1)');
    pipe.close('a second reason is ignored');
    expect(pipe.closed).toBe(true);
    await expect(waiting).rejects.toThrow(/^Chromium stopped \(exit code 1\)$/);
    await expect(pipe.send('Target.getTargets')).rejects.toThrow(/^Chromium stopped \(exit code 1\)$/);
    await tick();
    expect(sent).toHaveLength(1);
  });
});
