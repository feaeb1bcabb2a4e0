import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  loadDomain
} from "./chunk-2NBLM45P.js";
import {
  attestationTrailer
} from "./chunk-CXIG44JH.js";
import {
  appendLine,
  hashLine,
  parseEvidence,
  quarantineTornTail
} from "./chunk-WIW65SVF.js";
import {
  latestStamp,
  stampAfter
} from "./chunk-RLI5I3HZ.js";
import {
  committedDerivedFiles,
  recordFiles,
  writeStateFiles
} from "./chunk-HGUM67GC.js";
import {
  HISTORY_KEPT,
  deriveState,
  extendFold,
  foldLog,
  newFold
} from "./chunk-RDJOAXJ2.js";
import {
  appendJournal,
  journalPaths,
  readCheckState,
  writeCheckState
} from "./chunk-QSCBW6NB.js";
import {
  EVENT_TYPES,
  LIMITS,
  compareEvents,
  parseEventLine,
  serializeEvent
} from "./chunk-MNKKRITI.js";
import {
  writeFileAtomic
} from "./chunk-M5CY4MCJ.js";
import {
  isAlive,
  withLock
} from "./chunk-Y7UM2WCK.js";
import {
  commitFiles,
  findRepository,
  gitEnvironment
} from "./chunk-BC46OYR2.js";
import {
  readRegularFile
} from "./chunk-2UK4LS3K.js";
import {
  EVENT_ID,
  EVENT_ID_ALLOWED,
  TAG,
  TAG_ALLOWED,
  nearestIds,
  slugifyTag
} from "./chunk-EEDM6MZ5.js";
import {
  FORBIDDEN_IN_TEXT,
  InputError,
  UsageError,
  assertNever
} from "./chunk-755X2O5T.js";

// src/app/record.ts
import { randomBytes as randomBytes2 } from "node:crypto";

// src/core/decide.ts
var QUALITY = /^(?:0(?:\.\d{1,20})?|1(?:\.0{1,20})?|\.\d{1,20})$/;
var QUALITY_ALLOWED = "a decimal number from 0 to 1, e.g. 0.7";
var FIELDS_BY_TYPE = {
  exchange: ["concept", "quality", "misconception", "tag", "resolved", "note"],
  exit_test: ["target", "passed", "failed", "note"],
  retract: ["target", "note"]
};
function flag(field) {
  return `--${field}`;
}
function parseQuality(value) {
  if (value === void 0) throw new UsageError("--quality", "--quality is required: how well this exchange went, from 0 to 1 (e.g. --quality 0.7)");
  const trimmed = value.trim();
  if (!QUALITY.test(trimmed)) throw new InputError("--quality", value, QUALITY_ALLOWED);
  return Number(trimmed);
}
function checkText(field, value, max) {
  const text = value.trim();
  const allowed = `1 to ${max} characters of text`;
  if (text.length === 0) throw new InputError(field, value, allowed, [], "must not be empty");
  if (text.length > max) throw new InputError(field, value, allowed, [], `too long (${text.length} characters)`);
  if (!text.isWellFormed()) throw new InputError(field, value, allowed, [], "contains invalid Unicode (a lone surrogate)");
  if (FORBIDDEN_IN_TEXT.test(text)) {
    throw new InputError(field, value, `${allowed}, without control characters, line separators or bidirectional overrides`, [], "contains an invisible control character");
  }
  return text;
}
function checkTag(field, value) {
  if (!TAG.test(value)) throw new InputError(field, value, TAG_ALLOWED);
  return value;
}
function parseType(value) {
  const type = value ?? "exchange";
  if (!EVENT_TYPES.includes(type)) {
    throw new InputError("--type", value, EVENT_TYPES.join(", "), nearestIds(type, EVENT_TYPES));
  }
  return type;
}
function refuseForeignFields(type, request) {
  const allowed = FIELDS_BY_TYPE[type];
  for (const [key, value] of Object.entries(request)) {
    if (key === "type" || value === void 0 || allowed.includes(key)) continue;
    const owners = Object.keys(FIELDS_BY_TYPE).filter((t) => FIELDS_BY_TYPE[t].includes(key));
    throw new UsageError(
      flag(key),
      `${flag(key)} does not apply to --type ${type} (it belongs to --type ${owners.join(" or ")}); options for ${type}: ${allowed.map(flag).join(", ")}`
    );
  }
}
function requireValue(field, value, what) {
  if (value === void 0) throw new UsageError(flag(field), `${flag(field)} is required: ${what}`);
  return value;
}
function decideExchange(domain, view, request, stamp) {
  const conceptId = requireValue("concept", request.concept, "the id of the concept this exchange was about");
  if (!domain.conceptById.has(conceptId)) {
    const known = domain.concepts.map((c) => c.id);
    throw new InputError("--concept", conceptId, `one of the ${known.length} concept ids in memory/domain.json`, nearestIds(conceptId, known));
  }
  const quality = parseQuality(request.quality);
  const open = view.learner.concepts[conceptId]?.misconceptions.open.map((m) => m.tag) ?? [];
  let misconception;
  let tag;
  if (request.tag !== void 0 && request.misconception === void 0) {
    throw new UsageError("--tag", '--tag names a misconception: give --misconception "TEXT" with it');
  }
  if (request.misconception !== void 0) {
    misconception = checkText("--misconception", request.misconception, LIMITS.misconception);
    tag = request.tag !== void 0 ? checkTag("--tag", request.tag) : slugifyTag(misconception);
  }
  let resolved;
  if (request.resolved === true) {
    if (open.length === 0) {
      throw new InputError("--resolved", true, "only when a misconception is open on this concept", [], `no misconception is open on ${conceptId}`);
    }
    resolved = open.filter((t) => t !== tag);
    if (resolved.length === 0) {
      throw new InputError("--resolved", true, "a misconception open on this concept other than the one this exchange opens", [], `only ${tag} is open on ${conceptId}`);
    }
    if (resolved.length > LIMITS.resolvedTags) {
      throw new InputError("--resolved", true, `at most ${LIMITS.resolvedTags} tags in one record: name them (--resolved TAG)`, [], `${resolved.length} misconceptions are open on ${conceptId}`);
    }
  } else if (request.resolved !== void 0) {
    const tags = [...new Set(request.resolved.map((t) => checkTag("--resolved", t)))];
    if (tags.length > LIMITS.resolvedTags) throw new InputError("--resolved", tags, `at most ${LIMITS.resolvedTags} tags`);
    for (const t of tags) {
      if (t === tag) throw new InputError("--resolved", t, "a tag other than the one this exchange opens", [], "cannot open and resolve the same misconception at once");
      if (!open.includes(t)) {
        const allowed = open.length > 0 ? `a tag open on ${conceptId}: ${open.join(", ")}` : `none: no misconception is open on ${conceptId}`;
        throw new InputError("--resolved", t, allowed, nearestIds(t, open));
      }
    }
    resolved = tags;
  }
  const note = request.note !== void 0 ? checkText("--note", request.note, LIMITS.note) : void 0;
  return {
    id: stamp.id,
    ts: stamp.ts,
    type: "exchange",
    concept: conceptId,
    quality,
    ...misconception !== void 0 ? { misconception, tag } : {},
    ...resolved !== void 0 ? { resolved } : {},
    ...note !== void 0 ? { note } : {},
    prev: stamp.prev
  };
}
function decideExitTest(domain, request, stamp) {
  const target = requireValue("target", request.target, "the exit item attempted, e.g. et2 or b1");
  if (!domain.exitById.has(target)) {
    const known = domain.exitTest.map((e) => e.id);
    throw new InputError("--target", target, `an exit item id: ${known.join(", ")}`, nearestIds(target, known));
  }
  if (Boolean(request.passed) === Boolean(request.failed)) {
    throw new UsageError("--passed", "give exactly one of --passed or --failed for an exit-test attempt");
  }
  const note = request.note !== void 0 ? checkText("--note", request.note, LIMITS.note) : void 0;
  return {
    id: stamp.id,
    ts: stamp.ts,
    type: "exit_test",
    target,
    passed: Boolean(request.passed),
    ...note !== void 0 ? { note } : {},
    prev: stamp.prev
  };
}
function decideRetract(view, request, stamp) {
  const target = requireValue("target", request.target, "the id of the event to withdraw (printed by `tutor log`)");
  if (!EVENT_ID.test(target)) throw new InputError("--target", target, EVENT_ID_ALLOWED);
  const event = view.events.find((e) => e.id === target);
  if (!event) {
    const recent = view.events.slice(-500).map((e) => e.id);
    throw new InputError("--target", target, "the id of an event in memory/evidence.jsonl", nearestIds(target, recent));
  }
  if (view.retracted.has(target)) {
    throw new InputError("--target", target, "an event that is not already retracted", [], "this event is already retracted");
  }
  const note = checkText("--note", requireValue("note", request.note, "why the event is withdrawn"), LIMITS.note);
  return { id: stamp.id, ts: stamp.ts, type: "retract", target, note, prev: stamp.prev };
}
function decideEvent(domain, view, request, stamp) {
  const type = parseType(request.type);
  refuseForeignFields(type, request);
  switch (type) {
    case "exchange":
      return decideExchange(domain, view, request, stamp);
    case "exit_test":
      return decideExitTest(domain, request, stamp);
    case "retract":
      return decideRetract(view, request, stamp);
    default:
      return assertNever(type, "event type");
  }
}

// src/store/checkpoint.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync } from "node:fs";

// src/core/fold-checkpoint.ts
import { createHash } from "node:crypto";
var CHECKPOINT_VERSION = 2;
function foldKey(domain) {
  const shape = {
    v: CHECKPOINT_VERSION,
    concepts: domain.concepts.map((c) => c.id),
    exits: domain.exitTest.map((e) => e.id),
    policy: domain.policy,
    // A fold that kept more (or fewer) history points is another fold.
    historyKept: HISTORY_KEPT
  };
  return createHash("sha256").update(JSON.stringify(shape)).digest("hex");
}
function encodeCheckpoint(domain, state, source) {
  const concepts = {};
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
      rel: acc.relapses
    };
  }
  const exits = {};
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
      lastMs: state.lastMs
    }
  };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isNumber = (v) => typeof v === "number" && Number.isFinite(v);
var isString = (v) => typeof v === "string";
var isNullable = (v, check) => v === null || check(v);
function decodeCheckpoint(domain, raw) {
  try {
    if (!isObject(raw) || raw.version !== CHECKPOINT_VERSION || raw.key !== foldKey(domain)) return null;
    const source = raw.source;
    const fold = raw.fold;
    if (!isObject(source) || !isObject(fold) || !isNumber(source.bytes) || !isString(source.digest) || !isNumber(source.lines) || !isString(source.maxId)) return null;
    if (!isNullable(source.head, isString) || !Array.isArray(source.retractTargets) || !Array.isArray(source.unreadable)) return null;
    const state = {
      fold: newFold(domain),
      timeline: [],
      totals: { sum: 0, mastered: 0, exitPassed: 0 },
      retracted: new Set(fold.retracted.map(String)),
      events: fold.events,
      last: fold.last,
      lastMs: fold.lastMs
    };
    if (!isNumber(state.events) || !isNumber(state.lastMs) || !(state.last === null || isObject(state.last))) return null;
    for (const [id, acc] of state.fold.concepts) {
      const c = fold.concepts[id];
      if (!isObject(c) || !isNullable(c.m, isNumber) || !isNumber(c.n) || !isNumber(c.ms) || !isNullable(c.ts, isString)) return null;
      if (!Array.isArray(c.h) || c.h.length !== Math.min(c.n, HISTORY_KEPT)) return null;
      const target = acc;
      target.mastery = c.m;
      target.observations = c.n;
      target.lastMs = c.ms;
      target.lastTs = c.ts;
      target.history = c.h.map(([ts, quality, mastery]) => ({ ts, quality, mastery }));
      target.recent = c.r.map(([eventId, ts, quality, mastery, note, misconception, tag, resolved]) => ({ id: eventId, ts, quality, mastery, note, misconception, tag, resolved }));
      for (const o of c.o) target.open.set(o.tag, { tag: o.tag, text: o.text, since: o.since });
      target.resolved = c.res;
      target.relapses = c.rel;
    }
    if (Object.keys(fold.concepts).length !== state.fold.concepts.size || Object.keys(fold.exits).length !== state.fold.exits.size) return null;
    for (const [id, acc] of state.fold.exits) {
      const e = fold.exits[id];
      if (!isObject(e) || !isNumber(e.a) || typeof e.p !== "boolean") return null;
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
        unreadable: source.unreadable.map((u) => ({ line: u.line, reason: u.reason }))
      }
    };
  } catch {
    return null;
  }
}

// src/store/checkpoint.ts
function maxIdOf(events) {
  let max = "";
  for (const e of events) if (e.id > max) max = e.id;
  return max;
}
function countNewlines(buffer) {
  let n = 0;
  for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) n += 1;
  return n;
}
function foldWholeLog(domain, buffer) {
  const log = parseEvidence(buffer);
  const fold = foldLog(domain, log.events);
  const hash = createHash2("sha256").update(log.complete);
  const source = {
    bytes: log.completeBytes,
    digest: hash.copy().digest("hex"),
    lines: countNewlines(log.complete),
    head: log.head,
    latest: latestStamp(log.events),
    maxId: maxIdOf(log.events),
    retractTargets: [...new Set(log.events.flatMap((e) => e.type === "retract" ? [e.target] : []))],
    unreadable: log.unreadable
  };
  return { fold, source, head: log.head, unreadable: log.unreadable, tornTail: log.tornTail, completeBytes: log.completeBytes, complete: log.complete, hash, events: log.events, from: "full" };
}
function extendFromCheckpoint(domain, state, source, complete) {
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
    const parsed = parseEventLine(bytes.toString("utf8"));
    if (!parsed.ok) {
      source.unreadable.push({ line, reason: parsed.reason });
      continue;
    }
    const event = parsed.event;
    const ms = Date.parse(event.ts);
    if (event.type === "retract" || event.id <= source.maxId || targets.has(event.id)) return null;
    if (source.latest && compareEvents(source.latest, { ms, id: event.id }) >= 0) return null;
    if (!extendFold(domain, state, event)) return null;
    source.latest = { ms, id: event.id };
    source.maxId = event.id;
  }
  source.lines = line;
  source.head = head;
  return { head };
}
function foldEvidence(domain, buffer, checkpoint, options = {}) {
  const completeBytes = buffer.lastIndexOf(10) + 1;
  const decoded = options.wantEvents || checkpoint === null ? null : decodeCheckpoint(domain, checkpoint);
  if (decoded && decoded.source.bytes <= completeBytes) {
    const complete = buffer.subarray(0, completeBytes);
    const hash = createHash2("sha256").update(complete.subarray(0, decoded.source.bytes));
    if (hash.copy().digest("hex") === decoded.source.digest) {
      const { state, source } = decoded;
      const extended = extendFromCheckpoint(domain, state, source, complete);
      if (extended) {
        hash.update(complete.subarray(decoded.source.bytes));
        source.bytes = completeBytes;
        source.digest = hash.copy().digest("hex");
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
          from: "checkpoint"
        };
      }
    }
  }
  return foldWholeLog(domain, buffer);
}
function readCheckpoint(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}
function writeCheckpoint(path, domain, state, source) {
  writeFileAtomic(path, JSON.stringify(encodeCheckpoint(domain, state, source)), { durable: false });
}

// src/store/maintenance.ts
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync2, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

// src/core/packing.ts
var PACK_BUDGET_BYTES = 24 * 1024 * 1024;
var PACK_MAX_RECORDS = 100;
function packingDue(input) {
  const since = input.packedAtEvents === null || input.packedAtEvents > input.events ? input.events : input.events - input.packedAtEvents;
  if (since <= 0) return false;
  if (since >= PACK_MAX_RECORDS) return true;
  return since * input.committedBytes >= PACK_BUDGET_BYTES;
}

// src/store/maintenance.ts
function maintenancePaths(paths) {
  const dir = dirname(paths.journal);
  return { lock: join(dir, "maintenance.lock"), state: join(dir, "maintenance.json") };
}
var LOCK_STALE_MS = 60 * 60 * 1e3;
var RESERVATION_STALE_MS = 60 * 1e3;
function readPackedAtEvents(state) {
  try {
    const raw = JSON.parse(readFileSync2(state, "utf8"));
    return typeof raw.events === "number" && Number.isInteger(raw.events) ? raw.events : null;
  } catch {
    return null;
  }
}
var MAINTENANCE_SCRIPT = String.raw`
const fs = require('fs'), path = require('path'), cp = require('child_process'), os = require('os');
const [root, dir, events, token] = process.argv.slice(1);
const lock = path.join(dir, 'maintenance.lock');
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
const take = () => { try { fs.writeFileSync(lock, String(process.pid), { flag: 'wx' }); return true; } catch (e) { return false; } };
function acquire() {
  // The record that started this run reserved the lock for it.
  try { if (token && fs.readFileSync(lock, 'utf8') === token) { fs.writeFileSync(lock + '.' + process.pid, String(process.pid)); fs.renameSync(lock + '.' + process.pid, lock); return true; } } catch (e) {}
  if (take()) return true;
  try {
    const text = fs.readFileSync(lock, 'utf8');
    const pid = Number(text);
    const age = Date.now() - fs.statSync(lock).mtimeMs;
    if (text.startsWith('reserved-') && age < ${RESERVATION_STALE_MS}) return false;
    if (Number.isInteger(pid) && pid > 0 && alive(pid) && age < ${LOCK_STALE_MS}) return false;
    fs.unlinkSync(lock);
  } catch (e) { return false; }
  return take();
}
fs.mkdirSync(dir, { recursive: true });
if (!acquire()) process.exit(0);
try {
  try { os.setPriority(19); } catch (e) {}
  const git = (args) => cp.spawnSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', '-c', 'pack.threads=1', '-c', 'core.fsync=committed,reference', ...args], { cwd: root, stdio: 'ignore', windowsHide: true }).status;
  const packDir = cp.spawnSync('git', ['rev-parse', '--git-path', 'objects/pack'], { cwd: root, encoding: 'utf8', windowsHide: true }).stdout.trim();
  if (packDir) {
    try {
      for (const name of fs.readdirSync(path.resolve(root, packDir))) {
        const file = path.join(path.resolve(root, packDir), name);
        if (/^(tmp_|\.tmp-)/.test(name) && Date.now() - fs.statSync(file).mtimeMs > ${LOCK_STALE_MS}) fs.unlinkSync(file);
      }
    } catch (e) {}
  }
  if (git(['repack', '-d', '-q', '-l', '--geometric=2']) !== 0) git(['repack', '-d', '-q', '-l']);
  const state = path.join(dir, 'maintenance.json');
  const temp = state + '.tmp-' + process.pid;
  fs.writeFileSync(temp, JSON.stringify({ events: Number(events) }) + '\n');
  fs.renameSync(temp, state);
} finally {
  try { if (fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.unlinkSync(lock); } catch (e) {}
}
`;
function lockHeld(lock, nowMs) {
  try {
    const age = nowMs - statSync(lock).mtimeMs;
    if (age >= LOCK_STALE_MS) return false;
    const text = readFileSync2(lock, "utf8");
    if (text.startsWith("reserved-")) return age < RESERVATION_STALE_MS;
    const pid = Number(text);
    return !Number.isInteger(pid) || pid <= 0 || isAlive(pid);
  } catch {
    return false;
  }
}
function reserve(lock, nowMs) {
  if (lockHeld(lock, nowMs)) return null;
  const token = `reserved-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    unlinkSync(lock);
  } catch {
  }
  try {
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, token, { flag: "wx" });
    return token;
  } catch {
    return null;
  }
}
function startMaintenance(root, paths, now, options = {}) {
  try {
    const where = maintenancePaths(paths);
    if (!packingDue({ events: now.events, committedBytes: now.committedBytes, packedAtEvents: readPackedAtEvents(where.state) })) return false;
    const token = reserve(where.lock, options.nowMs ?? Date.now());
    if (token === null) return false;
    const child = spawn(process.execPath, ["-e", MAINTENANCE_SCRIPT, root, dirname(where.lock), String(now.events), token], {
      cwd: root,
      env: gitEnvironment(options.env ?? process.env),
      detached: true,
      stdio: "ignore",
      windowsHide: true
    });
    child.on("error", () => void 0);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

// src/app/record.ts
function commitMessage(event, head, attestation) {
  let summary;
  switch (event.type) {
    case "exchange":
      summary = `tutor: exchange ${event.concept} quality ${event.quality}`;
      break;
    case "exit_test":
      summary = `tutor: exit test ${event.target} ${event.passed ? "passed" : "failed"}`;
      break;
    case "retract":
      summary = `tutor: retract ${event.target}`;
      break;
    default:
      return assertNever(event, "event type");
  }
  return `${summary}

Event: ${event.id}
Evidence-Head: ${head}
${attestationTrailer(attestation)}
`;
}
function recordClock(options) {
  const fixed = options.machineClock !== void 0;
  return { nowMs: options.now.getTime(), machineMs: (options.machineClock ?? options.now).getTime(), source: fixed ? "TUTOR_NOW" : "clock" };
}
async function currentProblem(workspace, domain, complete, before, paths, now) {
  if (!paths) return null;
  const state = readCheckState(paths);
  if (state && state.bytes === complete.length && state.digest === before) return state.problem;
  const { checkLog, firstProblem } = await import("./verify-PUXKPVTV.js");
  try {
    return firstProblem(await checkLog(workspace, domain, complete, now));
  } catch {
    return void 0;
  }
}
async function recordEvent(workspace, request, options) {
  const course = await loadDomain(workspace);
  const domain = course.domain;
  const random = options.random ?? ((size) => randomBytes2(size));
  const warnings = [];
  const paths = journalPaths(workspace.root);
  let commit = null;
  const locked = await withLock(workspace.lock, async () => {
    const buffer = readRegularFile(workspace.evidence) ?? Buffer.alloc(0);
    const log = foldEvidence(domain, buffer, paths ? readCheckpoint(paths.fold) : null, { wantEvents: request.type === "retract" });
    const folded = log.fold;
    const before = deriveState(domain, folded, options.now, { head: log.head, unreadable: log.unreadable.length });
    const view = { learner: before.learner, events: log.events ?? [], retracted: folded.retracted };
    const stamp = { ...stampAfter(log.source.latest, recordClock(options), random(16)), prev: log.head };
    const event = decideEvent(domain, view, request, stamp);
    const line = serializeEvent(event);
    const appended = Buffer.from(`${line}
`, "utf8");
    const digestBefore = log.hash.copy().digest("hex");
    const digest = log.hash.update(appended).digest("hex");
    const bytes = log.completeBytes + appended.length;
    const integrityProblem = await currentProblem(workspace, domain, log.complete, digestBefore, paths, options.now);
    quarantineTornTail(workspace.evidence, workspace.torn, log);
    appendLine(workspace.evidence, line);
    course.keep();
    const head = hashLine(Buffer.from(line, "utf8"));
    const repository = paths ? findRepository(workspace.root) : null;
    const derivedInCommit = committedDerivedFiles(workspace, repository);
    const message = commitMessage(event, head, { bytes, digest });
    const startCommit = () => {
      if (options.commit !== false) commit = commitFiles(workspace.root, recordFiles(workspace, derivedInCommit), message);
    };
    if (derivedInCommit.length === 0) startCommit();
    if (paths) {
      try {
        appendJournal(paths, line);
      } catch (error) {
        warnings.push(`the record is saved, but its copy in the journal (${paths.journal}) was not (${error.message})`);
      }
    }
    if (integrityProblem) warnings.push(`the log does not verify: ${integrityProblem}; run \`tutor verify\``);
    const meta = { head, unreadable: log.unreadable.length };
    let state = folded;
    let source;
    if (extendFold(domain, folded, event)) {
      const ms = Date.parse(event.ts);
      source = { ...log.source, bytes, digest, lines: log.source.lines + 1, head, latest: { ms, id: event.id }, maxId: event.id > log.source.maxId ? event.id : log.source.maxId };
    } else {
      const whole = foldWholeLog(domain, Buffer.concat([log.complete, appended]));
      state = whole.fold;
      source = whole.source;
    }
    const after = deriveState(domain, state, options.now, meta);
    let stateBytes = 0;
    try {
      stateBytes = writeStateFiles(workspace, after);
    } catch (error) {
      warnings.push(`the record is saved, but the derived files were not updated (${error.message}); run \`tutor build\``);
    }
    if (paths) {
      try {
        if (integrityProblem !== void 0) writeCheckState(paths, { bytes, digest, problem: integrityProblem });
        writeCheckpoint(paths.fold, domain, state, source);
      } catch {
      }
    }
    const { writeRecordPages } = await import("./record-pages-CPZ4BYBW.js");
    warnings.push(...await writeRecordPages(workspace, domain, after, integrityProblem ?? null));
    if (derivedInCommit.length > 0) startCommit();
    if (log.unreadable.length > 0) {
      warnings.push(`${log.unreadable.length} line(s) of the log cannot be read and are ignored (first: line ${log.unreadable[0]?.line}, ${log.unreadable[0]?.reason})`);
    }
    const derivedBytes = derivedInCommit.length > 0 ? stateBytes : 0;
    return { event, before, after, events: after.learner.source.events, integrityProblem: integrityProblem ?? null, quarantinedBytes: log.tornTail?.length ?? 0, committedBytes: bytes + derivedBytes };
  });
  const committed = commit === null ? { committed: false, reason: "commit disabled" } : await commit;
  if (committed.committed && paths) startMaintenance(workspace.root, paths, { events: locked.events, committedBytes: locked.committedBytes });
  return { event: locked.event, domain, before: locked.before, after: locked.after, commit: committed, quarantinedBytes: locked.quarantinedBytes, warnings, integrityProblem: locked.integrityProblem };
}

export {
  recordEvent
};
