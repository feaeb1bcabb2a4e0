// The log with its fold, from the checkpoint when it still describes the file (issue 17).
//
// The checkpoint (.git/tutor/fold.json, outside what git tracks) holds the fold of the log's first
// `bytes` bytes and their SHA-256. It is used only when the file still starts with exactly those
// bytes; the lines after them are parsed and folded on when each sorts after everything folded
// (new records do). Anything else (an edit, a merge that put lines in the middle, a line that
// sorts earlier, a retraction, another curriculum, a torn or foreign checkpoint) folds the
// whole log again, as `recompute` does. The log is hashed whole either way: a record's commit
// attests its digest (issue 13), so reading it costs nothing extra; what is skipped is parsing,
// checking and folding every line again.
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { latestStamp } from '../core/clock.js';
import { compareEvents, parseEventLine, type TutorEvent } from '../core/events.js';
import { decodeCheckpoint, encodeCheckpoint, type CheckpointSource } from '../core/fold-checkpoint.js';
import type { Domain } from '../core/domain.js';
import { extendFold, foldLog, type LogFold } from '../core/recompute.js';
import { writeFileAtomic } from './atomic-write.js';
import { hashLine, parseEvidence, type UnreadableLine } from './evidence.js';

export interface FoldedLog {
  fold: LogFold;
  /** What the next checkpoint records of the log as read (extended by the caller's append). */
  source: CheckpointSource;
  head: string | null;
  unreadable: UnreadableLine[];
  tornTail: Buffer | null;
  completeBytes: number;
  complete: Buffer;
  /** SHA-256 of `complete` so far, not yet digested: the record appends its line to it. */
  hash: Hash;
  /** Every event, in file order, when the whole log was parsed (or `events` was asked for); else null. */
  events: TutorEvent[] | null;
  /** How the fold was obtained, for the bench and tests. */
  from: 'checkpoint' | 'full';
}

function maxIdOf(events: readonly TutorEvent[]): string {
  let max = '';
  for (const e of events) if (e.id > max) max = e.id;
  return max;
}

function countNewlines(buffer: Buffer): number {
  let n = 0;
  for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) n += 1;
  return n;
}

/** The whole log parsed and folded: what `recompute` does, plus what a checkpoint records. */
export function foldWholeLog(domain: Domain, buffer: Buffer): FoldedLog {
  const log = parseEvidence(buffer);
  const fold = foldLog(domain, log.events);
  const hash = createHash('sha256').update(log.complete);
  const source: CheckpointSource = {
    bytes: log.completeBytes,
    digest: hash.copy().digest('hex'),
    lines: countNewlines(log.complete),
    head: log.head,
    latest: latestStamp(log.events),
    maxId: maxIdOf(log.events),
    retractTargets: [...new Set(log.events.flatMap((e) => (e.type === 'retract' ? [e.target] : [])))],
    unreadable: log.unreadable,
  };
  return { fold, source, head: log.head, unreadable: log.unreadable, tornTail: log.tornTail, completeBytes: log.completeBytes, complete: log.complete, hash, events: log.events, from: 'full' };
}

/**
 * The lines after the checkpoint folded on, or null when one of them cannot be (the caller folds
 * the whole log). `state` and `source` are the checkpoint's own, changed in place.
 */
function extendFromCheckpoint(domain: Domain, state: LogFold, source: CheckpointSource, complete: Buffer): { head: string | null } | null {
  const targets = new Set(source.retractTargets);
  let head = source.head;
  let start = source.bytes;
  let line = source.lines;
  while (start < complete.length) {
    const end = complete.indexOf(10, start);
    line += 1;
    const bytes = complete.subarray(start, end);
    start = end + 1;
    if (bytes.length === 0) continue;
    head = hashLine(bytes);
    const parsed = parseEventLine(bytes.toString('utf8'));
    if (!parsed.ok) {
      source.unreadable.push({ line, reason: parsed.reason });
      continue;
    }
    const event = parsed.event;
    const ms = Date.parse(event.ts);
    // Only an event that sorts after every event read, with an id greater than every id read
    // (so no earlier line shares it) and named by no retraction, folds on exactly.
    if (event.type === 'retract' || event.id <= source.maxId || targets.has(event.id)) return null;
    if (source.latest && compareEvents(source.latest, { ms, id: event.id }) >= 0) return null;
    if (!extendFold(domain, state, event)) return null;
    source.latest = { ms, id: event.id };
    source.maxId = event.id;
  }
  source.lines = line;
  source.head = head;
  return { head };
}

/**
 * The log in `buffer` folded, starting from `checkpoint` (parsed JSON, or null) when it still
 * describes the file. `wantEvents`: the caller needs every event (a retraction looks up its
 * target), so the log is parsed whole.
 */
export function foldEvidence(domain: Domain, buffer: Buffer, checkpoint: unknown, options: { wantEvents?: boolean } = {}): FoldedLog {
  const completeBytes = buffer.lastIndexOf(10) + 1;
  const decoded = options.wantEvents || checkpoint === null ? null : decodeCheckpoint(domain, checkpoint);
  if (decoded && decoded.source.bytes <= completeBytes) {
    const complete = buffer.subarray(0, completeBytes);
    const hash = createHash('sha256').update(complete.subarray(0, decoded.source.bytes));
    if (hash.copy().digest('hex') === decoded.source.digest) {
      const { state, source } = decoded;
      const extended = extendFromCheckpoint(domain, state, source, complete);
      if (extended) {
        hash.update(complete.subarray(decoded.source.bytes));
        source.bytes = completeBytes;
        source.digest = hash.copy().digest('hex');
        return {
          fold: state,
          source,
          head: extended.head,
          unreadable: source.unreadable,
          tornTail: completeBytes < buffer.length ? Buffer.from(buffer.subarray(completeBytes)) : null,
          completeBytes,
          complete,
          hash,
          events: null,
          from: 'checkpoint',
        };
      }
    }
  }
  return foldWholeLog(domain, buffer);
}

/** The checkpoint on disk, parsed; null when missing or not JSON (it is only a cache). */
export function readCheckpoint(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** Replaces the checkpoint whole (atomic-write): a reader sees the old one or the new one. */
export function writeCheckpoint(path: string, domain: Domain, state: LogFold, source: CheckpointSource): void {
  writeFileAtomic(path, JSON.stringify(encodeCheckpoint(domain, state, source)), { durable: false });
}
