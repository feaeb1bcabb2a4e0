// The HTTP side of `tutor serve` (issue 4): GET/HEAD only, Host checked, nothing outside site/,
// the dashboard from memory, a server-sent-events channel that tells open pages to reload.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { contentTypeFor, isAllowedHost, LIVE_SCRIPT, routeRequest } from './request-path.js';

export interface LivePage {
  /** Increases with every re-render; open pages reload when it changes. */
  version: number;
  html: string;
}

export interface DashboardServerOptions {
  siteDir: string;
  host: string;
  /** The dashboard as last rendered (never rendered per request). */
  current: () => LivePage;
  /** Open event streams at most (default 64); one more ends the oldest. */
  maxEventClients?: number;
  /** Defaults: SERVER_TIMEOUTS (tests shorten them). */
  timeouts?: Partial<ServerTimeouts>;
}

/**
 * How long a connection may sit on the server doing nothing useful (clients that ignored an error
 * response, or sent half a request, used to hold their sockets forever). Every connection is
 * dropped when one of these runs out, except a live page's event stream, which the heartbeat keeps
 * busy.
 */
export interface ServerTimeouts {
  /** From the connection (or the last response) to the end of the request's headers. */
  headersMs: number;
  /** From the connection to the whole request received (GET and HEAD have no body). */
  requestMs: number;
  /** An idle keep-alive connection between two requests. */
  keepAliveMs: number;
  /** Any socket with no bytes moving either way, a stalled response included. */
  idleMs: number;
  /** How often the event streams get a comment: well under idleMs, so open pages stay connected. */
  heartbeatMs: number;
  /** After an error answer: how long the client has to read it before the socket is destroyed. */
  closeGraceMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 15_000,
  keepAliveMs: 5_000,
  idleMs: 30_000,
  heartbeatMs: 15_000,
  closeGraceMs: 2_000,
};

export interface DashboardServer {
  server: Server;
  /** Tells every open page that a new version exists. */
  broadcast: (version: number) => void;
  close: () => Promise<void>;
}

/** The reload script open pages load; a script file, so the CSP needs no 'unsafe-inline' script. */
export const LIVE_SCRIPT_SOURCE = `// Served by \`tutor serve\`: reloads this page when the workspace changes.
(() => {
  let seen = null;
  const source = new EventSource('/__tutor/events');
  source.addEventListener('version', (event) => {
    if (seen !== null && event.data !== seen) location.reload();
    seen = event.data;
  });
})();
`;

const DASHBOARD_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
// Study pages are the tutor's own HTML: same-origin assets and inline styles, scripts only from files.
const PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** How long a page whose event stream made room for a newer one waits before reconnecting. */
export const EVICTED_RETRY_MS = 10_000;

function baseHeaders(contentType: string, csp = DASHBOARD_CSP): Record<string, string> {
  return {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  };
}

function send(res: ServerResponse, req: IncomingMessage, status: number, body: string | Buffer, headers: Record<string, string>): void {
  const data = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...headers, 'Content-Length': String(data.length) });
  res.end(req.method === 'HEAD' ? undefined : data);
}

/** An error answer ends the connection: a client that sent something wrong gets no second try on it. */
function sendError(res: ServerResponse, req: IncomingMessage, status: number, message: string, extra: Record<string, string> = {}): void {
  send(res, req, status, `${status} ${message}\n`, { ...baseHeaders('text/plain; charset=utf-8'), Connection: 'close', ...extra });
}

/**
 * Adds the reload script to a served study page so it, too, follows changes. A study note's page
 * (issue 18) forbids every script in its own CSP, which is right on disk; served, that CSP lets it
 * load this server's reload script and event stream, and still nothing else.
 */
function withLiveScript(served: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'none'[^"]*">/i.exec(served.slice(0, 4096));
  const html = meta ? served.replace(meta[0], meta[0].replace("script-src 'none'", "script-src 'self'; connect-src 'self'")) : served;
  const tag = `<script src="${LIVE_SCRIPT}" defer></script>`;
  const at = html.search(/<\/body>/i);
  return at === -1 ? `${html}\n${tag}\n` : `${html.slice(0, at)}${tag}\n${html.slice(at)}`;
}

/**
 * Reads a file under site/ only if its real path (symlinks resolved) stays under site/, and only
 * if it is a regular file. Opening a FIFO for reading waits for a writer: one named pipe in site/
 * froze the whole server, every client with it. So the type is checked before opening, the open
 * never waits (O_NONBLOCK: a pipe swapped in after the check opens at once), and the opened file
 * is checked again: a FIFO, socket or device is answered 404 like a missing file.
 */
function readSiteFile(siteDir: string, segments: readonly string[]): Buffer | null {
  let realSite: string;
  let realFile: string;
  try {
    realSite = realpathSync(siteDir);
    realFile = realpathSync(join(siteDir, ...segments));
  } catch {
    return null;
  }
  if (!realFile.startsWith(realSite + sep)) return null;
  let fd: number | undefined;
  try {
    if (!lstatSync(realFile).isFile()) return null;
    fd = openSync(realFile, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return null;
    return readFileSync(fd);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function createDashboardServer(options: DashboardServerOptions): DashboardServer {
  const clients = new Set<ServerResponse>();
  const maxClients = options.maxEventClients ?? 64;
  const timeouts = { ...SERVER_TIMEOUTS, ...options.timeouts };
  let boundPort = 0;

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, req, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }
    if (!isAllowedHost(req.headers.host, boundPort, options.host)) {
      sendError(res, req, 421, 'Misdirected Request: this server answers only to its own address');
      return;
    }
    const route = routeRequest(req.url ?? '');
    switch (route.kind) {
      case 'refused':
        sendError(res, req, route.status, route.status === 404 ? 'Not Found' : 'Bad Request');
        return;
      case 'dashboard':
        send(res, req, 200, options.current().html, baseHeaders('text/html; charset=utf-8'));
        return;
      case 'live-script':
        send(res, req, 200, LIVE_SCRIPT_SOURCE, baseHeaders('text/javascript; charset=utf-8'));
        return;
      case 'events':
        openEvents(req, res);
        return;
      case 'file': {
        const data = readSiteFile(options.siteDir, route.segments);
        if (!data) {
          sendError(res, req, 404, 'Not Found');
          return;
        }
        const type = contentTypeFor(route.segments[route.segments.length - 1] as string);
        const body = type.startsWith('text/html') ? withLiveScript(data.toString('utf8')) : data;
        send(res, req, 200, body, baseHeaders(type, PAGE_CSP));
        return;
      }
    }
  };

  const openEvents = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'HEAD' && clients.size >= maxClients) {
      // The cap is hit: the newest page is the one someone is looking at, the oldest may be a tab
      // long forgotten (or a dead connection). The oldest stream is ended with a long retry, so it
      // reconnects later and, being told the current version first, misses no reload. A 503 here
      // was final: EventSource never retries one.
      const oldest = clients.values().next().value;
      if (oldest) {
        clients.delete(oldest);
        oldest.end(`retry: ${EVICTED_RETRY_MS}\n\n`);
      }
    }
    res.writeHead(200, { ...baseHeaders('text/event-stream; charset=utf-8'), Connection: 'keep-alive' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.write(`retry: 1000\nevent: version\ndata: ${options.current().version}\n\n`);
    clients.add(res);
    req.on('close', () => clients.delete(res));
  };

  const serverOptions = {
    maxHeaderSize: 16 * 1024,
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    // How often Node checks the two request timeouts (its default, 30 s, is longer than they are).
    connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
  };
  const server = createServer(serverOptions, (req, res) => {
    try {
      handle(req, res);
    } catch {
      // A bug must not take the server down with it; the request fails, the server stays.
      if (!res.headersSent) sendError(res, req, 500, 'Internal Server Error');
      else res.destroy();
    }
  });
  // No listener for 'timeout': Node then destroys the socket that went quiet.
  server.setTimeout(timeouts.idleMs);
  server.on('listening', () => {
    const address = server.address();
    boundPort = typeof address === 'object' && address ? address.port : 0;
  });
  // Malformed requests never reach the handler: answer 400 (431 for oversized headers, 408 for a
  // request too slow to arrive) and drop the socket. end() alone is not enough: http.Server allows
  // half-open sockets, so a client that never closes its side kept the socket forever.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status =
      error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    // Destroyed once the answer is handed to the kernel (which still delivers it), or after a grace
    // period if the client does not even read that much.
    const drop = () => socket.destroy();
    socket.once('finish', drop);
    setTimeout(drop, timeouts.closeGraceMs).unref();
  });
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, timeouts.heartbeatMs);
  heartbeat.unref();

  return {
    server,
    broadcast: (version) => {
      for (const client of clients) client.write(`event: version\ndata: ${version}\n\n`);
    },
    close: () =>
      new Promise((resolve) => {
        clearInterval(heartbeat);
        for (const client of clients) client.end();
        clients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
