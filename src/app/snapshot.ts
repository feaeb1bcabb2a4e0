// `build` and `status` read the same way: curriculum + log → derived state.
import type { Domain } from '../core/domain.js';
import { recompute, type Derived } from '../core/recompute.js';
import { readDomain } from '../store/domain-file.js';
import { readEvidence, type EvidenceLog } from '../store/evidence.js';
import type { Workspace } from '../store/workspace.js';

export interface Snapshot {
  domain: Domain;
  log: EvidenceLog;
  derived: Derived;
  warnings: string[];
  /** Study note pages written or kept by the last refresh (issue 18); set by build. */
  notePages?: number;
}

function logWarnings(log: EvidenceLog): string[] {
  const warnings: string[] = [];
  if (log.unreadable.length > 0) {
    const first = log.unreadable[0];
    warnings.push(`${log.unreadable.length} line(s) of the log cannot be read and are ignored (first: line ${first?.line}, ${first?.reason})`);
  }
  if (log.tornTail) warnings.push(`the log ends in a torn line (${log.tornTail.length} bytes); the next \`tutor log\` moves it to memory/evidence.torn.jsonl`);
  return warnings;
}

/** Derives the state without writing anything (status). A torn tail being written is ignored. */
export function readSnapshot(workspace: Workspace, now: Date): Snapshot {
  const domain = readDomain(workspace);
  const log = readEvidence(workspace.evidence);
  const derived = recompute(domain, log.events, now, { head: log.head, unreadable: log.unreadable.length });
  return { domain, log, derived, warnings: logWarnings(log) };
}
