import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  refreshNotesSafely
} from "./chunk-PP24ZQJE.js";
import {
  mapLayoutCacheFile,
  mapLayoutsFor,
  readStudyPages,
  renderDashboard
} from "./chunk-5RTCI3LZ.js";
import {
  writeDerived
} from "./chunk-HGUM67GC.js";
import {
  readSnapshot
} from "./chunk-OHGFWLTE.js";
import {
  knownProblem
} from "./chunk-XENKHWOE.js";
import {
  withLock
} from "./chunk-Y7UM2WCK.js";
import {
  readDomain
} from "./chunk-U4Y53XJM.js";

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
