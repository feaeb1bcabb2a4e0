// Time in the log (issue 13): which instants a record may carry, and the stamp (ts + id) that puts
// a new event after every event it was decided on, whatever the machine's clock says.
//
// The ordering rule. Recompute folds events in (ts, id) order, never in file order (git merges
// interleave lines). `decideEvent` judges a request against the state of the whole log as it is,
// so a new event must sort after every event already in it, or a later recompute would apply it
// to a different state than the one it was accepted on (a resolution folded before the
// misconception it resolved). The stamp is therefore a hybrid logical clock: its time is the
// later of "now" and the latest time in the log, and within one millisecond its id is greater
// than every id already there. A clock set back, a second device whose clock is behind, or many
// records in one millisecond all keep (ts, id) order equal to the order of deciding.
import { InputError, InternalError } from './errors.js';
import type { TutorEvent } from './events.js';

/** Earliest instant a record may carry: older stamps are a wrong clock (verify flags them). */
export const EARLIEST_MS = Date.parse('2000-01-01T00:00:00.000Z');
/** How far ahead of the clock a stamp may be before it is a wrong clock, not skew. */
export const FUTURE_SLACK_MS = 24 * 3_600_000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
}

/**
 * Reads an ISO-8601 date or instant strictly: 2026-02-30 or 24:00 is no date, although
 * Date.parse rolls it over into March. A date without a time is midnight UTC, a time without a
 * zone is UTC (so every machine reads the same instant). Null when it is not one.
 */
export function parseInstant(text: string): number | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4, 6)) > 59)) return null;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction.slice(0, 4)}${offset}`);
  return Number.isFinite(ms) ? ms : null;
}

/** What a record knows about time: "now" (TUTOR_NOW or the clock) and the machine's own clock. */
export interface RecordClock {
  nowMs: number;
  machineMs: number;
  /** How "now" was given, for messages: 'TUTOR_NOW' when fixed by the environment. */
  source: 'TUTOR_NOW' | 'clock';
}

const iso = (ms: number) => (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : String(ms));
const days = (ms: number) => `${(ms / 86_400_000).toFixed(1)} days`;

/** Refuses a "now" that verify would flag on the record it stamps: before 2000, or ahead of the clock. */
export function checkRecordClock(clock: RecordClock): void {
  const field = clock.source === 'TUTOR_NOW' ? 'TUTOR_NOW' : 'clock';
  if (!(clock.nowMs >= EARLIEST_MS)) {
    throw new InputError(field, iso(clock.nowMs), 'an instant from 2000-01-01 on', [], 'is before 2000: a record stamped then would not verify');
  }
  if (clock.nowMs > clock.machineMs + FUTURE_SLACK_MS) {
    throw new InputError(
      field,
      iso(clock.nowMs),
      `at most one day after this machine's clock (${iso(clock.machineMs)})`,
      [],
      `is ${days(clock.nowMs - clock.machineMs)} ahead of the clock: a record stamped then would not verify`,
    );
  }
}

/** The greatest (ts, id) in the log: every new event must sort after it. */
export function latestStamp(events: readonly TutorEvent[]): { ms: number; id: string } | null {
  let best: { ms: number; id: string } | null = null;
  for (const event of events) {
    const ms = Date.parse(event.ts);
    if (best === null || ms > best.ms || (ms === best.ms && event.id > best.id)) best = { ms, id: event.id };
  }
  return best;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const MAX_TIME = 2 ** 48 - 1;
const RANDOM_SPACE = 1n << 80n;

function encodeBase32(value: bigint, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = CROCKFORD[Number(rest & 31n)] + out;
    rest >>= 5n;
  }
  return out;
}

function decodeBase32(text: string): bigint {
  let value = 0n;
  for (const char of text) value = (value << 5n) | BigInt(CROCKFORD.indexOf(char));
  return value;
}

function bytesToBigInt(bytes: Uint8Array, count: number): bigint {
  let value = 0n;
  for (let i = 0; i < count; i++) value = (value << 8n) | BigInt(bytes[i] ?? 0);
  return value;
}

export function encodeTime(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_TIME) throw new InternalError(`event time out of range: ${ms}`);
  return encodeBase32(BigInt(ms), TIME_CHARS);
}

/**
 * A time-sortable, random event id (a ULID: 10 characters of milliseconds, 16 of randomness)
 * greater than `floor` when `floor` is given. Past the floor the id steps by a random amount, not
 * by one: two clones of one log that both stamp after the same event in the same millisecond
 * must not make the same id (their logs are merged later). Null when this millisecond is full.
 */
export function makeEventId(ms: number, random: Uint8Array, floor: string | null): string | null {
  if (random.length < 16) throw new InternalError('an event id needs 16 random bytes');
  const time = encodeTime(ms);
  const fresh = bytesToBigInt(random, 10);
  if (floor === null || floor < `evt_${time}`) return `evt_${time}${encodeBase32(fresh, RANDOM_CHARS)}`;
  if (floor.slice(4, 4 + TIME_CHARS) !== time) return null;
  // Up to 2^48 past the floor: collisions between clones as unlikely as between random ids,
  // and 2^32 ids per millisecond before it is full.
  const step = 1n + bytesToBigInt(random.subarray(10), 6);
  const next = decodeBase32(floor.slice(4 + TIME_CHARS)) + step;
  return next < RANDOM_SPACE ? `evt_${time}${encodeBase32(next, RANDOM_CHARS)}` : null;
}

export interface EventStamp {
  id: string;
  ts: string;
}

/**
 * The stamp of a new event decided on `events` (the ordering rule above). Refuses, naming the
 * clock, a stamp that `tutor verify` would flag: one before 2000, or more than a day ahead of
 * "now" or of the machine's clock (the log already holds an event that far ahead).
 */
export function stampEvent(events: readonly TutorEvent[], clock: RecordClock, random: Uint8Array): EventStamp {
  return stampAfter(latestStamp(events), clock, random);
}

/** stampEvent given the log's greatest (ts, id) (latestStamp), as a checkpoint of the fold keeps it. */
export function stampAfter(latest: { ms: number; id: string } | null, clock: RecordClock, random: Uint8Array): EventStamp {
  checkRecordClock(clock);
  let ms = Math.max(Math.floor(clock.nowMs), latest ? latest.ms : 0);
  const limit = Math.min(clock.nowMs, clock.machineMs) + FUTURE_SLACK_MS;
  for (;;) {
    if (ms > limit && latest) {
      throw new InputError(
        clock.source === 'TUTOR_NOW' ? 'TUTOR_NOW' : 'clock',
        iso(clock.nowMs),
        `an instant at most one day before the log's latest event (${iso(latest.ms)}, ${latest.id})`,
        [],
        `is ${days(latest.ms - Math.min(clock.nowMs, clock.machineMs))} behind the log's latest event; ` +
          'a record sorts after every event it was decided on, so it would be stamped that far ahead and would not verify. ' +
          'Set the clock right; if it is right, the event was stamped by a device whose clock ran ahead (tutor verify names it)',
      );
    }
    const floor = latest && latest.ms === ms ? latest.id : null;
    const id = makeEventId(ms, random, floor);
    if (id !== null) return { id, ts: new Date(ms).toISOString() };
    ms += 1;
  }
}
