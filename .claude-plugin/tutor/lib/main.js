#!/usr/bin/env node
import {
  parseLogArguments,
  runLog
} from "./chunks/chunk-VQICGOMP.js";
import "./chunks/chunk-KMBL56AR.js";
import "./chunks/chunk-RLI5I3HZ.js";
import {
  LockTimeoutError
} from "./chunks/chunk-Y7UM2WCK.js";
import {
  UnsafeFileError
} from "./chunks/chunk-2UK4LS3K.js";
import {
  CurriculumError,
  InputError,
  IntegrityError,
  SilentFailure,
  UsageError
} from "./chunks/chunk-755X2O5T.js";
import "./chunks/chunk-S2F7CLEL.js";

// src/cli/main.ts
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
var EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 };
var FS_CODES = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "the file would pass the file-size limit (or the disk is full)",
  EIO: "input/output error",
  ENOTDIR: "a path component is not a folder",
  EISDIR: "a folder is in the way of a file"
};
function describeSystemError(error) {
  const reason = error.code ? FS_CODES[error.code] : void 0;
  if (!reason) return null;
  const where = error.path ? `${error.path}: ` : "";
  return `${where}${reason} (${error.code}); nothing was changed`;
}
function jsonError(error, message) {
  if (error instanceof InputError) {
    return { ok: false, error: { kind: "refused", message, field: error.field, value: error.value, allowed: error.allowed, nearest: error.nearest } };
  }
  if (error instanceof UsageError) return { ok: false, error: { kind: "usage", message, field: error.field } };
  return { ok: false, error: { kind: "refused", message } };
}
async function chooseReader(argv, io) {
  const flags = argv[0] === "log" ? parseLogArguments(argv.slice(1)) : null;
  if (flags) return { flags, commander: null };
  const cli = await import("./chunks/program-GM3CWVPT.js");
  return { flags: null, commander: { program: cli.buildProgram(io), cli } };
}
async function main(argv, io) {
  const { flags, commander } = await chooseReader(argv, io);
  const wantsJson = argv.includes("--json");
  const fail = (code, message, error) => {
    io.err(`tutor: ${message}`);
    if (wantsJson && error !== void 0) io.out(JSON.stringify(jsonError(error, message)));
    return code;
  };
  try {
    if (commander) await commander.program.parseAsync([...argv], { from: "user" });
    else await runLog(io, flags);
    return EXIT.ok;
  } catch (error) {
    if (commander && error instanceof commander.cli.CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      const group = error.code === "commander.help" ? commander.cli.bareGroup(commander.program, argv) : null;
      if (group) {
        io.out(group.helpInformation().replace(/\n$/, ""));
        return EXIT.ok;
      }
      const known = new Set(commander.program.commands.map((c) => c.name()));
      const command = argv.find((a) => known.has(a));
      const hint = command ? ` (see: tutor ${command} --help)` : " (see: tutor --help)";
      return fail(EXIT.usage, `${error.message.replace(/^error: /, "")}${hint}`, new UsageError("", error.message));
    }
    if (error instanceof SilentFailure) return EXIT.refused;
    if (error instanceof UsageError) return fail(EXIT.usage, error.message, error);
    if (error instanceof InputError || error instanceof CurriculumError || error instanceof IntegrityError) {
      return fail(EXIT.refused, error.message, error);
    }
    if (error instanceof LockTimeoutError) return fail(EXIT.refused, `${error.message}; nothing was recorded`, error);
    if (error instanceof UnsafeFileError) return fail(EXIT.refused, `${error.message}; nothing was changed`, error);
    const system = describeSystemError(error);
    if (system) return fail(EXIT.refused, system, error);
    const stack = error instanceof Error ? error.stack ?? error.message : String(error);
    io.err(`tutor: internal error \u2014 a bug in tutor, not in what you typed. Please report it with this trace:
${stack}`);
    return EXIT.internal;
  }
}
function isEntryPoint() {
  const script = process.argv[1];
  if (script === void 0) return false;
  const self = fileURLToPath(import.meta.url);
  if (script === self) return true;
  try {
    return realpathSync(script) === realpathSync(self);
  } catch {
    return false;
  }
}
if (isEntryPoint()) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const io = {
    out: (text) => process.stdout.write(`${text}
`),
    err: (text) => process.stderr.write(`${text}
`),
    env: process.env,
    cwd: process.cwd()
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`tutor: internal error: ${String(error)}
`);
      process.exitCode = EXIT.internal;
    }
  );
}
export {
  EXIT,
  main
};
