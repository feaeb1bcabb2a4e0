// The ordering rule (issue 13): every accepted event keeps, in every later recompute, the effect
// it was accepted with, whatever the clocks did; and what `log` accepts, `verify` passes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecordClock, makeEventId, parseInstant, stampEvent, type RecordClock } from '../../src/core/clock.js';
import type { LogRequest } from '../../src/core/decide.js';
import { InputError, InternalError } from '../../src/core/errors.js';
import { compareEvents, type TutorEvent } from '../../src/core/events.js';
import { EVENT_ID } from '../../src/core/ids.js';
import { foldLog, recompute } from '../../src/core/recompute.js';
import { verifyLog } from '../../src/core/verify.js';
import { tinyDomain } from '../helpers/events.js';
import { copyLog, emptyLog, logLines, recordInMemory, type Accepted, type MemoryLog } from '../helpers/simulate.js';

const domain = tinyDomain();
const T = Date.parse('2026-06-18T11:30:00.000Z');
const MIN = 60_000;
const bytes = (n: number) => new Uint8Array(16).fill(n);
const fixed = (nowMs: number, machineMs = T + 30 * 24 * 60 * MIN): RecordClock => ({ nowMs, machineMs, source: 'TUTOR_NOW' });

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseInstant', () => {
  it('reads real dates and instants, and refuses dates that do not exist', () => {
    expect(parseInstant('2026-06-18T09:12:03Z')).toBe(Date.parse('2026-06-18T09:12:03Z'));
    expect(parseInstant('2026-06-18T11:12:03.5+02:00')).toBe(Date.parse('2026-06-18T09:12:03.500Z'));
    expect(parseInstant('2026-06-18')).toBe(Date.parse('2026-06-18T00:00:00Z'));
    expect(parseInstant('2024-02-29T00:00:00Z')).not.toBeNull();
    for (const bad of ['2026-02-30', '2100-02-29', '2026-13-01', '2026-06-18T24:00:00Z', '2026-06-18T10:60:00Z', 'yesterday', '1e12', '2026-06-18T10:00:00+25:00']) {
      expect(parseInstant(bad), bad).toBeNull();
    }
  });
});

describe('the clock of a record', () => {
  it('refuses a now before 2000 or more than a day ahead of the machine, naming TUTOR_NOW', () => {
    const early = refusal(() => checkRecordClock(fixed(Date.parse('1999-01-01T00:00:00Z'))));
    expect(early.field).toBe('TUTOR_NOW');
    expect(early.message).toContain('before 2000');
    // Before the epoch: a refusal, not an internal error (issue 13: it was exit 3).
    expect(refusal(() => stampEvent([], fixed(Date.parse('1969-12-31T23:59:59Z')), bytes(1))).message).toContain('before 2000');
    const ahead = refusal(() => checkRecordClock(fixed(T + 8 * 24 * 60 * MIN, T)));
    expect(ahead.message).toMatch(/^TUTOR_NOW: is 8\.0 days ahead of the clock/);
    expect(() => checkRecordClock(fixed(T + 23 * 60 * MIN, T))).not.toThrow();
  });

  it('stamps after the latest event when the clock is behind the log', () => {
    const log = emptyLog();
    const first = recordInMemory(domain, log, { concept: 'tokenization', quality: '0.5' }, fixed(T), bytes(9)).event;
    const second = recordInMemory(domain, log, { concept: 'tokenization', quality: '0.5' }, fixed(T - 30 * MIN), bytes(0)).event;
    expect(second.ts).toBe(first.ts);
    expect(second.id > first.id).toBe(true);
  });

  it('refuses a record that would be stamped more than a day ahead of the clock (the log holds an event from a clock that ran ahead)', () => {
    const log = emptyLog();
    recordInMemory(domain, log, { concept: 'tokenization', quality: '0.5' }, fixed(T + 3 * 24 * 60 * MIN), bytes(1));
    const error = refusal(() => recordInMemory(domain, log, { concept: 'tokenization', quality: '0.5' }, fixed(T), bytes(2)));
    expect(error.message).toMatch(/^TUTOR_NOW: is 3\.0 days behind the log's latest event/);
    expect(log.events).toHaveLength(1);
  });

  it('issue 13: a misconception and its resolution logged with the clock set back stay resolved', () => {
    const log = emptyLog();
    recordInMemory(domain, log, { concept: 'sampling', quality: '0.5' }, fixed(T), bytes(200));
    const back = fixed(Date.parse('2026-06-18T11:00:00.000Z'));
    // Random parts chosen so that plain random ids in one millisecond would sort the wrong way.
    recordInMemory(domain, log, { concept: 'sampling', quality: '0.4', misconception: 'm5', tag: 'tag5' }, back, bytes(250));
    recordInMemory(domain, log, { concept: 'sampling', quality: '0.9', resolved: ['tag5'] }, back, bytes(3));
    const state = recompute(domain, log.events, new Date(T)).learner;
    expect(state.concepts.sampling?.misconceptions.open).toEqual([]);
    expect(state.concepts.sampling?.misconceptions.resolved).toBe(1);
  });

  it('ids in one millisecond increase, and two clones stamping after the same event make different ids', () => {
    const log = emptyLog();
    for (let i = 0; i < 50; i++) recordInMemory(domain, log, { concept: 'tokenization', quality: '0.5' }, fixed(T), bytes((i * 37) % 256));
    const ids = log.events.map((e) => e.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(EVENT_ID);
    const a = makeEventId(T, bytes(1), ids[49] as string);
    const b = makeEventId(T, bytes(2), ids[49] as string);
    expect(a).not.toBe(b);
    expect((a as string) > (ids[49] as string) && (b as string) > (ids[49] as string)).toBe(true);
  });

  it('moves to the next millisecond when one is full, and never throws an internal error for a real clock', () => {
    const full = `evt_${makeEventId(T, bytes(0), null)?.slice(4, 14)}ZZZZZZZZZZZZZZZZ`;
    const event = { id: full, ts: new Date(T).toISOString(), type: 'exchange', concept: 'tokenization', quality: 0.5, prev: null } as TutorEvent;
    const stamp = stampEvent([event], fixed(T), bytes(5));
    expect(Date.parse(stamp.ts)).toBe(T + 1);
    expect(() => makeEventId(-1, bytes(0), null)).toThrow(InternalError);
  });
});

// --- properties ---------------------------------------------------------------------------

const tags = ['t1', 't2', 't3'] as const;
const requestArb: fc.Arbitrary<LogRequest> = fc.oneof(
  { weight: 6, arbitrary: fc.record({
    concept: fc.constantFrom('tokenization', 'sampling', 'attention', 'position'),
    quality: fc.constantFrom('0', '0.3', '0.5', '0.8', '0.95', '1'),
    misconception: fc.option(fc.constantFrom('wrong idea', 'other wrong idea'), { nil: undefined }),
    tag: fc.constantFrom(...tags),
    resolved: fc.option(fc.oneof(fc.constant(true as const), fc.subarray([...tags], { minLength: 1 })), { nil: undefined }),
  }).map((r) => ({ concept: r.concept, quality: r.quality, ...(r.misconception ? { misconception: r.misconception, tag: r.tag } : {}), ...(r.resolved ? { resolved: r.resolved } : {}) })) },
  { weight: 1, arbitrary: fc.record({ target: fc.constantFrom('et1', 'b1'), passed: fc.boolean() }).map((r): LogRequest => ({ type: 'exit_test', target: r.target, ...(r.passed ? { passed: true } : { failed: true }) })) },
);
// Clocks that jump back and forth by minutes, or stand still (many events in one millisecond).
const offsetArb = fc.oneof(fc.constant(0), fc.integer({ min: -180, max: 180 }).map((m) => m * MIN), fc.integer({ min: -5, max: 5 }));
const stepArb = fc.record({ request: requestArb, offset: offsetArb, random: fc.uint8Array({ minLength: 16, maxLength: 16 }) });

/**
 * `device` marks the random bytes (the first of the fresh part, the first of the step), as two
 * machines' random generators differ: fast-check readily draws the same bytes twice, a 2^-80 event.
 */
function tryRecord(log: MemoryLog, step: { request: LogRequest; offset: number; random: Uint8Array }, skew = 0, device?: number): Accepted | null {
  const random = Uint8Array.from(step.random);
  if (device !== undefined) {
    random[0] = device;
    random[10] = device;
  }
  try {
    return recordInMemory(domain, log, step.request, fixed(T + skew + step.offset), random);
  } catch (error) {
    if (error instanceof InputError || (error as Error).name === 'UsageError') return null;
    throw error;
  }
}

/** The event's effect at its place in the fold of `events` (the rule recompute applies). */
function expectEffectInPlace(events: readonly TutorEvent[], accepted: Accepted): void {
  const event = accepted.event;
  const retracted = foldLog(domain, events).retracted;
  const order = events
    .filter((e) => e.type !== 'retract' && !retracted.has(e.id))
    .map((e) => ({ event: e, ms: Date.parse(e.ts), id: e.id }))
    .sort(compareEvents);
  const place = order.findIndex((o) => o.event.id === event.id);
  expect(place).toBeGreaterThanOrEqual(0);
  const after = recompute(domain, order.slice(0, place + 1).map((o) => o.event), new Date(T)).learner;
  if (event.type === 'exchange') {
    const open = after.concepts[event.concept]?.misconceptions.open.map((m) => m.tag) ?? [];
    for (const tag of event.resolved === true ? [] : (event.resolved ?? [])) expect(open, `${event.id} resolved ${tag}`).not.toContain(tag);
    if (event.tag) expect(open).toContain(event.tag);
  } else if (event.type === 'exit_test' && event.passed) {
    expect(after.exit[event.target]?.passed).toBe(true);
  }
}

describe('ordering properties', () => {
  it('one clone, any clock: (ts, id) order is the order of deciding, and each event was decided on the state recompute gives before it', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 25 }), (steps) => {
        const log = emptyLog();
        const accepted: Accepted[] = [];
        for (const step of steps) {
          const a = tryRecord(log, step);
          if (a) accepted.push(a);
        }
        const sorted = [...log.events].map((e) => ({ event: e, ms: Date.parse(e.ts), id: e.id })).sort(compareEvents).map((o) => o.event.id);
        expect(sorted).toEqual(log.events.map((e) => e.id));
        accepted.forEach((a, i) => {
          expect(recompute(domain, log.events.slice(0, i), new Date(T)).learner.concepts).toEqual(a.before.concepts);
          expectEffectInPlace(log.events, a);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('two clones with skewed clocks, merged in any interleaving: every accepted event keeps its effect, ids stay unique', () => {
    fc.assert(
      fc.property(
        fc.array(stepArb, { maxLength: 6 }),
        fc.array(stepArb, { minLength: 1, maxLength: 10 }),
        fc.array(stepArb, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: -240, max: 240 }).map((m) => m * MIN),
        fc.array(fc.boolean(), { maxLength: 20 }),
        (shared, onA, onB, skew, interleave) => {
          const base = emptyLog();
          for (const step of shared) tryRecord(base, step);
          const a = copyLog(base);
          const b = copyLog(base);
          const acceptedA = onA.map((s) => tryRecord(a, s, 0, 1)).filter((x): x is Accepted => x !== null);
          const acceptedB = onB.map((s) => tryRecord(b, s, skew, 2)).filter((x): x is Accepted => x !== null);
          // A union merge: the shared part, then the two sides' new lines in any interleaving.
          const restA = a.events.slice(base.events.length);
          const restB = b.events.slice(base.events.length);
          const merged = [...base.events];
          let i = 0;
          let j = 0;
          for (const pickA of interleave) {
            if (pickA && i < restA.length) merged.push(restA[i++] as TutorEvent);
            else if (j < restB.length) merged.push(restB[j++] as TutorEvent);
          }
          merged.push(...restA.slice(i), ...restB.slice(j));
          expect(new Set(merged.map((e) => e.id)).size).toBe(merged.length);
          const rank = new Map(merged.map((e) => ({ event: e, ms: Date.parse(e.ts), id: e.id })).sort(compareEvents).map((o, k) => [o.id, k]));
          for (const accepted of [...acceptedA, ...acceptedB]) {
            // Causality: everything an event was decided on sorts before it, on either side.
            for (const seen of accepted.view) expect(rank.get(seen) as number).toBeLessThan(rank.get(accepted.event.id) as number);
            expectEffectInPlace(merged, accepted);
          }
          // Any order of the merged lines recomputes the same.
          expect(recompute(domain, [...merged].reverse(), new Date(T))).toEqual(recompute(domain, merged, new Date(T)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('after any sequence of accepted records, whatever the clocks said, verify passes', () => {
    const anyMs = fc.oneof(
      fc.integer({ min: -2e12, max: 4e12 }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Date.parse('1999-12-31T23:59:59.999Z'), Date.parse('2000-01-01T00:00:00Z')),
      offsetArb.map((o) => T + o),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ request: requestArb, now: anyMs, machine: anyMs, random: fc.uint8Array({ minLength: 16, maxLength: 16 }) }), { minLength: 1, maxLength: 20 }), (steps) => {
        const log = emptyLog();
        let last: RecordClock | null = null;
        for (const step of steps) {
          const clock: RecordClock = { nowMs: step.now, machineMs: Number.isFinite(step.machine) ? step.machine : T, source: 'TUTOR_NOW' };
          try {
            recordInMemory(domain, log, step.request, clock, step.random);
            last = clock;
          } catch (error) {
            if (!(error instanceof InputError) && (error as Error).name !== 'UsageError') throw error;
          }
        }
        if (!last) return;
        for (const now of [last.nowMs, last.machineMs]) {
          const report = verifyLog(domain, logLines(log.lines), new Date(now));
          expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
