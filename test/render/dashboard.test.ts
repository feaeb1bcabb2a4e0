import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recompute } from '../../src/core/recompute.js';
import { renderDashboard } from '../../src/render/dashboard.js';
import { parseHtmlTitle } from '../../src/render/study-pages.js';
import { readStudyPages } from '../../src/store/site-pages.js';
import { exchange, exitTest, HOUR, T0, tinyDomain } from '../helpers/events.js';

const domain = tinyDomain();
const now = new Date(T0 + 10 * HOUR);
const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('renderDashboard', () => {
  it('an empty log renders an inviting page: 0%, 0/N and where to start', () => {
    const page = text(renderDashboard(domain, recompute(domain, [], now)));
    expect(page).toContain('Where to start');
    expect(page).toContain('begin with M1 · The loop : Tokenization');
    expect(page).toContain('Overall mastery, all concepts 0%');
    expect(page).toContain('Concepts mastered 0/4');
    expect(page).toContain('Exit test: Mechanism 0/1 · Build 0/1');
  });

  it('escapes learner-supplied text: a misconception made of HTML shows as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const html = renderDashboard(domain, recompute(domain, [exchange('sampling', 0.2, T0, { misconception: hostile, tag: 'xss' })], now));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });

  it('counts mechanism and build separately and marks ready and passed items in words', () => {
    const master = (id: string, base: number) => [0, 1, 2].map((i) => exchange(id, 1, base + i * HOUR));
    const events = [...master('tokenization', T0), ...master('sampling', T0 + 3 * HOUR)];
    expect(text(renderDashboard(domain, recompute(domain, events, now)))).toMatch(/et1 · ◆ Ready to attempt · 0 attempts/);
    const passed = text(renderDashboard(domain, recompute(domain, [...events, exitTest('et1', true, T0 + 8 * HOUR)], now)));
    expect(passed).toContain('Exit test: Mechanism 1/1 · Build 0/1');
    expect(passed).toMatch(/et1 · ✓ Passed · 1 attempt/);
    expect(passed).toMatch(/b1 · Not ready: 0\/2 required concepts mastered/);
  });

  it('each prerequisite-map node says its real mastery in its tooltip (issue 13: was "mastery NaN%%")', () => {
    const events = [exchange('tokenization', 0.5, T0), exchange('tokenization', 0.9, T0 + HOUR)];
    const html = renderDashboard(domain, recompute(domain, events, now));
    const tooltips = [...html.matchAll(/<g><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(tooltips).toEqual(['Tokenization: learning, mastery 74%', 'Sampling: untouched, mastery 0%', 'Attention: untouched, mastery 0%', 'Position: untouched, mastery 0%']);
    expect(html).not.toContain('NaN');
  });

  it('opens and marks the current module; links study pages by title', () => {
    const html = renderDashboard(domain, recompute(domain, [], now), [{ href: './notes.html', title: 'Attention & cost' }]);
    expect(html).toMatch(/<details class="module current" open aria-current="step" data-module="M1">/);
    expect(html).toMatch(/<details class="module" data-module="M2">/);
    expect(html).toContain('<a href="./notes.html">Attention &amp; cost</a>');
  });
});

describe('study pages', () => {
  it('reads titles, ignores index.html and dotfiles, falls back to the file name', () => {
    const site = mkdtempSync(join(tmpdir(), 'tutor-site-'));
    writeFileSync(join(site, 'index.html'), '<title>Dashboard</title>');
    writeFileSync(join(site, 'm1.html'), '<html><head><title>\n  M1 &amp; tokens </title>');
    writeFileSync(join(site, 'untitled page.html'), '<p>no title</p>');
    writeFileSync(join(site, '.draft.html'), '<title>hidden</title>');
    mkdirSync(join(site, 'dir.html'));
    expect(readStudyPages(site)).toEqual([
      { href: './m1.html', title: 'M1 & tokens' },
      { href: './untitled%20page.html', title: 'untitled page' },
    ]);
    expect(parseHtmlTitle('<TITLE>A &#x41; &#66;</TITLE>')).toBe('A A B');
  });
});

describe('renderDashboard: mastery over time and activity (issue 16)', () => {
  // Thu 18 Jun, Sun 21 Jun, Sat 4 Jul, Sun 5 Jul (09:00 UTC); "now" is 5 Jul, 11:00.
  const day = 24 * HOUR;
  const events = [exchange('tokenization', 0.9, T0), exchange('tokenization', 0.9, T0 + 3 * day), exchange('attention', 0.3, T0 + 16 * day), exchange('sampling', 0.7, T0 + 17 * day)];
  const html = renderDashboard(domain, recompute(domain, events, new Date(T0 + 17 * day + 2 * HOUR)));

  it('draws the timeline twice (wide and narrow) with human dates, and the calendar after it', () => {
    expect(html.match(/data-chart="timeline"/g)).toHaveLength(2);
    expect(html).toContain('Overall mastery by day, Thu 18 Jun 2026 to Sun 5 Jul 2026');
    expect(html).toMatch(/>22 Jun<\/text>/);
    expect(html).not.toMatch(/>\d{4}-\d\d-\d\d<\/text>/);
    expect(html.indexOf('id="time-h"')).toBeLessThan(html.indexOf('id="activity-h"'));
    expect(html.indexOf('id="activity-h"')).toBeLessThan(html.indexOf('id="map-h"'));
    const page = text(html);
    expect(page).toContain('2-day streak · longest 2 days · 4 active days in the last 12 weeks');
    expect(page).toContain('Tokenization · stale since today');
    expect(page).toContain('Sampling · due in 14 days · 19 Jul');
  });
});
