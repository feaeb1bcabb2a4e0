import {
  readSnapshot
} from "./chunk-6C3MB655.js";
import {
  knownProblem
} from "./chunk-L5KVIK6Y.js";
import {
  dashboardFragmentsFile,
  writeDashboardFragments
} from "./chunk-B644CBLQ.js";
import {
  refreshNotesSafely
} from "./chunk-SALACLTN.js";
import {
  mapLayoutCacheFile,
  mapLayoutsFor,
  readStudyPages,
  renderDashboardPage
} from "./chunk-SB7AH7UK.js";
import {
  loadDomain
} from "./chunk-2NBLM45P.js";
import {
  writeDerived
} from "./chunk-HGUM67GC.js";
import {
  withLock
} from "./chunk-Y7UM2WCK.js";

// src/app/rebuild.ts
async function rebuildWorkspace(workspace, now) {
  const course = await loadDomain(workspace, { revalidate: true });
  return withLock(workspace.lock, async () => {
    const snapshot = readSnapshot(workspace, now);
    const integrityProblem = await knownProblem(workspace, snapshot.domain, snapshot.log.complete, now);
    if (integrityProblem) snapshot.warnings.push(`the log does not verify: ${integrityProblem}; run \`tutor verify\``);
    const notes = await refreshNotesSafely(workspace, snapshot.domain, snapshot.derived, { mode: "build" });
    snapshot.warnings.push(...notes.warnings);
    snapshot.notePages = notes.links.length;
    const none = /* @__PURE__ */ new Map();
    const page = renderDashboardPage(snapshot.domain, snapshot.derived, readStudyPages(workspace.site), { integrityProblem, notes: notes.links, mapLayouts: await mapLayoutsFor(mapLayoutCacheFile(workspace), snapshot.domain), fragments: { previous: none } });
    writeDerived(workspace, snapshot.derived, page.html);
    writeDashboardFragments(dashboardFragmentsFile(workspace), page.fragments, none);
    course.keep();
    return snapshot;
  });
}

export {
  rebuildWorkspace
};
