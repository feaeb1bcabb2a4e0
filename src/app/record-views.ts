// What a record rewrites after its line is safely appended (issue 17): learner.json, pedagogy.json,
// the study notes' pages and the dashboard. Loaded by `recordEvent` only once git is committing the
// log, so node reads and compiles the renderer (Handlebars' runtime, the charts, the notes) while
// git works on the other core, instead of before the append.
import type { Domain } from '../core/domain.js';
import type { Derived } from '../core/recompute.js';
import { renderDashboard } from '../render/dashboard.js';
import { writeDashboard, writeStateFiles } from '../store/derived.js';
import { mapLayoutCacheFile, mapLayoutsFor } from '../store/map-layout-cache.js';
import { readStudyPages } from '../store/site-pages.js';
import type { Workspace } from '../store/workspace.js';
import { refreshNotesSafely } from './notes.js';

export interface ViewsOutcome {
  /** Bytes of learner.json and pedagogy.json as written; 0 when they were not. */
  stateBytes: number;
  /** What the learner should hear: the record itself is saved whatever happens here. */
  warnings: string[];
}

/**
 * Rewrites the derived files from `after`. Never throws: the record is durable before this runs,
 * and every derived file can be rebuilt from the log (`tutor build`).
 */
export async function writeRecordViews(workspace: Workspace, domain: Domain, after: Derived, integrityProblem: string | null): Promise<ViewsOutcome> {
  const warnings: string[] = [];
  let stateBytes = 0;
  try {
    stateBytes = writeStateFiles(workspace, after);
  } catch (error) {
    warnings.push(`the record is saved, but the derived files were not updated (${(error as Error).message}); run \`tutor build\``);
    return { stateBytes, warnings };
  }
  try {
    // Study notes (issue 18): only a changed note is rendered; every page gets the new standing.
    const notes = await refreshNotesSafely(workspace, domain, after, { mode: 'record' });
    warnings.push(...notes.fresh);
    const mapLayouts = await mapLayoutsFor(mapLayoutCacheFile(workspace), domain);
    writeDashboard(workspace, renderDashboard(domain, after, readStudyPages(workspace.site), { integrityProblem, notes: notes.links, mapLayouts }));
  } catch (error) {
    warnings.push(`the record is saved, but the dashboard was not updated (${(error as Error).message}); run \`tutor build\``);
  }
  return { stateBytes, warnings };
}
