// What a request path asks for, decided before any disk access (issue 4: no path escapes site/).
// Pure: the raw URL in, a route out. The file route still gets a realpath check against symlinks.

export const LIVE_EVENTS = '/__tutor/events';
export const LIVE_SCRIPT = '/__tutor/live.js';
export const MAX_URL_LENGTH = 2048;

export type Route =
  | { kind: 'dashboard' }
  | { kind: 'events' }
  | { kind: 'live-script' }
  | { kind: 'file'; segments: string[] }
  | { kind: 'refused'; status: 400 | 404; reason: string };

function refused(status: 400 | 404, reason: string): Route {
  return { kind: 'refused', status, reason };
}

export function routeRequest(rawUrl: string): Route {
  if (rawUrl.length > MAX_URL_LENGTH) return refused(400, 'URL too long');
  if (!rawUrl.startsWith('/')) return refused(400, 'not an origin-form path');
  const path = rawUrl.split(/[?#]/, 1)[0] as string;
  if (/%00|\u0000/i.test(path)) return refused(400, 'NUL in path');
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return refused(400, 'malformed percent-encoding');
  }
  // Backslashes are separators on some systems and never part of a name we serve.
  if (decoded.includes('\\')) return refused(400, 'backslash in path');
  if (decoded === '/' || decoded === '/index.html') return { kind: 'dashboard' };
  if (decoded === LIVE_EVENTS) return { kind: 'events' };
  if (decoded === LIVE_SCRIPT) return { kind: 'live-script' };
  const segments = decoded.split('/').slice(1);
  // An empty segment (//, trailing /) would name a folder: there are no listings.
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return refused(404, 'not a file');
  // Dotfiles (and the atomic writer's .name.tmp-* files) are never served.
  if (segments.some((s) => s.startsWith('.'))) return refused(404, 'hidden file');
  // After one decoding, anything still percent-encoded is a literal name, which is harmless but
  // never a real study page: refuse it rather than look it up.
  if (segments.some((s) => /%[0-9a-f]{2}/i.test(s))) return refused(404, 'double-encoded path');
  return { kind: 'file', segments };
}

/**
 * DNS rebinding guard: a page from evil.example that resolves to 127.0.0.1 sends Host:
 * evil.example. Only loopback names, IP literals, and the host the server was bound to pass,
 * and only with this server's port.
 */
export function isAllowedHost(header: string | undefined, port: number, boundHost: string): boolean {
  if (!header) return false;
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d+))?$/i.exec(header.trim());
  if (!match) return false;
  const name = (match[1] as string).toLowerCase();
  const givenPort = match[2] === undefined ? 80 : Number(match[2]);
  if (givenPort !== port) return false;
  const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(name);
  const ipv6 = name.startsWith('[');
  return name === 'localhost' || ipv4 || ipv6 || name === boundHost.toLowerCase();
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
};

export function contentTypeFor(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}
