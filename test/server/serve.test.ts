// `tutor serve` as a user runs it: a real process, real HTTP on 127.0.0.1, raw TCP for hostile input.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer as createTcpServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../src/app/serve.js';
import { workspaceAt } from '../../src/store/workspace.js';
import { CAN_COUNT_SOCKETS, countSockets, startServe, waitFor } from '../helpers/serve.js';
import { runCli, tempWorkspace, type TempWorkspace } from '../helpers/workspace.js';

const SECRET = 'SECRET-MARKER-7f3a';
const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

async function serve(ws: TempWorkspace, args: string[] = ['--port', '0']) {
  const started = await startServe(ws.root, ws.env, args);
  running.push(started.child);
  return started;
}

/** Sends bytes over raw TCP and returns the status code and the whole response. */
function raw(port: number, request: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setTimeout(5_000, () => {
      socket.destroy();
      reject(new Error(`no answer to ${JSON.stringify(request.slice(0, 60))}`));
    });
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.on('error', reject);
    socket.write(request);
  });
}

const get = (path: string, host: string) => `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;

/**
 * A client that sends `request` and then never closes its side: it either reads what comes back
 * (`got` fills up) or, paused, reads nothing at all.
 */
function stubborn(port: number, request: string, read: boolean): { socket: Socket; got: () => string } {
  const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  let got = '';
  socket.on('error', () => undefined);
  socket.on('data', (d: Buffer) => (got += d.toString('latin1')));
  socket.write(request);
  if (!read) socket.pause();
  return { socket, got: () => got };
}

const opened: Socket[] = [];
afterEach(() => {
  for (const socket of opened.splice(0)) socket.destroy();
});

describe('tutor serve', () => {
  it('serves the dashboard with safe headers and stops cleanly on SIGTERM', async () => {
    const ws = tempWorkspace({ git: false });
    const { child, url } = await serve(ws);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toContain('Exit test: Mechanism 0/1 · Build 0/1');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const started = Date.now();
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('pushes a new version to open pages within a second of a tutor log in another process', async () => {
    const ws = tempWorkspace({ git: false });
    const { url } = await serve(ws);
    const events = await fetch(new URL('/__tutor/events', url));
    const reader = events.body!.getReader();
    const decoder = new TextDecoder();
    let stream = '';
    const nextVersion = async (deadlineMs: number) => {
      const deadline = Date.now() + deadlineMs;
      for (;;) {
        const versions = [...stream.matchAll(/event: version\ndata: (\d+)/g)].map((m) => Number(m[1]));
        if (versions.length >= 2) return versions;
        if (Date.now() > deadline) throw new Error(`no new version within ${deadlineMs} ms; stream: ${stream}`);
        const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), 200))]);
        if (chunk && !chunk.done) stream += decoder.decode(chunk.value);
      }
    };
    await new Promise((r) => setTimeout(r, 300));
    const logged = await runCli(['log', '--concept', 'tokenization', '--quality', '0.9'], { cwd: ws.root, env: ws.env });
    expect(logged.code).toBe(0);
    const loggedAt = Date.now();
    const versions = await nextVersion(3_000);
    expect(Date.now() - loggedAt).toBeLessThan(1_000);
    expect(versions.slice(0, 2)).toEqual([1, 2]);
    expect(await (await fetch(url)).text()).toContain('mastery 90%');
    await reader.cancel();
  });

  it('with the course file broken mid-edit, shows the last good page under a banner saying why, and drops it once fixed', async () => {
    const ws = tempWorkspace({ git: false });
    await runCli(['log', '--concept', 'tokenization', '--quality', '0.9'], { cwd: ws.root, env: ws.env });
    const { url } = await serve(ws);
    const good = readFileSync(ws.file('memory/domain.json'), 'utf8');
    const pageSays = async (text: string, deadlineMs = 3_000) => {
      const deadline = Date.now() + deadlineMs;
      for (;;) {
        const html = await (await fetch(url)).text();
        if (html.includes(text)) return html;
        if (Date.now() > deadline) throw new Error(`the page never said ${JSON.stringify(text)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const typo = JSON.parse(good);
    typo.concepts[1].prereqs = ['tokenizaton'];
    writeFileSync(ws.file('memory/domain.json'), JSON.stringify(typo));
    const broken = await pageSays('This page is not current: the course file is broken.');
    expect(broken).toContain('unknown concept &quot;tokenizaton&quot;');
    expect(broken).toContain('mastery 90%');
    writeFileSync(ws.file('memory/domain.json'), good);
    const fixed = await pageSays('mastery 90%');
    await new Promise((r) => setTimeout(r, 500));
    expect(await (await fetch(url)).text()).not.toContain('This page is not current');
    expect(fixed).toBeTruthy();
  });

  it('answers hostile requests with 400/404/405/421/431, never serves outside site/, and stays up', async () => {
    const ws = tempWorkspace({ git: false });
    writeFileSync(ws.file('SECRET.txt'), SECRET);
    await runCli(['log', '--concept', 'tokenization', '--quality', '0.5', '--note', SECRET], { cwd: ws.root, env: ws.env });
    writeFileSync(ws.file('site/.hidden.html'), SECRET);
    symlinkSync(ws.file('memory/evidence.jsonl'), ws.file('site/link.html'));
    symlinkSync(ws.file('memory'), ws.file('site/mem'));
    const { port } = await serve(ws);
    const host = `127.0.0.1:${port}`;
    const hostile = [
      get('/../memory/evidence.jsonl', host),
      get('/%2e%2e/memory/evidence.jsonl', host),
      get('/%2E%2E%2Fmemory%2Fevidence.jsonl', host),
      get('/..%2fSECRET.txt', host),
      get('/..%5cSECRET.txt', host),
      get('/%252e%252e/SECRET.txt', host),
      get('/link.html', host),
      get('/mem/evidence.jsonl', host),
      get('/.hidden.html', host),
      get('/index.html%00.txt', host),
      get('/%ZZ', host),
      get('//SECRET.txt', host),
      get(`/${'a'.repeat(8_000)}`, host),
      get('http://evil.example/SECRET.txt', host),
      `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Big: ${'b'.repeat(40_000)}\r\nConnection: close\r\n\r\n`,
      get('/', `evil.example:${port}`),
      get('/', `127.0.0.1:${port + 1}`),
      'GET / HTTP/1.0\r\n\r\n',
      ...['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH'].map((m) => `${m} / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`),
      'HELLO\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: \u0000\r\n\r\n',
    ];
    for (const request of hostile) {
      const { status, text } = await raw(port, request);
      expect([400, 404, 405, 421, 431], request.slice(0, 70)).toContain(status);
      expect(text).not.toContain(SECRET);
      if (status === 405) expect(text).toMatch(/\r\nAllow: GET, HEAD\r\n/);
    }
    const after = await raw(port, get('/', host));
    expect(after.status).toBe(200);
  });

  it.runIf(CAN_COUNT_SOCKETS)('closes the connection after an error answer even when the client never closes its side, and keeps serving', async () => {
    const ws = tempWorkspace({ git: false });
    const { child, port } = await serve(ws);
    const pid = child.pid as number;
    const baseline = countSockets(pid);
    const host = `127.0.0.1:${port}`;
    const requests = [
      ...Array.from({ length: 20 }, () => 'HELLO\r\n\r\n'),
      ...Array.from({ length: 15 }, () => `GET /missing.html HTTP/1.1\r\nHost: ${host}\r\n\r\n`),
      ...Array.from({ length: 15 }, () => `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\n\r\n`),
    ];
    // Half of them read their answer and ignore it; the other half never read a byte.
    const clients = requests.map((request, i) => stubborn(port, request, i % 2 === 0));
    opened.push(...clients.map((c) => c.socket));
    await waitFor('every reading client to get its error answer', () => (clients.every((c, i) => i % 2 === 1 || /^HTTP\/1\.1 4\d\d /.test(c.got())) ? true : undefined), 5_000);
    // The server accepts in order: once it answers a later connection, it has taken all of these.
    expect((await raw(port, get('/', host))).status).toBe(200);
    await waitFor(() => `the server to close all ${requests.length} connections (still holding ${countSockets(pid) - baseline})`, () => (countSockets(pid) <= baseline ? true : undefined), 5_000);
    expect(clients.filter((c) => !c.socket.destroyed).length).toBe(requests.length);
    expect((await raw(port, get('/', host))).status).toBe(200);
  });

  it.runIf(CAN_COUNT_SOCKETS)('drops connections that send nothing, or half a request, within the headers timeout', async () => {
    const ws = tempWorkspace({ git: false });
    const { child, port } = await serve(ws);
    const pid = child.pid as number;
    const baseline = countSockets(pid);
    const host = `127.0.0.1:${port}`;
    const silent = Array.from({ length: 10 }, () => stubborn(port, '', true));
    const partial = Array.from({ length: 10 }, () => stubborn(port, `GET / HTTP/1.1\r\nHost: ${host}\r\n`, true));
    opened.push(...[...silent, ...partial].map((c) => c.socket));
    expect((await raw(port, get('/', host))).status).toBe(200);
    await waitFor('the server to hold the 20 idle connections', () => (countSockets(pid) >= baseline + 20 ? true : undefined), 5_000);
    // 10 s for the headers, checked every second: well before 20 s.
    await waitFor(() => `the server to drop the idle connections (still holding ${countSockets(pid) - baseline})`, () => (countSockets(pid) <= baseline ? true : undefined), 20_000, 100);
    expect((await raw(port, get('/', host))).status).toBe(200);
  });

  it('with 64 pages open, one more ends the oldest stream with a retry instead of refusing the new page', async () => {
    const ws = tempWorkspace({ git: false });
    const { port } = await serve(ws);
    const events = `GET /__tutor/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`;
    const connected = (c: { got: () => string }) => /^HTTP\/1\.1 200 [\s\S]*event: version\ndata: 1\n\n/.test(c.got());
    const pages: ReturnType<typeof stubborn>[] = [];
    // One at a time, so the order of arrival (and so which one is the oldest) is known.
    for (let i = 0; i < 64; i++) {
      const page = stubborn(port, events, true);
      opened.push(page.socket);
      pages.push(page);
      await waitFor(`page ${i + 1} to connect`, () => (connected(page) ? true : undefined), 5_000);
    }
    const newest = stubborn(port, events, true);
    opened.push(newest.socket);
    await waitFor('the 65th page to connect', () => (connected(newest) ? true : undefined), 5_000);
    const oldest = pages[0] as ReturnType<typeof stubborn>;
    // The oldest stream ends (the last chunk of a chunked response) after telling the page to wait.
    await waitFor(() => `the oldest stream to end; it got: ${JSON.stringify(oldest.got().slice(-80))}`, () => (/retry: 10000\n\n\r\n0\r\n\r\n$/.test(oldest.got()) ? true : undefined), 5_000);
    expect(newest.got()).not.toContain('503');
    expect(pages.slice(1).every((page) => !page.got().includes('retry: 10000'))).toBe(true);
    // When the page comes back, it is let in the same way and is told the current version first.
    const back = stubborn(port, events, true);
    opened.push(back.socket);
    await waitFor('the evicted page to reconnect', () => (connected(back) ? true : undefined), 5_000);
    await waitFor('the next oldest stream to end', () => ((pages[1] as ReturnType<typeof stubborn>).got().includes('retry: 10000') ? true : undefined), 5_000);
  });

  it('answers 404 for a FIFO or a socket in site/ and keeps serving everyone else', async () => {
    const ws = tempWorkspace({ git: false });
    mkdirSync(ws.file('site'));
    writeFileSync(ws.file('site/real.html'), '<!doctype html><title>A real page</title><p>real</p>');
    execFileSync('mkfifo', [ws.file('site/pipe.html')]);
    const unix = createTcpServer().listen(ws.file('site/socket.html'));
    await new Promise((r) => unix.once('listening', r));
    try {
      const { port } = await serve(ws);
      const host = `127.0.0.1:${port}`;
      // raw() gives up after 5 s: a server stuck opening the pipe answers nothing at all.
      expect((await raw(port, get('/pipe.html', host))).status).toBe(404);
      expect((await raw(port, get('/socket.html', host))).status).toBe(404);
      const real = await raw(port, get('/real.html', host));
      expect(real.status).toBe(200);
      expect(real.text).toContain('<p>real</p>');
      // A pipe made while serving is not opened either, by the request or by the re-render.
      execFileSync('mkfifo', [ws.file('site/later.html')]);
      expect((await raw(port, get('/later.html', host))).status).toBe(404);
      const dashboard = await raw(port, get('/', host));
      expect(dashboard.status).toBe(200);
      expect(dashboard.text).toContain('A real page');
      expect(dashboard.text).not.toContain('pipe.html');
      expect(dashboard.text).not.toContain('socket.html');
    } finally {
      unix.close();
    }
  });

  it('a busy port given with --port is refused clearly; the default port moves on and says so', async () => {
    const ws = tempWorkspace({ git: false });
    const blocker = createTcpServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const busy = (blocker.address() as { port: number }).port;
    try {
      const refused = await runCli(['serve', '--port', String(busy)], { cwd: ws.root, env: ws.env });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`--port: port ${busy} on 127.0.0.1 is already in use`);
      const bad = await runCli(['serve', '--port', '70000'], { cwd: ws.root, env: ws.env });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('--port: refused "70000"; allowed: a port number from 0 to 65535');
      // Without --port, a busy port is not an error: the next free one is used, and said.
      const said: string[] = [];
      const server = await startServer({ workspace: workspaceAt(ws.root), host: '127.0.0.1', port: busy, portGiven: false, now: () => new Date(), say: (l) => said.push(l) });
      expect(server.port).toBeGreaterThan(busy);
      expect(said[0]).toBe(`port ${busy} is busy; trying ${busy + 1}`);
      await server.close();
    } finally {
      blocker.close();
    }
  });
});
