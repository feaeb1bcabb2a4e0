import {
  checkLog,
  firstProblem,
  rememberCheck
} from "./chunk-L5KVIK6Y.js";
import "./chunk-5TPBR3PT.js";
import {
  readDomain
} from "./chunk-Q2GUQWXQ.js";
import "./chunk-5ZPZWM6R.js";
import {
  refreshNotesSafely
} from "./chunk-SALACLTN.js";
import {
  mapLayoutCacheFile,
  mapLayoutsFor,
  readStudyPages,
  renderDashboard
} from "./chunk-SB7AH7UK.js";
import "./chunk-HJJDSMM7.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-SEVYALEV.js";
import {
  attestationTrailer,
  missingAcknowledged
} from "./chunk-CXIG44JH.js";
import {
  appendLine,
  digestAppended,
  hashLine,
  quarantineTornTail,
  readEvidence
} from "./chunk-WIW65SVF.js";
import "./chunk-RLI5I3HZ.js";
import "./chunk-BZF4WVT4.js";
import {
  committedDerivedFiles,
  recordFiles,
  writeDerived
} from "./chunk-HGUM67GC.js";
import {
  recompute
} from "./chunk-RDJOAXJ2.js";
import {
  journalPaths,
  readJournal
} from "./chunk-QSCBW6NB.js";
import {
  parseEventLine
} from "./chunk-MNKKRITI.js";
import "./chunk-M5CY4MCJ.js";
import {
  withLock
} from "./chunk-Y7UM2WCK.js";
import {
  commitFiles,
  findRepository
} from "./chunk-BC46OYR2.js";
import "./chunk-2UK4LS3K.js";
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
  const commit = await commitFiles(workspace.root, recordFiles(workspace, committedDerivedFiles(workspace, findRepository(workspace.root))), done.message);
  return { restored: done.ids, journal: paths.journal, commit, problem: done.problem };
}
export {
  restoreWorkspace
};
