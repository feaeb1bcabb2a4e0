/// <reference lib="dom" />
// The dashboard in real headless Chromium, opened from disk (issue 3 "What it must show").
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../src/app/demo.js';
import { parseDomain } from '../../src/core/domain.js';
import { recompute } from '../../src/core/recompute.js';
import { renderDashboard } from '../../src/render/dashboard.js';
import { readJson, runCli, tempWorkspace } from '../helpers/workspace.js';
import { launch, openWatched, SCREENSHOTS, contrastFailures } from './browser.js';

let browser: Browser;
let demoRoot: string;

beforeAll(async () => {
  browser = await launch();
  demoRoot = join(mkdtempSync(join(tmpdir(), 'tutor-browser-')), 'demo');
  await runDemo({ out: demoRoot, commit: false });
});
afterAll(async () => {
  await browser?.close();
});

const dashboardUrl = (root: string) => pathToFileURL(join(root, 'site', 'index.html')).href;

describe('dashboard in Chromium', () => {
  it('loads from disk with no console errors and no network requests', async () => {
    const { page, consoleErrors, foreignRequests } = await openWatched(browser, dashboardUrl(demoRoot));
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-desktop.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('shows the numbers learner.json holds: overall %, X/N, each exit item', async () => {
    const learner = readJson(join(demoRoot, 'memory', 'learner.json'));
    const { page } = await openWatched(browser, dashboardUrl(demoRoot));
    expect(await page.getByTestId('overall').innerText()).toBe(`${Math.round(learner.overall.mastery * 100)}%`);
    expect(await page.getByTestId('mastered').innerText()).toBe(`${learner.overall.mastered}/${learner.overall.concepts}`);
    const { mechanism, build } = learner.exit_summary;
    await expect(page.locator('#exit-h').innerText()).resolves.toBe(`Exit test: Mechanism ${mechanism.passed}/${mechanism.total} · Build ${build.passed}/${build.total}`);
    for (const [id, state] of Object.entries(learner.exit) as [string, { passed: boolean; ready: boolean; attempts: number }][]) {
      const item = await page.locator(`[data-exit="${id}"] .state`).innerText();
      expect(item, id).toMatch(state.passed ? /Passed/ : state.ready ? /Ready to attempt/ : /Not ready/);
      const attempts = await page.locator(`[data-exit="${id}"]`).innerText();
      expect(attempts).toContain(`${state.attempts} attempt`);
    }
    await page.close();
  });

  it('collapses and expands a layer', async () => {
    const { page } = await openWatched(browser, dashboardUrl(demoRoot));
    const layer = page.locator('details.layer[data-layer="L1"]');
    const concept = layer.locator('[data-concept="tokenization"]');
    await expect(concept.isVisible()).resolves.toBe(true);
    await layer.locator('> summary').click();
    await expect(concept.isVisible()).resolves.toBe(false);
    await layer.locator('> summary').click();
    await expect(concept.isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('at a 375 px wide viewport nothing scrolls sideways', async () => {
    const { page } = await openWatched(browser, dashboardUrl(demoRoot), 375);
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-narrow.png'), fullPage: true });
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.close();
  });

  it('on a phone (375 × 667) the standing and the next move with its reason are on the first screen', async () => {
    const { page } = await openWatched(browser, dashboardUrl(demoRoot), 375);
    await page.setViewportSize({ width: 375, height: 667 });
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-phone-first-screen.png') });
    const next = page.getByTestId('next-move');
    const box = await next.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(667);
    expect(await next.innerText()).toMatch(/^NEXT MOVE\n+.+: .+\n+Why: .+/);
    const overall = await page.getByTestId('overall').boundingBox();
    expect(overall!.y + overall!.height).toBeLessThanOrEqual(667);
    expect(await page.getByTestId('as-of').innerText()).toMatch(/^As of \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC · /);
    await page.close();
  });

  it("opening a concept shows why it stands where it does: the standing in words, the tutor's notes, the behaviours", async () => {
    const { page } = await openWatched(browser, dashboardUrl(demoRoot));
    const concept = page.locator('[data-concept="sampling_temperature"]');
    const evidence = concept.locator('.evidence');
    await expect(evidence.isVisible()).resolves.toBe(false);
    await concept.locator('summary.row').click();
    await expect(evidence.isVisible()).resolves.toBe(true);
    const text = await evidence.innerText();
    expect(text).toMatch(/^(Mastered|Learning): \d+% over \d+ exchanges/);
    expect(text).toContain("Tutor's note:");
    expect(text).toContain('What mastery looks like');
    await page.close();
  });

  it('runs nothing a learner typed: an HTML misconception shows as text', async () => {
    const ws = tempWorkspace({ git: false });
    const hostile = '<img src=x onerror=alert(1)>';
    const logged = await runCli(['log', '--concept', 'sampling', '--quality', '0.2', '--misconception', hostile], { cwd: ws.root, env: ws.env });
    expect(logged.code, logged.stderr).toBe(0);
    const { page, dialogs, consoleErrors, foreignRequests } = await openWatched(browser, dashboardUrl(ws.root));
    await expect(page.locator('[data-concept="sampling"] summary .misconception').innerText()).resolves.toBe(hostile);
    await page.locator('[data-concept="sampling"] summary.row').click();
    for (const shown of await page.locator('[data-concept="sampling"] .evidence .misconception').allInnerTexts()) expect(shown).toContain(hostile);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('has semantic headings and states in words, not colour alone', async () => {
    const { page } = await openWatched(browser, dashboardUrl(demoRoot));
    expect(await page.locator('h1').count()).toBe(1);
    const levels = await page.locator('h1, h2, h3').evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    levels.forEach((level, i) => i > 0 && expect(level - (levels[i - 1] as number)).toBeLessThanOrEqual(1));
    const statuses = await page.locator('.concept [class^="small status-"]').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['not started', 'learning', 'mastered']));
    await page.close();
  });

  it('every visible text passes WCAG AA contrast against its background', async () => {
    const { page } = await openWatched(browser, dashboardUrl(demoRoot));
    const failures = await contrastFailures(page, 'svg');
    expect(failures).toEqual([]);
    await page.close();
  });

  it('says at the top, readably, when the log does not verify (issue 13)', async () => {
    const ws = tempWorkspace({ git: false });
    const domain = parseDomain(readFileSync(join(ws.root, 'memory', 'domain.json'), 'utf8'));
    const problem = '1 problem(s); first, line 3 (evt_01KVCZCN70AV50DQBW2E0F43YB): line 3 as of commit 1a2b3c4 was changed in the working copy: quality 0.5 → 1';
    const file = join(ws.root, 'flagged.html');
    writeFileSync(file, renderDashboard(domain, recompute(domain, [], new Date('2026-06-18T09:00:00Z')), [], { integrityProblem: problem }));
    const { page } = await openWatched(browser, pathToFileURL(file).href);
    await page.setViewportSize({ width: 375, height: 800 });
    const banner = page.getByRole('alert');
    expect(await banner.innerText()).toContain('The log does not verify.');
    expect(await banner.innerText()).toContain('quality 0.5 → 1');
    const box = await banner.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(800);
    const ratio = await banner.evaluate((el) => {
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
      };
      let bg = [255, 255, 255];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && (c[3] ?? 0) > 0.5)) {
          bg = c.slice(0, 3);
          break;
        }
      }
      const l1 = lum(parse(getComputedStyle(el).color));
      const l2 = lum(bg);
      return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});
