import {
  dashboardFragmentsFile,
  readDashboardFragments,
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
import "./chunk-HJJDSMM7.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-SEVYALEV.js";
import {
  writeDashboard
} from "./chunk-HGUM67GC.js";
import "./chunk-RDJOAXJ2.js";
import "./chunk-QSCBW6NB.js";
import "./chunk-MNKKRITI.js";
import "./chunk-M5CY4MCJ.js";
import "./chunk-Y7UM2WCK.js";
import "./chunk-BC46OYR2.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-EEDM6MZ5.js";
import "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";

// src/app/record-pages.ts
async function writeRecordPages(workspace, domain, after, integrityProblem) {
  const warnings = [];
  try {
    const notes = await refreshNotesSafely(workspace, domain, after, { mode: "record" });
    warnings.push(...notes.fresh);
    const mapLayouts = await mapLayoutsFor(mapLayoutCacheFile(workspace), domain);
    const fragmentsFile = dashboardFragmentsFile(workspace);
    const previous = readDashboardFragments(fragmentsFile);
    const page = renderDashboardPage(domain, after, readStudyPages(workspace.site), { integrityProblem, notes: notes.links, mapLayouts, fragments: { previous } });
    writeDashboard(workspace, page.html);
    writeDashboardFragments(fragmentsFile, page.fragments, previous);
  } catch (error) {
    warnings.push(`the record is saved, but the dashboard was not updated (${error.message}); run \`tutor build\``);
  }
  return warnings;
}
export {
  writeRecordPages
};
