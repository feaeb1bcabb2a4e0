// The activity calendar (issue 16): days with evidence, streaks, reviews falling due.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKey, dayNumber, deriveActivity } from '../../src/core/activity.js';
import type { ExchangeEvent } from '../../src/core/events.js';
import { DAY_MS, recompute } from '../../src/core/recompute.js';
import { DAY, exchange, HOUR, retract, T0, testId, tinyDomain } from '../helpers/events.js';

const domain = tinyDomain();
// T0 is Thursday 18 June 2026, 09:00 UTC.
const learnerAt = (events: Parameters<typeof recompute>[1], now: number) => recompute(domain, events, new Date(now)).learner;

describe('deriveActivity', () => {
  it('counts exchanges per UTC day over whole weeks, Monday first, up to today', () => {
    const events = [exchange('tokenization', 0.6, T0), exchange('tokenization', 0.7, T0 + HOUR), exchange('sampling', 0.4, T0 + DAY)];
    const activity = deriveActivity(learnerAt(events, T0 + DAY + 2 * HOUR), new Date(T0 + DAY + 2 * HOUR), { weeks: 2 });
    expect(activity.today).toBe('2026-06-19');
    expect(activity.start).toBe('2026-06-08');
    expect(activity.days).toHaveLength(12); // Monday 8 June .. Friday 19 June
    expect(activity.days.filter((d) => d.count > 0)).toEqual([
      { date: '2026-06-18', count: 2 },
      { date: '2026-06-19', count: 1 },
    ]);
    expect(activity.total).toBe(3);
    expect(activity.activeDays).toBe(2);
    expect(activity.currentStreak).toBe(2);
    expect(activity.longestStreak).toBe(2);
  });

  it('keeps a streak alive through yesterday, ends it the day after, and keeps the longest', () => {
    const days = [0, 1, 2, 5, 6];
    const events = days.map((d) => exchange('tokenization', 0.5, T0 + d * DAY));
    const at = (d: number) => deriveActivity(learnerAt(events, T0 + d * DAY), new Date(T0 + d * DAY));
    expect(at(6)).toMatchObject({ currentStreak: 2, longestStreak: 3 });
    expect(at(7)).toMatchObject({ currentStreak: 2, longestStreak: 3 }); // today not started yet
    expect(at(8)).toMatchObject({ currentStreak: 0, longestStreak: 3 });
  });

  it('does not count a retracted exchange', () => {
    const wrong = exchange('tokenization', 0.9, T0);
    const activity = deriveActivity(learnerAt([wrong, retract(wrong.id, T0 + HOUR)], T0 + 2 * HOUR), new Date(T0 + 2 * HOUR));
    expect(activity.total).toBe(0);
    expect(activity.currentStreak).toBe(0);
  });

  it('lists stale concepts and those turning stale in the next 14 days, by due date', () => {
    const events = [
      exchange('tokenization', 0.9, T0), // due 2 July 09:00
      exchange('sampling', 0.6, T0 + 10 * DAY), // due 12 July 09:00
      exchange('attention', 0.3, T0 + 10 * DAY), // not built up: never due
      exchange('position', 0.7, T0 + 20 * DAY), // due 22 July: beyond the horizon at 5 July
    ];
    const now = T0 + 17 * DAY; // Sunday 5 July, 09:00
    const learner = learnerAt(events, now);
    const activity = deriveActivity(learner, new Date(now));
    expect(activity.due).toEqual([
      { concept: 'tokenization', name: 'Tokenization', due: '2026-07-02T09:00:00.000Z', days: -3, stale: true },
      { concept: 'sampling', name: 'Sampling', due: '2026-07-12T09:00:00.000Z', days: 7, stale: false },
    ]);
    expect(learner.concepts.tokenization?.stale_days).toBe(17);
  });

  it('turns a concept stale at exactly last evidence + stale_days, as recompute does', () => {
    const events = [exchange('tokenization', 0.9, T0)];
    const before = T0 + 14 * DAY - 1;
    expect(deriveActivity(learnerAt(events, before), new Date(before)).due[0]).toMatchObject({ stale: false, days: 0 });
    expect(deriveActivity(learnerAt(events, T0 + 14 * DAY), new Date(T0 + 14 * DAY)).due[0]).toMatchObject({ stale: true, days: 0 });
  });

  it('never throws on a clock that is not a time', () => {
    const learner = learnerAt([exchange('tokenization', 0.9, T0)], T0);
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 8.64e15]) {
      expect(() => deriveActivity(learner, new Date(ms))).not.toThrow();
    }
  });

  it('formats day numbers as UTC dates and back', () => {
    expect(dayKey(dayNumber('2026-06-18T23:59:59.999Z'))).toBe('2026-06-18');
    expect(dayKey(dayNumber('2026-06-19T00:00:00.000Z'))).toBe('2026-06-19');
  });
});

const conceptIds = ['tokenization', 'sampling', 'attention', 'position'] as const;
/** Logs of up to 60 exchanges over ~120 days, in time order, and a "now" at or after the last. */
const logArb = fc
  .tuple(
    fc.array(fc.record({ gapHours: fc.integer({ min: 0, max: 72 }), concept: fc.constantFrom(...conceptIds), quality: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 60 }),
    fc.integer({ min: 0, max: 40 * 24 }),
    fc.integer({ min: 1, max: 16 }),
  )
  .map(([steps, afterHours, weeks]) => {
    let ms = T0;
    let n = 1_000_000;
    const events: ExchangeEvent[] = steps.map((s) => {
      ms += s.gapHours * HOUR;
      return exchange(s.concept, s.quality, ms, { id: testId(n++) });
    });
    return { events, now: ms + afterHours * HOUR, weeks };
  });

describe('deriveActivity: properties', () => {
  it('days sum to the exchanges in the window; streaks are bounded by the active days', () => {
    fc.assert(
      fc.property(logArb, ({ events, now, weeks }) => {
        const activity = deriveActivity(learnerAt(events, now), new Date(now), { weeks });
        const first = Date.parse(`${activity.start}T00:00:00Z`);
        expect(activity.days.reduce((sum, d) => sum + d.count, 0)).toBe(events.filter((e) => Date.parse(e.ts) >= first).length);
        expect(activity.total).toBe(activity.days.reduce((sum, d) => sum + d.count, 0));
        expect(activity.activeDays).toBe(activity.days.filter((d) => d.count > 0).length);
        const allActive = new Set(events.map((e) => e.ts.slice(0, 10))).size;
        expect(activity.currentStreak).toBeLessThanOrEqual(activity.longestStreak);
        expect(activity.longestStreak).toBeLessThanOrEqual(allActive);
        // The streak may run back past the window's first day, never past the log's first.
        // A streak runs through today or yesterday, which may be before the window (a one-week
        // window seen on a Monday holds that Monday alone).
        const today = new Date(now).toISOString().slice(0, 10);
        const yesterday = new Date(now - DAY_MS).toISOString().slice(0, 10);
        if (activity.currentStreak > 0) expect(events.some((e) => e.ts.startsWith(today) || e.ts.startsWith(yesterday))).toBe(true);
        // Whole weeks from a Monday to today.
        expect(new Date(first).getUTCDay()).toBe(1);
        expect(activity.days.at(-1)?.date).toBe(new Date(now).toISOString().slice(0, 10));
        expect(activity.days.length).toBeGreaterThan(7 * (weeks - 1));
        expect(activity.days.length).toBeLessThanOrEqual(7 * weeks);
      }),
    );
  });

  it("a concept's due date is its last evidence + stale_days; the stale ones are exactly recompute's", () => {
    fc.assert(
      fc.property(logArb, ({ events, now }) => {
        const learner = learnerAt(events, now);
        const activity = deriveActivity(learner, new Date(now));
        for (const d of activity.due) {
          const concept = learner.concepts[d.concept];
          expect(Date.parse(d.due)).toBe(Date.parse(concept?.last_evidence ?? '') + learner.policy.stale_days * DAY_MS);
          expect(d.stale).toBe(Date.parse(d.due) <= now);
          expect(d.stale ? true : Date.parse(d.due) <= now + 14 * DAY_MS).toBe(true);
          expect(concept?.mastery).toBeGreaterThanOrEqual(0.5 - 1e-9);
        }
        const stale = Object.entries(learner.concepts).filter(([, c]) => c.stale_days !== null).map(([id]) => id).sort();
        expect(activity.due.filter((d) => d.stale).map((d) => d.concept).sort()).toEqual(stale);
        const dues = activity.due.map((d) => d.due);
        expect(dues).toEqual([...dues].sort());
      }),
    );
  });
});
