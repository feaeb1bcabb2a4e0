// recompute(domain, events, now) → the learner's state. Pure and total (STYLE.md): it never throws
// on an accepted line; retractions and unknown references become state, not exceptions.
import type { Domain } from './domain.js';
import { assertNever } from './errors.js';
import { compareEvents, type ExchangeEvent, type TutorEvent } from './events.js';
import { atLeast, policyToJson, type Policy, type PolicyJson } from './policy.js';
import { derivePedagogy, type PedagogyState } from './pedagogy.js';

export const DAY_MS = 86_400_000;

export type ConceptStatus = 'untouched' | 'learning' | 'mastered';

export interface OpenMisconception {
  tag: string;
  text: string;
  since: string;
}
export interface HistoryPoint {
  ts: string;
  quality: number;
  mastery: number;
}
/**
 * How many exchanges per concept the fold keeps as history (issue 17: a months-long course must
 * not make every record parse, format and write its whole past). learner.json's `history` is the
 * last HISTORY_KEPT exchanges on the concept, oldest first; the whole trajectory is in the log.
 */
export const HISTORY_KEPT = 20;
export interface ConceptState {
  name: string;
  module: string;
  mastery: number;
  observations: number;
  status: ConceptStatus;
  last_evidence: string | null;
  days_since_evidence: number | null;
  stale_days: number | null;
  prereq_gaps: string[];
  ready_to_learn: boolean;
  misconceptions: { open: OpenMisconception[]; resolved: number; relapses: number };
  /**
   * The last HISTORY_KEPT exchanges on this concept (live ones, in (ts, id) order), oldest first,
   * each with the mastery right after it. `observations` still counts every exchange, so
   * `history.length < observations` says the older ones were cut (they are in the log).
   */
  history: HistoryPoint[];
}
export interface ModuleState {
  name: string;
  layer: string | null;
  mastery: number;
  mastered: number;
  concepts: number;
}
export interface ExitState {
  kind: 'mechanism' | 'build';
  passed: boolean;
  attempts: number;
  ready: boolean;
  missing: string[];
  last_attempt: { ts: string; passed: boolean } | null;
}
export interface TagState {
  tag: string;
  text: string;
  concepts: string[];
  open: boolean;
  relapses: number;
}
/** Overall standing at the end of each day with evidence (UTC), for "mastery over time". */
export interface TimelinePoint {
  date: string;
  mastery: number;
  mastered: number;
  exit_passed: number;
  /**
   * Live exchanges that day on concepts of the curriculum (not retracted, not orphaned): the
   * activity calendar's count (issue 17: it no longer needs every exchange's history). A day
   * with only an exit-test attempt, or only orphaned exchanges, has 0.
   */
  exchanges: number;
}
export interface LearnerState {
  schema: 1;
  source: { events: number; head: string | null; last_event: string | null; retracted: number; orphaned: number; unreadable: number };
  policy: PolicyJson;
  overall: { mastery: number; mastered: number; concepts: number; learning: number; untouched: number };
  current_module: string | null;
  exit_summary: { mechanism: { passed: number; total: number }; build: { passed: number; total: number } };
  concepts: Record<string, ConceptState>;
  modules: Record<string, ModuleState>;
  exit: Record<string, ExitState>;
  misconception_tags: TagState[];
  timeline: TimelinePoint[];
}
export interface Derived {
  learner: LearnerState;
  pedagogy: PedagogyState;
  /** The `now` the state was derived at (epoch ms): the page's "as of", the render's clock, never read again (STYLE.md). */
  asOfMs: number;
  /** The last exchanges on each concept, newest last: the page's "why". Not written to learner.json. */
  evidence: Record<string, readonly RecentExchange[]>;
}
/** One exchange as the page shows it under its concept: when, how it went, the tutor's words. */
export interface RecentExchange {
  id: string;
  ts: string;
  quality: number;
  mastery: number;
  note: string | null;
  misconception: string | null;
  tag: string | null;
  resolved: boolean;
}
/** How many exchanges per concept the page keeps (the whole history is in the log). */
export const RECENT_EXCHANGES = 5;
/** What only the store knows about the file: the hash of its last line, lines it could not read. */
export interface LogMeta {
  head: string | null;
  unreadable: number;
}

/**
 * Rounded for output only; the fold keeps full precision. Never -0: the running sum behind the
 * timeline can drift a hair below 0, and -0 would not survive the checkpoint's JSON (a state
 * folded from it must equal a full recompute, not just print the same).
 */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000 + 0;
}

/**
 * A retraction withdraws its target unless it is itself withdrawn (retracting a retraction
 * restores the target). Targets always precede their retraction in file order, but a hand-made
 * log could hold a cycle: an event on a cycle counts as not retracted, deterministically.
 */
export function findRetracted(events: readonly TutorEvent[]): Set<string> {
  const retractionsOf = new Map<string, string[]>();
  for (const event of events) {
    if (event.type === 'retract') {
      const list = retractionsOf.get(event.target);
      if (list) list.push(event.id);
      else retractionsOf.set(event.target, [event.id]);
    }
  }
  if (retractionsOf.size === 0) return new Set();
  // Only targets that are events of this log count; no index of the whole log is needed for that.
  const present = new Set<string>();
  for (const event of events) if (retractionsOf.has(event.id)) present.add(event.id);
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();
  const isRetracted = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return false;
    visiting.add(id);
    const result = (retractionsOf.get(id) ?? []).some((r) => !isRetracted(r));
    visiting.delete(id);
    memo.set(id, result);
    return result;
  };
  const out = new Set<string>();
  for (const target of retractionsOf.keys()) if (present.has(target) && isRetracted(target)) out.add(target);
  return out;
}

export interface ConceptAcc {
  mastery: number | null;
  observations: number;
  lastMs: number;
  lastTs: string | null;
  /** At most HISTORY_KEPT points, oldest first. */
  history: HistoryPoint[];
  recent: RecentExchange[];
  open: Map<string, OpenMisconception>;
  resolved: number;
  relapses: number;
}
export interface ExitAcc {
  attempts: number;
  passed: boolean;
  last: { ts: string; passed: boolean } | null;
}
export interface TagAcc {
  text: string;
  concepts: Set<string>;
  everResolved: boolean;
  openOn: Set<string>;
  relapses: number;
}

/** The fold's working state. `evolve` is total: anything it cannot place is counted, not thrown. */
export interface Fold {
  concepts: Map<string, ConceptAcc>;
  exits: Map<string, ExitAcc>;
  tags: Map<string, TagAcc>;
  orphaned: number;
}

export function newFold(domain: Domain): Fold {
  const concepts = new Map<string, ConceptAcc>();
  for (const c of domain.concepts) {
    concepts.set(c.id, { mastery: null, observations: 0, lastMs: 0, lastTs: null, history: [], recent: [], open: new Map(), resolved: 0, relapses: 0 });
  }
  const exits = new Map<string, ExitAcc>();
  for (const e of domain.exitTest) exits.set(e.id, { attempts: 0, passed: false, last: null });
  return { concepts, exits, tags: new Map(), orphaned: 0 };
}

function closeMisconception(fold: Fold, concept: ConceptAcc, conceptId: string, tag: string): void {
  if (!concept.open.delete(tag)) return;
  concept.resolved += 1;
  const info = fold.tags.get(tag);
  if (info) {
    info.everResolved = true;
    info.openOn.delete(conceptId);
  }
}

function evolveExchange(fold: Fold, event: ExchangeEvent, ms: number, policy: Policy): void {
  const concept = fold.concepts.get(event.concept);
  if (!concept) {
    fold.orphaned += 1;
    return;
  }
  // DESIGN.md: mastery is an EWMA of quality; the first observation sets it.
  concept.mastery = concept.mastery === null ? event.quality : policy.alpha * event.quality + (1 - policy.alpha) * concept.mastery;
  concept.observations += 1;
  concept.lastMs = ms;
  concept.lastTs = event.ts;
  // Bounded like `recent`: the oldest point goes when a new one comes (HISTORY_KEPT).
  if (concept.history.length === HISTORY_KEPT) concept.history.shift();
  concept.history.push({ ts: event.ts, quality: event.quality, mastery: round4(concept.mastery) });
  if (concept.recent.length === RECENT_EXCHANGES) concept.recent.shift();
  concept.recent.push({
    id: event.id,
    ts: event.ts,
    quality: event.quality,
    mastery: round4(concept.mastery),
    note: event.note ?? null,
    misconception: event.misconception ?? null,
    tag: event.misconception !== undefined ? (event.tag ?? null) : null,
    resolved: event.resolved !== undefined,
  });

  // Resolve before opening, so one exchange can close old misconceptions and record a new one.
  if (event.resolved === true) {
    for (const tag of [...concept.open.keys()]) closeMisconception(fold, concept, event.concept, tag);
  } else if (event.resolved) {
    for (const tag of event.resolved) closeMisconception(fold, concept, event.concept, tag);
  }
  if (event.misconception !== undefined) {
    const tag = event.tag ?? '';
    let info = fold.tags.get(tag);
    if (!info) {
      info = { text: event.misconception, concepts: new Set(), everResolved: false, openOn: new Set(), relapses: 0 };
      fold.tags.set(tag, info);
    }
    info.text = event.misconception;
    info.concepts.add(event.concept);
    if (!concept.open.has(tag)) {
      // Re-opening a key that was resolved before (on any concept) is a relapse (DESIGN.md).
      if (info.everResolved) {
        concept.relapses += 1;
        info.relapses += 1;
      }
      concept.open.set(tag, { tag, text: event.misconception, since: event.ts });
      info.openOn.add(event.concept);
    }
  }
}

function evolve(fold: Fold, event: TutorEvent, ms: number, policy: Policy): void {
  switch (event.type) {
    case 'exchange':
      evolveExchange(fold, event, ms, policy);
      return;
    case 'exit_test': {
      const exit = fold.exits.get(event.target);
      if (!exit) {
        fold.orphaned += 1;
        return;
      }
      exit.attempts += 1;
      exit.passed = exit.passed || event.passed;
      exit.last = { ts: event.ts, passed: event.passed };
      return;
    }
    case 'retract':
      // Retractions were applied before the fold (findRetracted); nothing accumulates here.
      return;
    default:
      assertNever(event, 'event type');
  }
}

/**
 * Events to fold, in (ts, id) order, without retracted ones and counting a duplicated id once: `visit` is called once per event; returns how many distinct
 * events the log holds. A log written by one clone has increasing (ts, id) and increasing ids, and
 * is walked as it is, with no object per event; only a merged log (or a duplicated line, or a
 * hand-made one) is deduplicated and sorted. Never mutates its input.
 */
function forEachLiveInOrder(events: readonly TutorEvent[], retracted: ReadonlySet<string>, visit: (event: TutorEvent, ms: number) => void): number {
  let inOrder = true;
  let previousMs = -Infinity;
  let previousId = '';
  const times: number[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as TutorEvent;
    const ms = Date.parse(event.ts);
    times[i] = ms;
    // compareEvents, inlined: no objects per event. Strictly increasing ids too, so that no id
    // can repeat on this path.
    if (ms < previousMs || event.id <= previousId) inOrder = false;
    previousMs = ms;
    previousId = event.id;
  }
  const live = (event: TutorEvent) => event.type !== 'retract' && !(retracted.size > 0 && retracted.has(event.id));
  if (inOrder) {
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as TutorEvent;
      if (live(event)) visit(event, times[i] as number);
    }
    return events.length;
  }
  // One event per id: of lines sharing an id (a duplicated line, or a hand-edited one) the one
  // that sorts first, by time and then by its bytes, so that the choice does not depend on the
  // order of the lines either.
  const byId = new Map<string, { event: TutorEvent; ms: number; id: string; text?: string }>();
  const textOf = (o: { event: TutorEvent; text?: string }) => (o.text ??= JSON.stringify(o.event));
  for (let i = 0; i < events.length; i++) {
    const candidate = { event: events[i] as TutorEvent, ms: times[i] as number, id: (events[i] as TutorEvent).id };
    const kept = byId.get(candidate.id);
    if (!kept) byId.set(candidate.id, candidate);
    else if (candidate.ms < kept.ms || (candidate.ms === kept.ms && textOf(candidate) < textOf(kept))) byId.set(candidate.id, candidate);
  }
  const order = [...byId.values()].filter((o) => live(o.event));
  order.sort(compareEvents);
  for (const { event, ms } of order) visit(event, ms);
  return byId.size;
}

function isMasteredAcc(acc: ConceptAcc, policy: Policy): boolean {
  return acc.mastery !== null && acc.observations >= policy.minObservations && atLeast(acc.mastery, policy.masteryThreshold);
}

/** Whole days from the last evidence to `nowMs`; null without evidence. */
function daysSince(acc: ConceptAcc, nowMs: number): number | null {
  return acc.lastTs === null ? null : Math.max(0, Math.floor((nowMs - acc.lastMs) / DAY_MS));
}

function isStale(policy: Policy, mastery: number, days: number | null): boolean {
  return days !== null && atLeast(mastery, policy.staleMinMastery) && days >= policy.staleDays;
}

/** One concept as the rules see it at `nowMs`: what learner.json says of it, and nothing else. */
export interface ConceptStanding {
  /** The EWMA at full precision; null before the first observation. */
  mastery: number | null;
  observations: number;
  mastered: boolean;
  stale: boolean;
}

/**
 * The mastery rule applied to a folded concept: the one place that decides "mastered" and
 * "stale". deriveState writes learner.json from it; the evaluation of the rule against recorded
 * learners (npm run eval:mastery) replays logs through foldLog/extendFold and reads this.
 */
export function conceptStanding(domain: Domain, state: LogFold, conceptId: string, nowMs: number): ConceptStanding | null {
  const acc = state.fold.concepts.get(conceptId);
  if (!acc) return null;
  return {
    mastery: acc.mastery,
    observations: acc.observations,
    mastered: isMasteredAcc(acc, domain.policy),
    stale: isStale(domain.policy, acc.mastery ?? 0, daysSince(acc, nowMs)),
  };
}

/**
 * The whole log folded: the per-concept, per-exit and per-tag accumulators, plus the running
 * totals that give the overall standing at the end of each day in O(1) per event (the timeline
 * costs nothing extra: recompute stays one linear pass). `deriveState` turns it into the files.
 */
export interface LogFold {
  readonly fold: Fold;
  readonly timeline: TimelinePoint[];
  readonly totals: { sum: number; mastered: number; exitPassed: number };
  readonly retracted: ReadonlySet<string>;
  /** Every distinct event read, retractions and retracted ones included (learner.json source.events). */
  events: number;
  /** The last event folded, in (ts, id) order, and its time (kept apart: no object per event). */
  last: TutorEvent | null;
  lastMs: number;
}

function foldOne(domain: Domain, state: LogFold, event: TutorEvent, ms: number): void {
  const policy = domain.policy;
  const count = domain.concepts.length;
  const { fold, totals, timeline } = state;
  const concept = event.type === 'exchange' ? fold.concepts.get(event.concept) : undefined;
  const exit = event.type === 'exit_test' ? fold.exits.get(event.target) : undefined;
  const masteryBefore = concept ? (concept.mastery ?? 0) : 0;
  const masteredBefore = concept ? isMasteredAcc(concept, policy) : false;
  const passedBefore = exit?.passed ?? false;
  evolve(fold, event, ms, policy);
  if (concept) {
    totals.sum += (concept.mastery ?? 0) - masteryBefore;
    totals.mastered += Number(isMasteredAcc(concept, policy)) - Number(masteredBefore);
  }
  if (exit && exit.passed && !passedBefore) totals.exitPassed += 1;
  // Stored timestamps are UTC ("…Z"): their first ten characters are the day, no Date needed.
  const date = event.ts.endsWith('Z') ? event.ts.slice(0, 10) : new Date(ms).toISOString().slice(0, 10);
  const mastery = round4(count ? totals.sum / count : 0);
  const lastPoint = timeline[timeline.length - 1];
  // An exchange on a known concept is exactly one that evolve folded into that concept.
  const exchanges = concept ? 1 : 0;
  // The day's point is updated in place (deriveState copies it): no garbage per event.
  if (lastPoint && lastPoint.date === date) {
    lastPoint.mastery = mastery;
    lastPoint.mastered = totals.mastered;
    lastPoint.exit_passed = totals.exitPassed;
    lastPoint.exchanges += exchanges;
  } else timeline.push({ date, mastery, mastered: totals.mastered, exit_passed: totals.exitPassed, exchanges });
  state.last = event;
  state.lastMs = ms;
}

/** Folds the whole log: retractions first, then every live event in (ts, id) order, once. */
export function foldLog(domain: Domain, events: readonly TutorEvent[]): LogFold {
  const retracted = findRetracted(events);
  const state: LogFold = { fold: newFold(domain), timeline: [], totals: { sum: 0, mastered: 0, exitPassed: 0 }, retracted, events: 0, last: null, lastMs: 0 };
  state.events = forEachLiveInOrder(events, retracted, (event, ms) => foldOne(domain, state, event, ms));
  return state;
}

/**
 * Folds one more event into `state` when that gives exactly what folding the whole log again
 * would: an exchange or exit attempt that sorts after every event folded so far (a new record,
 * stamped now, almost always does). A retraction, or an event that sorts earlier (a clock set
 * back), changes the past: then it returns false with `state` untouched, and the caller folds
 * the whole log again.
 */
export function extendFold(domain: Domain, state: LogFold, event: TutorEvent): boolean {
  // A retraction in force may already name this id (only in a hand-made log: new ids are fresh).
  if (event.type === 'retract' || state.retracted.has(event.id)) return false;
  const ms = Date.parse(event.ts);
  if (state.last && compareEvents({ ms: state.lastMs, id: state.last.id }, { ms, id: event.id }) >= 0) return false;
  state.events += 1;
  foldOne(domain, state, event, ms);
  return true;
}

/** Derives the learner's state and the tutor's next moves from the whole log. */
export function recompute(domain: Domain, events: readonly TutorEvent[], now: Date, meta: LogMeta = { head: null, unreadable: 0 }): Derived {
  return deriveState(domain, foldLog(domain, events), now, meta);
}

/**
 * The files' content from a folded log at `now` (staleness depends on it). Copies what it takes
 * from the fold, so the result stays as it is when the fold is extended afterwards.
 */
export function deriveState(domain: Domain, state: LogFold, now: Date, meta: LogMeta): Derived {
  const policy = domain.policy;
  const nowMs = now.getTime();
  const { fold, retracted } = state;

  const masteredIds = new Set<string>();
  for (const c of domain.concepts) if (isMasteredAcc(fold.concepts.get(c.id) as ConceptAcc, policy)) masteredIds.add(c.id);

  const concepts: Record<string, ConceptState> = {};
  let masterySum = 0;
  let learning = 0;
  for (const c of domain.concepts) {
    const acc = fold.concepts.get(c.id) as ConceptAcc;
    const mastery = acc.mastery ?? 0;
    masterySum += mastery;
    const status: ConceptStatus = acc.observations === 0 ? 'untouched' : masteredIds.has(c.id) ? 'mastered' : 'learning';
    if (status === 'learning') learning += 1;
    const days = daysSince(acc, nowMs);
    const stale = isStale(policy, mastery, days);
    concepts[c.id] = {
      name: c.name,
      module: c.module,
      mastery: round4(mastery),
      observations: acc.observations,
      status,
      last_evidence: acc.lastTs,
      days_since_evidence: days,
      stale_days: stale ? days : null,
      prereq_gaps: acc.observations > 0 ? c.prereqs.filter((p) => !masteredIds.has(p)) : [],
      ready_to_learn: status !== 'mastered' && c.prereqs.every((p) => masteredIds.has(p)),
      misconceptions: {
        open: [...acc.open.values()].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.tag < b.tag ? -1 : 1)),
        resolved: acc.resolved,
        relapses: acc.relapses,
      },
      history: acc.history.slice(),
    };
  }

  const modules: Record<string, ModuleState> = {};
  let currentModule: string | null = null;
  const membersOf = new Map<string, Domain['concepts'][number][]>();
  for (const c of domain.concepts) {
    const list = membersOf.get(c.module);
    if (list) list.push(c);
    else membersOf.set(c.module, [c]);
  }
  for (const m of domain.modules) {
    const members = membersOf.get(m.id) ?? [];
    const mastered = members.filter((c) => masteredIds.has(c.id)).length;
    const sum = members.reduce((total, c) => total + (fold.concepts.get(c.id)?.mastery ?? 0), 0);
    modules[m.id] = { name: m.name, layer: m.layer, mastery: round4(members.length ? sum / members.length : 0), mastered, concepts: members.length };
    // DESIGN.md: the first module, in teaching order, with a concept not mastered.
    if (currentModule === null && mastered < members.length) currentModule = m.id;
  }

  const exit: Record<string, ExitState> = {};
  const exitSummary = { mechanism: { passed: 0, total: 0 }, build: { passed: 0, total: 0 } };
  for (const item of domain.exitTest) {
    const acc = fold.exits.get(item.id) as ExitAcc;
    const missing = item.requires.filter((r) => !masteredIds.has(r));
    exit[item.id] = { kind: item.kind, passed: acc.passed, attempts: acc.attempts, ready: !acc.passed && missing.length === 0, missing, last_attempt: acc.last };
    exitSummary[item.kind].total += 1;
    if (acc.passed) exitSummary[item.kind].passed += 1;
  }

  const misconceptionTags: TagState[] = [...fold.tags.entries()]
    .map(([tag, info]) => ({ tag, text: info.text, concepts: [...info.concepts].sort(), open: info.openOn.size > 0, relapses: info.relapses }))
    .sort((a, b) => (a.tag < b.tag ? -1 : 1));

  const learner: LearnerState = {
    schema: 1,
    source: {
      events: state.events,
      head: meta.head,
      last_event: state.last ? state.last.ts : null,
      retracted: retracted.size,
      orphaned: fold.orphaned,
      unreadable: meta.unreadable,
    },
    policy: policyToJson(policy),
    overall: {
      // DESIGN.md: mean over all concepts, untouched counting as 0.
      mastery: round4(domain.concepts.length ? masterySum / domain.concepts.length : 0),
      mastered: masteredIds.size,
      concepts: domain.concepts.length,
      learning,
      untouched: domain.concepts.length - masteredIds.size - learning,
    },
    current_module: currentModule,
    exit_summary: exitSummary,
    concepts,
    modules,
    exit,
    misconception_tags: misconceptionTags,
    timeline: state.timeline.map((point) => ({ ...point })),
  };
  const evidence: Record<string, readonly RecentExchange[]> = {};
  for (const [id, acc] of fold.concepts) if (acc.recent.length > 0) evidence[id] = acc.recent.slice();
  return { learner, pedagogy: derivePedagogy(domain, learner), asOfMs: now.getTime(), evidence };
}
