import {
  readDomain
} from "./chunk-Q2GUQWXQ.js";
import {
  readEvidence
} from "./chunk-WIW65SVF.js";
import {
  recompute
} from "./chunk-RDJOAXJ2.js";

// src/app/snapshot.ts
function logWarnings(log) {
  const warnings = [];
  if (log.unreadable.length > 0) {
    const first = log.unreadable[0];
    warnings.push(`${log.unreadable.length} line(s) of the log cannot be read and are ignored (first: line ${first?.line}, ${first?.reason})`);
  }
  if (log.tornTail) warnings.push(`the log ends in a torn line (${log.tornTail.length} bytes); the next \`tutor log\` moves it to memory/evidence.torn.jsonl`);
  return warnings;
}
function readSnapshot(workspace, now) {
  const domain = readDomain(workspace);
  const log = readEvidence(workspace.evidence);
  const derived = recompute(domain, log.events, now, { head: log.head, unreadable: log.unreadable.length });
  return { domain, log, derived, warnings: logWarnings(log) };
}

export {
  readSnapshot
};
