import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  writeDerived
} from "./chunk-DYR2URRU.js";
import {
  mapLayoutCacheFile,
  mapLayoutsFor,
  readStudyPages,
  renderDashboard
} from "./chunk-NGML5OEC.js";
import {
  knownProblem
} from "./chunk-TK72IMD2.js";
import {
  readSnapshot
} from "./chunk-KKYWVBPM.js";
import {
  withLock
} from "./chunk-Y7UM2WCK.js";
import {
  readDomain
} from "./chunk-5DXD5IMZ.js";

// src/app/rebuild.ts
async function rebuildWorkspace(workspace, now) {
  readDomain(workspace);
  return withLock(workspace.lock, async () => {
    const snapshot = readSnapshot(workspace, now);
    const integrityProblem = await knownProblem(workspace, snapshot.domain, snapshot.log.complete, now);
    if (integrityProblem) snapshot.warnings.push(`the log does not verify: ${integrityProblem}; run \`tutor verify\``);
    writeDerived(workspace, snapshot.derived, renderDashboard(snapshot.domain, snapshot.derived, readStudyPages(workspace.site), { integrityProblem, mapLayouts: await mapLayoutsFor(mapLayoutCacheFile(workspace), snapshot.domain) }));
    return snapshot;
  });
}

export {
  rebuildWorkspace
};
