// Property tests of recompute's invariants (STYLE.md "Tests").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TutorEvent } from '../../src/core/events.js';
import { deriveState, extendFold, foldLog, HISTORY_KEPT, recompute } from '../../src/core/recompute.js';
import { at, HOUR, T0, testId, tinyDomain } from '../helpers/events.js';

const domain = tinyDomain();
const now = new Date(T0 + 400 * HOUR);
const conceptIds = domain.concepts.map((c) => c.id);

const exchangeArb = fc.record({
  concept: fc.constantFrom(...conceptIds),
  quality: fc.double({ min: 0, max: 1, noNaN: true }),
  hour: fc.integer({ min: 0, max: 300 }),
  misconception: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
  resolve: fc.option(fc.constantFrom<true | string[]>(true, ['a'], ['b']), { nil: undefined }),
});

/** Builds a log of exchanges and exit attempts with unique ids. */
const logArb = fc
  .array(fc.oneof({ weight: 5, arbitrary: exchangeArb }, { weight: 1, arbitrary: fc.record({ target: fc.constantFrom('et1', 'b1'), passed: fc.boolean(), hour: fc.integer({ min: 0, max: 300 }) }) }), { maxLength: 40 })
  .map((items) =>
    items.map((item): TutorEvent => {
      const base = { id: testId(), ts: at(T0 + item.hour * HOUR), prev: null };
      if ('target' in item) return { ...base, type: 'exit_test', target: item.target, passed: item.passed };
      return {
        ...base,
        type: 'exchange',
        concept: item.concept,
        quality: item.quality,
        ...(item.misconception ? { misconception: `believes ${item.misconception}`, tag: item.misconception } : {}),
        ...(item.resolve ? { resolved: item.resolve } : {}),
      };
    }),
  );

/** Long logs on two concepts (up to 80 exchanges, some retracted): histories get cut. */
const longLogArb = fc
  .array(fc.record({ concept: fc.constantFrom(...conceptIds.slice(0, 2)), quality: fc.double({ min: 0, max: 1, noNaN: true }), hour: fc.integer({ min: 0, max: 300 }), retracted: fc.boolean() }), { maxLength: 80, size: 'max' })
  .map((items) => {
    const events: TutorEvent[] = items.map((item) => ({ id: testId(), ts: at(T0 + item.hour * HOUR), type: 'exchange', concept: item.concept, quality: item.quality, prev: null }));
    const retractions: TutorEvent[] = events.flatMap((e, i) => (items[i]?.retracted && i % 3 === 0 ? [{ id: testId(), ts: at(T0 + 301 * HOUR), type: 'retract', target: e.id, note: 'mistake', prev: null } as TutorEvent] : []));
    return [...events, ...retractions];
  });

const stateOf = (events: readonly TutorEvent[]) => {
  const { learner, pedagogy } = recompute(domain, events, now);
  const { source: _source, ...rest } = learner;
  return JSON.stringify({ rest, next: pedagogy.next, relapses: pedagogy.relapses });
};

describe('recompute properties', () => {
  it('any order of the log lines gives the same state', () => {
    fc.assert(
      fc.property(logArb.chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length }))), ([log, shuffled]) => {
        expect(stateOf(shuffled)).toBe(stateOf(log));
      }),
      { numRuns: 200 },
    );
  });

  it('a retraction removes exactly its target: same state as a log without it', () => {
    fc.assert(
      fc.property(logArb.filter((l) => l.length > 0), fc.nat(), (log, pick) => {
        const target = log[pick % log.length] as TutorEvent;
        const withRetraction: TutorEvent[] = [...log, { id: testId(), ts: at(T0 + 301 * HOUR), type: 'retract', target: target.id, note: 'mistake', prev: null }];
        const without = log.filter((e) => e.id !== target.id);
        expect(stateOf(withRetraction)).toBe(stateOf(without));
      }),
      { numRuns: 200 },
    );
  });

  it('no single exchange masters a concept, whatever came before elsewhere', () => {
    fc.assert(
      fc.property(logArb, fc.constantFrom(...conceptIds), fc.double({ min: 0, max: 1, noNaN: true }), (log, concept, quality) => {
        const others = log.filter((e) => e.type !== 'exchange' || e.concept !== concept);
        const one: TutorEvent = { id: testId(), ts: at(T0), type: 'exchange', concept, quality, prev: null };
        expect(recompute(domain, [...others, one], now).learner.concepts[concept]?.status).toBe('learning');
      }),
    );
  });

  it('recomputing the whole log equals folding it one event at a time, and mastery stays in [0, 1]', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const sorted = [...log].sort((a, b) => (a.ts === b.ts ? (a.id < b.id ? -1 : 1) : a.ts < b.ts ? -1 : 1));
        let last = recompute(domain, [], now);
        for (let i = 1; i <= sorted.length; i++) {
          const step = recompute(domain, sorted.slice(0, i), now);
          // Each step only adds to the history of the concept it touched.
          const event = sorted[i - 1] as TutorEvent;
          if (event.type === 'exchange') {
            expect(step.learner.concepts[event.concept]?.observations).toBe((last.learner.concepts[event.concept]?.observations ?? 0) + 1);
          }
          last = step;
        }
        expect(stateOf(sorted)).toBe(stateOf(log));
        // The timeline counts every exchange the concepts count, on the day it happened.
        const observations = Object.values(last.learner.concepts).reduce((n, c) => n + c.observations, 0);
        expect(last.learner.timeline.reduce((n, p) => n + p.exchanges, 0)).toBe(observations);
        for (const c of Object.values(last.learner.concepts)) {
          expect(c.mastery).toBeGreaterThanOrEqual(0);
          expect(c.mastery).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('extending a fold event by event gives what recompute gives for the whole log, and leaves earlier results alone', () => {
    const meta = { head: null, unreadable: 0 };
    const retraction = (log: readonly TutorEvent[], pick: number): TutorEvent[] =>
      log.length === 0 ? [] : [{ id: testId(), ts: at(T0 + 305 * HOUR), type: 'retract', target: (log[pick % log.length] as TutorEvent).id, note: 'mistake', prev: null }];
    // Later records: fresh ids (fast-check may hand both logs the same event), stamped after the
    // log, in order, as `tutor log` stamps them.
    const later = (log: readonly TutorEvent[], more: readonly TutorEvent[]) => {
      const seen = new Set(log.map((e) => e.id));
      return more
        .filter((e) => !seen.has(e.id) && seen.add(e.id))
        .map((e) => ({ ...e, ts: at(Date.parse(e.ts) + 310 * HOUR) }))
        .sort((x, y) => (x.ts === y.ts ? (x.id < y.id ? -1 : 1) : x.ts < y.ts ? -1 : 1));
    };
    fc.assert(
      fc.property(logArb, logArb, fc.nat(), fc.boolean(), (log, more, pick, withRetraction) => {
        const events = [...log, ...(withRetraction ? retraction(log, pick) : [])];
        const folded = foldLog(domain, events);
        const earlier = deriveState(domain, folded, now, meta);
        const earlierJson = JSON.stringify(earlier);
        let all: TutorEvent[] = events;
        for (const event of later(log, more)) {
          all = [...all, event];
          expect(extendFold(domain, folded, event)).toBe(true);
          expect(JSON.stringify(deriveState(domain, folded, now, meta))).toBe(JSON.stringify(recompute(domain, all, now, meta)));
        }
        expect(JSON.stringify(earlier)).toBe(earlierJson);
      }),
      { numRuns: 300 },
    );
  });

  it('history is the last HISTORY_KEPT points: each exchange appends its point, dropping the oldest past the limit', () => {
    fc.assert(
      fc.property(longLogArb, (log) => {
        const sorted = log.filter((e) => e.type === 'exchange').sort((a, b) => (a.ts === b.ts ? (a.id < b.id ? -1 : 1) : a.ts < b.ts ? -1 : 1));
        let last = recompute(domain, [], now).learner;
        for (let i = 1; i <= sorted.length; i++) {
          const event = sorted[i - 1] as TutorEvent & { type: 'exchange' };
          const step = recompute(domain, sorted.slice(0, i), now).learner;
          const concept = step.concepts[event.concept];
          const before = last.concepts[event.concept]?.history ?? [];
          expect(concept?.history).toEqual([...before, { ts: event.ts, quality: event.quality, mastery: concept?.mastery }].slice(-HISTORY_KEPT));
          expect(concept?.history).toHaveLength(Math.min(concept?.observations ?? 0, HISTORY_KEPT));
          for (const other of conceptIds) if (other !== event.concept) expect(step.concepts[other]?.history).toEqual(last.concepts[other]?.history);
          last = step;
        }
        // With retractions, in any order: the last points of the exchanges that stand.
        const standing = recompute(domain, [...log].reverse(), now).learner;
        const retracted = new Set(log.flatMap((e) => (e.type === 'retract' ? [e.target] : [])));
        for (const id of conceptIds) {
          const live = sorted.filter((e) => e.type === 'exchange' && e.concept === id && !retracted.has(e.id));
          expect(standing.concepts[id]?.history.map((h) => h.ts)).toEqual(live.slice(-HISTORY_KEPT).map((e) => e.ts));
          expect(standing.concepts[id]?.observations).toBe(live.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a fold refuses what would change the past: a retraction, or an event sorting before the last one', () => {
    const log: TutorEvent[] = [
      { id: testId(), ts: at(T0 + 10 * HOUR), type: 'exchange', concept: conceptIds[0] as string, quality: 0.5, prev: null },
      { id: testId(), ts: at(T0 + 20 * HOUR), type: 'exchange', concept: conceptIds[0] as string, quality: 0.9, prev: null },
    ];
    const folded = foldLog(domain, log);
    const snapshot = JSON.stringify(deriveState(domain, folded, now, { head: null, unreadable: 0 }));
    expect(extendFold(domain, folded, { id: testId(), ts: at(T0 + 30 * HOUR), type: 'retract', target: (log[0] as TutorEvent).id, note: 'x', prev: null })).toBe(false);
    expect(extendFold(domain, folded, { id: testId(), ts: at(T0 + 15 * HOUR), type: 'exchange', concept: conceptIds[0] as string, quality: 0.1, prev: null })).toBe(false);
    // An id that a retraction in force already names (possible only in a hand-made log).
    const ghost = testId();
    const withRetraction = foldLog(domain, [...log, { id: testId(), ts: at(T0 + 25 * HOUR), type: 'retract', target: ghost, note: 'x', prev: null }, { id: ghost, ts: at(T0 + 21 * HOUR), type: 'exchange', concept: conceptIds[0] as string, quality: 1, prev: null }]);
    expect(extendFold(domain, withRetraction, { id: ghost, ts: at(T0 + 40 * HOUR), type: 'exchange', concept: conceptIds[0] as string, quality: 1, prev: null })).toBe(false);
    expect(JSON.stringify(deriveState(domain, folded, now, { head: null, unreadable: 0 }))).toBe(snapshot);
  });
});
