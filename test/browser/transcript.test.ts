/// <reference lib="dom" />
// The transcript page in real Chromium: days collapse and expand, no console errors, no network.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('keeps the learner\'s code indented, shows a rewound branch collapsed and labelled, no page scroll at 375 px', async () => {
    // The real 2.1.42 log holds a real rewind (two prompts under parentUuid eb84e3ee); its prompt
    // that replaced the abandoned attempt is given a pasted snippet instead of its words.
    const ws = tempWorkspace({ git: false });
    const snippet = ['I actually struggled with this:', '', 'def area(shape):', '    if shape.kind == "circle":', '        return 3.14 * shape.r ** 2', '    return shape.w * shape.h', '', '```yaml', 'docs:', '\tdev: dev-docs/', '\twork: work/', '```'].join('\n');
    const log = readFileSync(join(FIXTURES, 'cc-2.1.42-conversation-thinking-03eb5929.jsonl'), 'utf8')
      .split('\n')
      .map((line) => (line.includes('"uuid":"9edc38e6') ? JSON.stringify({ ...JSON.parse(line), message: { role: 'user', content: snippet } }) : line))
      .join('\n');
    writeFileSync(ws.file('session.jsonl'), log);
    const built = await runCli(['transcript', ws.file('session.jsonl')], { cwd: ws.root, env: { ...ws.env, TZ: 'UTC' } });
    expect(built.code, built.stderr).toBe(0);
    const { page, consoleErrors, foreignRequests } = await openWatched(browser, pathToFileURL(ws.file('site/transcript.html')).href, 375);

    const branch = page.locator('details.rewound');
    expect(await branch.count()).toBe(1);
    await expect(branch.locator('> summary').innerText()).resolves.toBe('Rewound: an earlier attempt from here (6 messages), abandoned at 18:53');
    await expect(branch.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(branch.locator('article.turn').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('details.day > summary h2').innerText()).resolves.toBe('Monday, 16 February 2026 · 4 exchanges · 1 rewound attempt');

    // The code as the reader sees it: the same leading spaces, and each level further right.
    const python = page.locator('article.turn.learner pre.typed').first();
    await expect(python.innerText()).resolves.toBe(snippet.split('\n').slice(2, 6).join('\n'));
    const lefts = await python.evaluate((pre) => {
      const text = pre.querySelector('code')?.firstChild as Text;
      const starts = [...(text.data.matchAll(/^[ \t]*(?=\S)/gm) as IterableIterator<RegExpMatchArray>)].map((m) => (m.index ?? 0) + m[0].length);
      return starts.map((at) => {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect().left;
      });
    });
    const [zero = 0, four = 0, eight = 0] = lefts;
    expect(four - zero).toBeGreaterThan(15);
    expect(Math.abs(eight - zero - 2 * (four - zero))).toBeLessThan(1);
    expect(lefts[3]).toBeCloseTo(four, 0);
    const yaml = page.locator('article.turn.learner pre.typed').nth(1);
    await expect(yaml.innerText()).resolves.toBe('docs:\n\tdev: dev-docs/\n\twork: work/');
    const tabbed = await yaml.evaluate((pre) => {
      const text = pre.querySelector('code')?.firstChild as Text;
      const x = (at: number) => {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect().left;
      };
      return x(text.data.indexOf('dev:')) - x(0);
    });
    expect(tabbed).toBeGreaterThan(15);

    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    await branch.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await page.screenshot({ path: join(SCREENSHOTS, 'transcript-375.png') });
    await branch.locator('> summary').click();
    await expect(branch.locator('article.turn').first().isVisible()).resolves.toBe(true);
    await expect(branch.locator('article.turn.learner').first().innerText()).resolves.toContain('I very much like this idea');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});
