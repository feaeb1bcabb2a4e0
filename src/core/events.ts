// The three event types of memory/evidence.jsonl (DESIGN.md "Events"), and how a stored line is read.
import { z } from 'zod';
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
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

const base = {
  id: z.string().regex(EVENT_ID),
  ts: z.string().regex(ISO_INSTANT).refine((ts) => Number.isFinite(Date.parse(ts)), 'not a real instant'),
  prev: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  note: z.string().max(LIMITS.note).optional(),
};
const quality = z.number().min(0).max(1);

// Stored lines are read leniently about unknown keys (a newer tutor may add some) but strictly
// about the meaning of the keys we use: recompute trusts what this accepts.
const eventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('exchange'),
    concept: z.string().min(1).max(40),
    quality,
    misconception: z.string().min(1).max(LIMITS.misconception).optional(),
    tag: z.string().regex(TAG).optional(),
    resolved: z.union([z.literal(true), z.array(z.string().regex(TAG)).min(1).max(LIMITS.resolvedTags)]).optional(),
  }),
  z.object({ ...base, type: z.literal('exit_test'), target: z.string().min(1).max(40), passed: z.boolean() }),
  z.object({ ...base, type: z.literal('retract'), target: z.string().regex(EVENT_ID), note: z.string().min(1).max(LIMITS.note) }),
]);

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

/** Reads one line of the log. Never throws: a bad line is reported, not fatal. */
export function parseEventLine(line: string): ParsedLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'not a JSON object' };
  const parsed = eventSchema.safeParse(upgrade(raw as Record<string, unknown>));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'type';
    return { ok: false, reason: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, event: stripUndefined(parsed.data) as TutorEvent };
}

function stripUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
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
