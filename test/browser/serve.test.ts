/// <reference lib="dom" />
// A page served by `tutor serve` follows `tutor log` run in another process, without a manual reload.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardServer, EVICTED_RETRY_MS, type LivePage } from '../../src/server/http.js';
import { startServe } from '../helpers/serve.js';
import { runCli, tempWorkspace } from '../helpers/workspace.js';
import { launch, openWatched } from './browser.js';

let browser: Browser;
const children: ChildProcess[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await browser?.close();
});

async function serve(root: string, env: NodeJS.ProcessEnv): Promise<string> {
  const started = await startServe(root, env);
  children.push(started.child);
  return started.url;
}

describe('tutor serve in Chromium', () => {
  it('the open page updates its numbers after a tutor log in another process', async () => {
    const ws = tempWorkspace({ git: false });
    const url = await serve(ws.root, ws.env);
    const { page, consoleErrors, foreignRequests } = await openWatched(browser, url);
    expect(await page.getByTestId('overall').innerText()).toBe('0%');
    expect(await page.getByTestId('mastered').innerText()).toBe('0/4');
    // Let the page's event stream connect before the change happens.
    await page.waitForTimeout(300);
    for (const quality of ['1', '1', '1']) {
      const logged = await runCli(['log', '--concept', 'tokenization', '--quality', quality], { cwd: ws.root, env: ws.env });
      expect(logged.code, logged.stderr).toBe(0);
    }
    await page.waitForFunction(() => document.querySelector('[data-testid="mastered"]')?.textContent === '1/4', null, { timeout: 5_000 });
    expect(await page.getByTestId('overall').innerText()).toBe('25%');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests.filter((u) => !u.startsWith(url))).toEqual([]);
    await page.close();
  });

  it('a page whose event stream made room for a newer one reconnects and still reloads on a change', async () => {
    const html = (v: number) => `<!doctype html><html><head><title>v${v}</title><script src="/__tutor/live.js" defer></script></head><body>v${v}</body></html>`;
    let current: LivePage = { version: 1, html: html(1) };
    // The cap at one open page: the second page ends the first one's stream.
    const dashboard = createDashboardServer({ siteDir: mkdtempSync(join(tmpdir(), 'tutor-site-')), host: '127.0.0.1', current: () => current, maxEventClients: 1 });
    dashboard.server.listen(0, '127.0.0.1');
    await once(dashboard.server, 'listening');
    const url = `http://127.0.0.1:${(dashboard.server.address() as { port: number }).port}/`;
    try {
      const isStream = (r: { url: () => string }) => r.url().endsWith('/__tutor/events');
      const oldest = await browser.newPage();
      let oldestStreams = 0;
      oldest.on('response', (r) => {
        if (isStream(r)) oldestStreams += 1;
      });
      const oldestConnected = oldest.waitForResponse(isStream, { timeout: 5_000 });
      await oldest.goto(url);
      await oldestConnected;
      const newest = await browser.newPage();
      const newestConnected = newest.waitForResponse(isStream, { timeout: 5_000 });
      await newest.goto(url);
      await newestConnected;
      current = { version: 2, html: html(2) };
      dashboard.broadcast(2);
      await newest.waitForFunction(() => document.title === 'v2', null, { timeout: 5_000 });
      // The evicted page waits EVICTED_RETRY_MS, reconnects, is told version 2 first, and reloads.
      await oldest.waitForFunction(() => document.title === 'v2', null, { timeout: EVICTED_RETRY_MS + 5_000 });
      expect(oldestStreams).toBeGreaterThanOrEqual(2);
      await oldest.close();
      await newest.close();
    } finally {
      await dashboard.close();
    }
  }, 30_000);
});
