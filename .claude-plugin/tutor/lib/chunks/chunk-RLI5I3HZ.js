import {
  InputError,
  InternalError
} from "./chunk-755X2O5T.js";

// src/core/clock.ts
var EARLIEST_MS = Date.parse("2000-01-01T00:00:00.000Z");
var FUTURE_SLACK_MS = 24 * 36e5;
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
function daysInMonth(year, month) {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
function parseInstant(text) {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00", fraction = "", zone = "Z"] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const offset = zone === "Z" ? "Z" : zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  if (offset !== "Z" && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4, 6)) > 59)) return null;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction.slice(0, 4)}${offset}`);
  return Number.isFinite(ms) ? ms : null;
}
var iso = (ms) => Number.isFinite(ms) && Math.abs(ms) <= 864e13 ? new Date(ms).toISOString() : String(ms);
var days = (ms) => `${(ms / 864e5).toFixed(1)} days`;
function checkRecordClock(clock) {
  const field = clock.source === "TUTOR_NOW" ? "TUTOR_NOW" : "clock";
  if (!(clock.nowMs >= EARLIEST_MS)) {
    throw new InputError(field, iso(clock.nowMs), "an instant from 2000-01-01 on", [], "is before 2000: a record stamped then would not verify");
  }
  if (clock.nowMs > clock.machineMs + FUTURE_SLACK_MS) {
    throw new InputError(
      field,
      iso(clock.nowMs),
      `at most one day after this machine's clock (${iso(clock.machineMs)})`,
      [],
      `is ${days(clock.nowMs - clock.machineMs)} ahead of the clock: a record stamped then would not verify`
    );
  }
}
function latestStamp(events) {
  let best = null;
  for (const event of events) {
    const ms = Date.parse(event.ts);
    if (best === null || ms > best.ms || ms === best.ms && event.id > best.id) best = { ms, id: event.id };
  }
  return best;
}
var CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
var TIME_CHARS = 10;
var RANDOM_CHARS = 16;
var MAX_TIME = 2 ** 48 - 1;
var RANDOM_SPACE = 1n << 80n;
function encodeBase32(value, length) {
  let out = "";
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = CROCKFORD[Number(rest & 31n)] + out;
    rest >>= 5n;
  }
  return out;
}
function decodeBase32(text) {
  let value = 0n;
  for (const char of text) value = value << 5n | BigInt(CROCKFORD.indexOf(char));
  return value;
}
function bytesToBigInt(bytes, count) {
  let value = 0n;
  for (let i = 0; i < count; i++) value = value << 8n | BigInt(bytes[i] ?? 0);
  return value;
}
function encodeTime(ms) {
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_TIME) throw new InternalError(`event time out of range: ${ms}`);
  return encodeBase32(BigInt(ms), TIME_CHARS);
}
function makeEventId(ms, random, floor) {
  if (random.length < 16) throw new InternalError("an event id needs 16 random bytes");
  const time = encodeTime(ms);
  const fresh = bytesToBigInt(random, 10);
  if (floor === null || floor < `evt_${time}`) return `evt_${time}${encodeBase32(fresh, RANDOM_CHARS)}`;
  if (floor.slice(4, 4 + TIME_CHARS) !== time) return null;
  const step = 1n + bytesToBigInt(random.subarray(10), 6);
  const next = decodeBase32(floor.slice(4 + TIME_CHARS)) + step;
  return next < RANDOM_SPACE ? `evt_${time}${encodeBase32(next, RANDOM_CHARS)}` : null;
}
function stampAfter(latest, clock, random) {
  checkRecordClock(clock);
  let ms = Math.max(Math.floor(clock.nowMs), latest ? latest.ms : 0);
  const limit = Math.min(clock.nowMs, clock.machineMs) + FUTURE_SLACK_MS;
  for (; ; ) {
    if (ms > limit && latest) {
      throw new InputError(
        clock.source === "TUTOR_NOW" ? "TUTOR_NOW" : "clock",
        iso(clock.nowMs),
        `an instant at most one day before the log's latest event (${iso(latest.ms)}, ${latest.id})`,
        [],
        `is ${days(latest.ms - Math.min(clock.nowMs, clock.machineMs))} behind the log's latest event; a record sorts after every event it was decided on, so it would be stamped that far ahead and would not verify. Set the clock right; if it is right, the event was stamped by a device whose clock ran ahead (tutor verify names it)`
      );
    }
    const floor = latest && latest.ms === ms ? latest.id : null;
    const id = makeEventId(ms, random, floor);
    if (id !== null) return { id, ts: new Date(ms).toISOString() };
    ms += 1;
  }
}

export {
  EARLIEST_MS,
  FUTURE_SLACK_MS,
  parseInstant,
  latestStamp,
  stampAfter
};
