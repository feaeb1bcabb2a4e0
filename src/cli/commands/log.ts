// tutor log: records one exchange, exit-test attempt or retraction (DESIGN.md "Commands").
import type { Command } from 'commander';
import type { LogRequest } from '../../core/decide.js';
import { resolveRecordTime, resolveWorkspace, type Io } from '../runtime.js';

interface LogFlags extends LogRequest {
  root?: string;
  json?: boolean;
}

/** `--resolved` alone means every open misconception; `--resolved a --resolved b,c` means those. */
function collectResolved(value: string, previous: true | string[] | undefined): true | string[] {
  if (previous === true) return true;
  const tags = value.split(',').map((t) => t.trim()).filter((t) => t.length > 0);
  return [...(previous ?? []), ...(tags.length > 0 ? tags : [value])];
}

export function registerLog(program: Command, io: Io): void {
  program
    .command('log')
    .description('record one exchange, exit-test attempt or retraction')
    .option('--type <type>', 'exchange (default), exit_test or retract')
    .option('--concept <id>', 'exchange: the concept it was about')
    .option('--quality <q>', 'exchange: how well this one exchange went, 0..1')
    .option('--misconception <text>', 'exchange: a wrong model the learner showed')
    .option('--tag <tag>', 'exchange: the misconception\'s key (reuse tags; default: a slug of the text)')
    .option('--resolved [tag]', 'exchange: close every open misconception on the concept, or the one tagged (repeatable)', collectResolved)
    .option('--note <text>', 'what happened, in one line (required for retract)')
    .option('--target <id>', 'exit_test: the exit item; retract: the event id')
    .option('--passed', 'exit_test: the attempt passed')
    .option('--failed', 'exit_test: the attempt failed')
    .option('--json', 'print the result as JSON')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .action(async (flags: LogFlags) => {
      // Loaded here, not at start-up: `tutor --help` should not pay for zod, Handlebars and git.
      const [{ recordEvent }, { describeRecord }] = await Promise.all([import('../../app/record.js'), import('../../core/summary.js')]);
      const { root, json, ...request } = flags;
      const workspace = resolveWorkspace(io, root);
      const outcome = await recordEvent(workspace, request, resolveRecordTime(io.env));
      const line = describeRecord(outcome.event, outcome.before, outcome.after);
      if (json) {
        const concept = outcome.event.type === 'exchange' ? outcome.after.learner.concepts[outcome.event.concept] : undefined;
        io.out(
          JSON.stringify({
            ok: true,
            event: outcome.event,
            summary: line,
            concept: concept ? { id: outcome.event.type === 'exchange' ? outcome.event.concept : null, ...concept, history: undefined } : null,
            exit_summary: outcome.after.learner.exit_summary,
            committed: outcome.commit.committed,
            commit: outcome.commit.committed ? outcome.commit.sha : null,
            not_committed_because: outcome.commit.committed ? null : outcome.commit.reason,
            quarantined_bytes: outcome.quarantinedBytes,
            warnings: outcome.warnings,
          }),
        );
      } else {
        io.out(outcome.commit.committed ? `${line} [${outcome.commit.sha}]` : line);
        if (!outcome.commit.committed) io.err(`tutor: not committed: ${outcome.commit.reason}`);
      }
      if (outcome.quarantinedBytes > 0) {
        io.err(`tutor: a torn last line (${outcome.quarantinedBytes} bytes, an interrupted write) was moved to memory/evidence.torn.jsonl before recording`);
      }
      for (const warning of outcome.warnings) io.err(`tutor: warning: ${warning}`);
    });
}
