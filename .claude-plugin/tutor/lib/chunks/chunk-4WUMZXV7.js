import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  recordFiles,
  refreshNotesSafely,
  writeDerived
} from "./chunk-L6A7MY6B.js";
import {
  mapLayoutCacheFile,
  mapLayoutsFor,
  readStudyPages,
  renderDashboard
} from "./chunk-T2QA63LX.js";
import {
  deriveState,
  extendFold,
  foldLog,
  recompute
} from "./chunk-PP6E5IDN.js";
import {
  attestationTrailer
} from "./chunk-YQMFKB65.js";
import {
  appendJournal,
  journalPaths,
  readCheckState,
  writeCheckState
} from "./chunk-PAIWNNKB.js";
import {
  stampEvent
} from "./chunk-WXHIOEEQ.js";
import {
  EVENT_TYPES,
  LIMITS,
  appendLine,
  digestAppended,
  hashLine,
  quarantineTornTail,
  readEvidence,
  serializeEvent
} from "./chunk-VFS6TZ3V.js";
import {
  withLock
} from "./chunk-Y7UM2WCK.js";
import {
  commitFiles,
  readDomain
} from "./chunk-5DXD5IMZ.js";
import {
  EVENT_ID,
  EVENT_ID_ALLOWED,
  TAG,
  TAG_ALLOWED,
  nearestIds,
  slugifyTag
} from "./chunk-FE3VSBG3.js";
import {
  FORBIDDEN_IN_TEXT,
  InputError,
  UsageError,
  assertNever
} from "./chunk-755X2O5T.js";

// src/app/record.ts
import { randomBytes } from "node:crypto";

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
async function currentProblem(workspace, domain, log, before, paths, now) {
  if (!paths) return null;
  const state = readCheckState(paths);
  if (state && state.bytes === log.completeBytes && state.digest === before) return state.problem;
  const { checkLog, firstProblem } = await import("./verify-35FMDM3X.js");
  try {
    return firstProblem(await checkLog(workspace, domain, log.complete, now));
  } catch {
    return void 0;
  }
}
async function recordEvent(workspace, request, options) {
  const domain = readDomain(workspace);
  const random = options.random ?? ((size) => randomBytes(size));
  const warnings = [];
  const locked = await withLock(workspace.lock, async () => {
    const log = readEvidence(workspace.evidence);
    const folded = foldLog(domain, log.events);
    const before = deriveState(domain, folded, options.now, { head: log.head, unreadable: log.unreadable.length });
    const view = { learner: before.learner, events: log.events, retracted: folded.retracted };
    const stamp = { ...stampEvent(log.events, recordClock(options), random(16)), prev: log.head };
    const event = decideEvent(domain, view, request, stamp);
    const line = serializeEvent(event);
    const digests = digestAppended(log, Buffer.from(`${line}
`, "utf8"));
    const paths = journalPaths(workspace.root);
    const integrityProblem = await currentProblem(workspace, domain, log, digests.before, paths, options.now);
    quarantineTornTail(workspace.evidence, workspace.torn, log);
    appendLine(workspace.evidence, line);
    if (paths) {
      try {
        appendJournal(paths, line);
        if (integrityProblem !== void 0) writeCheckState(paths, { bytes: digests.bytes, digest: digests.digest, problem: integrityProblem });
      } catch (error) {
        warnings.push(`the record is saved, but its copy in the journal (${paths.journal}) was not (${error.message})`);
      }
    }
    if (integrityProblem) warnings.push(`the log does not verify: ${integrityProblem}; run \`tutor verify\``);
    const head = hashLine(Buffer.from(line, "utf8"));
    const meta = { head, unreadable: log.unreadable.length };
    const after = extendFold(domain, folded, event) ? deriveState(domain, folded, options.now, meta) : recompute(domain, [...log.events, event], options.now, meta);
    const notes = await refreshNotesSafely(workspace, domain, after, { mode: "record" });
    warnings.push(...notes.fresh);
    try {
      writeDerived(workspace, after, renderDashboard(domain, after, readStudyPages(workspace.site), { integrityProblem: integrityProblem ?? null, notes: notes.links, mapLayouts: await mapLayoutsFor(mapLayoutCacheFile(workspace), domain) }));
    } catch (error) {
      warnings.push(`the record is saved, but the derived files were not updated (${error.message}); run \`tutor build\``);
    }
    if (log.unreadable.length > 0) {
      warnings.push(`${log.unreadable.length} line(s) of the log cannot be read and are ignored (first: line ${log.unreadable[0]?.line}, ${log.unreadable[0]?.reason})`);
    }
    return { event, before, after, head, attestation: { bytes: digests.bytes, digest: digests.digest }, integrityProblem: integrityProblem ?? null, quarantinedBytes: log.tornTail?.length ?? 0 };
  });
  const commit = options.commit === false ? { committed: false, reason: "commit disabled" } : await commitFiles(workspace.root, recordFiles(workspace), commitMessage(locked.event, locked.head, locked.attestation));
  return { event: locked.event, domain, before: locked.before, after: locked.after, commit, quarantinedBytes: locked.quarantinedBytes, warnings, integrityProblem: locked.integrityProblem };
}

export {
  recordEvent
};
