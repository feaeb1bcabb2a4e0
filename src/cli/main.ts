#!/usr/bin/env node
// The CLI's one error boundary (STYLE.md): typed errors become a message on stderr and an exit
// code here, and nowhere else. 0 done; 1 refused input or failed check; 2 usage; 3 internal error.
//
// Start-up is on the clock (issue 17): the tutor LLM runs `tutor log` after every exchange. So this
// file loads only what a `log` read by the fast path needs (the error classes below, the log
// action, its strict parser); commander and every other command come with program.ts, loaded
// lazily for everything else.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CurriculumError, InputError, IntegrityError, SilentFailure, UsageError } from '../core/errors.js';
import { LockTimeoutError } from '../store/lock.js';
import { UnsafeFileError } from '../store/regular-file.js';
import { runLog, type LogFlags } from './commands/log.js';
import { parseLogArguments } from './log-arguments.js';
import type { Io } from './runtime.js';

export const EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 } as const;

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

/** The commander program, loaded only when the fast path declines (program.ts). */
interface Commander {
  program: Command;
  cli: typeof import('./program.js');
}

/** Who reads the command line: the fast path, for a `log` call its strict parser reads in full, or commander. */
type Reader = { flags: LogFlags; commander: null } | { flags: null; commander: Commander };

async function chooseReader(argv: readonly string[], io: Io): Promise<Reader> {
  const flags = argv[0] === 'log' ? parseLogArguments(argv.slice(1)) : null;
  if (flags) return { flags, commander: null };
  // Anything the parser declines, commander answers as it always has (help, usage errors, every command).
  const cli = await import('./program.js');
  return { flags: null, commander: { program: cli.buildProgram(io), cli } };
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const { flags, commander } = await chooseReader(argv, io);
  const wantsJson = argv.includes('--json');
  const fail = (code: number, message: string, error?: unknown): number => {
    io.err(`tutor: ${message}`);
    if (wantsJson && error !== undefined) io.out(JSON.stringify(jsonError(error, message)));
    return code;
  };
  try {
    if (commander) await commander.program.parseAsync([...argv], { from: 'user' });
    else await runLog(io, flags);
    return EXIT.ok;
  } catch (error) {
    if (commander && error instanceof commander.cli.CommanderError) {
      if (error.exitCode === 0) return EXIT.ok; // --help, --version
      const group = error.code === 'commander.help' ? commander.cli.bareGroup(commander.program, argv) : null;
      if (group) {
        io.out(group.helpInformation().replace(/\n$/, ''));
        return EXIT.ok;
      }
      // The command is the first word commander knows, not an option's value (`--root / status`).
      const known = new Set(commander.program.commands.map((c) => c.name()));
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

/**
 * Whether node runs this file, and not a test importing it. Run directly, argv[1] is this very
 * path, and no system call is needed; through npm's bin symlink (`tutor` on the PATH) it is the
 * link, which only realpath resolves to this file.
 */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  const self = fileURLToPath(import.meta.url);
  if (script === self) return true;
  try {
    return realpathSync(script) === realpathSync(self);
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
