// tutor status: where the learner stands, for a person or (--json) a machine. Writes nothing.
import type { Command } from 'commander';
import { resolveNow, resolveWorkspace, type Io } from '../runtime.js';

export function registerStatus(program: Command, io: Io): void {
  program
    .command('status')
    .description('where the learner stands and what comes next')
    .option('--json', 'print learner and pedagogy state as JSON')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .action(async (flags: { root?: string; json?: boolean }) => {
      const [{ readSnapshot }, { describeStatus }] = await Promise.all([import('../../app/snapshot.js'), import('../../core/summary.js')]);
      const workspace = resolveWorkspace(io, flags.root);
      const snapshot = readSnapshot(workspace, resolveNow(io.env));
      if (flags.json) io.out(JSON.stringify({ learner: snapshot.derived.learner, pedagogy: snapshot.derived.pedagogy }, null, 2));
      else io.out(describeStatus(snapshot.domain, snapshot.derived));
      for (const warning of snapshot.warnings) io.err(`tutor: warning: ${warning}`);
    });
}
