// tutor mcp: log, status and context as MCP tools over stdio (stdout is the protocol's).
import type { Command } from 'commander';
import { resolveNow, resolveRecordTime, resolveWorkspace, type Io } from '../runtime.js';

export function registerMcp(program: Command, io: Io, version: string): void {
  program
    .command('mcp')
    .description('serve log, status and context as MCP tools over stdio')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .action(async (flags: { root?: string }) => {
      const workspace = resolveWorkspace(io, flags.root);
      resolveNow(io.env);
      const { serveMcpOverStdio } = await import('../../mcp/server.js');
      await serveMcpOverStdio({ workspace, now: () => resolveNow(io.env), recordTime: () => resolveRecordTime(io.env), version, log: (line) => io.err(line) });
    });
}
