// The commander program: every command, with its options, help and usage errors. main.ts loads
// it lazily: `tutor log` with arguments the fast path reads (log-arguments.ts) never loads it.
import { Command } from 'commander';
import { packageVersion } from '../store/package-root.js';
import { registerBuild } from './commands/build.js';
import { registerContext } from './commands/context.js';
import { registerCourse } from './commands/course.js';
import { registerDemo } from './commands/demo.js';
import { registerHook } from './commands/hook.js';
import { registerInit } from './commands/init.js';
import { registerLog } from './commands/log.js';
import { registerMcp } from './commands/mcp.js';
import { registerRestore } from './commands/restore.js';
import { registerServe } from './commands/serve.js';
import { registerStatus } from './commands/status.js';
import { registerTranscript } from './commands/transcript.js';
import { registerVerify } from './commands/verify.js';
import { VERSION_FLAGS } from './log-arguments.js';
import type { Io } from './runtime.js';

// main.ts, the error boundary, recognises commander's errors by this class.
export { CommanderError } from 'commander';

export function buildProgram(io: Io): Command {
  const version = packageVersion();
  const program = new Command();
  program
    .name('tutor')
    .description('A Socratic tutoring harness: an append-only evidence log and the learner state derived from it.')
    .version(version, VERSION_FLAGS)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: () => undefined });
  registerInit(program, io, version);
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
  registerMcp(program, io, version);
  return program;
}

/** `tutor` or `tutor hook` alone: a command that only groups subcommands, run bare, shows its help (issue 13). */
export function bareGroup(program: Command, argv: readonly string[]): Command | null {
  let command = program;
  for (const name of argv) {
    const next = command.commands.find((c) => c.name() === name);
    if (!next) return null;
    command = next;
  }
  return command.commands.length > 0 ? command : null;
}
