// tutor restore: puts back the acknowledged records a git operation took out of the log.
import type { Command } from 'commander';
import { resolveNow, resolveWorkspace, type Io } from '../runtime.js';

export function registerRestore(program: Command, io: Io): void {
  program
    .command('restore')
    .description('put back every record tutor log acknowledged in this clone that the log no longer holds')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .action(async (flags: { root?: string }) => {
      const { restoreWorkspace } = await import('../../app/restore.js');
      const outcome = await restoreWorkspace(resolveWorkspace(io, flags.root), resolveNow(io.env));
      if (outcome.journal === null) {
        io.out('nothing to restore: this workspace is not in a git repository, so no git operation can have taken a record out (there is no journal)');
        return;
      }
      if (outcome.restored.length === 0) {
        io.out('nothing to restore: every record acknowledged in this clone is in the log');
        return;
      }
      io.out(`restored ${outcome.restored.length} record(s): ${outcome.restored.join(', ')}${outcome.commit?.committed ? ` [${outcome.commit.sha}]` : ''}`);
      if (outcome.commit && !outcome.commit.committed) io.err(`tutor: not committed: ${outcome.commit.reason}`);
      if (outcome.problem) io.err(`tutor: warning: the log still does not verify: ${outcome.problem}; run \`tutor verify\``);
    });
}
