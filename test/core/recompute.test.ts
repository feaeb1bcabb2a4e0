import { describe, expect, it } from 'vitest';
import { HISTORY_KEPT, recompute } from '../../src/core/recompute.js';
import { DAY, exchange, exitTest, HOUR, retract, T0, tinyDomain } from '../helpers/events.js';

const domain = tinyDomain();
const now = new Date(T0 + 10 * HOUR);

describe('recompute: mastery (DESIGN.md worked example)', () => {
  it('0.5, 0.9, 0.95 gives mastery 0.5, 0.74, 0.866 and learning, learning, mastered', () => {
    const events = [exchange('tokenization', 0.5, T0), exchange('tokenization', 0.9, T0 + HOUR), exchange('tokenization', 0.95, T0 + 2 * HOUR)];
    const steps = [1, 2, 3].map((n) => recompute(domain, events.slice(0, n), now).learner.concepts.tokenization);
    expect(steps.map((s) => s?.mastery)).toEqual([0.5, 0.74, 0.866]);
    expect(steps.map((s) => s?.status)).toEqual(['learning', 'learning', 'mastered']);
    expect(steps[2]?.history.map((h) => h.mastery)).toEqual([0.5, 0.74, 0.866]);
  });

  it('a first and only 0.9 is mastery 0.9 but still learning: no single exchange masters', () => {
    const state = recompute(domain, [exchange('sampling', 0.9, T0)], now).learner.concepts.sampling;
    expect(state?.mastery).toBe(0.9);
    expect(state?.status).toBe('learning');
  });

  it('three perfect answers master; a bad fourth one takes mastered away', () => {
    const good = [1, 1, 1].map((q, i) => exchange('tokenization', q, T0 + i * HOUR));
    expect(recompute(domain, good, now).learner.concepts.tokenization?.status).toBe('mastered');
    const after = recompute(domain, [...good, exchange('tokenization', 0.2, T0 + 5 * HOUR)], now).learner.concepts.tokenization;
    expect(after?.mastery).toBeCloseTo(0.52, 6);
    expect(after?.status).toBe('learning');
  });

  it('overall mastery is the mean over all concepts, untouched counting as 0', () => {
    const learner = recompute(domain, [exchange('tokenization', 0.8, T0)], now).learner;
    expect(learner.overall).toEqual({ mastery: 0.2, mastered: 0, concepts: 4, learning: 1, untouched: 3 });
  });

  it('orders events by (ts, id), not file order', () => {
    const a = exchange('tokenization', 0.2, T0);
    const b = exchange('tokenization', 1, T0 + HOUR);
    const inOrder = recompute(domain, [a, b], now).learner;
    const reversed = recompute(domain, [b, a], now).learner;
    expect(reversed.concepts.tokenization?.mastery).toBe(inOrder.concepts.tokenization?.mastery);
    expect(inOrder.concepts.tokenization?.mastery).toBeCloseTo(0.68, 6);
  });

  it('honours a policy override from domain.json', () => {
    const strict = tinyDomain({ policy: { alpha: 0.5, min_observations: 1, mastery_threshold: 0.9 } });
    const state = recompute(strict, [exchange('tokenization', 0.95, T0)], now).learner;
    expect(state.concepts.tokenization?.status).toBe('mastered');
    expect(state.policy).toMatchObject({ alpha: 0.5, min_observations: 1, mastery_threshold: 0.9, stale_days: 14 });
  });
});

describe('recompute: history is the last HISTORY_KEPT exchanges (issue 17)', () => {
  // 25 exchanges on one concept, an hour apart, with qualities that move mastery every time.
  const qualities = Array.from({ length: 25 }, (_, i) => ((i * 37) % 100) / 100);
  const log = qualities.map((q, i) => exchange('tokenization', q, T0 + i * HOUR));
  const later = new Date(T0 + 30 * HOUR);
  const conceptAfter = (events: Parameters<typeof recompute>[1]) => recompute(domain, events, later).learner.concepts.tokenization;

  it('keeps 20 points: the 21st exchange drops the first, observations and mastery still count all', () => {
    expect(HISTORY_KEPT).toBe(20);
    const twenty = conceptAfter(log.slice(0, 20));
    expect(twenty?.history).toHaveLength(20);
    expect(twenty?.observations).toBe(20);
    const twentyOne = conceptAfter(log.slice(0, 21));
    expect(twentyOne?.observations).toBe(21);
    expect(twentyOne?.history).toHaveLength(20);
    // The same points as before, less the oldest, plus the new one, oldest first.
    expect(twentyOne?.history.slice(0, 19)).toEqual(twenty?.history.slice(1));
    expect(twentyOne?.history[0]?.ts).toBe(log[1]?.ts);
    expect(twentyOne?.history.at(-1)).toEqual({ ts: log[20]?.ts, quality: qualities[20], mastery: twentyOne?.mastery });
  });

  it('the cut does not change mastery: the EWMA runs over every exchange', () => {
    let ewma = 0;
    qualities.forEach((q, i) => (ewma = i === 0 ? q : 0.6 * q + 0.4 * ewma));
    const concept = conceptAfter(log);
    expect(concept?.observations).toBe(25);
    expect(concept?.mastery).toBeCloseTo(ewma, 4);
    expect(concept?.history.map((h) => h.ts)).toEqual(log.slice(5).map((e) => e.ts));
  });

  it('retracting one of the last 20 brings back the older point before them', () => {
    const wrong = log[17] as (typeof log)[number];
    const concept = conceptAfter([...log, retract(wrong.id, T0 + 26 * HOUR)]);
    const kept = log.filter((e) => e !== wrong).slice(-20);
    expect(concept?.observations).toBe(24);
    expect(concept?.history.map((h) => h.ts)).toEqual(kept.map((e) => e.ts));
    expect(concept?.history[0]?.ts).toBe(log[4]?.ts);
    expect(concept?.history.map((h) => h.quality)).toEqual(kept.map((e) => e.quality));
    // Each point's mastery is what the log without the retracted exchange gives.
    expect(concept?.history).toEqual(conceptAfter(log.filter((e) => e !== wrong))?.history);
  });
});

describe('recompute: time, prerequisites, modules, exit items', () => {
  it('marks a built-up concept stale after 14 days without evidence, not a weak one', () => {
    const events = [exchange('tokenization', 0.9, T0), exchange('sampling', 0.3, T0)];
    const at13 = recompute(domain, events, new Date(T0 + 13 * DAY)).learner.concepts;
    const at20 = recompute(domain, events, new Date(T0 + 20 * DAY)).learner.concepts;
    expect(at13.tokenization?.stale_days).toBeNull();
    expect(at20.tokenization?.stale_days).toBe(20);
    expect(at20.sampling?.stale_days).toBeNull();
    expect(at20.sampling?.days_since_evidence).toBe(20);
  });

  it('flags a prerequisite gap only on a concept with evidence', () => {
    const learner = recompute(domain, [exchange('attention', 0.7, T0)], now).learner;
    expect(learner.concepts.attention?.prereq_gaps).toEqual(['sampling']);
    expect(learner.concepts.position?.prereq_gaps).toEqual([]);
  });

  it('ready to learn: not mastered and every prerequisite mastered', () => {
    const mastered = [0.9, 0.9, 0.9].map((q, i) => exchange('tokenization', q, T0 + i * HOUR));
    const learner = recompute(domain, mastered, now).learner;
    expect(learner.concepts.tokenization?.ready_to_learn).toBe(false);
    expect(learner.concepts.sampling?.ready_to_learn).toBe(true);
    expect(learner.concepts.attention?.ready_to_learn).toBe(false);
  });

  it('current module is the first with a concept not mastered, null when all are', () => {
    const master = (id: string, base: number) => [0, 1, 2].map((i) => exchange(id, 1, base + i * HOUR));
    const m1 = [...master('tokenization', T0), ...master('sampling', T0 + 3 * HOUR)];
    expect(recompute(domain, [], now).learner.current_module).toBe('M1');
    // Re-probing an M1 concept while in M2 does not move the learner back.
    expect(recompute(domain, [...m1, exchange('attention', 0.5, T0 + 7 * HOUR)], now).learner.current_module).toBe('M2');
    const all = [...m1, ...master('attention', T0 + 10 * HOUR), ...master('position', T0 + 20 * HOUR)];
    expect(recompute(domain, all, new Date(T0 + 30 * HOUR)).learner.current_module).toBeNull();
  });

  it('an exit item is ready when every required concept is mastered and it is not passed', () => {
    const master = (id: string, base: number) => [0, 1, 2].map((i) => exchange(id, 1, base + i * HOUR));
    const events = [...master('tokenization', T0), ...master('sampling', T0 + 3 * HOUR)];
    const before = recompute(domain, events, now).learner.exit;
    expect(before.et1).toMatchObject({ ready: true, passed: false, attempts: 0, missing: [] });
    expect(before.b1).toMatchObject({ ready: false, missing: ['attention', 'position'] });
    const failed = recompute(domain, [...events, exitTest('et1', false, T0 + 8 * HOUR)], now).learner;
    expect(failed.exit.et1).toMatchObject({ ready: true, passed: false, attempts: 1 });
    const passed = recompute(domain, [...events, exitTest('et1', false, T0 + 8 * HOUR), exitTest('et1', true, T0 + 9 * HOUR)], now).learner;
    expect(passed.exit.et1).toMatchObject({ ready: false, passed: true, attempts: 2 });
    expect(passed.exit_summary).toEqual({ mechanism: { passed: 1, total: 1 }, build: { passed: 0, total: 1 } });
  });
});

describe('recompute: misconceptions', () => {
  const open = (q: number, ms: number, tag: string, text = `believes ${tag}`) => exchange('sampling', q, ms, { misconception: text, tag });

  it('opens by tag, --resolved closes all open on the concept', () => {
    const events = [open(0.3, T0, 'temp-reranks'), open(0.4, T0 + HOUR, 'tail-is-truth'), exchange('sampling', 0.8, T0 + 2 * HOUR, { resolved: true })];
    const opened = recompute(domain, events.slice(0, 2), now).learner.concepts.sampling?.misconceptions;
    expect(opened?.open.map((m) => m.tag)).toEqual(['temp-reranks', 'tail-is-truth']);
    expect(opened?.open[0]).toEqual({ tag: 'temp-reranks', text: 'believes temp-reranks', since: '2026-06-18T09:00:00.000Z' });
    const closed = recompute(domain, events, now).learner.concepts.sampling?.misconceptions;
    expect(closed).toEqual({ open: [], resolved: 2, relapses: 0 });
  });

  it('--resolved TAG closes only that one', () => {
    const events = [open(0.3, T0, 'a'), open(0.4, T0 + HOUR, 'b'), exchange('sampling', 0.8, T0 + 2 * HOUR, { resolved: ['a'] })];
    const m = recompute(domain, events, now).learner.concepts.sampling?.misconceptions;
    expect(m?.open.map((x) => x.tag)).toEqual(['b']);
    expect(m?.resolved).toBe(1);
  });

  it('re-opening a resolved tag is a relapse, also on another concept', () => {
    const events = [
      open(0.3, T0, 'training-data-at-inference'),
      exchange('sampling', 0.9, T0 + HOUR, { resolved: ['training-data-at-inference'] }),
      exchange('attention', 0.3, T0 + 2 * HOUR, { misconception: 'the corpus is read at run time', tag: 'training-data-at-inference' }),
    ];
    const { learner, pedagogy } = recompute(domain, events, now);
    expect(learner.concepts.attention?.misconceptions.relapses).toBe(1);
    expect(learner.concepts.attention?.misconceptions.open.map((m) => m.tag)).toEqual(['training-data-at-inference']);
    expect(pedagogy.relapses).toEqual([
      { tag: 'training-data-at-inference', text: 'the corpus is read at run time', concepts: ['attention', 'sampling'], relapses: 1, open: true },
    ]);
    expect(pedagogy.next[0]).toMatchObject({ kind: 'resolve_misconception', target: 'attention', tag: 'training-data-at-inference' });
  });

  it('seeing an open misconception again is not a relapse', () => {
    const events = [open(0.3, T0, 'a'), open(0.3, T0 + HOUR, 'a')];
    expect(recompute(domain, events, now).learner.concepts.sampling?.misconceptions).toMatchObject({ relapses: 0, resolved: 0 });
  });
});

describe('recompute: retractions and unknown references become state', () => {
  it('a retracted event is ignored everywhere', () => {
    const wrong = exchange('tokenization', 0.1, T0 + HOUR);
    const events = [exchange('tokenization', 0.9, T0), wrong, retract(wrong.id, T0 + 2 * HOUR)];
    const learner = recompute(domain, events, now).learner;
    expect(learner.concepts.tokenization).toMatchObject({ mastery: 0.9, observations: 1 });
    expect(learner.source).toMatchObject({ events: 3, retracted: 1 });
  });

  it('retracting a retraction restores its target', () => {
    const e = exchange('tokenization', 0.6, T0);
    const r = retract(e.id, T0 + HOUR);
    const learner = recompute(domain, [e, r, retract(r.id, T0 + 2 * HOUR)], now).learner;
    expect(learner.concepts.tokenization?.observations).toBe(1);
  });

  it('a retracted exit attempt no longer counts', () => {
    const pass = exitTest('et1', true, T0);
    const learner = recompute(domain, [pass, retract(pass.id, T0 + HOUR)], now).learner;
    expect(learner.exit.et1).toMatchObject({ passed: false, attempts: 0 });
  });

  it('events about ids the curriculum no longer has are counted, not thrown', () => {
    const learner = recompute(domain, [exchange('removed_concept', 0.5, T0), exitTest('et9', true, T0), retract('evt_0000000000000000000000ZZZZ', T0)], now).learner;
    expect(learner.source).toMatchObject({ events: 3, orphaned: 2, retracted: 0 });
    expect(learner.overall.mastery).toBe(0);
  });
});

describe('recompute: determinism', () => {
  it('the same inputs give byte-identical JSON and never mutate the input', () => {
    const events = [exchange('tokenization', 0.5, T0), exchange('sampling', 0.7, T0 + HOUR, { misconception: 'x', tag: 'x' })];
    const copy = structuredClone(events);
    const a = JSON.stringify(recompute(domain, events, now));
    const b = JSON.stringify(recompute(domain, events, now));
    expect(a).toBe(b);
    expect(events).toEqual(copy);
  });
});

describe('recompute: timeline', () => {
  it('records overall mastery, mastered and passed exit items at the end of each day with evidence', () => {
    const events = [
      exchange('tokenization', 1, T0),
      exchange('tokenization', 1, T0 + HOUR),
      exchange('tokenization', 1, T0 + DAY),
      exitTest('et1', true, T0 + DAY + HOUR),
      exchange('sampling', 0.4, T0 + 3 * DAY),
    ];
    expect(recompute(domain, events, new Date(T0 + 4 * DAY)).learner.timeline).toEqual([
      { date: '2026-06-18', mastery: 0.25, mastered: 0, exit_passed: 0, exchanges: 2 },
      { date: '2026-06-19', mastery: 0.25, mastered: 1, exit_passed: 1, exchanges: 1 },
      { date: '2026-06-21', mastery: 0.35, mastered: 1, exit_passed: 1, exchanges: 1 },
    ]);
  });

  it("counts each day's live exchanges on known concepts: not retracted ones, not orphaned ones, not exit attempts", () => {
    const wrong = exchange('sampling', 0.9, T0 + HOUR);
    const events = [
      exchange('tokenization', 0.5, T0),
      wrong,
      exchange('removed_concept', 0.5, T0 + 2 * HOUR),
      retract(wrong.id, T0 + 3 * HOUR),
      exitTest('et1', false, T0 + DAY),
      exchange('removed_concept', 0.7, T0 + 2 * DAY),
    ];
    const learner = recompute(domain, events, new Date(T0 + 4 * DAY)).learner;
    expect(learner.timeline.map(({ date, exchanges }) => ({ date, exchanges }))).toEqual([
      { date: '2026-06-18', exchanges: 1 },
      { date: '2026-06-19', exchanges: 0 },
      { date: '2026-06-20', exchanges: 0 },
    ]);
    // The same exchanges as the concepts' observations.
    const observations = Object.values(learner.concepts).reduce((n, c) => n + c.observations, 0);
    expect(learner.timeline.reduce((n, p) => n + p.exchanges, 0)).toBe(observations);
  });

  it('never shows -0: the running sum may drift a hair below 0 as mastery decays to nothing', () => {
    // 0.3 then 45 zeros: the running sum of the timeline ends at about -6e-20, not 0.
    const events = [0.3, ...Array<number>(45).fill(0)].map((q, i) => exchange('tokenization', q, T0 + i * HOUR));
    const timeline = recompute(domain, events, new Date(T0 + 50 * HOUR)).learner.timeline;
    expect(timeline.map((p) => p.mastery)).toEqual([0, 0, 0]);
    for (const point of timeline) expect(Object.is(point.mastery, -0)).toBe(false);
  });
});
