// An in-memory log written through the core's own decide + stamp, as recordEvent does on disk:
// for property tests of the ordering rule and of "what log accepts, verify passes".
import { createHash } from 'node:crypto';
import { stampEvent, type RecordClock } from '../../src/core/clock.js';
import { decideEvent, type LogRequest } from '../../src/core/decide.js';
import type { Domain } from '../../src/core/domain.js';
import { serializeEvent, type TutorEvent } from '../../src/core/events.js';
import { foldLog, recompute, type LearnerState } from '../../src/core/recompute.js';
import type { LogLine } from '../../src/core/verify.js';

export interface MemoryLog {
  events: TutorEvent[];
  lines: string[];
}

export const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

export function emptyLog(): MemoryLog {
  return { events: [], lines: [] };
}

export function copyLog(log: MemoryLog): MemoryLog {
  return { events: [...log.events], lines: [...log.lines] };
}

export interface Accepted {
  event: TutorEvent;
  /** The learner state the event was decided on. */
  before: LearnerState;
  /** The ids of the events it was decided on (the log at that moment). */
  view: string[];
}

/** Decides and appends one request; the thrown refusal when it is refused (the log unchanged). */
export function recordInMemory(domain: Domain, log: MemoryLog, request: LogRequest, clock: RecordClock, random: Uint8Array): Accepted {
  const view = log.events.map((e) => e.id);
  const folded = foldLog(domain, log.events);
  const before = recompute(domain, log.events, new Date(clock.nowMs)).learner;
  const head = log.lines.length > 0 ? sha256(log.lines[log.lines.length - 1] as string) : null;
  const stamp = { ...stampEvent(log.events, clock, random), prev: head };
  const event = decideEvent(domain, { learner: before, events: log.events, retracted: folded.retracted }, request, stamp);
  log.events.push(event);
  log.lines.push(serializeEvent(event));
  return { event, before, view };
}

export function logLines(lines: readonly string[]): LogLine[] {
  return lines.map((text, i) => ({ line: i + 1, text, hash: sha256(text) }));
}
