// `tutor verify`: the log line by line (core/verify.ts), the head recorded in learner.json, every
// record this clone acknowledged (the journal), and every version of the log git holds (issue 13).
import { createHash } from 'node:crypto';
import type { Domain } from '../core/domain.js';
import { checkAcknowledged } from '../core/history.js';
import { checkRecordedHead, verifyLog, type Finding, type VerifyReport } from '../core/verify.js';
import { readDomain } from '../store/domain-file.js';
import { splitLogLines } from '../store/evidence.js';
import { readRegularFile } from '../store/regular-file.js';
import { journalPaths, readCheckState, readJournal, writeCheckState } from '../store/journal.js';
import type { Workspace } from '../store/workspace.js';
import { checkLogHistory } from './history-check.js';

export interface WorkspaceReport extends VerifyReport {
  /** Commits of the log checked, and how many of their versions had to be read from git; null without git. */
  history: { commits: number; versionsRead: number } | null;
  /** Records this clone acknowledged (the journal); null without git. */
  acknowledged: number | null;
}

function recordedLearnerHead(path: string): string | null {
  try {
    const text = readRegularFile(path);
    if (text === null) return null;
    const head = (JSON.parse(text.toString('utf8')) as { source?: { head?: unknown } }).source?.head;
    return typeof head === 'string' ? head : null;
  } catch {
    return null;
  }
}

/** Every check of the log, as it is in `buffer`; writes nothing. */
export async function checkLog(workspace: Workspace, domain: Domain, buffer: Buffer, now: Date): Promise<WorkspaceReport> {
  const { lines, tornTailBytes, complete } = splitLogLines(buffer);
  const report = verifyLog(domain, lines, now, tornTailBytes);
  const extra: Finding[] = [];
  const learnerHead = recordedLearnerHead(workspace.learner);
  if (learnerHead) {
    const tampered = checkRecordedHead(lines, learnerHead, 'memory/learner.json');
    if (tampered) extra.push(tampered);
    else if (learnerHead !== report.head) {
      extra.push({ line: lines[lines.length - 1]?.line ?? 0, id: null, severity: 'note', message: 'the derived files are from an earlier state of the log (after a merge?): `tutor build` regenerates them' });
    }
  }
  const paths = journalPaths(workspace.root);
  const acknowledged = paths ? readJournal(paths) : null;
  if (acknowledged) extra.push(...checkAcknowledged(acknowledged, lines));
  const history = await checkLogHistory(workspace.root, workspace.evidence, complete);
  if (history) extra.push(...history.findings);
  const findings = [...report.findings, ...extra].sort((a, b) => a.line - b.line);
  return {
    ...report,
    findings,
    ok: !findings.some((f) => f.severity === 'error'),
    history: history ? { commits: history.commits, versionsRead: history.versionsRead } : null,
    acknowledged: acknowledged ? acknowledged.length : null,
  };
}

/** The first error, as one line for a warning or the dashboard; null when the log verifies. */
export function firstProblem(report: VerifyReport): string | null {
  const errors = report.findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return null;
  const first = errors[0] as Finding;
  return `${errors.length} problem(s); first, line ${first.line}${first.id ? ` (${first.id})` : ''}: ${first.message}`;
}

/** Remembers the outcome for the log's current bytes, so that records re-check only a changed log. */
export function rememberCheck(workspace: Workspace, complete: Buffer, problem: string | null): void {
  const paths = journalPaths(workspace.root);
  if (!paths) return;
  try {
    writeCheckState(paths, { bytes: complete.length, digest: createHash('sha256').update(complete).digest('hex'), problem });
  } catch {
    // A cache: without it the next record checks the whole log again.
  }
}

/** The log's problem: the remembered one while its bytes are those last checked, else a fresh check (remembered). */
export async function knownProblem(workspace: Workspace, domain: Domain, complete: Buffer, now: Date): Promise<string | null> {
  const paths = journalPaths(workspace.root);
  if (!paths) return null;
  const state = readCheckState(paths);
  if (state && state.bytes === complete.length && state.digest === createHash('sha256').update(complete).digest('hex')) return state.problem;
  const problem = firstProblem(await checkLog(workspace, domain, complete, now));
  rememberCheck(workspace, complete, problem);
  return problem;
}

export async function verifyWorkspace(workspace: Workspace, now: Date): Promise<WorkspaceReport> {
  const domain = readDomain(workspace);
  const buffer = readRegularFile(workspace.evidence) ?? Buffer.alloc(0);
  const report = await checkLog(workspace, domain, buffer, now);
  rememberCheck(workspace, splitLogLines(buffer).complete, firstProblem(report));
  return report;
}
