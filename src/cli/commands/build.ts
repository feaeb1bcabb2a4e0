// tutor build: validates the curriculum, recomputes, re-renders every derived file.
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { resolveNow, resolveWorkspace, type Io } from '../runtime.js';

export function registerBuild(program: Command, io: Io): void {
  program
    .command('build')
    .description('validate memory/domain.json, recompute and re-render everything derived from the log')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .action(async (flags: { root?: string }) => {
      const { rebuildWorkspace } = await import('../../app/rebuild.js');
      const workspace = resolveWorkspace(io, flags.root);
      const snapshot = await rebuildWorkspace(workspace, resolveNow(io.env));
      const { learner } = snapshot.derived;
      io.out(
        `built ${workspace.root}: ${snapshot.domain.concepts.length} concepts in ${snapshot.domain.modules.length} modules, ` +
          `${learner.source.events} event(s) → memory/learner.json, memory/pedagogy.json, site/index.html` +
          (snapshot.notePages ? `, ${snapshot.notePages} study note(s) → site/notes/` : ''),
      );
      io.out(`dashboard: ${pathToFileURL(workspace.dashboard).href}`);
      for (const warning of snapshot.warnings) io.err(`tutor: warning: ${warning}`);
    });
}
