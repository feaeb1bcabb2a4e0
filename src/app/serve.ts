// `tutor serve`: the dashboard kept current in memory, re-rendered once per burst of changes in
// memory/ or site/, and pushed to open pages (issue 4).
import { once } from 'node:events';
import { InputError } from '../core/errors.js';
import { renderDashboard } from '../render/dashboard.js';
import { createDashboardServer, type LivePage } from '../server/http.js';
import { watchBursts } from '../server/watch.js';
import { notePaths, readNoteIndex } from '../store/notes.js';
import { readStudyPages } from '../store/site-pages.js';
import type { Workspace } from '../store/workspace.js';
import { readSnapshot } from './snapshot.js';
import { mapLayoutCacheFile, mapLayoutsFor } from '../store/map-layout-cache.js';

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

type Snapshot = ReturnType<typeof readSnapshot>;

async function renderLive(options: ServeOptions, snapshot: Snapshot, courseProblem: string | null = null): Promise<string> {
  const mapLayouts = await mapLayoutsFor(mapLayoutCacheFile(options.workspace), snapshot.domain);
  // The notes as the last build or record rendered them: serving never renders a note (issue 18).
  const notes = readNoteIndex(notePaths(options.workspace)).links;
  return renderDashboard(snapshot.domain, snapshot.derived, readStudyPages(options.workspace.site), { live: true, courseProblem, mapLayouts, notes });
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
  let lastGood = readSnapshot(options.workspace, options.now());
  let page: LivePage = { version: 1, html: await renderLive(options, lastGood) };
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

  const show = (html: string) => {
    if (html === page.html) return;
    page = { version: page.version + 1, html };
    dashboard.broadcast(page.version);
  };
  let reported = '';
  const refreshOnce = async () => {
    try {
      const snapshot = readSnapshot(options.workspace, options.now());
      const html = await renderLive(options, snapshot);
      lastGood = snapshot;
      reported = '';
      show(html);
    } catch (error) {
      // Keep the last good state on the page, under a banner saying it is not current and why
      // (e.g. a curriculum mid-edit); say it on the terminal once per distinct problem.
      const problem = (error as Error).message.split('\n').slice(0, 3).join(' ');
      if (problem !== reported) options.say(`not re-rendered, showing the last good dashboard under a banner: ${problem}`);
      reported = problem;
      try {
        show(await renderLive(options, lastGood, problem));
      } catch {
        // The banner could not be rendered either: the page stays as it was.
      }
    }
  };
  // One re-render at a time, in order: a slow one (a new curriculum's map layout) must not
  // overwrite the page of a later change.
  let rendering = Promise.resolve();
  const refresh = () => {
    rendering = rendering.then(refreshOnce);
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
