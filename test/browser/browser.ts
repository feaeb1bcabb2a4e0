// Real headless Chromium for page tests (issue 3): Debian's chromium driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results');

export async function launch(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Without the background-networking flags, Chromium phones home at start; the pages must not.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  dialogs: string[];
}

/** A page that records console errors, requests to anything but file://, and dialogs (alert). */
export async function openWatched(browser: Browser, url: string, width = 1280): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const watched: Watched = { page, consoleErrors: [], foreignRequests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watched.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watched.consoleErrors.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) watched.foreignRequests.push(r.url());
  });
  page.on('dialog', (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  return watched;
}
