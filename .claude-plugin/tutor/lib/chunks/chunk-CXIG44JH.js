import {
  parseEventLine
} from "./chunk-MNKKRITI.js";

// src/core/history.ts
var TRAILER = /^Evidence-Prefix: (\d+) ([0-9a-f]{64})$/m;
function attestationTrailer(attestation) {
  return `Evidence-Prefix: ${attestation.bytes} ${attestation.digest}`;
}
function parseAttestation(message) {
  const m = TRAILER.exec(message);
  return m ? { bytes: Number(m[1]), digest: m[2] } : null;
}
function idOf(line) {
  if (line === void 0) return null;
  const parsed = parseEventLine(line);
  return parsed.ok ? parsed.event.id : null;
}
function describeEdit(before, after) {
  let a;
  let b;
  try {
    a = JSON.parse(before);
    b = JSON.parse(after);
  } catch {
    return "its bytes changed";
  }
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (keys.length === 0) return "its bytes changed (spacing or key order)";
  const show = (v) => v === void 0 ? "(none)" : JSON.stringify(v).slice(0, 60);
  return keys.map((k) => `${k} ${show(a[k])} \u2192 ${show(b[k])}`).join(", ");
}
function comparePrefix(earlier, later, names) {
  let i = 0;
  while (i < earlier.length && i < later.length && earlier[i] === later[i]) i++;
  if (i === earlier.length) return null;
  const committed = earlier[i];
  const id = idOf(committed);
  const line = i + 1;
  const at = later.findIndex((l, k) => k > i && l === committed);
  const sameId = id !== null ? later.findIndex((l) => idOf(l) === id) : -1;
  let message;
  if (i >= later.length || at < 0 && sameId < 0) {
    message = `line ${line}${id ? ` (${id})` : ""} of the log as of ${names.earlier} is missing from ${names.later}: an accepted record was removed`;
  } else if (at < 0 && sameId >= 0) {
    message = `line ${line}${id ? ` (${id})` : ""} as of ${names.earlier} was changed in ${names.later}: ${describeEdit(committed, later[sameId])}`;
  } else {
    const inserted = idOf(later[i]);
    message = `${names.later} has a line inserted at line ${line}${inserted ? ` (${inserted})` : ""}, before lines already committed in ${names.earlier}: a record was put into the past`;
  }
  return { line: sameId >= 0 ? sameId + 1 : line, id, severity: "error", message };
}
function checkUnion(parents, merged, name) {
  const findings = [];
  const inMerged = new Set(merged);
  const inParents = new Set(parents.flat());
  for (const parent of parents) {
    const missing = parent.findIndex((l) => !inMerged.has(l));
    if (missing >= 0) {
      const id = idOf(parent[missing]);
      findings.push({ line: missing + 1, id, severity: "error", message: `${name} dropped a line its parent had (${id ?? `line ${missing + 1}`}): a merge must keep every record of both sides` });
    }
  }
  const added = merged.findIndex((l) => !inParents.has(l));
  if (added >= 0) {
    const id = idOf(merged[added]);
    findings.push({ line: added + 1, id, severity: "error", message: `${name} added line ${added + 1}${id ? ` (${id})` : ""}, which neither parent had: a record inserted in a merge` });
  }
  return findings;
}
function checkAcknowledged(acknowledged, lines) {
  const byId = /* @__PURE__ */ new Map();
  for (const l of lines) {
    const id = idOf(l.text);
    if (id !== null && !byId.has(id)) byId.set(id, l);
  }
  const findings = [];
  let missing = 0;
  for (const text of acknowledged) {
    const id = idOf(text);
    if (id === null) continue;
    const found = byId.get(id);
    if (!found) {
      missing += 1;
      if (missing <= 20) {
        findings.push({
          line: lines[lines.length - 1]?.line ?? 0,
          id,
          severity: "error",
          message: `the record ${id}, acknowledged by tutor log in this clone, is missing from the log (a git operation took it out?): \`tutor restore\` puts it back`
        });
      }
    } else if (found.text !== text) {
      findings.push({ line: found.line, id, severity: "error", message: `line ${found.line} (${id}) differs from the record tutor log acknowledged: ${describeEdit(text, found.text)}` });
    }
  }
  if (missing > 20) {
    findings.push({ line: lines[lines.length - 1]?.line ?? 0, id: null, severity: "error", message: `${missing - 20} more acknowledged records are missing: \`tutor restore\` puts them back` });
  }
  return findings;
}
function missingAcknowledged(acknowledged, lines) {
  const ids = /* @__PURE__ */ new Set();
  for (const l of lines) {
    const id = idOf(l);
    if (id !== null) ids.add(id);
  }
  const out = [];
  for (const text of acknowledged) {
    const id = idOf(text);
    if (id !== null && !ids.has(id)) {
      ids.add(id);
      out.push(text);
    }
  }
  return out;
}

export {
  attestationTrailer,
  parseAttestation,
  comparePrefix,
  checkUnion,
  checkAcknowledged,
  missingAcknowledged
};
