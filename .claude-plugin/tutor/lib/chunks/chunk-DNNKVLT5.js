import {
  readSnapshot
} from "./chunk-467BEEUP.js";
import {
  knownProblem
} from "./chunk-5ZQS6CE5.js";
import {
  renderDashboard
} from "./chunk-SIMH5LE4.js";
import {
  refreshNotesSafely,
  writeDerived
} from "./chunk-JGSTYRSC.js";
import {
  mapLayoutCacheFile,
  mapLayoutsFor,
  readStudyPages
} from "./chunk-2M4OYI6J.js";
import {
  withLock
} from "./chunk-Y7UM2WCK.js";
import {
  readDomain
} from "./chunk-NRTOAIBK.js";

// src/app/rebuild.ts
async function rebuildWorkspace(workspace, now) {
  readDomain(workspace);
  return withLock(workspace.lock, async () => {
    const snapshot = readSnapshot(workspace, now);
    const integrityProblem = await knownProblem(workspace, snapshot.domain, snapshot.log.complete, now);
    if (integrityProblem) snapshot.warnings.push(`the log does not verify: ${integrityProblem}; run \`tutor verify\``);
    const notes = await refreshNotesSafely(workspace, snapshot.domain, snapshot.derived, { mode: "build" });
    snapshot.warnings.push(...notes.warnings);
    snapshot.notePages = notes.links.length;
    writeDerived(workspace, snapshot.derived, renderDashboard(snapshot.domain, snapshot.derived, readStudyPages(workspace.site), { integrityProblem, notes: notes.links, mapLayouts: await mapLayoutsFor(mapLayoutCacheFile(workspace), snapshot.domain) }));
    return snapshot;
  });
}

export {
  rebuildWorkspace
};
