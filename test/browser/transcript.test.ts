/// <reference lib="dom" />
// The transcript page in real Chromium: days collapse and expand, no console errors, no network.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempWorkspace } from '../helpers/workspace.js';
import { launch, openWatched, SCREENSHOTS } from './browser.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/claude-code-transcripts');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('transcript page in Chromium', () => {
  it('shows every day, collapses and expands one, with no console errors or requests', async () => {
    const ws = tempWorkspace({ git: false });
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl')).map((f) => join(FIXTURES, f));
    const built = await runCli(['transcript', ...files], { cwd: ws.root, env: { ...ws.env, TZ: 'UTC' } });
    expect(built.code, built.stderr).toBe(0);
    const { page, consoleErrors, foreignRequests } = await openWatched(browser, pathToFileURL(ws.file('site/transcript.html')).href);
    const days = page.locator('details.day');
    expect(await days.count()).toBe(4);
    const day = page.locator('details.day[data-day="2026-02-16"]');
    const firstTurn = day.locator('article.turn').first();
    await expect(firstTurn.isVisible()).resolves.toBe(true);
    await day.locator('> summary').click();
    await expect(firstTurn.isVisible()).resolves.toBe(false);
    await day.locator('> summary').click();
    await expect(firstTurn.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'transcript.png'), fullPage: false });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    // The dashboard finds the page by its title.
    await runCli(['build'], { cwd: ws.root, env: ws.env });
    expect(ws.read('site/index.html')).toContain('<a href="./transcript.html">Tutoring transcript</a>');
    await page.close();
  });
});
