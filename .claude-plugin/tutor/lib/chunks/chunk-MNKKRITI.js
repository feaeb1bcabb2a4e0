import {
  EVENT_ID,
  TAG
} from "./chunk-EEDM6MZ5.js";
import {
  assertNever
} from "./chunk-755X2O5T.js";

// src/core/events.ts
var LIMITS = Object.freeze({
  note: 2e3,
  misconception: 500,
  resolvedTags: 20
});
var EVENT_TYPES = ["exchange", "exit_test", "retract"];
var ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
function upgrade(raw) {
  if ("mastery_after" in raw) {
    const { mastery_after: _dropped, ...rest } = raw;
    return rest;
  }
  return raw;
}
var ISO_MS_OK = (ts) => typeof ts === "string" && ISO_INSTANT.test(ts) && Number.isFinite(Date.parse(ts));
var HEX64 = /^[0-9a-f]{64}$/;
var isText = (v, min, max) => typeof v === "string" && v.length >= min && v.length <= max;
var KNOWN_KEYS = {
  exchange: /* @__PURE__ */ new Set(["id", "ts", "type", "concept", "quality", "misconception", "tag", "resolved", "note", "prev"]),
  exit_test: /* @__PURE__ */ new Set(["id", "ts", "type", "target", "passed", "note", "prev"]),
  retract: /* @__PURE__ */ new Set(["id", "ts", "type", "target", "note", "prev"])
};
function asEvent(raw, type) {
  const known = KNOWN_KEYS[type];
  let extra = false;
  for (const key in raw) {
    if (!known.has(key)) {
      extra = true;
      break;
    }
  }
  if (!extra) return raw;
  const copy = {};
  for (const key of known) if (raw[key] !== void 0) copy[key] = raw[key];
  return copy;
}
function checkEvent(raw) {
  const { id, ts, prev, note, type } = raw;
  if (typeof id !== "string" || !EVENT_ID.test(id)) return { reason: "id: not an event id" };
  if (!ISO_MS_OK(ts)) return { reason: "ts: not an ISO-8601 instant with a zone" };
  if (prev !== null && (typeof prev !== "string" || !HEX64.test(prev))) return { reason: "prev: not null or a SHA-256 hex digest" };
  if (note !== void 0 && !isText(note, 0, LIMITS.note)) return { reason: `note: not text of at most ${LIMITS.note} characters` };
  switch (type) {
    case "exchange": {
      const { concept, quality, misconception, tag, resolved } = raw;
      if (!isText(concept, 1, 40)) return { reason: "concept: not an id" };
      if (typeof quality !== "number" || !(quality >= 0 && quality <= 1)) return { reason: "quality: not a number from 0 to 1" };
      if (misconception !== void 0 && !isText(misconception, 1, LIMITS.misconception)) return { reason: "misconception: not text of 1 to 500 characters" };
      if (tag !== void 0 && (typeof tag !== "string" || !TAG.test(tag))) return { reason: "tag: not a tag" };
      if (resolved !== void 0 && resolved !== true) {
        if (!Array.isArray(resolved) || resolved.length < 1 || resolved.length > LIMITS.resolvedTags || !resolved.every((t) => typeof t === "string" && TAG.test(t))) {
          return { reason: "resolved: not true or a list of tags" };
        }
      }
      return { event: asEvent(raw, type) };
    }
    case "exit_test": {
      const { target, passed } = raw;
      if (!isText(target, 1, 40)) return { reason: "target: not an id" };
      if (typeof passed !== "boolean") return { reason: "passed: not a boolean" };
      return { event: asEvent(raw, type) };
    }
    case "retract": {
      const { target } = raw;
      if (typeof target !== "string" || !EVENT_ID.test(target)) return { reason: "target: not an event id" };
      if (!isText(note, 1, LIMITS.note)) return { reason: "note: a retraction needs its reason" };
      return { event: asEvent(raw, type) };
    }
    default:
      return { reason: `type: not one of ${EVENT_TYPES.join(", ")}` };
  }
}
function parseEventLine(line) {
  let raw;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, reason: "not valid JSON" };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { ok: false, reason: "not a JSON object" };
  const checked = checkEvent(upgrade(raw));
  return "event" in checked ? { ok: true, event: checked.event } : { ok: false, reason: checked.reason };
}
function serializeEvent(event) {
  const ordered = { id: event.id, ts: event.ts, type: event.type };
  switch (event.type) {
    case "exchange":
      ordered.concept = event.concept;
      ordered.quality = event.quality;
      if (event.misconception !== void 0) ordered.misconception = event.misconception;
      if (event.tag !== void 0) ordered.tag = event.tag;
      if (event.resolved !== void 0) ordered.resolved = event.resolved;
      break;
    case "exit_test":
      ordered.target = event.target;
      ordered.passed = event.passed;
      break;
    case "retract":
      ordered.target = event.target;
      break;
    default:
      return assertNever(event, "event type");
  }
  if (event.note !== void 0) ordered.note = event.note;
  ordered.prev = event.prev;
  return JSON.stringify(ordered);
}
function compareEvents(a, b) {
  if (a.ms !== b.ms) return a.ms - b.ms;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export {
  LIMITS,
  EVENT_TYPES,
  parseEventLine,
  serializeEvent,
  compareEvents
};
