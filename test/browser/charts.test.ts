/// <reference lib="dom" />
// Issue 16: the mastery-over-time chart, the activity calendar and the prerequisite map in real Chromium, at a phone's
// width and a desktop's. Every label must render at 11 px or more: an SVG's text is drawn at its
// font size times the SVG's scale (the viewBox fitted to the width it is given), so a chart that
// reads well on a desktop can shrink its labels to 6 px on a phone.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../src/app/demo.js';
import { launch, openWatched, SCREENSHOTS } from './browser.js';

let browser: Browser;
let demoRoot: string;

beforeAll(async () => {
  browser = await launch();
  demoRoot = join(mkdtempSync(join(tmpdir(), 'tutor-charts-')), 'demo');
  await runDemo({ out: demoRoot, commit: false });
});
afterAll(async () => {
  await browser?.close();
});

const dashboardUrl = (root: string) => pathToFileURL(join(root, 'site', 'index.html')).href;

interface Measured {
  where: string;
  text: string;
  /** The size the glyphs are drawn at, in CSS px. */
  px: number;
  /** The height of the text's box on screen, in CSS px: what was actually drawn. */
  boxHeight: number;
}

/**
 * Every visible label of the two charts. SVG <text>: computed font-size (user units) times the
 * scale from user units to screen px (getScreenCTM, which folds in the viewBox fit and any
 * transform). HTML text in the calendar: its computed font-size (HTML text does not scale). The
 * box height of what was drawn is returned too, as a check that the computed size is what shows.
 */
async function measureLabels(page: Page): Promise<Measured[]> {
  return page.evaluate(() => {
    const out: { where: string; text: string; px: number; boxHeight: number }[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    for (const text of Array.from(document.querySelectorAll<SVGTextElement>('svg[data-chart="timeline"] text'))) {
      if (!visible(text)) continue;
      const ctm = text.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 0;
      out.push({ where: `timeline ${text.closest('svg')?.getAttribute('class')}`, text: text.textContent ?? '', px: parseFloat(getComputedStyle(text).fontSize) * scale, boxHeight: text.getBoundingClientRect().height });
    }
    for (const text of Array.from(document.querySelectorAll<SVGTextElement>('[data-section="map"] svg text'))) {
      if (!visible(text)) continue;
      const ctm = text.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 0;
      out.push({ where: `map ${text.closest('[data-map]')?.getAttribute('data-map')}`, text: text.textContent ?? '', px: parseFloat(getComputedStyle(text).fontSize) * scale, boxHeight: text.getBoundingClientRect().height });
    }
    const calendar = document.querySelector('[data-section="activity"]');
    const walker = document.createTreeWalker(calendar ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !(node.textContent ?? '').trim() || el.closest('.sr-only') || !visible(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      out.push({ where: `activity ${el.tagName.toLowerCase()}.${el.className}`, text: (node.textContent ?? '').trim().slice(0, 40), px: parseFloat(getComputedStyle(el).fontSize), boxHeight: range.getBoundingClientRect().height });
    }
    return out;
  });
}

describe.each([375, 1280])('charts at %i px wide', (width) => {
  it('draws every timeline, calendar and map label at 11 px or more', async () => {
    const { page, consoleErrors, foreignRequests } = await openWatched(browser, dashboardUrl(demoRoot), width);
    await page.locator('#time-h').scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="time-h"]').screenshot({ path: join(SCREENSHOTS, `timeline-${width}.png`) });
    await page.locator('[data-section="activity"]').screenshot({ path: join(SCREENSHOTS, `activity-${width}.png`) });
    const labels = await measureLabels(page);
    const timeline = labels.filter((l) => l.where.startsWith('timeline'));
    // One chart shown at a time: the narrow one on a phone, the wide one on a desktop.
    expect(new Set(timeline.map((l) => l.where))).toEqual(new Set([`timeline time-chart time-${width < 700 ? 'narrow' : 'wide'}`]));
    // Five y gridline labels and at least two dates on the time axis.
    expect(timeline.filter((l) => l.text.endsWith('%'))).toHaveLength(5);
    expect(timeline.filter((l) => /^\d{1,2} [A-Z][a-z]{2}$/.test(l.text)).length).toBeGreaterThanOrEqual(2);
    expect(labels.filter((l) => l.where.startsWith('activity')).length).toBeGreaterThan(10);
    // The whole course's map (76 concepts: a name line or more and a standing line each), and on a
    // phone the current module's neighbourhood too.
    expect(labels.filter((l) => l.where === 'map full').length).toBeGreaterThanOrEqual(152);
    expect(labels.some((l) => l.where === 'map near')).toBe(width < 700);
    const small = labels.filter((l) => l.px < 11);
    expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
    // What was drawn is as tall as the size says (a glyph box is about 1.2 em; never under 0.9 em).
    const mismatched = labels.filter((l) => l.boxHeight < 0.9 * l.px);
    expect(mismatched, JSON.stringify(mismatched.slice(0, 5))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('shows the streak and a review falling due, with no sideways scroll of the page', async () => {
    const { page } = await openWatched(browser, dashboardUrl(demoRoot), width);
    // The demo's evenings: 1, 18, 20 and 21 June; "now" is the evening of the 21st.
    await expect(page.getByTestId('streak').innerText()).resolves.toBe('2-day streak · longest 2 days · 4 active days in the last 12 weeks');
    const due = await page.getByTestId('due').innerText();
    expect(due).toMatch(/Logits and softmax · stale since 15 Jun \(6 days ago\)/);
    expect(due).toMatch(/due in 11 days · 2 Jul/);
    const today = page.locator('table.cal td.today');
    await expect(today.getAttribute('title')).resolves.toMatch(/^Sun 21 Jun 2026 \(today\): \d+ exchanges?$/);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const table = await page.locator('table.cal').boundingBox();
    expect(table && table.x + table.width).toBeLessThanOrEqual(innerWidth);
    await page.screenshot({ path: join(SCREENSHOTS, `dashboard-charts-${width}.png`), fullPage: true });
    await page.close();
  });
});
