// tutor init [DIR]: a new workspace (bundled course, course file or blank skeleton), or, in an
// existing workspace, the files tutor owns brought up to this version. Prints what it did.
import type { Command } from 'commander';
import { resolveNow, type Io } from '../runtime.js';

interface InitFlags {
  course?: string;
  blank?: boolean;
  title?: string;
  force?: boolean;
}

export function registerInit(program: Command, io: Io, version: string): void {
  program
    .command('init')
    .description('make a workspace in DIR (default: here), or update the files tutor owns in an existing one')
    .argument('[dir]', 'the folder: new, empty, or an existing workspace', '.')
    .option('--course <id|file>', 'the course: a bundled id (llm-systems, the default) or a course file')
    .option('--blank', 'a small valid skeleton for a new subject, to build out with the tutor')
    .option('--title <text>', 'the blank course\'s title (default: from the folder name)')
    .option('--force', 'in an update, also replace owned files edited since tutor wrote them')
    .action(async (dir: string, flags: InitFlags) => {
      const { initWorkspace } = await import('../../app/init.js');
      const result = await initWorkspace({ dir, ...flags, version, now: resolveNow(io.env), cwd: io.cwd });
      io.out(result.created ? `created a workspace for "${result.title ?? 'a new course'}" in ${result.root}` : `updated the workspace in ${result.root} to tutor ${version}`);
      for (const file of result.files) {
        if (file.action === 'unchanged') continue;
        io.out(`  ${file.action.padEnd(8)} ${file.path}${file.action === 'kept' ? '   (edited since tutor wrote it; left as it is: --force replaces it)' : ''}`);
      }
      if (!result.created && result.files.every((f) => f.action === 'unchanged')) io.out('  nothing to change: every file tutor owns is current');
      if (result.commit && !result.commit.committed) io.err(`tutor: warning: not committed: ${result.commit.reason}`);
      if (result.created) {
        io.out('');
        io.out(`next: cd ${result.root} && claude   (accept Claude Code's "trust this folder" question once: only then do the workspace's permission rules apply, and no record asks for approval)`);
      }
    });
}
