// `tutor verify`: the log checked line by line, plus the heads recorded in learner.json and in git.
import { existsSync, readFileSync } from 'node:fs';
import { checkRecordedHead, verifyLog, type Finding, type VerifyReport } from '../core/verify.js';
import { readDomain } from '../store/domain-file.js';
import { readEvidenceLines } from '../store/evidence.js';
import { readCommittedHead } from '../store/git-head.js';
import type { Workspace } from '../store/workspace.js';

function recordedLearnerHead(path: string): string | null {
  if (!existsSync(path)) return null;
  try {
    const head = (JSON.parse(readFileSync(path, 'utf8')) as { source?: { head?: unknown } }).source?.head;
    return typeof head === 'string' ? head : null;
  } catch {
    return null;
  }
}

export async function verifyWorkspace(workspace: Workspace, now: Date): Promise<VerifyReport> {
  const domain = readDomain(workspace);
  const { lines, tornTailBytes } = readEvidenceLines(workspace.evidence);
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
  const committed = await readCommittedHead(workspace.root, workspace.evidence);
  if (committed) {
    const tampered = checkRecordedHead(lines, committed.head, `commit ${committed.commit}`);
    if (tampered) extra.push(tampered);
  }
  const findings = [...report.findings, ...extra].sort((a, b) => a.line - b.line);
  return { ...report, findings, ok: !findings.some((f) => f.severity === 'error') };
}
