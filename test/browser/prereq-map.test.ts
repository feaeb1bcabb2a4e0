/// <reference lib="dom" />
// Issue 16: the prerequisite map in real Chromium. Every label whole inside its box (full names,
// never cut), boxes that do not overlap, and on a phone the current module's neighbourhood first.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../src/app/demo.js';
import { launch, openWatched, SCREENSHOTS } from './browser.js';

let browser: Browser;
let demoRoot: string;

beforeAll(async () => {
  browser = await launch();
  demoRoot = join(mkdtempSync(join(tmpdir(), 'tutor-map-')), 'demo');
  await runDemo({ out: demoRoot, commit: false });
});
afterAll(async () => {
  await browser?.close();
});

const dashboardUrl = () => pathToFileURL(join(demoRoot, 'site', 'index.html')).href;

interface Box {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Texts sticking out of the box: [text, px outside]. */
  outside: [string, number][];
}

describe.each([375, 1280])('the prerequisite map at %i px wide', (width) => {
  it('shows every concept by its full name, whole inside its box, boxes apart', async () => {
    const { page, consoleErrors, foreignRequests } = await openWatched(browser, dashboardUrl(), width);
    const which = width < 700 ? ['near', 'full'] : ['full'];
    for (const map of which) {
      const boxes: Box[] = await page.evaluate((m) => {
        return Array.from(document.querySelectorAll(`[data-map="${m}"] g.map-node`)).map((g) => {
          const rect = (g.querySelector('rect') as SVGRectElement).getBBox();
          const texts = Array.from(g.querySelectorAll('text')) as SVGTextElement[];
          const outside: [string, number][] = [];
          for (const t of texts) {
            const b = t.getBBox();
            const over = Math.max(rect.x - b.x, b.x + b.width - (rect.x + rect.width), rect.y - b.y, b.y + b.height - (rect.y + rect.height));
            if (over > 0.5) outside.push([t.textContent ?? '', Math.round(over * 10) / 10]);
          }
          const title = g.querySelector('title')?.textContent ?? '';
          return { name: title.slice(0, title.lastIndexOf(': ')), x: rect.x, y: rect.y, w: rect.width, h: rect.height, outside };
        });
      }, map);
      expect(boxes.length).toBeGreaterThan(map === 'full' ? 70 : 5);
      const cut = boxes.filter((b) => b.outside.length > 0);
      expect(cut, JSON.stringify(cut.slice(0, 3))).toEqual([]);
      // The name is all there: the box's lines but the last (the standing), put together; a word
      // too long for a line is broken with a hyphen.
      const names = await page.evaluate((m) => Array.from(document.querySelectorAll(`[data-map="${m}"] g.map-node`)).map((g) => {
        const lines = Array.from(g.querySelectorAll('text')).map((t) => t.textContent ?? '');
        return lines.slice(0, -1).join('');
      }), map);
      const squeeze = (s: string) => s.replace(/[\s-]/g, '');
      expect(names.map(squeeze)).toEqual(boxes.map((b) => squeeze(b.name)));
      const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).map((b) => `${a.name} / ${b.name}`));
      expect(overlapping).toEqual([]);
    }
    await page.locator('[data-section="map"]').screenshot({ path: join(SCREENSHOTS, `prereq-map-${width}.png`) });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it(width < 700 ? 'shows the current module first, then the whole course, with no sideways scroll of the page' : 'shows the whole course only', async () => {
    const { page } = await openWatched(browser, dashboardUrl(), width);
    const near = page.locator('[data-map="near"]');
    const full = page.locator('[data-map="full"]');
    if (width < 700) {
      await expect(near.isVisible()).resolves.toBe(true);
      await expect(near.locator('h3').innerText()).resolves.toBe('Around M1 · The inference loop');
      const [a, b] = [await near.boundingBox(), await full.boundingBox()];
      expect(a && b && a.y < b.y).toBe(true);
      // The module's own concepts have the heavy outline; neighbours from other modules are dashed.
      const own = await near.locator('rect[stroke-width="2"]').count();
      const dashed = await near.locator('rect[stroke-dasharray]').count();
      expect(own).toBe(5);
      expect(dashed).toBeGreaterThan(0);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    } else {
      await expect(near.isVisible()).resolves.toBe(false);
      await expect(full.isVisible()).resolves.toBe(true);
    }
    await page.close();
  });
});
