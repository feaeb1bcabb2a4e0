// The activity calendar (issue 16): days with evidence, streaks, reviews falling due.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKey, dayNumber, deriveActivity, type Activity, type ActivityDay, type ActivityOptions, type DueReview } from '../../src/core/activity.js';
import { compareEvents, type ExchangeEvent, type TutorEvent } from '../../src/core/events.js';
import { atLeast } from '../../src/core/policy.js';
import { DAY_MS, findRetracted, recompute, type LearnerState } from '../../src/core/recompute.js';
import { DAY, exchange, exitTest, HOUR, retract, T0, testId, tinyDomain } from '../helpers/events.js';

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

  it('a day with only an exit attempt, or only exchanges on concepts no longer in the curriculum, is not active', () => {
    const events = [exchange('tokenization', 0.6, T0), exitTest('et1', false, T0 + DAY), exchange('removed_concept', 0.5, T0 + 2 * DAY), exchange('sampling', 0.5, T0 + 3 * DAY)];
    const now = T0 + 3 * DAY + HOUR;
    const activity = deriveActivity(learnerAt(events, now), new Date(now));
    expect(activity.days.filter((d) => d.count > 0)).toEqual([
      { date: '2026-06-18', count: 1 },
      { date: '2026-06-21', count: 1 },
    ]);
    expect(activity).toMatchObject({ total: 2, activeDays: 2, currentStreak: 1, longestStreak: 1 });
  });

  it('counts every exchange of a day, however many there were on one concept', () => {
    const events = Array.from({ length: 30 }, (_, i) => exchange('tokenization', 0.5, T0 + i * 60_000));
    const activity = deriveActivity(learnerAt(events, T0 + HOUR), new Date(T0 + HOUR));
    expect(activity.days.at(-1)).toEqual({ date: '2026-06-18', count: 30 });
    expect(activity.total).toBe(30);
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

// ---------------------------------------------------------------------------------------------
// The calendar as it was computed before issue 17, verbatim: by walking every concept's whole
// history. Kept here only as the reference the timeline-based calendar must equal, fed with
// histories rebuilt whole from the log (learner.json's are cut to HISTORY_KEPT).
const MAX_MS = 8.64e15 - 200 * 7 * DAY_MS;
function deriveActivityFromHistory(learner: LearnerState, now: Date, options: ActivityOptions = {}): Activity {
  const weeks = Math.max(1, Math.min(200, Math.floor(options.weeks ?? 12)));
  const horizonDays = options.horizonDays ?? 14;
  const nowMs = Math.max(-MAX_MS, Math.min(MAX_MS, Number.isNaN(now.getTime()) ? 0 : now.getTime()));
  const today = Math.floor(nowMs / DAY_MS);
  const monday = today - ((((today + 3) % 7) + 7) % 7);
  const start = monday - 7 * (weeks - 1);
  const perKey = new Map<string, number>();
  for (const id of Object.keys(learner.concepts)) {
    for (const point of (learner.concepts[id] as LearnerState['concepts'][string]).history) {
      const key = point.ts.endsWith('Z') ? point.ts.slice(0, 10) : dayKey(dayNumber(point.ts));
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
  }
  const perDay = new Map<number, number>();
  for (const [key, count] of perKey) {
    const day = dayNumber(`${key}T00:00:00Z`);
    perDay.set(day, (perDay.get(day) ?? 0) + count);
  }
  const days: ActivityDay[] = [];
  let total = 0;
  let activeDays = 0;
  for (let day = start; day <= today; day++) {
    const count = perDay.get(day) ?? 0;
    days.push({ date: dayKey(day), count });
    total += count;
    if (count > 0) activeDays += 1;
  }
  const active = [...perDay.keys()].sort((a, b) => a - b);
  let longestStreak = 0;
  let run = 0;
  for (let i = 0; i < active.length; i++) {
    run = i > 0 && (active[i] as number) === (active[i - 1] as number) + 1 ? run + 1 : 1;
    if (run > longestStreak) longestStreak = run;
  }
  let currentStreak = 0;
  const lastActive = [...active].reverse().find((day) => day <= today);
  if (lastActive !== undefined && lastActive >= today - 1) {
    for (let day = lastActive; perDay.has(day); day--) currentStreak += 1;
  }
  const due: DueReview[] = [];
  const staleMs = Math.ceil(learner.policy.stale_days) * DAY_MS;
  const horizonMs = nowMs + horizonDays * DAY_MS;
  for (const [id, c] of Object.entries(learner.concepts)) {
    if (c.last_evidence === null) continue;
    const dueMs = Date.parse(c.last_evidence) + staleMs;
    const stale = c.stale_days !== null;
    const upcoming = !stale && atLeast(c.mastery, learner.policy.stale_min_mastery) && dueMs > nowMs && dueMs <= horizonMs;
    if ((!stale && !upcoming) || !(Math.abs(dueMs) <= 8.64e15)) continue;
    due.push({ concept: id, name: c.name, due: new Date(dueMs).toISOString(), days: Math.floor(dueMs / DAY_MS) - today, stale });
  }
  due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { weeks, today: dayKey(today), start: dayKey(start), days, total, activeDays, currentStreak, longestStreak, due };
}

/**
 * learner.json's state with every concept's whole history, rebuilt from the log: its live
 * exchanges (each id once, retracted ones out) on concepts of the curriculum, in (ts, id) order.
 * Only the timestamps matter to the reference; each must end in what learner.json kept.
 */
function withWholeHistories(learner: LearnerState, events: readonly TutorEvent[]): LearnerState {
  const retracted = findRetracted(events);
  const byId = new Map<string, ExchangeEvent>();
  for (const e of events) if (e.type === 'exchange' && !retracted.has(e.id) && e.concept in learner.concepts) byId.set(e.id, e);
  const live = [...byId.values()].sort((a, b) => compareEvents({ ms: Date.parse(a.ts), id: a.id }, { ms: Date.parse(b.ts), id: b.id }));
  const concepts: LearnerState['concepts'] = {};
  for (const [id, c] of Object.entries(learner.concepts)) {
    const whole = live.filter((e) => e.concept === id).map((e) => ({ ts: e.ts, quality: e.quality, mastery: Number.NaN }));
    expect(whole).toHaveLength(c.observations);
    expect(whole.slice(whole.length - c.history.length).map((p) => p.ts)).toEqual(c.history.map((p) => p.ts));
    concepts[id] = { ...c, history: whole };
  }
  return { ...learner, concepts };
}

/** An instant written as the log may hold it: "…Z" with or without milliseconds, or with an offset. */
function stamp(ms: number, style: number): string {
  const iso = new Date(ms).toISOString();
  if (style === 0) return iso;
  if (style === 1) return `${iso.slice(0, 19)}Z`;
  const offsetMinutes = [330, -480, 60, -30, 840][style - 2] as number;
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Any log: exchanges on known and unknown concepts (up to 150 lines, so histories get cut), exit
 * attempts, retractions (of retractions too), duplicated lines, in any order; timestamps in every
 * accepted form (offsets move an exchange to another UTC day), from before 1970 to after; a now
 * anywhere around them.
 */
const anyLogArb = fc
  .record({
    base: fc.constantFrom(T0, Date.parse('1969-12-20T00:00:00Z')),
    steps: fc.array(
      fc.record({
        kind: fc.constantFrom('exchange', 'exchange', 'exchange', 'exchange', 'exchange', 'exit', 'retract', 'duplicate'),
        concept: fc.constantFrom('tokenization', 'tokenization', 'tokenization', 'sampling', 'attention', 'position', 'removed_concept'),
        gapMinutes: fc.integer({ min: -6 * 60, max: 3 * 24 * 60 }),
        style: fc.integer({ min: 0, max: 6 }),
        pick: fc.nat(),
      }),
      { maxLength: 150, size: 'max' },
    ),
    afterHours: fc.integer({ min: -10 * 24, max: 40 * 24 }),
    weeks: fc.integer({ min: 1, max: 16 }),
    seed: fc.nat(),
  })
  .map(({ base, steps, afterHours, weeks, seed }) => {
    let ms = base;
    let n = 2_000_000;
    const events: TutorEvent[] = [];
    for (const s of steps) {
      ms += s.gapMinutes * 60_000;
      const ts = stamp(ms, s.style);
      const id = testId(n++);
      if (s.kind === 'exchange') events.push({ id, ts, type: 'exchange', concept: s.concept, quality: (s.pick % 101) / 100, prev: null });
      else if (s.kind === 'exit') events.push({ id, ts, type: 'exit_test', target: s.pick % 2 ? 'et1' : 'gone', passed: s.pick % 3 === 0, prev: null });
      else if (s.kind === 'retract' && events.length > 0) events.push({ id, ts, type: 'retract', target: (events[s.pick % events.length] as TutorEvent).id, note: 'mistake', prev: null });
      else if (s.kind === 'duplicate' && events.length > 0) events.push(events[s.pick % events.length] as TutorEvent);
    }
    // Lines in any order (git merges interleave them); a fixed shuffle from the seed.
    const shuffled = events.map((e, i) => ({ e, k: (i * 2_654_435_761 + seed) % 1_000_003 })).sort((a, b) => a.k - b.k).map((x) => x.e);
    return { events: shuffled, now: ms + afterHours * HOUR, weeks };
  });

describe('deriveActivity: the same calendar as the whole-history walk (issue 17)', () => {
  it('equals the old algorithm run on whole histories, for any log and now', () => {
    const RUNS = 300;
    let cut = 0;
    fc.assert(
      fc.property(anyLogArb, ({ events, now, weeks }) => {
        const learner = recompute(domain, events, new Date(now)).learner;
        const whole = withWholeHistories(learner, events);
        if (Object.values(learner.concepts).some((c) => c.history.length < c.observations)) cut += 1;
        for (const options of [{ weeks }, {}]) {
          expect(deriveActivity(learner, new Date(now), options)).toEqual(deriveActivityFromHistory(whole, new Date(now), options));
        }
      }),
      { numRuns: RUNS },
    );
    // Worth something only if learner.json's histories are often cut (HISTORY_KEPT).
    expect(cut).toBeGreaterThan(RUNS / 10);
  });
});
