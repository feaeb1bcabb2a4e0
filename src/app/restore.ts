// `tutor restore`: puts back every record this clone acknowledged that the log no longer holds
// (a rebase --abort, a checkout, a stash or a reset took it out; issue 13). The lines come back
// byte for byte from the journal, so their ids, hashes and effects are those that were
// acknowledged; they are appended, never inserted, so no accepted line moves.
import { attestationTrailer, missingAcknowledged } from '../core/history.js';
import { parseEventLine } from '../core/events.js';
import { recompute } from '../core/recompute.js';
import { renderDashboard } from '../render/dashboard.js';
import { committedDerivedFiles, recordFiles, writeDerived } from '../store/derived.js';
import { readDomain } from '../store/domain-file.js';
import { appendLine, digestAppended, hashLine, quarantineTornTail, readEvidence } from '../store/evidence.js';
import { commitFiles, findRepository, type CommitResult } from '../store/git.js';
import { journalPaths, readJournal } from '../store/journal.js';
import { withLock } from '../store/lock.js';
import { readStudyPages } from '../store/site-pages.js';
import type { Workspace } from '../store/workspace.js';
import { checkLog, firstProblem, rememberCheck } from './verify.js';
import { refreshNotesSafely } from './notes.js';
import { mapLayoutCacheFile, mapLayoutsFor } from '../store/map-layout-cache.js';

export interface RestoreOutcome {
  /** Ids put back, in the order they were acknowledged. */
  restored: string[];
  /** Where the journal is; null outside a git repository (there is none). */
  journal: string | null;
  commit: CommitResult | null;
  problem: string | null;
}

export async function restoreWorkspace(workspace: Workspace, now: Date): Promise<RestoreOutcome> {
  const domain = readDomain(workspace);
  const paths = journalPaths(workspace.root);
  if (!paths) return { restored: [], journal: null, commit: null, problem: null };
  const done = await withLock(workspace.lock, async () => {
    const log = readEvidence(workspace.evidence);
    const present = log.complete.length > 0 ? log.complete.toString('utf8').split('\n') : [];
    const missing = missingAcknowledged(readJournal(paths), present);
    if (missing.length === 0) return null;
    const text = missing.join('\n');
    const digests = digestAppended(log, Buffer.from(`${text}\n`, 'utf8'));
    quarantineTornTail(workspace.evidence, workspace.torn, log);
    appendLine(workspace.evidence, text);
    const events = [...log.events, ...missing.flatMap((l) => {
      const parsed = parseEventLine(l);
      return parsed.ok ? [parsed.event] : [];
    })];
    const head = hashLine(Buffer.from(missing[missing.length - 1] as string, 'utf8'));
    const derived = recompute(domain, events, now, { head, unreadable: log.unreadable.length });
    const after = readEvidence(workspace.evidence);
    const problem = firstProblem(await checkLog(workspace, domain, after.complete, now));
    rememberCheck(workspace, after.complete, problem);
    // The note pages show the restored standing too (issue 18); their problems were said before.
    const notes = await refreshNotesSafely(workspace, domain, derived, { mode: 'record' });
    writeDerived(workspace, derived, renderDashboard(domain, derived, readStudyPages(workspace.site), { integrityProblem: problem, notes: notes.links, mapLayouts: await mapLayoutsFor(mapLayoutCacheFile(workspace), domain) }));
    const ids = missing.map((l) => {
      const parsed = parseEventLine(l);
      return parsed.ok ? parsed.event.id : '?';
    });
    const message = `tutor: restore ${ids.length} acknowledged record(s)\n\n${ids.map((id) => `Event: ${id}`).join('\n')}\nEvidence-Head: ${head}\n${attestationTrailer({ bytes: digests.bytes, digest: digests.digest })}\n`;
    return { ids, message, problem };
  });
  if (!done) return { restored: [], journal: paths.journal, commit: null, problem: null };
  const commit = await commitFiles(workspace.root, recordFiles(workspace, committedDerivedFiles(workspace, findRepository(workspace.root))), done.message);
  return { restored: done.ids, journal: paths.journal, commit, problem: done.problem };
}
