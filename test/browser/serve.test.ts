/// <reference lib="dom" />
// A page served by `tutor serve` follows `tutor log` run in another process, without a manual reload.
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
