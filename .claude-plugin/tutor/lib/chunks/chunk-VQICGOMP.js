import {
  findWorkspace
} from "./chunk-KMBL56AR.js";
import {
  parseInstant
} from "./chunk-RLI5I3HZ.js";
import {
  InputError
} from "./chunk-755X2O5T.js";

// src/cli/runtime.ts
function resolveNow(env, clock = () => /* @__PURE__ */ new Date()) {
  const given = env.TUTOR_NOW;
  if (given === void 0 || given === "") return clock();
  const ms = parseInstant(given);
  if (ms === null) {
    throw new InputError("TUTOR_NOW", given, "an ISO-8601 date or instant that exists, e.g. 2026-06-18T09:12:03Z");
  }
  return new Date(ms);
}
function resolveRecordTime(env, clock = () => /* @__PURE__ */ new Date()) {
  const now = resolveNow(env, clock);
  return env.TUTOR_NOW === void 0 || env.TUTOR_NOW === "" ? { now } : { now, machineClock: clock() };
}
function resolveWorkspace(io, root) {
  return findWorkspace({ root, env: io.env, cwd: io.cwd });
}

// src/cli/commands/log.ts
function collectResolved(value, previous) {
  if (previous === true) return true;
  const tags = value.split(",").map((t) => t.trim()).filter((t) => t.length > 0);
  return [...previous ?? [], ...tags.length > 0 ? tags : [value]];
}
var LOG_OPTIONS = [
  { name: "type", kind: "value", placeholder: "type", description: "exchange (default), exit_test or retract" },
  { name: "concept", kind: "value", placeholder: "id", description: "exchange: the concept it was about" },
  { name: "quality", kind: "value", placeholder: "q", description: "exchange: how well this one exchange went, 0..1" },
  { name: "misconception", kind: "value", placeholder: "text", description: "exchange: a wrong model the learner showed" },
  { name: "tag", kind: "value", placeholder: "tag", description: "exchange: the misconception's key (reuse tags; default: a slug of the text)" },
  { name: "resolved", kind: "optional", placeholder: "tag", description: "exchange: close every open misconception on the concept, or the one tagged (repeatable)", collect: collectResolved },
  { name: "note", kind: "value", placeholder: "text", description: "what happened, in one line (required for retract)" },
  { name: "target", kind: "value", placeholder: "id", description: "exit_test: the exit item; retract: the event id" },
  { name: "passed", kind: "boolean", description: "exit_test: the attempt passed" },
  { name: "failed", kind: "boolean", description: "exit_test: the attempt failed" },
  { name: "json", kind: "boolean", description: "print the result as JSON" },
  { name: "root", kind: "value", placeholder: "dir", description: "the workspace folder (default: nearest with memory/domain.json)" }
];
function commanderFlags(option) {
  if (option.kind === "value") return `--${option.name} <${option.placeholder}>`;
  if (option.kind === "optional") return `--${option.name} [${option.placeholder}]`;
  return `--${option.name}`;
}
function registerLog(program, io) {
  const command = program.command("log").description("record one exchange, exit-test attempt or retraction");
  for (const option of LOG_OPTIONS) {
    if (option.collect) command.option(commanderFlags(option), option.description, option.collect);
    else command.option(commanderFlags(option), option.description);
  }
  command.action((flags) => runLog(io, flags));
}
async function runLog(io, flags) {
  const { root, json, ...request } = flags;
  const workspace = resolveWorkspace(io, root);
  const [{ recordEvent }, { describeRecord }] = await Promise.all([import("./record-7BETUNJB.js"), import("./summary-TTEW3SSZ.js")]);
  const outcome = await recordEvent(workspace, request, resolveRecordTime(io.env));
  const line = describeRecord(outcome.event, outcome.before, outcome.after);
  if (json) {
    const concept = outcome.event.type === "exchange" ? outcome.after.learner.concepts[outcome.event.concept] : void 0;
    io.out(
      JSON.stringify({
        ok: true,
        event: outcome.event,
        summary: line,
        concept: concept ? { id: outcome.event.type === "exchange" ? outcome.event.concept : null, ...concept, history: void 0 } : null,
        exit_summary: outcome.after.learner.exit_summary,
        committed: outcome.commit.committed,
        commit: outcome.commit.committed ? outcome.commit.sha : null,
        not_committed_because: outcome.commit.committed ? null : outcome.commit.reason,
        quarantined_bytes: outcome.quarantinedBytes,
        warnings: outcome.warnings
      })
    );
  } else {
    io.out(outcome.commit.committed ? `${line} [${outcome.commit.sha}]` : line);
    if (!outcome.commit.committed) io.err(`tutor: not committed: ${outcome.commit.reason}`);
  }
  if (outcome.quarantinedBytes > 0) {
    io.err(`tutor: a torn last line (${outcome.quarantinedBytes} bytes, an interrupted write) was moved to memory/evidence.torn.jsonl before recording`);
  }
  for (const warning of outcome.warnings) io.err(`tutor: warning: ${warning}`);
}

// src/cli/log-arguments.ts
var VERSION_FLAGS = "-V, --version";
var PROGRAM_FLAGS = VERSION_FLAGS.split(", ");
var OPTION_BY_FLAG = new Map(LOG_OPTIONS.map((option) => [`--${option.name}`, option]));
function looksLikeOption(arg) {
  return arg.length > 1 && arg[0] === "-";
}
function isNegativeNumber(arg) {
  return /^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg);
}
function claimedByProgram(arg) {
  if (PROGRAM_FLAGS.includes(arg)) return true;
  return arg.length > 2 && arg[0] === "-" && arg[1] !== "-" && PROGRAM_FLAGS.includes(arg.slice(0, 2));
}
function readValue(option, arg, args, next) {
  const equals = arg.indexOf("=");
  if (equals >= 0) return option.kind === "boolean" ? null : { value: arg.slice(equals + 1), next };
  if (option.kind === "boolean") return { value: null, next };
  const following = args[next];
  if (option.kind === "value") {
    return following === void 0 || claimedByProgram(following) ? null : { value: following, next: next + 1 };
  }
  const takes = following !== void 0 && (!looksLikeOption(following) || isNegativeNumber(following));
  return takes ? { value: following, next: next + 1 } : { value: null, next };
}
function optionOf(arg) {
  const equals = arg.indexOf("=");
  return OPTION_BY_FLAG.get(equals < 0 ? arg : arg.slice(0, equals));
}
function parseLogArguments(args) {
  const flags = {};
  let at = 0;
  while (at < args.length) {
    const arg = args[at];
    const option = optionOf(arg);
    if (!option || Object.hasOwn(flags, option.name) && !option.collect) return null;
    const read = readValue(option, arg, args, at + 1);
    if (!read) return null;
    at = read.next;
    const previous = flags[option.name];
    flags[option.name] = read.value === null ? true : option.collect ? option.collect(read.value, previous) : read.value;
  }
  return flags;
}

export {
  resolveNow,
  resolveRecordTime,
  resolveWorkspace,
  registerLog,
  runLog,
  VERSION_FLAGS,
  parseLogArguments
};
