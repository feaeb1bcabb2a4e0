import {
  refreshNotesSafely
} from "./chunk-MZXO2JMR.js";
import {
  mapLayoutCacheFile,
  mapLayoutsFor,
  readStudyPages,
  renderDashboard
} from "./chunk-WPBDSHBG.js";
import "./chunk-UWPIDJU5.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-ICAKGZOQ.js";
import {
  writeDashboard,
  writeStateFiles
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

// src/app/record-views.ts
async function writeRecordViews(workspace, domain, after, integrityProblem) {
  const warnings = [];
  let stateBytes = 0;
  try {
    stateBytes = writeStateFiles(workspace, after);
  } catch (error) {
    warnings.push(`the record is saved, but the derived files were not updated (${error.message}); run \`tutor build\``);
    return { stateBytes, warnings };
  }
  try {
    const notes = await refreshNotesSafely(workspace, domain, after, { mode: "record" });
    warnings.push(...notes.fresh);
    const mapLayouts = await mapLayoutsFor(mapLayoutCacheFile(workspace), domain);
    writeDashboard(workspace, renderDashboard(domain, after, readStudyPages(workspace.site), { integrityProblem, notes: notes.links, mapLayouts }));
  } catch (error) {
    warnings.push(`the record is saved, but the dashboard was not updated (${error.message}); run \`tutor build\``);
  }
  return { stateBytes, warnings };
}
export {
  writeRecordViews
};
