// tutor mcp: log, status and context as MCP tools over stdio (stdout is the protocol's).
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { findWorkspace, type Workspace } from '../../store/workspace.js';
import { resolveNow, resolveRecordTime, resolveWorkspace, type Io } from '../runtime.js';

/**
 * The plugin's server starts in every folder Claude Code opens, before a course may exist there:
 * it finds the workspace at each call, from the project folder Claude Code names.
 */
function pluginWorkspace(io: Io, root: string | undefined): () => Workspace {
  const cwd = io.env.CLAUDE_PROJECT_DIR || io.cwd;
  return () => {
    try {
      return findWorkspace({ root, env: io.env, cwd });
    } catch (error) {
      if (!(error instanceof InputError) || root !== undefined) throw error;
      throw new InputError('workspace', cwd, 'a tutor workspace (a folder with memory/domain.json)', [], `${cwd} is not one: start a course here with /tutor:init, or \`tutor init DIR\` in a new folder`);
    }
  };
}

export function registerMcp(program: Command, io: Io, version: string): void {
  program
    .command('mcp')
    .description('serve log, status and context as MCP tools over stdio')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .option('--plugin', "as the tutor plugin's server: start anywhere, find the workspace at each call")
    .action(async (flags: { root?: string; plugin?: boolean }) => {
      const workspace = flags.plugin ? pluginWorkspace(io, flags.root) : resolveWorkspace(io, flags.root);
      resolveNow(io.env);
      const { serveMcpOverStdio } = await import('../../mcp/server.js');
      await serveMcpOverStdio({ workspace, now: () => resolveNow(io.env), recordTime: () => resolveRecordTime(io.env), version, log: (line) => io.err(line) });
    });
}
