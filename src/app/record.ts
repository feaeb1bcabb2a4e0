// The one write path (DESIGN.md "The one idea"): validate → append → recompute → render → commit.
// The `log` command calls it; so will the MCP tool. Nothing else appends to the log.
import { randomBytes } from 'node:crypto';
import { decideEvent, type LogRequest } from '../core/decide.js';
import type { Domain } from '../core/domain.js';
import { assertNever } from '../core/errors.js';
import { serializeEvent, type TutorEvent } from '../core/events.js';
import { makeEventId } from '../core/ids.js';
import { deriveState, extendFold, foldLog, recompute, type Derived } from '../core/recompute.js';
import { renderDashboard } from '../render/dashboard.js';
import { writeDerived, recordFiles } from '../store/derived.js';
import { readDomain } from '../store/domain-file.js';
import { appendLine, hashLine, quarantineTornTail, readEvidence } from '../store/evidence.js';
import { commitFiles, type CommitResult } from '../store/git.js';
import { withLock } from '../store/lock.js';
import { readStudyPages } from '../store/site-pages.js';
import type { Workspace } from '../store/workspace.js';

export interface RecordOutcome {
  event: TutorEvent;
  domain: Domain;
  before: Derived;
  after: Derived;
  commit: CommitResult;
  /** Bytes of a torn last line moved to memory/evidence.torn.jsonl before this append. */
  quarantinedBytes: number;
  /** Problems after the record was safely on disk (derived files not rewritten, …). */
  warnings: string[];
}

export interface RecordOptions {
  now: Date;
  /** Randomness for the event id; a parameter so tests can fix it. */
  random?: (size: number) => Uint8Array;
  commit?: boolean;
}

function greatestId(events: readonly TutorEvent[]): string | null {
  let max: string | null = null;
  for (const e of events) if (max === null || e.id > max) max = e.id;
  return max;
}

function commitMessage(event: TutorEvent, head: string): string {
  let summary: string;
  switch (event.type) {
    case 'exchange':
      summary = `tutor: exchange ${event.concept} quality ${event.quality}`;
      break;
    case 'exit_test':
      summary = `tutor: exit test ${event.target} ${event.passed ? 'passed' : 'failed'}`;
      break;
    case 'retract':
      summary = `tutor: retract ${event.target}`;
      break;
    default:
      return assertNever(event, 'event type');
  }
  // The head hash in every commit lets `verify` catch an edit of the log's last line later.
  return `${summary}\n\nEvent: ${event.id}\nEvidence-Head: ${head}\n`;
}

export async function recordEvent(workspace: Workspace, request: LogRequest, options: RecordOptions): Promise<RecordOutcome> {
  const domain = readDomain(workspace);
  const random = options.random ?? ((size: number) => randomBytes(size));
  const warnings: string[] = [];

  const locked = await withLock(workspace.lock, () => {
    const log = readEvidence(workspace.evidence);
    // One pass over the log: the fold gives the state before this record, then takes the record.
    const folded = foldLog(domain, log.events);
    const before = deriveState(domain, folded, options.now, { head: log.head, unreadable: log.unreadable.length });
    const view = { learner: before.learner, events: log.events, retracted: folded.retracted };
    const stamp = {
      id: makeEventId(options.now.getTime(), random(10), greatestId(log.events)),
      ts: options.now.toISOString(),
      prev: log.head,
    };
    // Refusals happen here, before any file is touched.
    const event = decideEvent(domain, view, request, stamp);
    const line = serializeEvent(event);

    quarantineTornTail(workspace.evidence, workspace.torn, log);
    appendLine(workspace.evidence, line);

    const head = hashLine(Buffer.from(line, 'utf8'));
    const meta = { head, unreadable: log.unreadable.length };
    const after = extendFold(domain, folded, event) ? deriveState(domain, folded, options.now, meta) : recompute(domain, [...log.events, event], options.now, meta);
    try {
      writeDerived(workspace, after, renderDashboard(domain, after, readStudyPages(workspace.site)));
    } catch (error) {
      // The record is durable; derived files can always be rebuilt from the log.
      warnings.push(`the record is saved, but the derived files were not updated (${(error as Error).message}); run \`tutor build\``);
    }
    if (log.unreadable.length > 0) {
      warnings.push(`${log.unreadable.length} line(s) of the log cannot be read and are ignored (first: line ${log.unreadable[0]?.line}, ${log.unreadable[0]?.reason})`);
    }
    return { event, before, after, head, quarantinedBytes: log.tornTail?.length ?? 0 };
  });

  const commit: CommitResult =
    options.commit === false
      ? { committed: false, reason: 'commit disabled' }
      : await commitFiles(workspace.root, recordFiles(workspace), commitMessage(locked.event, locked.head));
  return { event: locked.event, domain, before: locked.before, after: locked.after, commit, quarantinedBytes: locked.quarantinedBytes, warnings };
}
