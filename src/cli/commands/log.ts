// tutor log: records one exchange, exit-test attempt or retraction (DESIGN.md "Commands").
// The options are one table, read both by the commander registration below and by the fast path's
// strict parser (../log-arguments.ts), so the two cannot drift apart.
import type { Command } from 'commander';
import type { LogRequest } from '../../core/decide.js';
import { resolveRecordTime, resolveWorkspace, type Io } from '../runtime.js';

export interface LogFlags extends LogRequest {
  root?: string;
  json?: boolean;
}

/** `--resolved` alone means every open misconception; `--resolved a --resolved b,c` means those. */
export function collectResolved(value: string, previous: true | string[] | undefined): true | string[] {
  if (previous === true) return true;
  const tags = value.split(',').map((t) => t.trim()).filter((t) => t.length > 0);
  return [...(previous ?? []), ...(tags.length > 0 ? tags : [value])];
}

/**
 * How an option takes its value, in commander's terms: `value` is `--name <x>` (always the next
 * argument), `optional` is `--name [x]` (the next argument unless it looks like an option),
 * `boolean` is `--name` (no value).
 */
export type LogOptionKind = 'value' | 'optional' | 'boolean';

export interface LogOption {
  readonly name: keyof LogFlags;
  readonly kind: LogOptionKind;
  /** The value's name in the help text (`<q>` or `[tag]`); none for a boolean. */
  readonly placeholder?: string;
  readonly description: string;
  /** Gathers the values of a repeatable option (commander's custom option processing); others keep their last. */
  readonly collect?: typeof collectResolved;
}

export const LOG_OPTIONS: readonly LogOption[] = [
  { name: 'type', kind: 'value', placeholder: 'type', description: 'exchange (default), exit_test or retract' },
  { name: 'concept', kind: 'value', placeholder: 'id', description: 'exchange: the concept it was about' },
  { name: 'quality', kind: 'value', placeholder: 'q', description: 'exchange: how well this one exchange went, 0..1' },
  { name: 'misconception', kind: 'value', placeholder: 'text', description: 'exchange: a wrong model the learner showed' },
  { name: 'tag', kind: 'value', placeholder: 'tag', description: "exchange: the misconception's key (reuse tags; default: a slug of the text)" },
  { name: 'resolved', kind: 'optional', placeholder: 'tag', description: 'exchange: close every open misconception on the concept, or the one tagged (repeatable)', collect: collectResolved },
  { name: 'note', kind: 'value', placeholder: 'text', description: 'what happened, in one line (required for retract)' },
  { name: 'target', kind: 'value', placeholder: 'id', description: 'exit_test: the exit item; retract: the event id' },
  { name: 'passed', kind: 'boolean', description: 'exit_test: the attempt passed' },
  { name: 'failed', kind: 'boolean', description: 'exit_test: the attempt failed' },
  { name: 'json', kind: 'boolean', description: 'print the result as JSON' },
  { name: 'root', kind: 'value', placeholder: 'dir', description: 'the workspace folder (default: nearest with memory/domain.json)' },
];

/** The option as commander spells it: `--quality <q>`, `--resolved [tag]`, `--json`. */
function commanderFlags(option: LogOption): string {
  if (option.kind === 'value') return `--${option.name} <${option.placeholder}>`;
  if (option.kind === 'optional') return `--${option.name} [${option.placeholder}]`;
  return `--${option.name}`;
}

export function registerLog(program: Command, io: Io): void {
  const command = program.command('log').description('record one exchange, exit-test attempt or retraction');
  for (const option of LOG_OPTIONS) {
    if (option.collect) command.option(commanderFlags(option), option.description, option.collect);
    else command.option(commanderFlags(option), option.description);
  }
  command.action((flags: LogFlags) => runLog(io, flags));
}

/** The log command's work, whichever parser read its arguments (commander or the fast path in main.ts). */
export async function runLog(io: Io, flags: LogFlags): Promise<void> {
  const { root, json, ...request } = flags;
  // Found before the record path is loaded: outside a workspace the refusal costs nothing more.
  const workspace = resolveWorkspace(io, root);
  // Loaded here, not at start-up: `tutor --help` should not pay for the record path, git and the renderer.
  const [{ recordEvent }, { describeRecord }] = await Promise.all([import('../../app/record.js'), import('../../core/summary.js')]);
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
}
