// The log against its git history (issue 13), the pure part: what a record's commit attests, and
// how two versions of the log are compared. A version committed without a merge must be a prefix
// of every later version on its branch; a merge must be the union of its parents. So an edit, a
// removal or an insertion is evident for as long as history holds a version from before it.
import { parseEventLine } from './events.js';
import type { Finding } from './verify.js';

/** A record's commit attests the log it committed: its first `bytes` bytes have SHA-256 `digest`. */
export interface Attestation {
  bytes: number;
  digest: string;
}

const TRAILER = /^Evidence-Prefix: (\d+) ([0-9a-f]{64})$/m;

export function attestationTrailer(attestation: Attestation): string {
  return `Evidence-Prefix: ${attestation.bytes} ${attestation.digest}`;
}

export function parseAttestation(message: string): Attestation | null {
  const m = TRAILER.exec(message);
  return m ? { bytes: Number(m[1]), digest: m[2] as string } : null;
}

/** Where a version of the log came from, for messages. */
export interface VersionName {
  /** "commit 1a2b3c4 (2026-06-18, tutor: exchange …)" or "the working copy". */
  label: string;
}

function idOf(line: string | undefined): string | null {
  if (line === undefined) return null;
  const parsed = parseEventLine(line);
  return parsed.ok ? parsed.event.id : null;
}

/** What changed in one line, field by field (quality 0.1 → 1), for the message. */
function describeEdit(before: string, after: string): string {
  let a: Record<string, unknown>;
  let b: Record<string, unknown>;
  try {
    a = JSON.parse(before) as Record<string, unknown>;
    b = JSON.parse(after) as Record<string, unknown>;
  } catch {
    return 'its bytes changed';
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (keys.length === 0) return 'its bytes changed (spacing or key order)';
  const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v).slice(0, 60));
  return keys.map((k) => `${k} ${show(a[k])} → ${show(b[k])}`).join(', ');
}

/**
 * Checks that `earlier` is a prefix of `later` (both as lines). Null when it is; otherwise the
 * finding, at the first line where they part, with the line number and event of `later`.
 */
export function comparePrefix(earlier: readonly string[], later: readonly string[], names: { earlier: string; later: string }): Finding | null {
  let i = 0;
  while (i < earlier.length && i < later.length && earlier[i] === later[i]) i++;
  if (i === earlier.length) return null;
  const committed = earlier[i] as string;
  const id = idOf(committed);
  const line = i + 1;
  const at = later.findIndex((l, k) => k > i && l === committed);
  const sameId = id !== null ? later.findIndex((l) => idOf(l) === id) : -1;
  let message: string;
  if (i >= later.length || (at < 0 && sameId < 0)) {
    message = `line ${line}${id ? ` (${id})` : ''} of the log as of ${names.earlier} is missing from ${names.later}: an accepted record was removed`;
  } else if (at < 0 && sameId >= 0) {
    message = `line ${line}${id ? ` (${id})` : ''} as of ${names.earlier} was changed in ${names.later}: ${describeEdit(committed, later[sameId] as string)}`;
  } else {
    const inserted = idOf(later[i]);
    message = `${names.later} has a line inserted at line ${line}${inserted ? ` (${inserted})` : ''}, before lines already committed in ${names.earlier}: a record was put into the past`;
  }
  return { line: sameId >= 0 ? sameId + 1 : line, id, severity: 'error', message };
}

/** A merge keeps every line of each parent and adds none: git's union merge of an append-only file. */
export function checkUnion(parents: readonly (readonly string[])[], merged: readonly string[], name: string): Finding[] {
  const findings: Finding[] = [];
  const inMerged = new Set(merged);
  const inParents = new Set(parents.flat());
  for (const parent of parents) {
    const missing = parent.findIndex((l) => !inMerged.has(l));
    if (missing >= 0) {
      const id = idOf(parent[missing]);
      findings.push({ line: missing + 1, id, severity: 'error', message: `${name} dropped a line its parent had (${id ?? `line ${missing + 1}`}): a merge must keep every record of both sides` });
    }
  }
  const added = merged.findIndex((l) => !inParents.has(l));
  if (added >= 0) {
    const id = idOf(merged[added]);
    findings.push({ line: added + 1, id, severity: 'error', message: `${name} added line ${added + 1}${id ? ` (${id})` : ''}, which neither parent had: a record inserted in a merge` });
  }
  return findings;
}

/** An acknowledged record (the journal) against the log: missing or changed. */
export function checkAcknowledged(acknowledged: readonly string[], lines: readonly { line: number; text: string }[]): Finding[] {
  const byId = new Map<string, { line: number; text: string }>();
  for (const l of lines) {
    const id = idOf(l.text);
    if (id !== null && !byId.has(id)) byId.set(id, l);
  }
  const findings: Finding[] = [];
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
          severity: 'error',
          message: `the record ${id}, acknowledged by tutor log in this clone, is missing from the log (a git operation took it out?): \`tutor restore\` puts it back`,
        });
      }
    } else if (found.text !== text) {
      findings.push({ line: found.line, id, severity: 'error', message: `line ${found.line} (${id}) differs from the record tutor log acknowledged: ${describeEdit(text, found.text)}` });
    }
  }
  if (missing > 20) {
    findings.push({ line: lines[lines.length - 1]?.line ?? 0, id: null, severity: 'error', message: `${missing - 20} more acknowledged records are missing: \`tutor restore\` puts them back` });
  }
  return findings;
}

/** Lines of a log version that `tutor restore` would put back: acknowledged, and no line carries their id. */
export function missingAcknowledged(acknowledged: readonly string[], lines: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const l of lines) {
    const id = idOf(l);
    if (id !== null) ids.add(id);
  }
  const out: string[] = [];
  for (const text of acknowledged) {
    const id = idOf(text);
    if (id !== null && !ids.has(id)) {
      ids.add(id);
      out.push(text);
    }
  }
  return out;
}
