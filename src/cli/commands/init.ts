// tutor init [DIR]: a new workspace (bundled course, course file or blank skeleton), or, in an
// existing workspace, the files tutor owns brought up to this version. Prints what it did.
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { Wiring } from '../../core/workspace-files.js';
import { resolveNow, type Io } from '../runtime.js';

interface InitFlags {
  course?: string;
  blank?: boolean;
  title?: string;
  force?: boolean;
  plugin?: boolean;
  standalone?: boolean;
}

/** What a change line adds for the person reading it. */
const NOTES: Partial<Record<string, string>> = {
  kept: '   (edited since tutor wrote it; left as it is: --force replaces it)',
  untracked: '   (no longer in git: derived from the log, rewritten by every record)',
};

export function registerInit(program: Command, io: Io, version: string): void {
  program
    .command('init')
    .description('make a workspace in DIR (default: here), or update the files tutor owns in an existing one')
    .argument('[dir]', 'the folder: new, empty, or an existing workspace', '.')
    .option('--course <id|file>', 'the course: a bundled id (llm-systems, the default) or a course file')
    .option('--blank', 'a small valid skeleton for a new subject, to build out with the tutor')
    .option('--title <text>', 'the blank course\'s title (default: from the folder name)')
    .option('--force', 'in an update, also replace owned files edited since tutor wrote them')
    .option('--plugin', "Claude Code's tutor plugin serves this workspace (hooks, MCP server): write only the permission rules")
    .option('--standalone', 'the workspace wires its own hooks and MCP server to the installed tutor (the default for a new workspace)')
    .action(async (dir: string, flags: InitFlags) => {
      const { plugin, standalone, ...rest } = flags;
      if (plugin && standalone) throw new InputError('--plugin', true, 'either --plugin or --standalone, not both');
      const wiring: Wiring | undefined = plugin ? 'plugin' : standalone ? 'standalone' : undefined;
      const { initWorkspace } = await import('../../app/init.js');
      const result = await initWorkspace({ dir, ...rest, ...(wiring ? { wiring } : {}), version, now: resolveNow(io.env), cwd: io.cwd });
      io.out(result.created ? `created a workspace for "${result.title ?? 'a new course'}" in ${result.root}` : `updated the workspace in ${result.root} to tutor ${version}`);
      for (const file of result.files) {
        if (file.action === 'unchanged') continue;
        io.out(`  ${file.action.padEnd(9)} ${file.path}${NOTES[file.action] ?? ''}`);
      }
      if (result.untrack && !result.untrack.committed) io.err(`tutor: warning: learner.json, pedagogy.json and the dashboard are still tracked by git: ${result.untrack.reason}`);
      if (!result.created && result.files.every((f) => f.action === 'unchanged')) io.out('  nothing to change: every file tutor owns is current');
      if (result.commit && !result.commit.committed) io.err(`tutor: warning: not committed: ${result.commit.reason}`);
      if (result.created) {
        io.out('');
        const trust = `accept Claude Code's "trust this folder" question once: only then do the workspace's permission rules apply, and no record asks for approval`;
        io.out(result.wiring === 'plugin'
          ? `next: the tutor plugin serves this workspace; start a new Claude Code session in ${result.root} for the brief and the rulebook (${trust})`
          : `next: cd ${result.root} && claude   (${trust})`);
      }
    });
}
