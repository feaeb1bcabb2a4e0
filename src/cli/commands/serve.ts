// tutor serve: the live dashboard on 127.0.0.1, updating itself on every change.
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { resolveNow, resolveWorkspace, type Io } from '../runtime.js';

export const DEFAULT_PORT = 8765;

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new InputError('--port', value, 'a port number from 0 to 65535 (0: any free port)');
  return Number(value);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('serve the dashboard on 127.0.0.1; open pages update themselves after every change')
    .option('--port <n>', `port (default ${DEFAULT_PORT}, or the next free one)`)
    .option('--host <h>', 'address to listen on (default 127.0.0.1)', '127.0.0.1')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .action(async (flags: { port?: string; host: string; root?: string }) => {
      const port = parsePort(flags.port);
      const workspace = resolveWorkspace(io, flags.root);
      resolveNow(io.env);
      const { startServer } = await import('../../app/serve.js');
      const running = await startServer({
        workspace,
        host: flags.host,
        port: port ?? DEFAULT_PORT,
        portGiven: port !== undefined,
        now: () => resolveNow(io.env),
        say: (line) => io.err(`tutor: ${line}`),
      });
      io.out(`serving the dashboard of ${workspace.root} at ${running.url} (updates itself; Ctrl-C to stop)`);
      if (!LOOPBACK.has(flags.host)) io.err(`tutor: warning: listening on ${flags.host}: other machines on the network can read this dashboard`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running.close().then(() => {
            io.out('stopped');
            resolve();
          });
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
