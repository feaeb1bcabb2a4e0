// The one write path (DESIGN.md "The one idea"): validate → append → commit, and while git commits,
// recompute → render.
// The `log` command calls it; so will the MCP tool. Nothing else appends to the log.
import { randomBytes } from 'node:crypto';
import { decideEvent, type LogRequest } from '../core/decide.js';
import type { Domain } from '../core/domain.js';
import { assertNever } from '../core/errors.js';
import { serializeEvent, type TutorEvent } from '../core/events.js';
import { stampAfter, type RecordClock } from '../core/clock.js';
import type { CheckpointSource } from '../core/fold-checkpoint.js';
import { deriveState, extendFold, type Derived } from '../core/recompute.js';
import { committedDerivedFiles, recordFiles, writeStateFiles } from '../store/derived.js';
import { loadDomain } from '../store/curriculum-cache.js';
import { attestationTrailer, type Attestation } from '../core/history.js';
import { foldEvidence, foldWholeLog, readCheckpoint, writeCheckpoint } from '../store/checkpoint.js';
import { appendLine, hashLine, quarantineTornTail } from '../store/evidence.js';
import { appendJournal, journalPaths, readCheckState, writeCheckState, type JournalPaths } from '../store/journal.js';
import { commitFiles, findRepository, type CommitResult } from '../store/git.js';
import { startMaintenance } from '../store/maintenance.js';
import { withLock } from '../store/lock.js';
import { readRegularFile } from '../store/regular-file.js';
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
  /** The first problem of the log's last check (issue 13: `log` warns when the log does not verify); null when it verifies. */
  integrityProblem: string | null;
}

export interface RecordOptions {
  /** "now": TUTOR_NOW or the clock. */
  now: Date;
  /** The machine's own clock, when "now" was fixed by TUTOR_NOW (a stamp may not run ahead of it). */
  machineClock?: Date;
  /** Randomness for the event id; a parameter so tests can fix it. */
  random?: (size: number) => Uint8Array;
  commit?: boolean;
}

function commitMessage(event: TutorEvent, head: string, attestation: Attestation): string {
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
  // What the commit holds, by size and SHA-256: `verify` checks every later version of the log
  // against it (issue 13), so an edit of anything committed here is evident from then on.
  return `${summary}\n\nEvent: ${event.id}\nEvidence-Head: ${head}\n${attestationTrailer(attestation)}\n`;
}

function recordClock(options: RecordOptions): RecordClock {
  const fixed = options.machineClock !== undefined;
  return { nowMs: options.now.getTime(), machineMs: (options.machineClock ?? options.now).getTime(), source: fixed ? 'TUTOR_NOW' : 'clock' };
}

/**
 * The problem the log had when last checked, if its bytes are still those: the usual case, since
 * this clone's last record wrote them. Otherwise (a pull, a git operation, an edit, a first record
 * in this clone) the whole log is checked once, as `tutor verify` does.
 */
async function currentProblem(workspace: Workspace, domain: Domain, complete: Buffer, before: string, paths: JournalPaths | null, now: Date): Promise<string | null | undefined> {
  if (!paths) return null;
  const state = readCheckState(paths);
  if (state && state.bytes === complete.length && state.digest === before) return state.problem;
  // Loaded only here: the history check reads git through simple-git, which a record's usual
  // path never loads (issue 8).
  const { checkLog, firstProblem } = await import('./verify.js');
  try {
    return firstProblem(await checkLog(workspace, domain, complete, now));
  } catch {
    // The check never stands in the way of a record: unknown, so the next record tries again.
    return undefined;
  }
}

export async function recordEvent(workspace: Workspace, request: LogRequest, options: RecordOptions): Promise<RecordOutcome> {
  const course = await loadDomain(workspace);
  const domain = course.domain;
  const random = options.random ?? ((size: number) => randomBytes(size));
  const warnings: string[] = [];
  const paths = journalPaths(workspace.root);
  let commit = null as Promise<CommitResult> | null;

  const locked = await withLock(workspace.lock, async () => {
    // The fold of the log before this record: from the checkpoint when the log still starts with
    // the bytes it folded (store/checkpoint.ts), else from every line. A retraction looks up its
    // target among all events, so it reads them all.
    const buffer = readRegularFile(workspace.evidence) ?? Buffer.alloc(0);
    const log = foldEvidence(domain, buffer, paths ? readCheckpoint(paths.fold) : null, { wantEvents: request.type === 'retract' });
    const folded = log.fold;
    const before = deriveState(domain, folded, options.now, { head: log.head, unreadable: log.unreadable.length });
    const view = { learner: before.learner, events: log.events ?? [], retracted: folded.retracted };
    // After every event in the log, whatever the clock says (core/clock.ts: the ordering rule).
    const stamp = { ...stampAfter(log.source.latest, recordClock(options), random(16)), prev: log.head };
    // Refusals happen here, before any file is touched.
    const event = decideEvent(domain, view, request, stamp);
    const line = serializeEvent(event);
    const appended = Buffer.from(`${line}\n`, 'utf8');
    const digestBefore = log.hash.copy().digest('hex');
    const digest = log.hash.update(appended).digest('hex');
    const bytes = log.completeBytes + appended.length;
    const integrityProblem = await currentProblem(workspace, domain, log.complete, digestBefore, paths, options.now);

    quarantineTornTail(workspace.evidence, workspace.torn, log);
    appendLine(workspace.evidence, line);
    course.keep();
    const head = hashLine(Buffer.from(line, 'utf8'));

    // What the commit holds (issue 17): the log, and only those derived files git tracks here. In
    // a workspace made by `tutor init` that is the log alone, so git starts now and commits while
    // this process writes the journal, the state files and the dashboard; where derived files are
    // tracked (older workspaces), git starts once they are written.
    const repository = paths ? findRepository(workspace.root) : null;
    const derivedInCommit = committedDerivedFiles(workspace, repository);
    const message = commitMessage(event, head, { bytes, digest });
    const startCommit = () => {
      if (options.commit !== false) commit = commitFiles(workspace.root, recordFiles(workspace, derivedInCommit), message);
    };
    if (derivedInCommit.length === 0) startCommit();

    // Acknowledged from here on: the journal keeps a copy outside the work tree, so that no git
    // operation can take the record away unnoticed (issue 13).
    if (paths) {
      try {
        appendJournal(paths, line);
      } catch (error) {
        warnings.push(`the record is saved, but its copy in the journal (${paths.journal}) was not (${(error as Error).message})`);
      }
    }
    if (integrityProblem) warnings.push(`the log does not verify: ${integrityProblem}; run \`tutor verify\``);

    const meta = { head, unreadable: log.unreadable.length };
    let state = folded;
    let source: CheckpointSource;
    if (extendFold(domain, folded, event)) {
      const ms = Date.parse(event.ts);
      source = { ...log.source, bytes, digest, lines: log.source.lines + 1, head, latest: { ms, id: event.id }, maxId: event.id > log.source.maxId ? event.id : log.source.maxId };
    } else {
      // A retraction changes the past: the whole log, this line included, folded again.
      const whole = foldWholeLog(domain, Buffer.concat([log.complete, appended]));
      state = whole.fold;
      source = whole.source;
    }
    const after = deriveState(domain, state, options.now, meta);
    let stateBytes = 0;
    try {
      stateBytes = writeStateFiles(workspace, after);
    } catch (error) {
      // The record is durable; derived files can always be rebuilt from the log.
      warnings.push(`the record is saved, but the derived files were not updated (${(error as Error).message}); run \`tutor build\``);
    }
    // Caches, not fsynced: a lost one only makes the next record check or fold the whole log.
    if (paths) {
      try {
        if (integrityProblem !== undefined) writeCheckState(paths, { bytes, digest, problem: integrityProblem });
        writeCheckpoint(paths.fold, domain, state, source);
      } catch {
        // Only caches.
      }
    }
    // Loaded here, not at start-up: node compiles the renderer while git commits.
    const { writeRecordPages } = await import('./record-pages.js');
    warnings.push(...(await writeRecordPages(workspace, domain, after, integrityProblem ?? null)));
    if (derivedInCommit.length > 0) startCommit();
    if (log.unreadable.length > 0) {
      warnings.push(`${log.unreadable.length} line(s) of the log cannot be read and are ignored (first: line ${log.unreadable[0]?.line}, ${log.unreadable[0]?.reason})`);
    }
    const derivedBytes = derivedInCommit.length > 0 ? stateBytes : 0;
    return { event, before, after, events: after.learner.source.events, integrityProblem: integrityProblem ?? null, quarantinedBytes: log.tornTail?.length ?? 0, committedBytes: bytes + derivedBytes };
  });

  const committed: CommitResult = commit === null ? { committed: false, reason: 'commit disabled' } : await commit;
  // Packing is never on a record's path: at most a detached process is started (issue 17).
  if (committed.committed && paths) startMaintenance(workspace.root, paths, { events: locked.events, committedBytes: locked.committedBytes });
  return { event: locked.event, domain, before: locked.before, after: locked.after, commit: committed, quarantinedBytes: locked.quarantinedBytes, warnings, integrityProblem: locked.integrityProblem };
}
