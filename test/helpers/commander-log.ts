// What commander's `tutor log` action receives for an argument list: the real program
// (src/cli/program.ts, every command registered) with the log action replaced by a capture, so
// nothing is recorded. The reference the fast path's parser is held to (issue 17).
import { CommanderError, type Command } from 'commander';
import type { LogFlags } from '../../src/cli/commands/log.js';
import { buildProgram } from '../../src/cli/program.js';

const io = { out: () => undefined, err: () => undefined, env: {}, cwd: '/' };

/** The flags the log action gets for `tutor log ...args`, or null when commander never calls it (help, version, usage error). */
export async function commanderLogFlags(args: readonly string[]): Promise<LogFlags | null> {
  const program = buildProgram(io);
  const log = program.commands.find((c) => c.name() === 'log') as Command;
  let received: LogFlags | null = null;
  log.action((flags: LogFlags) => {
    received = { ...flags };
  });
  try {
    await program.parseAsync(['log', ...args], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return null;
  }
  return received;
}
