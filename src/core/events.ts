// The three event types of memory/evidence.jsonl (DESIGN.md "Events"), and how a stored line is read.
import { assertNever } from './errors.js';
import { EVENT_ID, TAG } from './ids.js';

export const LIMITS = Object.freeze({
  note: 2000,
  misconception: 500,
  resolvedTags: 20,
});

interface EventBase {
  readonly id: string;
  /** ISO-8601 UTC, millisecond precision. */
  readonly ts: string;
  /** SHA-256 (hex) of the bytes of the line before this one; null for the first line. */
  readonly prev: string | null;
  readonly note?: string;
}

export interface ExchangeEvent extends EventBase {
  readonly type: 'exchange';
  readonly concept: string;
  readonly quality: number;
  readonly misconception?: string;
  readonly tag?: string;
  /** true: every open misconception on the concept; a list: those tags. */
  readonly resolved?: true | readonly string[];
}

export interface ExitTestEvent extends EventBase {
  readonly type: 'exit_test';
  readonly target: string;
  readonly passed: boolean;
}

export interface RetractEvent extends EventBase {
  readonly type: 'retract';
  readonly target: string;
  readonly note: string;
}

export type TutorEvent = ExchangeEvent | ExitTestEvent | RetractEvent;
export type EventType = TutorEvent['type'];
export const EVENT_TYPES: readonly EventType[] = ['exchange', 'exit_test', 'retract'];

/** ISO-8601 with an explicit zone, so that every reader agrees on the instant. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export type ParsedLine = { ok: true; event: TutorEvent } | { ok: false; reason: string };

/**
 * Old shapes are upgraded here, once, when read (STYLE.md): the ancestor of this tool logged
 * `mastery_after` beside `quality`; mastery is derived now, so the asserted number is dropped.
 */
function upgrade(raw: Record<string, unknown>): Record<string, unknown> {
  if ('mastery_after' in raw) {
    const { mastery_after: _dropped, ...rest } = raw;
    return rest;
  }
  return raw;
}

const ISO_MS_OK = (ts: unknown): ts is string => typeof ts === 'string' && ISO_INSTANT.test(ts) && Number.isFinite(Date.parse(ts));
const HEX64 = /^[0-9a-f]{64}$/;
const isText = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;

const KNOWN_KEYS: Record<EventType, ReadonlySet<string>> = {
  exchange: new Set(['id', 'ts', 'type', 'concept', 'quality', 'misconception', 'tag', 'resolved', 'note', 'prev']),
  exit_test: new Set(['id', 'ts', 'type', 'target', 'passed', 'note', 'prev']),
  retract: new Set(['id', 'ts', 'type', 'target', 'note', 'prev']),
};

/**
 * A checked line's own object is the event when it has no keys beyond ours (the usual case):
 * no copy, no garbage. Otherwise the known keys are copied and the rest dropped, as zod does.
 */
function asEvent(raw: Record<string, unknown>, type: EventType): TutorEvent {
  const known = KNOWN_KEYS[type];
  let extra = false;
  for (const key in raw) {
    if (!known.has(key)) {
      extra = true;
      break;
    }
  }
  if (!extra) return raw as unknown as TutorEvent;
  const copy: Record<string, unknown> = {};
  for (const key of known) if (raw[key] !== undefined) copy[key] = raw[key];
  return copy as unknown as TutorEvent;
}

/**
 * Stored lines are read leniently about unknown keys (a newer tutor may add some) but strictly
 * about the meaning of the keys we use: recompute trusts what this accepts. event-schema.ts states
 * the same rules as a zod schema, the reference a property test holds this to; this hand-written
 * twin runs on every line of the log on every record, with no per-line schema machinery.
 */
function checkEvent(raw: Record<string, unknown>): { event: TutorEvent } | { reason: string } {
  const { id, ts, prev, note, type } = raw;
  if (typeof id !== 'string' || !EVENT_ID.test(id)) return { reason: 'id: not an event id' };
  if (!ISO_MS_OK(ts)) return { reason: 'ts: not an ISO-8601 instant with a zone' };
  if (prev !== null && (typeof prev !== 'string' || !HEX64.test(prev))) return { reason: 'prev: not null or a SHA-256 hex digest' };
  if (note !== undefined && !isText(note, 0, LIMITS.note)) return { reason: `note: not text of at most ${LIMITS.note} characters` };
  switch (type) {
    case 'exchange': {
      const { concept, quality, misconception, tag, resolved } = raw;
      if (!isText(concept, 1, 40)) return { reason: 'concept: not an id' };
      if (typeof quality !== 'number' || !(quality >= 0 && quality <= 1)) return { reason: 'quality: not a number from 0 to 1' };
      if (misconception !== undefined && !isText(misconception, 1, LIMITS.misconception)) return { reason: 'misconception: not text of 1 to 500 characters' };
      if (tag !== undefined && (typeof tag !== 'string' || !TAG.test(tag))) return { reason: 'tag: not a tag' };
      if (resolved !== undefined && resolved !== true) {
        if (!Array.isArray(resolved) || resolved.length < 1 || resolved.length > LIMITS.resolvedTags || !resolved.every((t) => typeof t === 'string' && TAG.test(t))) {
          return { reason: 'resolved: not true or a list of tags' };
        }
      }
      return { event: asEvent(raw, type) };
    }
    case 'exit_test': {
      const { target, passed } = raw;
      if (!isText(target, 1, 40)) return { reason: 'target: not an id' };
      if (typeof passed !== 'boolean') return { reason: 'passed: not a boolean' };
      return { event: asEvent(raw, type) };
    }
    case 'retract': {
      const { target } = raw;
      if (typeof target !== 'string' || !EVENT_ID.test(target)) return { reason: 'target: not an event id' };
      if (!isText(note, 1, LIMITS.note)) return { reason: 'note: a retraction needs its reason' };
      return { event: asEvent(raw, type) };
    }
    default:
      return { reason: `type: not one of ${EVENT_TYPES.join(', ')}` };
  }
}

/** Reads one line of the log. Never throws: a bad line is reported, not fatal. */
export function parseEventLine(line: string): ParsedLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'not a JSON object' };
  const checked = checkEvent(upgrade(raw as Record<string, unknown>));
  return 'event' in checked ? { ok: true, event: checked.event } : { ok: false, reason: checked.reason };
}

/**
 * The line written for an event: keys in a fixed order so that the same event always has the
 * same bytes (the `prev` chain hashes them).
 */
export function serializeEvent(event: TutorEvent): string {
  const ordered: Record<string, unknown> = { id: event.id, ts: event.ts, type: event.type };
  switch (event.type) {
    case 'exchange':
      ordered.concept = event.concept;
      ordered.quality = event.quality;
      if (event.misconception !== undefined) ordered.misconception = event.misconception;
      if (event.tag !== undefined) ordered.tag = event.tag;
      if (event.resolved !== undefined) ordered.resolved = event.resolved;
      break;
    case 'exit_test':
      ordered.target = event.target;
      ordered.passed = event.passed;
      break;
    case 'retract':
      ordered.target = event.target;
      break;
    default:
      return assertNever(event, 'event type');
  }
  if (event.note !== undefined) ordered.note = event.note;
  ordered.prev = event.prev;
  return JSON.stringify(ordered);
}

/** Sort key of the log: (ts, id), never file order (DESIGN.md; git merges interleave lines). */
export function compareEvents(a: { ms: number; id: string }, b: { ms: number; id: string }): number {
  if (a.ms !== b.ms) return a.ms - b.ms;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
