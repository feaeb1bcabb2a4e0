import {
  checkLog,
  firstProblem,
  rememberCheck
} from "./chunk-5ZQS6CE5.js";
import "./chunk-5TPBR3PT.js";
import {
  renderDashboard
} from "./chunk-SIMH5LE4.js";
import "./chunk-UWPIDJU5.js";
import {
  dashboardCommitted,
  recordFiles,
  refreshNotesSafely,
  writeDerived
} from "./chunk-JGSTYRSC.js";
import {
  mapLayoutCacheFile,
  mapLayoutsFor,
  readStudyPages
} from "./chunk-2M4OYI6J.js";
import {
  attestationTrailer,
  missingAcknowledged
} from "./chunk-CXIG44JH.js";
import {
  journalPaths,
  readJournal
} from "./chunk-6H6V5UE5.js";
import {
  appendLine,
  digestAppended,
  hashLine,
  quarantineTornTail,
  readEvidence
} from "./chunk-3FUCP4JA.js";
import "./chunk-M5CY4MCJ.js";
import "./chunk-RLI5I3HZ.js";
import {
  withLock
} from "./chunk-Y7UM2WCK.js";
import {
  commitFiles,
  findRepository,
  readDomain
} from "./chunk-NRTOAIBK.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-T6WSCDJW.js";
import "./chunk-3MCXJ7SI.js";
import {
  recompute
} from "./chunk-3IFCJDTX.js";
import "./chunk-ICAKGZOQ.js";
import "./chunk-7ZS64KOY.js";
import {
  parseEventLine
} from "./chunk-MNKKRITI.js";
import "./chunk-EEDM6MZ5.js";
import "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";

// src/app/restore.ts
async function restoreWorkspace(workspace, now) {
  const domain = readDomain(workspace);
  const paths = journalPaths(workspace.root);
  if (!paths) return { restored: [], journal: null, commit: null, problem: null };
  const done = await withLock(workspace.lock, async () => {
    const log = readEvidence(workspace.evidence);
    const present = log.complete.length > 0 ? log.complete.toString("utf8").split("\n") : [];
    const missing = missingAcknowledged(readJournal(paths), present);
    if (missing.length === 0) return null;
    const text = missing.join("\n");
    const digests = digestAppended(log, Buffer.from(`${text}
`, "utf8"));
    quarantineTornTail(workspace.evidence, workspace.torn, log);
    appendLine(workspace.evidence, text);
    const events = [...log.events, ...missing.flatMap((l) => {
      const parsed = parseEventLine(l);
      return parsed.ok ? [parsed.event] : [];
    })];
    const head = hashLine(Buffer.from(missing[missing.length - 1], "utf8"));
    const derived = recompute(domain, events, now, { head, unreadable: log.unreadable.length });
    const after = readEvidence(workspace.evidence);
    const problem = firstProblem(await checkLog(workspace, domain, after.complete, now));
    rememberCheck(workspace, after.complete, problem);
    const notes = await refreshNotesSafely(workspace, domain, derived, { mode: "record" });
    writeDerived(workspace, derived, renderDashboard(domain, derived, readStudyPages(workspace.site), { integrityProblem: problem, notes: notes.links, mapLayouts: await mapLayoutsFor(mapLayoutCacheFile(workspace), domain) }));
    const ids = missing.map((l) => {
      const parsed = parseEventLine(l);
      return parsed.ok ? parsed.event.id : "?";
    });
    const message = `tutor: restore ${ids.length} acknowledged record(s)

${ids.map((id) => `Event: ${id}`).join("\n")}
Evidence-Head: ${head}
${attestationTrailer({ bytes: digests.bytes, digest: digests.digest })}
`;
    return { ids, message, problem };
  });
  if (!done) return { restored: [], journal: paths.journal, commit: null, problem: null };
  const commit = await commitFiles(workspace.root, recordFiles(workspace, { dashboard: dashboardCommitted(workspace, findRepository(workspace.root)) }), done.message);
  return { restored: done.ids, journal: paths.journal, commit, problem: done.problem };
}
export {
  restoreWorkspace
};
