// The log against every version git holds of it (issue 13). Walking the commits that touched the
// log from the newest, each version is checked against the nearest later version whose bytes are
// known (the working copy at first): a record's commit attests its log by size and SHA-256
// (core/history.ts), so the usual check hashes the working copy once and reads no old version at
// all. A version is read from git only where that cannot vouch for it: a merge (checked to be the
// union of its parents), a commit with no attestation (made by hand, or by an older tutor), or one
// whose attestation does not match (a rebase replays commits with their old messages; an edit).
import { createHash, type Hash } from 'node:crypto';
import { comparePrefix, checkUnion, parseAttestation } from '../core/history.js';
import type { Finding } from '../core/verify.js';
import { BlobReader, readBlobSizes, readLogHistory, type LogCommit } from '../store/git-history.js';

interface Version {
  label: string;
  content: Buffer;
  lines?: string[];
  digests?: Map<number, string>;
}

function linesOf(version: Version): string[] {
  if (!version.lines) {
    const end = version.content.lastIndexOf(10);
    version.lines = end < 0 ? [] : version.content.toString('utf8', 0, end).split('\n');
  }
  return version.lines;
}

/** SHA-256 of the version's first `bytes` bytes; attestations fall on line ends, so those are computed, in one pass. */
function digestAt(version: Version, bytes: number): string | undefined {
  if (!version.digests) {
    const digests = new Map<number, string>();
    const hash: Hash = createHash('sha256');
    let start = 0;
    digests.set(0, hash.copy().digest('hex'));
    for (;;) {
      const end = version.content.indexOf(10, start);
      if (end < 0) break;
      hash.update(version.content.subarray(start, end + 1));
      digests.set(end + 1, hash.copy().digest('hex'));
      start = end + 1;
    }
    version.digests = digests;
  }
  return version.digests.get(bytes);
}

function labelOf(commit: LogCommit): string {
  const date = new Date(commit.time * 1000).toISOString().slice(0, 10);
  const subject = commit.subject.length > 50 ? `${commit.subject.slice(0, 49)}…` : commit.subject;
  return `commit ${commit.sha.slice(0, 7)} (${date}, "${subject}")`;
}

export interface HistoryReport {
  commits: number;
  /** Versions read from git (the rest were vouched for by their attestation). */
  versionsRead: number;
  findings: Finding[];
}

/** Checks the working copy's complete lines (`current`) against the log's git history; null outside git. */
export async function checkLogHistory(root: string, evidencePath: string, current: Buffer): Promise<HistoryReport | null> {
  const commits = await readLogHistory(root, evidencePath);
  if (!commits || commits.length === 0) return commits ? { commits: 0, versionsRead: 0, findings: [] } : null;
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const sizes = await readBlobSizes(root, [...new Set(commits.map((c) => c.version).filter((v): v is string => v !== null))]);
  let reader: BlobReader | null = null;
  let versionsRead = 0;
  // No cache: a version read is held only while a commit still needs it as its later version,
  // so memory stays at a few versions however long the history (a merge's parents are read twice).
  const read = (blob: string | null): Promise<Buffer> => {
    if (blob === null) return Promise.resolve(Buffer.alloc(0));
    reader ??= new BlobReader(root);
    versionsRead += 1;
    return reader.read(blob);
  };
  /** Earlier is a prefix of later: bytes compared first, lines split only to say where they part. */
  const check = (own: Version, later: Version) => {
    const n = own.content.length;
    if (later.content.length >= n && later.content.subarray(0, n).equals(own.content)) return;
    const finding = comparePrefix(linesOf(own), linesOf(later), { earlier: own.label, later: later.label });
    if (finding) findings.push(finding);
  };

  const findings: Finding[] = [];
  const targets = new Map<string, Set<Version>>();
  const hasChild = new Set(commits.flatMap((c) => c.parents));
  const working: Version = { label: 'the working copy of memory/evidence.jsonl', content: current };
  for (const c of commits) if (!hasChild.has(c.sha)) targets.set(c.sha, new Set([working]));
  const give = (sha: string, version: Version) => {
    if (!bySha.has(sha)) return;
    const set = targets.get(sha) ?? new Set<Version>();
    set.add(version);
    targets.set(sha, set);
  };

  try {
    for (const commit of commits) {
      const later = [...(targets.get(commit.sha) ?? [])];
      targets.delete(commit.sha); // its later versions are not needed past this commit
      const label = labelOf(commit);
      const attestation = commit.parents.length > 1 ? null : parseAttestation(commit.body);
      const vouched =
        attestation !== null &&
        commit.version !== null &&
        sizes.get(commit.version) === attestation.bytes &&
        later.every((v) => digestAt(v, attestation.bytes) === attestation.digest);
      if (vouched) {
        // Its parents are checked against the same bytes, named after this commit: a difference
        // found further down was committed here or later.
        for (const v of later) {
          const named: Version = { ...v, label };
          for (const p of commit.parents) give(p, named);
        }
        continue;
      }
      const own: Version = { label, content: await read(commit.version) };
      for (const v of later) check(own, v);
      if (commit.parents.length > 1) {
        const parentLines: string[][] = [];
        for (const blob of commit.parentVersions) parentLines.push(linesOf({ label, content: await read(blob) }));
        // A parent the merge equals prints no diff: its lines are the merge's own.
        if (commit.parentVersions.length < commit.parents.length) parentLines.push(linesOf(own));
        findings.push(...checkUnion(parentLines, linesOf(own), `merge ${label}`));
        for (const p of commit.parents) {
          const parent = bySha.get(p);
          if (parent) give(p, { label: labelOf(parent), content: await read(parent.version) });
        }
      } else {
        for (const p of commit.parents) give(p, own);
      }
    }
  } finally {
    (reader as BlobReader | null)?.close();
  }
  const seen = new Set<string>();
  const unique = findings.filter((f) => (seen.has(f.message) ? false : (seen.add(f.message), true)));
  return { commits: commits.length, versionsRead, findings: unique };
}
