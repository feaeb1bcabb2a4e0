// tutor context: a short brief for the tutor LLM: where the learner is, what to do next.
import type { Command } from 'commander';
import { resolveNow, resolveWorkspace, type Io } from '../runtime.js';

export function registerContext(program: Command, io: Io): void {
  program
    .command('context')
    .description('a brief (at most 4,000 characters) for the tutor LLM: standing, next moves, how to record')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .action(async (flags: { root?: string }) => {
      const { readContext } = await import('../../app/context.js');
      io.out(readContext(resolveWorkspace(io, flags.root), resolveNow(io.env)));
    });
}
