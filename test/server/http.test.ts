// The HTTP server in-process, with its timeouts shortened: which connections it drops, and which not.
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDashboardServer, type DashboardServer, type ServerTimeouts } from '../../src/server/http.js';
import { waitFor } from '../helpers/serve.js';

const SHORT: ServerTimeouts = { headersMs: 300, requestMs: 400, keepAliveMs: 200, idleMs: 400, heartbeatMs: 100, closeGraceMs: 100 };
const servers: DashboardServer[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await server.close();
});

async function start(options: { timeouts?: Partial<ServerTimeouts>; maxEventClients?: number; html?: string } = {}) {
  const html = options.html ?? '<!doctype html><title>t</title>';
  const dashboard = createDashboardServer({
    siteDir: mkdtempSync(join(tmpdir(), 'tutor-site-')),
    host: '127.0.0.1',
    current: () => ({ version: 1, html }),
    timeouts: { ...SHORT, ...options.timeouts },
    ...(options.maxEventClients !== undefined ? { maxEventClients: options.maxEventClients } : {}),
  });
  servers.push(dashboard);
  dashboard.server.listen(0, '127.0.0.1');
  await once(dashboard.server, 'listening');
  return { dashboard, port: (dashboard.server.address() as { port: number }).port };
}

/** A raw connection that records what it reads and whether the server ended it. */
function client(port: number, request: string, read = true) {
  const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  sockets.push(socket);
  const state = { text: '', ended: false };
  socket.on('data', (d: Buffer) => (state.text += d.toString('latin1')));
  socket.on('end', () => (state.ended = true));
  socket.on('error', () => undefined);
  socket.write(request);
  if (!read) socket.pause();
  return state;
}

const request = (path: string, port: number) => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`;

describe('createDashboardServer timeouts', () => {
  it("drops an idle keep-alive connection but keeps a live page's event stream open on its heartbeat", async () => {
    const { port } = await start();
    const page = client(port, request('/', port));
    const events = client(port, request('/__tutor/events', port));
    await waitFor('the page to be answered', () => (/^HTTP\/1\.1 200 /.test(page.text) ? true : undefined), 2_000);
    await waitFor('the idle keep-alive connection to be ended', () => (page.ended ? true : undefined), 2_000);
    // Eight heartbeats take twice the idle timeout: the stream outlives it and is still open.
    await waitFor('eight heartbeats', () => ((events.text.match(/: keep-alive\n\n/g)?.length ?? 0) >= 8 ? true : undefined), 3_000);
    expect(events.text).toMatch(/^HTTP\/1\.1 200 [\s\S]*event: version\ndata: 1\n\n/);
    expect(events.ended).toBe(false);
  });

  it('drops a connection whose client stops reading in the middle of a response', async () => {
    const { dashboard, port } = await start({ html: `<!doctype html><title>big</title>${'x'.repeat(16 * 1024 * 1024)}` });
    client(port, request('/', port), false);
    const connections = () => new Promise<number>((resolve) => dashboard.server.getConnections((_, n) => resolve(n)));
    let open = -1;
    const poll = setInterval(() => void connections().then((n) => (open = n)), 25);
    try {
      await waitFor('the server to take the connection', () => (open === 1 ? true : undefined), 2_000);
      await waitFor(() => `the stalled connection to be dropped (open: ${open})`, () => (open === 0 ? true : undefined), 3_000);
    } finally {
      clearInterval(poll);
    }
  });
});
