// A git server on 127.0.0.1 speaking git's smart HTTP protocol (git http-backend as CGI), so that
// Claude Code's `plugin marketplace add http://…/x.git` clones the repository exactly as it clones
// one from GitHub: shallow, over HTTP, with only what is committed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';

/** Parses the CGI response head (`Status:` and headers up to the blank line). */
function cgiHead(text) {
  let status = 200;
  const headers = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    if (m[1].toLowerCase() === 'status') status = Number.parseInt(m[2], 10) || 200;
    else headers[m[1]] = m[2];
  }
  return { status, headers };
}

/** Serves every repository under `projectRoot` (read-only: http-backend refuses pushes without auth). */
export function startGitHttp(projectRoot) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const child = spawn('git', ['http-backend'], {
      env: {
        ...process.env,
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        CONTENT_LENGTH: req.headers['content-length'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: req.headers['git-protocol'] ?? '',
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let started = false;
    child.stdout.on('data', (chunk) => {
      if (started) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const crlf = head.indexOf('\r\n\r\n');
      const lf = head.indexOf('\n\n');
      const end = crlf !== -1 ? crlf + 4 : lf !== -1 ? lf + 2 : -1;
      if (end === -1) return;
      const { status, headers } = cgiHead(head.subarray(0, end).toString('latin1'));
      res.writeHead(status, headers);
      started = true;
      res.write(head.subarray(end));
    });
    child.stdout.on('end', () => (started ? res.end() : res.writeHead(502).end('git http-backend gave no response')));
    child.on('error', () => res.headersSent || res.writeHead(500).end('git http-backend did not start'));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: server.address().port })));
}
