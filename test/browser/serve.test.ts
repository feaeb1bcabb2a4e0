/// <reference lib="dom" />
// A page served by `tutor serve` follows `tutor log` run in another process, without a manual reload.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli, tempWorkspace } from '../helpers/workspace.js';
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
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 10_000;
  while (!/http:\/\/\S+\//.test(output)) {
    if (Date.now() > deadline) throw new Error(`serve printed no URL within 10 s: ${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return /http:\/\/\S+\//.exec(output)?.[0] as string;
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
