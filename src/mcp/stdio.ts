// The MCP stdio transport: one JSON-RPC message per line, stdin in, stdout out. In place of the
// SDK's StdioServerTransport, which closes itself for good on one message over 10 MB: the session
// was over, every later call refused or left waiting. Here a message that cannot be read is
// refused on its own (an error answer when its id can be found, a line on stderr always) and the
// session goes on. Lines too long are skipped as they stream in, never buffered whole.
import type { Readable, Writable } from 'node:stream';
import { deserializeMessage, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/** The SDK's own limit: the largest message read (bytes, without its newline). */
export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
/** How much of each end of a refused line is kept to find its id. */
const EDGE_BYTES = 4096;

type RequestId = string | number;

/** The id of a JSON-RPC request, read from the start or the end of its text (the object's first or last key). */
export function findRequestId(head: string, tail: string): RequestId | null {
  const value = String.raw`(-?\d{1,15}|"(?:[^"\\]|\\.){0,256}")`;
  const first = new RegExp(String.raw`^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*${value}\s*[,}]`).exec(head);
  const last = new RegExp(String.raw`[{,]\s*"id"\s*:\s*${value}\s*\}\s*$`).exec(tail);
  const raw = first?.[1] ?? last?.[1];
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw) as RequestId;
  } catch {
    return null;
  }
}

export interface LineTransportOptions {
  input?: Readable;
  output?: Writable;
  maxMessageBytes?: number;
}

export class LineStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private readonly input: Readable;
  private readonly output: Writable;
  private readonly maxBytes: number;
  private chunks: Buffer[] = [];
  private size = 0;
  /** The line being skipped: its length so far and its first and last bytes. */
  private skipping: { bytes: number; head: string; tail: Buffer } | null = null;
  private closed = false;

  constructor(options: LineTransportOptions = {}) {
    this.input = options.input ?? process.stdin;
    this.output = options.output ?? process.stdout;
    this.maxBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  }

  private readonly onData = (chunk: Buffer | string): void => {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    while (start <= data.length) {
      const newline = data.indexOf(0x0a, start);
      const piece = data.subarray(start, newline === -1 ? data.length : newline);
      this.take(piece);
      if (newline === -1) return;
      this.endLine();
      start = newline + 1;
    }
  };

  private readonly onInputError = (error: Error): void => this.onerror?.(error);
  private readonly onEnd = (): void => void this.close();

  async start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('error', this.onInputError);
    this.input.on('end', this.onEnd);
  }

  private take(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.skipping) {
      this.skipping.bytes += piece.length;
      this.skipping.tail = Buffer.concat([this.skipping.tail, piece]).subarray(-EDGE_BYTES);
      return;
    }
    if (this.size + piece.length <= this.maxBytes) {
      this.chunks.push(piece);
      this.size += piece.length;
      return;
    }
    // Too long: keep both ends to find the id, let go of the rest.
    const sofar = Buffer.concat([...this.chunks, piece]);
    this.skipping = { bytes: sofar.length, head: sofar.subarray(0, EDGE_BYTES).toString('utf8'), tail: Buffer.from(sofar.subarray(-EDGE_BYTES)) };
    this.chunks = [];
    this.size = 0;
  }

  private endLine(): void {
    if (this.skipping) {
      const { bytes, head, tail } = this.skipping;
      this.skipping = null;
      this.refuse(findRequestId(head, tail.toString('utf8')), ErrorCode.InvalidRequest, `message refused: ${bytes} bytes, more than the ${this.maxBytes} bytes a message may have`);
      return;
    }
    const line = Buffer.concat(this.chunks, this.size).toString('utf8').replace(/\r$/, '');
    this.chunks = [];
    this.size = 0;
    if (line.trim() === '') return;
    let message: JSONRPCMessage;
    try {
      message = deserializeMessage(line);
    } catch (error) {
      const invalidJson = error instanceof SyntaxError;
      const reason = invalidJson ? 'not valid JSON' : 'not a JSON-RPC 2.0 message';
      this.refuse(findRequestId(line.slice(0, EDGE_BYTES), line.slice(-EDGE_BYTES)), invalidJson ? ErrorCode.ParseError : ErrorCode.InvalidRequest, `message refused: ${reason}`);
      return;
    }
    this.onmessage?.(message);
  }

  /** An error answer when the request's id is known (a notification gets none), and always a diagnostic. */
  private refuse(id: RequestId | null, code: number, text: string): void {
    this.onerror?.(new Error(id === null ? text : `${text} (request ${JSON.stringify(id)})`));
    if (id !== null) void this.send({ jsonrpc: '2.0', id, error: { code, message: text } });
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve) => {
      if (this.output.write(serializeMessage(message))) resolve();
      else this.output.once('drain', resolve);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('error', this.onInputError);
    this.input.off('end', this.onEnd);
    this.input.pause();
    this.chunks = [];
    this.skipping = null;
    this.onclose?.();
  }
}
