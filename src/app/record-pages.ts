// The pages a record rewrites after its line is safely appended (issue 17): the study notes' pages
// and the dashboard. The renderer (Handlebars' runtime, the charts, the notes) is the largest part of
// a record's work, so it is never loaded before the append: `recordEvent` imports this file once git
// is committing the log, and node compiles it while git works on the other core.
import type { Domain } from '../core/domain.js';
import type { Derived } from '../core/recompute.js';
import { renderDashboardPage } from '../render/dashboard.js';
import { dashboardFragmentsFile, readDashboardFragments, writeDashboardFragments } from '../store/dashboard-fragments.js';
import { writeDashboard } from '../store/derived.js';
import { mapLayoutCacheFile, mapLayoutsFor } from '../store/map-layout-cache.js';
import { readStudyPages } from '../store/site-pages.js';
import type { Workspace } from '../store/workspace.js';
import { refreshNotesSafely } from './notes.js';

/**
 * Rewrites the pages a record changes, from `after`: the study notes' pages (only a changed note is
 * rendered; every page gets the new standing, issue 18) and the dashboard. Never throws: the record
 * is durable before this runs, and every page can be rebuilt from the log (`tutor build`). Returns
 * what the learner should hear.
 */
export async function writeRecordPages(workspace: Workspace, domain: Domain, after: Derived, integrityProblem: string | null): Promise<string[]> {
  const warnings: string[] = [];
  try {
    const notes = await refreshNotesSafely(workspace, domain, after, { mode: 'record' });
    warnings.push(...notes.fresh);
    const mapLayouts = await mapLayoutsFor(mapLayoutCacheFile(workspace), domain);
    // Each concept's HTML is kept between records: only the concepts whose view changed are rendered.
    const fragmentsFile = dashboardFragmentsFile(workspace);
    const previous = readDashboardFragments(fragmentsFile);
    const page = renderDashboardPage(domain, after, readStudyPages(workspace.site), { integrityProblem, notes: notes.links, mapLayouts, fragments: { previous } });
    writeDashboard(workspace, page.html);
    writeDashboardFragments(fragmentsFile, page.fragments, previous);
  } catch (error) {
    warnings.push(`the record is saved, but the dashboard was not updated (${(error as Error).message}); run \`tutor build\``);
  }
  return warnings;
}
