import {
  readSnapshot
} from "./chunk-JQRX6DFD.js";
import {
  knownProblem
} from "./chunk-NISTKGZT.js";
import {
  refreshNotesSafely
} from "./chunk-MZXO2JMR.js";
import {
  mapLayoutCacheFile,
  mapLayoutsFor,
  readStudyPages,
  renderDashboard
} from "./chunk-WPBDSHBG.js";
import {
  readDomain
} from "./chunk-23MUI3LO.js";
import {
  writeDerived
} from "./chunk-HGUM67GC.js";
import {
  withLock
} from "./chunk-Y7UM2WCK.js";

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
