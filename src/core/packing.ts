// When a workspace's repository is due for packing (issue 17). Every record's commit stores a whole
// new copy of the log (git stores files, not appends) as a loose object; left alone, git's own gc
// packed them only every ~6,700 objects, so .git swung up to 630 MB over a course. Packing as the
// course goes keeps it near its packed size. Pure: the store measures, this decides.

/** Bytes of files committed since the last packing after which the next one is due (as much on disk: loose objects are stored uncompressed, store/git.ts). */
export const PACK_BUDGET_BYTES = 24 * 1024 * 1024;
/** Records after which packing is due whatever their size: each one leaves ~4 loose files (the log, two trees, the commit) of at least a disk block. */
export const PACK_MAX_RECORDS = 100;

export interface PackingInput {
  /** Events in the log now. */
  events: number;
  /** Bytes this record committed: the log, plus the derived files where git tracks them. */
  committedBytes: number;
  /** Events in the log when the last packing started; null when tutor never packed this repository. */
  packedAtEvents: number | null;
}

/**
 * Due when the records since the last packing committed about PACK_BUDGET_BYTES (each record
 * commits whole copies of its files; earlier ones were smaller, so this errs on the early side) or
 * PACK_MAX_RECORDS records. A log that shrank (a reset, another branch) counts from zero.
 */
export function packingDue(input: PackingInput): boolean {
  const since = input.packedAtEvents === null || input.packedAtEvents > input.events ? input.events : input.events - input.packedAtEvents;
  if (since <= 0) return false;
  if (since >= PACK_MAX_RECORDS) return true;
  return since * input.committedBytes >= PACK_BUDGET_BYTES;
}
