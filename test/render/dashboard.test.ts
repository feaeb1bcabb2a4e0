import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_KEPT, recompute } from '../../src/core/recompute.js';
import { renderDashboard } from '../../src/render/dashboard.js';
import { layoutPrereqMaps } from '../../src/render/map-dagre.js';
import { parseHtmlTitle } from '../../src/render/study-pages.js';
import { readStudyPages } from '../../src/store/site-pages.js';
import { exchange, exitTest, HOUR, T0, tinyDomain } from '../helpers/events.js';

const domain = tinyDomain();
const now = new Date(T0 + 10 * HOUR);
const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('renderDashboard', () => {
  it('an empty log renders an inviting page: 0%, 0/N and where to start', () => {
    const page = text(renderDashboard(domain, recompute(domain, [], now)));
    expect(page).toContain('Where you stand Nothing is recorded yet');
    expect(page).toContain('begin with M1 · The loop : Tokenization');
    expect(page).toContain('0% overall mastery, over all 4 concepts 0/4 concepts mastered');
    expect(page).toContain('Exit test: Mechanism 0/1 · Build 0/1');
    expect(page).toContain('As of Thu 18 Jun 2026, 19:00 UTC · no evidence yet');
    expect(page).toContain('Next move Continue the module: Tokenization');
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
    expect(text(renderDashboard(domain, recompute(domain, events, now)))).toMatch(/et1 Explain a hallucination ◆ Ready to attempt · 0 attempts/);
    const passed = text(renderDashboard(domain, recompute(domain, [...events, exitTest('et1', true, T0 + 8 * HOUR)], now)));
    expect(passed).toContain('Exit test: Mechanism 1/1 · Build 0/1');
    expect(passed).toMatch(/et1 Explain a hallucination ✓ Passed · 1 attempt, last passed 18 Jun 2026 · 2\/2 concepts mastered/);
    expect(passed).toMatch(/b1 Ship a thing Not ready: 0\/2 required concepts mastered/);
  });

  it('answers why: what is missing for mastery, the tutor\'s notes, a pass with unmastered concepts, a relapse resolved now', () => {
    const events = [
      exchange('tokenization', 0.3, T0, { misconception: 'counts letters', tag: 'letters', note: 'guessed from spelling' }),
      exchange('tokenization', 0.9, T0 + HOUR, { resolved: true, note: 'explained BPE merges cold' }),
      exchange('tokenization', 0.3, T0 + 2 * HOUR, { misconception: 'counts letters', tag: 'letters' }),
      exchange('tokenization', 0.9, T0 + 3 * HOUR, { resolved: true }),
      exchange('sampling', 0.8, T0 + 4 * HOUR),
      exchange('sampling', 0.8, T0 + 5 * HOUR, { note: 'temperature as logit scaling' }),
      exitTest('et1', true, T0 + 6 * HOUR),
    ];
    const page = text(renderDashboard(domain, recompute(domain, events, now)));
    // Yellow at 80% because 2 of 3 exchanges: said, on the concept and on its chip.
    expect(page).toContain('Learning: 80% over 2 exchanges; still missing 1 more exchange (mastered needs at least 3).');
    expect(page).toContain('Sampling 80% · 1 more exchange to go');
    expect(page).toContain("Tutor's note: temperature as logit scaling");
    expect(page).toContain("Tutor's note: explained BPE merges cold");
    expect(page).toContain('Passed: the tutor recorded a complete cold answer. 2 of its 2 required concepts are not mastered yet');
    expect(page).toContain('A misconception came back once after being resolved; none is open now.');
    expect(page).toMatch(/Recent exchanges, newest first : 18 Jun 2026, 12:00 UTC · quality 0\.9/);
    expect(page).not.toMatch(/observation\(s\)|\d{4}-\d{2}-\d{2}T\d{2}|mastery 0\.\d/);
  });

  it('a mastered concept gone stale is counted as mastered and said to be due for review, on the concept and in the standing', () => {
    const master = [0, 1, 2].map((i) => exchange('tokenization', 0.9, T0 + i * HOUR));
    const later = new Date(T0 + 20 * 24 * HOUR);
    const page = text(renderDashboard(domain, recompute(domain, master, later)));
    expect(page).toContain('1/4 concepts mastered 1 due for review');
    expect(page).toContain('mastered · due for review');
    expect(page).toContain('Due for review: no evidence for 19 days (a built-up concept turns stale after 14)');
  });

  it('each prerequisite-map node gives the full name and real standing (issue 13: was "mastery NaN%%"); no layout, no map', () => {
    const events = [exchange('tokenization', 0.5, T0), exchange('tokenization', 0.9, T0 + HOUR)];
    const derived = recompute(domain, events, now);
    const html = renderDashboard(domain, derived, [], { mapLayouts: layoutPrereqMaps(domain) });
    const tooltips = [...html.matchAll(/<g class="map-node"><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    // First (for a phone) the current module's neighbourhood, M1 and what it unlocks; then the whole course.
    expect(tooltips).toEqual(['Tokenization: learning · 74%', 'Sampling: not started', 'Attention: not started', 'Tokenization: learning · 74%', 'Sampling: not started', 'Attention: not started', 'Position: not started']);
    expect(text(html)).toContain('Around M1 · The loop');
    expect(html).not.toContain('NaN');
    expect(renderDashboard(domain, derived)).not.toContain('id="map-h"');
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
  const html = renderDashboard(domain, recompute(domain, events, new Date(T0 + 17 * day + 2 * HOUR)), [], { mapLayouts: layoutPrereqMaps(domain) });

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

describe('renderDashboard: the sparkline of each concept (issue 17)', () => {
  const events = [exchange('tokenization', 0.5, T0), exchange('tokenization', 0.9, T0 + HOUR), exchange('tokenization', 0.95, T0 + 2 * HOUR)];
  const sparkOf = (html: string) => {
    const svg = /<span class="spark"><svg[^>]*aria-label="([^"]*)"[\s\S]*?<polyline points="([^"]*)"/.exec(html);
    return { title: svg?.[1], points: svg?.[2]?.split(' ').length };
  };

  it('draws every exchange of a short history, and says how many', () => {
    expect(sparkOf(renderDashboard(domain, recompute(domain, events, now)))).toEqual({ title: 'mastery over 3 exchanges: 50% → 74% → 87%', points: 3 });
  });

  it('counts every exchange (observations) when learner.json holds only the last ones', () => {
    const derived = recompute(domain, events, now);
    const concept = derived.learner.concepts.tokenization as (typeof derived.learner.concepts)[string];
    concept.history = concept.history.slice(-2);
    expect(sparkOf(renderDashboard(domain, derived))).toEqual({ title: 'mastery over 3 exchanges (last 2 shown): 74% → 87%', points: 2 });
  });

  it('after 25 exchanges draws the last HISTORY_KEPT and says so', () => {
    const many = Array.from({ length: 25 }, (_, i) => exchange('tokenization', i % 2 ? 0.9 : 0.6, T0 + i * 60_000));
    const spark = sparkOf(renderDashboard(domain, recompute(domain, many, now)));
    expect(spark.points).toBe(HISTORY_KEPT);
    expect(spark.title).toMatch(/^mastery over 25 exchanges \(last 20 shown\): (\d+% → ){7}\d+%$/);
  });
});
