// tutor transcript: Claude Code session logs → site/transcript.html, day by day.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { resolveNow, resolveWorkspace, type Io } from '../runtime.js';

export function localTimeZone(env: NodeJS.ProcessEnv): string {
  return env.TZ && env.TZ.length > 0 ? env.TZ : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function registerTranscript(program: Command, io: Io): void {
  program
    .command('transcript')
    .description("render the workspace's Claude Code session logs (or the given ones) as site/transcript.html")
    .argument('[files...]', 'session logs (.jsonl); default: every session of this workspace')
    .option('--out <file>', 'where to write the page (default site/transcript.html)')
    .option('--no-redact', 'keep e-mail addresses and secret-looking strings (redacted by default)')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .action(async (files: string[], flags: { out?: string; redact: boolean; root?: string }) => {
      for (const file of files) {
        if (!existsSync(file)) throw new InputError('FILE', file, 'an existing Claude Code session log (.jsonl)', [], 'no such file');
      }
      const workspace = resolveWorkspace(io, flags.root);
      const { buildTranscript } = await import('../../app/transcript.js');
      const result = await buildTranscript({ workspace, files, out: flags.out, env: io.env, timeZone: localTimeZone(io.env), redact: flags.redact, now: resolveNow(io.env) });
      const days = new Set(result.exchanges.map((x) => (x.learner?.ts ?? x.tutor?.ts ?? '').slice(0, 10))).size;
      const typed = result.exchanges.filter((x) => x.learner).length;
      io.out(`wrote ${result.out}: ${typed} exchange(s) over ${days} day(s) from ${result.sources.length} session log(s)`);
    });
}
