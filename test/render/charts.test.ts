// The charts' geometry: the prerequisite depths (the large-course map's columns), the
// mastery-over-time time axis, the activity calendar.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Concept } from '../../src/core/domain.js';
import { parseDomain } from '../../src/core/domain.js';
import { recompute } from '../../src/core/recompute.js';
import { deriveActivity } from '../../src/core/activity.js';
import { activityCalendar, timelineChart, timeTicks } from '../../src/render/charts.js';
import { prereqDepths } from '../../src/render/map-dagre.js';
import { largeDomainJson } from '../helpers/domain.js';
import { exchange, HOUR, T0, tinyDomain } from '../helpers/events.js';

/** The depth as the map first defined it: relax every concept until nothing changes. */
function relaxedDepths(concepts: readonly Concept[]): Map<string, number> {
  const depth = new Map<string, number>(concepts.map((c) => [c.id, 0]));
  for (let changed = true, pass = 0; changed && pass <= concepts.length; pass++) {
    changed = false;
    for (const c of concepts) {
      const d = c.prereqs.reduce((max, p) => Math.max(max, (depth.get(p) ?? 0) + 1), 0);
      if (d !== depth.get(c.id)) {
        depth.set(c.id, d);
        changed = true;
      }
    }
  }
  return depth;
}

const concept = (id: string, prereqs: string[]): Concept => ({ id, name: id, module: 'M1', behaviors: ['b'], prereqs });

/** Acyclic graphs in any listing order: prerequisites point to lower numbers, then shuffled. */
const dagArb = fc
  .integer({ min: 1, max: 30 })
  .chain((n) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: n }, (_, i) => fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, i - 1) }), { maxLength: i === 0 ? 0 : Math.min(i, 5) }))),
      fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
    ),
  )
  .map(([prereqs, order]) => order.map((i) => concept(`c${i}`, (prereqs[i] as number[]).map((p) => `c${p}`))));

describe('prereqDepths', () => {
  it('gives every concept of the bundled course the column the relaxation gave it', () => {
    const domain = parseDomain(readFileSync(resolve(import.meta.dirname, '../../memory/domain.json'), 'utf8'));
    expect(prereqDepths(domain.concepts)).toEqual(relaxedDepths(domain.concepts));
    const perColumn: number[] = [];
    for (const d of prereqDepths(domain.concepts).values()) perColumn[d] = (perColumn[d] ?? 0) + 1;
    expect(perColumn).toEqual([1, 2, 2, 2, 5, 7, 9, 8, 6, 6, 11, 9, 6, 2]);
  });

  it('equals the relaxation on any acyclic graph, whatever the teaching order', () => {
    fc.assert(
      fc.property(dagArb, (concepts) => {
        expect(prereqDepths(concepts)).toEqual(relaxedDepths(concepts));
      }),
    );
  });

  it('puts a concept after an unknown prerequisite, and stays total on a cycle', () => {
    expect(prereqDepths([concept('a', ['ghost'])]).get('a')).toBe(1);
    const cyclic = prereqDepths([concept('root', []), concept('a', ['b', 'root']), concept('b', ['a'])]);
    expect(cyclic).toEqual(new Map([['root', 0], ['a', 1], ['b', 2]]));
  });

  it('is linear: 5,000 concepts in a chain 5,000 deep with 50 prerequisites each', () => {
    const domain = parseDomain(largeDomainJson());
    const started = performance.now();
    const depth = prereqDepths(domain.concepts);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(depth.get((4_999).toString(36))).toBe(4_999);
    expect(depth.get('0')).toBe(0);
  });
});

describe('timelineChart: a real time axis (issue 16)', () => {
  const point = (date: string, mastery = 0.5) => ({ date, mastery, mastered: 0, exit_passed: 0, exchanges: 1 });
  const chart = timelineChart([point('2026-06-01', 0.1), point('2026-06-18', 0.4), point('2026-06-20', 0.5), point('2026-06-21', 0.6)]);

  it('places each day in proportion to its date: 1 → 18 June is 17× as wide as 20 → 21 June', () => {
    for (const size of [chart?.wide, chart?.narrow]) {
      const [a, b, c, d] = size?.xs ?? [];
      expect(((b as number) - (a as number)) / ((d as number) - (c as number))).toBeCloseTo(17, 9);
      // The drawn dots say the same, to their two decimals.
      const [da, db, dc, dd] = (size?.dots ?? []).map((dot) => Number(dot.x));
      expect(((db as number) - (da as number)) / ((dd as number) - (dc as number))).toBeCloseTo(17, 1);
    }
  });

  it('labels dates in words at sensible intervals, with gridlines and a tooltip per point', () => {
    // Three weeks: Mondays (1 June 2026 is a Monday).
    expect(chart?.wide.ticks.map((t) => t.label)).toEqual(['1 Jun', '8 Jun', '15 Jun']);
    expect(chart?.narrow.ticks.map((t) => t.label)).toEqual(['1 Jun', '8 Jun', '15 Jun']);
    expect(chart?.wide.gridlines.map((g) => g.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(chart?.first).toBe('Mon 1 Jun 2026');
    expect(chart?.last).toBe('Sun 21 Jun 2026');
    expect(chart?.wide.dots[1]?.label).toBe('Thu 18 Jun 2026: overall mastery 40%, 0 mastered, 0 exit items passed');
    // A step line: the value holds until the next day with evidence.
    expect(chart?.wide.points.split(' ')).toHaveLength(7);
  });

  it('chooses days, weeks, months or years by the span and the room', () => {
    const d = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    const labels = (from: string, to: string, width: number) => timeTicks(d(from), d(to), width / (d(to) - d(from)), 70).map((t) => t.label);
    expect(labels('2026-06-18', '2026-06-21', 580)).toEqual(['18 Jun', '19 Jun', '20 Jun', '21 Jun']);
    expect(labels('2026-06-01', '2026-06-12', 580)).toEqual(['1 Jun', '3 Jun', '5 Jun', '7 Jun', '9 Jun', '11 Jun']);
    expect(labels('2026-06-01', '2026-06-21', 580)).toEqual(['1 Jun', '8 Jun', '15 Jun']);
    expect(labels('2026-03-10', '2026-09-02', 580)).toEqual(['Apr 2026', 'May', 'Jun', 'Jul', 'Aug', 'Sep']);
    expect(labels('2026-03-10', '2027-09-02', 580)).toEqual(['Apr 2026', 'Jul', 'Oct', 'Jan 2027', 'Apr', 'Jul']);
    expect(labels('2020-01-01', '2024-06-01', 580)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(labels('2020-01-01', '2030-06-01', 580)).toEqual(['2020', '2022', '2024', '2026', '2028', '2030']);
    expect(labels('2020-01-01', '2030-06-01', 280)).toEqual(['2020', '2025', '2030']);
  });

  it('centres a single day', () => {
    const one = timelineChart([point('2026-06-18')]);
    expect(one?.wide.ticks.map((t) => t.label)).toContain('18 Jun');
    const x = Number(one?.wide.dots[0]?.x);
    expect(x).toBeCloseTo((Number(one?.wide.plot.left) + Number(one?.wide.plot.right)) / 2, 1);
  });

  it('never shows more tick labels than fit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 40_000 }), (start, span) => {
        const from = new Date((start + 10_000) * 86_400_000).toISOString().slice(0, 10);
        const to = new Date((start + 10_000 + span) * 86_400_000).toISOString().slice(0, 10);
        const c = timelineChart([point(from), point(to)]);
        for (const size of [c?.wide, c?.narrow]) {
          const xs = (size?.ticks ?? []).map((t) => Number(t.x));
          for (let i = 1; i < xs.length; i++) expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(13 * 5.5 - 0.02);
        }
      }),
    );
  });
});

describe('activityCalendar', () => {
  it('draws weeks as columns, Monday first, empty after today, with words for each day', () => {
    const activity = deriveActivity(recompute(tinyDomain(), [exchange('tokenization', 0.9, T0)], new Date(T0 + 2 * HOUR)).learner, new Date(T0 + 2 * HOUR), { weeks: 3 });
    const view = activityCalendar(activity);
    expect(view.rows.map((r) => r.weekday)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(view.weeks.map((w) => w.label)).toEqual(['Jun', '', '']);
    const thursday = view.rows[3]?.cells[2];
    expect(thursday).toMatchObject({ date: '2026-06-18', count: 1, level: 1, today: true, label: 'Thu 18 Jun 2026 (today): 1 exchange' });
    expect(view.rows[4]?.cells[2]).toBeNull();
    expect(view.streak).toBe('1-day streak · longest 1 day · 1 active day in the last 3 weeks');
    expect(view.due).toEqual([{ name: 'Tokenization', stale: false, when: 'due in 14 days', date: '2 Jul' }]);
  });
});
