// tutor demo: replays a realistic four-day trajectory into a scratch workspace and renders it.
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import type { Io } from '../runtime.js';

export function registerDemo(program: Command, io: Io): void {
  program
    .command('demo')
    .description('replay a realistic multi-day tutoring trajectory into a scratch workspace and render its dashboard')
    .option('--out <dir>', 'where to create the demo workspace (a new or empty folder; default: a temp folder)')
    .action(async (flags: { out?: string }) => {
      const [{ runDemo, DEMO_NOW }, { describeStatus }, { readSnapshot }] = await Promise.all([
        import('../../app/demo.js'),
        import('../../core/summary.js'),
        import('../../app/snapshot.js'),
      ]);
      const result = await runDemo({ out: flags.out });
      const snapshot = readSnapshot(result.workspace, new Date(DEMO_NOW));
      io.out(describeStatus(snapshot.domain, snapshot.derived));
      io.out('');
      io.out(`demo workspace: ${result.workspace.root} (${result.events} events recorded through \`tutor log\`'s write path${result.git ? ', one git commit each' : ''})`);
      io.out(`open the dashboard: ${pathToFileURL(result.workspace.dashboard).href}`);
      io.out(`or explore it: npx --no tutor status --root ${result.workspace.root}   (TUTOR_NOW=${DEMO_NOW} shows it as of the demo's last evening)`);
    });
}
