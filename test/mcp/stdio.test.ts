// The line transport in-process, with a small limit: what is refused, what is answered, what goes on.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findRequestId, LineStdioTransport } from '../../src/mcp/stdio.js';

async function open(maxMessageBytes = 100) {
  const input = new PassThrough();
  const output = new PassThrough();
  const transport = new LineStdioTransport({ input, output, maxMessageBytes });
  const messages: unknown[] = [];
  const errors: string[] = [];
  let closed = false;
  transport.onmessage = (m) => messages.push(m);
  transport.onerror = (e) => errors.push(e.message);
  transport.onclose = () => (closed = true);
  await transport.start();
  let written = '';
  output.on('data', (d: Buffer) => (written += d.toString()));
  const replies = () => written.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: unknown; error?: { code: number; message: string } });
  /** Writes and lets the stream deliver it (PassThrough emits 'data' on a later tick). */
  const write = async (...chunks: string[]) => {
    for (const chunk of chunks) {
      input.write(chunk);
      await new Promise((r) => setImmediate(r));
    }
  };
  return { input, transport, messages, errors, replies, write, closed: () => closed };
}

const ping = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'ping' });

describe('LineStdioTransport', () => {
  it('reads a message split over chunks, with or without \\r', async () => {
    const t = await open();
    const text = ping(1);
    await t.write(text.slice(0, 10), `${text.slice(10)}\r\n${ping(2)}\n\n`);
    expect(t.messages).toEqual([JSON.parse(ping(1)), JSON.parse(ping(2))]);
  });

  it('refuses a line over the limit with an error answer to its id, and reads the next one', async () => {
    const t = await open();
    const long = (key: 'first' | 'last') =>
      key === 'first' ? `{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"note":"${'x'.repeat(300)}"}}` : `{"method":"tools/call","params":{"id":99,"note":"${'y'.repeat(300)}"},"jsonrpc":"2.0","id":"req-8"}`;
    const first = long('first');
    await t.write(first.slice(0, 60), first.slice(60, 200), `${first.slice(200)}\n`, `${long('last')}\n${ping(9)}\n`);
    expect(t.replies()).toEqual([
      { jsonrpc: '2.0', id: 7, error: { code: -32600, message: `message refused: ${first.length} bytes, more than the 100 bytes a message may have` } },
      { jsonrpc: '2.0', id: 'req-8', error: { code: -32600, message: expect.stringMatching(/^message refused: \d+ bytes/) } },
    ]);
    expect(t.messages).toEqual([JSON.parse(ping(9))]);
    expect(t.errors).toHaveLength(2);
    expect(t.closed()).toBe(false);
  });

  it('answers nothing to a refused notification or an unreadable line without an id, but says so', async () => {
    const t = await open();
    await t.write(`{"jsonrpc":"2.0","method":"notifications/x","params":{"a":"${'z'.repeat(200)}"}}\n`, 'not json\n', `{"jsonrpc":"2.0","id":3,"method":\n`, `${ping(4)}\n`);
    expect(t.replies()).toEqual([{ jsonrpc: '2.0', id: 3, error: { code: -32700, message: 'message refused: not valid JSON' } }]);
    expect(t.errors).toEqual([expect.stringMatching(/^message refused: \d+ bytes/), 'message refused: not valid JSON', 'message refused: not valid JSON (request 3)']);
    expect(t.messages).toEqual([JSON.parse(ping(4))]);
  });

  it('closes when its input ends', async () => {
    const t = await open();
    t.input.end();
    await new Promise((r) => setImmediate(r));
    expect(t.closed()).toBe(true);
  });
});

describe('findRequestId', () => {
  it('takes the id only as the first or the last key of the object, never one inside params', () => {
    expect(findRequestId('{"jsonrpc":"2.0","id":12,"method":"m"', '')).toBe(12);
    expect(findRequestId('{"id":"a\\"b","method":"m"', '')).toBe('a"b');
    expect(findRequestId('{"method":"m","params":{"id":5', '"x"},"jsonrpc":"2.0","id":6}')).toBe(6);
    expect(findRequestId('{"method":"m","params":{"id":5', '"x","id":5}}')).toBeNull();
    expect(findRequestId('{"method":"m","params":{"s":"\\"id\\":5}"', '"\\"id\\":5}"}')).toBeNull();
  });
});
