// `tutor serve`: the dashboard kept current in memory, re-rendered once per burst of changes in
// memory/ or site/, and pushed to open pages (issue 4).
import { once } from 'node:events';
import { InputError } from '../core/errors.js';
import { renderDashboard } from '../render/dashboard.js';
import { createDashboardServer, type LivePage } from '../server/http.js';
import { watchBursts } from '../server/watch.js';
import { readStudyPages } from '../store/site-pages.js';
import type { Workspace } from '../store/workspace.js';
import { readSnapshot } from './snapshot.js';

export interface ServeOptions {
  workspace: Workspace;
  host: string;
  port: number;
  /** A port the person chose is not silently replaced by another. */
  portGiven: boolean;
  now: () => Date;
  /** One line of news for the person (a re-render that failed, a busy port). */
  say: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** The next free ports tried when the default one is busy. */
const PORT_TRIES = 20;
/** Staleness is counted in days: re-render now and then even when nothing changes. */
const REFRESH_MS = 60 * 60 * 1000;

function renderLive(options: ServeOptions): string {
  const snapshot = readSnapshot(options.workspace, options.now());
  return renderDashboard(snapshot.domain, snapshot.derived, readStudyPages(options.workspace.site), { live: true });
}

async function listen(server: import('node:http').Server, host: string, port: number): Promise<number> {
  server.listen(port, host);
  try {
    await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error))]);
  } finally {
    server.removeAllListeners('error');
  }
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  // The first render must succeed: an invalid curriculum is refused before anything listens.
  let page: LivePage = { version: 1, html: renderLive(options) };
  const dashboard = createDashboardServer({ siteDir: options.workspace.site, host: options.host, current: () => page });

  let port = options.port;
  for (let attempt = 0; ; attempt++) {
    try {
      port = await listen(dashboard.server, options.host, port);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && !options.portGiven && attempt < PORT_TRIES) {
        options.say(`port ${port} is busy; trying ${port + 1}`);
        port += 1;
        continue;
      }
      if (code === 'EADDRINUSE') {
        throw new InputError('--port', String(port), 'a free port (or --port 0 for any free port)', [], `port ${port} on ${options.host} is already in use (another \`tutor serve\`?)`);
      }
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EACCES') {
        throw new InputError('--host', options.host, 'an address of this machine, e.g. 127.0.0.1', [], `cannot listen on ${options.host}:${port} (${code})`);
      }
      throw error;
    }
  }

  const refresh = () => {
    try {
      const html = renderLive(options);
      if (html === page.html) return;
      page = { version: page.version + 1, html };
      dashboard.broadcast(page.version);
    } catch (error) {
      // Keep serving the last good page; say once what is wrong (e.g. a curriculum mid-edit).
      options.say(`not re-rendered, still showing the last good dashboard: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
    }
  };
  const watcher = watchBursts([options.workspace.evidence, options.workspace.domain, options.workspace.site], refresh);
  const timer = setInterval(refresh, REFRESH_MS);
  timer.unref();

  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: async () => {
      clearInterval(timer);
      await watcher.close();
      await dashboard.close();
    },
  };
}
