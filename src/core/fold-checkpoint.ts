// The fold of the log as plain JSON, and back (issue 17): a record starts from the fold of the
// log it last saw instead of reading, checking and folding every line again. Pure: the store
// decides when a checkpoint still describes the log on disk (store/checkpoint.ts), this file
// only says what one holds. Anything that does not decode exactly gives null, never a guess:
// the caller then folds the whole log.
import { createHash } from 'node:crypto';
import type { Domain } from './domain.js';
import type { TutorEvent } from './events.js';
import { HISTORY_KEPT, newFold, type ConceptAcc, type HistoryPoint, type LogFold, type OpenMisconception, type RecentExchange, type TimelinePoint } from './recompute.js';

/**
 * Bumped whenever the fold's shape or its rules change: an older checkpoint is then ignored.
 * 2: timeline points count the day's exchanges; each concept's history is its last HISTORY_KEPT
 * points (version 1 kept them all).
 */
export const CHECKPOINT_VERSION = 2;

/**
 * What the fold depends on in the curriculum: the concepts and exit items it keeps accumulators
 * for, and the policy its running totals use. A checkpoint made under another curriculum is ignored.
 */
export function foldKey(domain: Domain): string {
  const shape = {
    v: CHECKPOINT_VERSION,
    concepts: domain.concepts.map((c) => c.id),
    exits: domain.exitTest.map((e) => e.id),
    policy: domain.policy,
    // A fold that kept more (or fewer) history points is another fold.
    historyKept: HISTORY_KEPT,
  };
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}

/** The log as the checkpoint saw it: what must still hold for its fold to describe the file. */
export interface CheckpointSource {
  /** Bytes of the log's complete lines folded (a prefix of the file). */
  bytes: number;
  /** SHA-256 of those bytes. */
  digest: string;
  /** Newlines in those bytes: the next line's number is lines + 1. */
  lines: number;
  /** Hash of the last non-empty line (the next event's prev); null for an empty log. */
  head: string | null;
  /** The greatest (ts, id) among all events read, retractions included (the ordering rule). */
  latest: { ms: number; id: string } | null;
  /** The greatest id read: a later line with a greater id cannot repeat an earlier one. */
  maxId: string;
  /** Every id a retraction names, present or not: a line with such an id cannot just be folded on. */
  retractTargets: string[];
  /** Lines that could not be read, as the log reported them. */
  unreadable: { line: number; reason: string }[];
}

type HistoryJson = [string, number, number];
type RecentJson = [string, string, number, number, string | null, string | null, string | null, boolean];
interface ConceptJson {
  m: number | null;
  n: number;
  ms: number;
  ts: string | null;
  h: HistoryJson[];
  r: RecentJson[];
  o: OpenMisconception[];
  res: number;
  rel: number;
}
export interface CheckpointJson {
  version: number;
  key: string;
  source: CheckpointSource;
  fold: {
    concepts: Record<string, ConceptJson>;
    exits: Record<string, { a: number; p: boolean; l: { ts: string; passed: boolean } | null }>;
    tags: [string, { text: string; concepts: string[]; everResolved: boolean; openOn: string[]; relapses: number }][];
    orphaned: number;
    timeline: TimelinePoint[];
    totals: { sum: number; mastered: number; exitPassed: number };
    retracted: string[];
    events: number;
    last: TutorEvent | null;
    lastMs: number;
  };
}

/** The fold and the log's description as JSON. Copies everything: the fold may be extended afterwards. */
export function encodeCheckpoint(domain: Domain, state: LogFold, source: CheckpointSource): CheckpointJson {
  const concepts: Record<string, ConceptJson> = {};
  for (const [id, acc] of state.fold.concepts) {
    concepts[id] = {
      m: acc.mastery,
      n: acc.observations,
      ms: acc.lastMs,
      ts: acc.lastTs,
      h: acc.history.map((p) => [p.ts, p.quality, p.mastery]),
      r: acc.recent.map((e) => [e.id, e.ts, e.quality, e.mastery, e.note, e.misconception, e.tag, e.resolved]),
      o: [...acc.open.values()].map((o) => ({ ...o })),
      res: acc.resolved,
      rel: acc.relapses,
    };
  }
  const exits: CheckpointJson['fold']['exits'] = {};
  for (const [id, acc] of state.fold.exits) exits[id] = { a: acc.attempts, p: acc.passed, l: acc.last ? { ...acc.last } : null };
  return {
    version: CHECKPOINT_VERSION,
    key: foldKey(domain),
    source: { ...source, latest: source.latest ? { ...source.latest } : null, retractTargets: [...source.retractTargets], unreadable: source.unreadable.map((u) => ({ ...u })) },
    fold: {
      concepts,
      exits,
      tags: [...state.fold.tags].map(([tag, t]) => [tag, { text: t.text, concepts: [...t.concepts], everResolved: t.everResolved, openOn: [...t.openOn], relapses: t.relapses }]),
      orphaned: state.fold.orphaned,
      timeline: state.timeline.map((p) => ({ ...p })),
      totals: { ...state.totals },
      retracted: [...state.retracted],
      events: state.events,
      last: state.last ? { ...state.last } : null,
      lastMs: state.lastMs,
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNullable = <T>(v: unknown, check: (x: unknown) => x is T): v is T | null => v === null || check(v);

/** The checkpoint's fold, or null when it is not one for this curriculum in this version. */
export function decodeCheckpoint(domain: Domain, raw: unknown): { state: LogFold; source: CheckpointSource } | null {
  try {
    if (!isObject(raw) || raw.version !== CHECKPOINT_VERSION || raw.key !== foldKey(domain)) return null;
    const source = raw.source as CheckpointSource;
    const fold = raw.fold as CheckpointJson['fold'];
    if (!isObject(source) || !isObject(fold) || !isNumber(source.bytes) || !isString(source.digest) || !isNumber(source.lines) || !isString(source.maxId)) return null;
    if (!isNullable(source.head, isString) || !Array.isArray(source.retractTargets) || !Array.isArray(source.unreadable)) return null;
    const state: LogFold = {
      fold: newFold(domain),
      timeline: [],
      totals: { sum: 0, mastered: 0, exitPassed: 0 },
      retracted: new Set(fold.retracted.map(String)),
      events: fold.events,
      last: fold.last,
      lastMs: fold.lastMs,
    };
    if (!isNumber(state.events) || !isNumber(state.lastMs) || !(state.last === null || isObject(state.last))) return null;
    for (const [id, acc] of state.fold.concepts) {
      const c = fold.concepts[id];
      if (!isObject(c) || !isNullable(c.m, isNumber) || !isNumber(c.n) || !isNumber(c.ms) || !isNullable(c.ts, isString)) return null;
      // The fold keeps exactly the last min(observations, HISTORY_KEPT) points: a longer history
      // (a checkpoint of a fold that kept everything) would never be cut back, a shorter one
      // would show fewer points than a full recompute.
      if (!Array.isArray(c.h) || c.h.length !== Math.min(c.n, HISTORY_KEPT)) return null;
      const target: ConceptAcc = acc;
      target.mastery = c.m;
      target.observations = c.n;
      target.lastMs = c.ms;
      target.lastTs = c.ts;
      target.history = c.h.map(([ts, quality, mastery]): HistoryPoint => ({ ts, quality, mastery }));
      target.recent = c.r.map(([eventId, ts, quality, mastery, note, misconception, tag, resolved]): RecentExchange => ({ id: eventId, ts, quality, mastery, note, misconception, tag, resolved }));
      for (const o of c.o) target.open.set(o.tag, { tag: o.tag, text: o.text, since: o.since });
      target.resolved = c.res;
      target.relapses = c.rel;
    }
    if (Object.keys(fold.concepts).length !== state.fold.concepts.size || Object.keys(fold.exits).length !== state.fold.exits.size) return null;
    for (const [id, acc] of state.fold.exits) {
      const e = fold.exits[id];
      if (!isObject(e) || !isNumber(e.a) || typeof e.p !== 'boolean') return null;
      acc.attempts = e.a;
      acc.passed = e.p;
      acc.last = e.l ? { ts: e.l.ts, passed: e.l.passed } : null;
    }
    for (const [tag, t] of fold.tags) {
      state.fold.tags.set(tag, { text: t.text, concepts: new Set(t.concepts), everResolved: t.everResolved, openOn: new Set(t.openOn), relapses: t.relapses });
    }
    if (!isNumber(fold.orphaned) || !isObject(fold.totals) || !isNumber(fold.totals.sum) || !isNumber(fold.totals.mastered) || !isNumber(fold.totals.exitPassed)) return null;
    state.fold.orphaned = fold.orphaned;
    state.totals.sum = fold.totals.sum;
    state.totals.mastered = fold.totals.mastered;
    state.totals.exitPassed = fold.totals.exitPassed;
    for (const p of fold.timeline) {
      // The calendar reads its counts from here: a point without a count is not a guess at 0.
      if (!Number.isSafeInteger(p.exchanges) || p.exchanges < 0) return null;
      state.timeline.push({ date: p.date, mastery: p.mastery, mastered: p.mastered, exit_passed: p.exit_passed, exchanges: p.exchanges });
    }
    return {
      state,
      source: {
        bytes: source.bytes,
        digest: source.digest,
        lines: source.lines,
        head: source.head,
        latest: source.latest ? { ms: source.latest.ms, id: source.latest.id } : null,
        maxId: source.maxId,
        retractTargets: source.retractTargets.map(String),
        unreadable: source.unreadable.map((u) => ({ line: u.line, reason: u.reason })),
      },
    };
  } catch {
    // A checkpoint of another shape (hand-edited, another version): fold the log instead.
    return null;
  }
}
