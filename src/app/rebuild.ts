// `build`: validate the curriculum, recompute, rewrite every derived file.
import { renderDashboardPage } from '../render/dashboard.js';
import { dashboardFragmentsFile, writeDashboardFragments } from '../store/dashboard-fragments.js';
import { writeDerived } from '../store/derived.js';
import { loadDomain } from '../store/curriculum-cache.js';
import { withLock } from '../store/lock.js';
import { readStudyPages } from '../store/site-pages.js';
import type { Workspace } from '../store/workspace.js';
import { refreshNotesSafely } from './notes.js';
import { readSnapshot, type Snapshot } from './snapshot.js';
import { knownProblem } from './verify.js';
import { mapLayoutCacheFile, mapLayoutsFor } from '../store/map-layout-cache.js';

/** Validates the curriculum, recomputes and rewrites every derived file (build). */
export async function rebuildWorkspace(workspace: Workspace, now: Date): Promise<Snapshot> {
  // Validate before taking the lock: an invalid curriculum changes nothing, not even derived files.
  // Always in full (build is what a course author runs after an edit); kept for the records after it.
  const course = await loadDomain(workspace, { revalidate: true });
  return withLock(workspace.lock, async () => {
    const snapshot = readSnapshot(workspace, now);
    const integrityProblem = await knownProblem(workspace, snapshot.domain, snapshot.log.complete, now);
    if (integrityProblem) snapshot.warnings.push(`the log does not verify: ${integrityProblem}; run \`tutor verify\``);
    // Notes first: the dashboard links the pages they became (issue 18).
    const notes = await refreshNotesSafely(workspace, snapshot.domain, snapshot.derived, { mode: 'build' });
    snapshot.warnings.push(...notes.warnings);
    snapshot.notePages = notes.links.length;
    // Every concept rendered (build reads no kept HTML); what it made is kept for the next record.
    const none = new Map<string, string>();
    const page = renderDashboardPage(snapshot.domain, snapshot.derived, readStudyPages(workspace.site), { integrityProblem, notes: notes.links, mapLayouts: await mapLayoutsFor(mapLayoutCacheFile(workspace), snapshot.domain), fragments: { previous: none } });
    writeDerived(workspace, snapshot.derived, page.html);
    writeDashboardFragments(dashboardFragmentsFile(workspace), page.fragments, none);
    course.keep();
    return snapshot;
  });
}
