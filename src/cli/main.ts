#!/usr/bin/env node
// The CLI's one error boundary (STYLE.md): typed errors become a message on stderr and an exit
// code here, and nowhere else. 0 done; 1 refused input or failed check; 2 usage; 3 internal error.
import { readFileSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { CurriculumError, InputError, IntegrityError, SilentFailure, UsageError } from '../core/errors.js';
import { LockTimeoutError } from '../store/lock.js';
import { packageVersion } from '../store/package-root.js';
import { UnsafeFileError } from '../store/regular-file.js';
import { registerBuild } from './commands/build.js';
import { registerContext } from './commands/context.js';
import { registerCourse } from './commands/course.js';
import { registerDemo } from './commands/demo.js';
import { registerLog } from './commands/log.js';
import { registerMcp } from './commands/mcp.js';
import { registerHook } from './commands/hook.js';
import { registerInit } from './commands/init.js';
import { registerRestore } from './commands/restore.js';
import { registerServe } from './commands/serve.js';
import { registerStatus } from './commands/status.js';
import { registerTranscript } from './commands/transcript.js';
import { registerVerify } from './commands/verify.js';
import type { Io } from './runtime.js';

export const EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 } as const;

const version = packageVersion;

function buildProgram(io: Io): Command {
  const program = new Command();
  program
    .name('tutor')
    .description('A Socratic tutoring harness: an append-only evidence log and the learner state derived from it.')
    .version(version())
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: () => undefined });
  registerInit(program, io, version());
  registerLog(program, io);
  registerBuild(program, io);
  registerCourse(program, io);
  registerStatus(program, io);
  registerContext(program, io);
  registerVerify(program, io);
  registerRestore(program, io);
  registerDemo(program, io);
  registerServe(program, io);
  registerTranscript(program, io);
  registerHook(program, io);
  registerMcp(program, io, version());
  return program;
}

/** System errors that mean "this machine refused the write", not a bug. */
const FS_CODES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file would pass the file-size limit (or the disk is full)',
  EIO: 'input/output error',
  ENOTDIR: 'a path component is not a folder',
  EISDIR: 'a folder is in the way of a file',
};

function describeSystemError(error: NodeJS.ErrnoException): string | null {
  const reason = error.code ? FS_CODES[error.code] : undefined;
  if (!reason) return null;
  const where = error.path ? `${error.path}: ` : '';
  return `${where}${reason} (${error.code}); nothing was changed`;
}

interface JsonErrorBody {
  ok: false;
  error: { kind: string; message: string; field?: string; value?: unknown; allowed?: string; nearest?: readonly string[] };
}

function jsonError(error: unknown, message: string): JsonErrorBody {
  if (error instanceof InputError) {
    return { ok: false, error: { kind: 'refused', message, field: error.field, value: error.value, allowed: error.allowed, nearest: error.nearest } };
  }
  if (error instanceof UsageError) return { ok: false, error: { kind: 'usage', message, field: error.field } };
  return { ok: false, error: { kind: 'refused', message } };
}

/** `tutor` or `tutor hook` alone: a command that only groups subcommands, run bare, shows its help (issue 13). */
function bareGroup(program: Command, argv: readonly string[]): Command | null {
  let command = program;
  for (const name of argv) {
    const next = command.commands.find((c) => c.name() === name);
    if (!next) return null;
    command = next;
  }
  return command.commands.length > 0 ? command : null;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  const wantsJson = argv.includes('--json');
  const fail = (code: number, message: string, error?: unknown): number => {
    io.err(`tutor: ${message}`);
    if (wantsJson && error !== undefined) io.out(JSON.stringify(jsonError(error, message)));
    return code;
  };
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok; // --help, --version
      const group = error.code === 'commander.help' ? bareGroup(program, argv) : null;
      if (group) {
        io.out(group.helpInformation().replace(/\n$/, ''));
        return EXIT.ok;
      }
      // The command is the first word commander knows, not an option's value (`--root / status`).
      const known = new Set(program.commands.map((c) => c.name()));
      const command = argv.find((a) => known.has(a));
      const hint = command ? ` (see: tutor ${command} --help)` : ' (see: tutor --help)';
      return fail(EXIT.usage, `${error.message.replace(/^error: /, '')}${hint}`, new UsageError('', error.message));
    }
    if (error instanceof SilentFailure) return EXIT.refused;
    if (error instanceof UsageError) return fail(EXIT.usage, error.message, error);
    if (error instanceof InputError || error instanceof CurriculumError || error instanceof IntegrityError) {
      return fail(EXIT.refused, error.message, error);
    }
    if (error instanceof LockTimeoutError) return fail(EXIT.refused, `${error.message}; nothing was recorded`, error);
    if (error instanceof UnsafeFileError) return fail(EXIT.refused, `${error.message}; nothing was changed`, error);
    const system = describeSystemError(error as NodeJS.ErrnoException);
    if (system) return fail(EXIT.refused, system, error);
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`tutor: internal error — a bug in tutor, not in what you typed. Please report it with this trace:\n${stack}`);
    return EXIT.internal;
  }
}

function isEntryPoint(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A reader that stops early (`tutor verify | head -1`) closes the pipe: that is the end of the
  // output, not an error to print a stack trace for (issue 14).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const io: Io = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`tutor: internal error: ${String(error)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
