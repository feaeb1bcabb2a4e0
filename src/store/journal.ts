// The journal of acknowledged records (issue 13): a copy of every line `tutor log` acknowledged in
// this clone, kept in the git folder, outside the work tree. A rebase --abort, a checkout, a stash
// or a reset can take a line out of memory/evidence.jsonl; none of them touches .git/tutor/. So
// `tutor verify` can name every acknowledged record the log has lost, and `tutor restore` puts it
// back, byte for byte. Beside it, the state of the last check of the log (its size and digest
// then, and the problem found, if any), so that a record only re-checks the log when it changed.
import { closeSync, existsSync, fsyncSync, mkdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative } from 'node:path';
import { fsyncFolder, writeAll, writeFileAtomic } from './atomic-write.js';
import { findRepository } from './git.js';
import { openRegular, readRegularFile } from './regular-file.js';

export interface JournalPaths {
  journal: string;
  state: string;
  /** The checkpoint of the fold (store/checkpoint.ts): a cache, outside what git tracks. */
  fold: string;
}

/**
 * Where a file of this workspace's goes in .git/tutor/ ("journal.jsonl" → journal-<id>.jsonl for a
 * workspace in a subfolder: a repository may hold several); null outside a git repository.
 */
export function gitSideFiles(root: string, ...names: string[]): string[] | null {
  const repository = findRepository(root);
  if (!repository) return null;
  const where = relative(repository.top, root);
  const suffix = where === '' ? '' : `-${createHash('sha256').update(where).digest('hex').slice(0, 12)}`;
  const dir = join(repository.gitDir, 'tutor');
  return names.map((name) => join(dir, name.replace(/(\.[a-z]+)$/, `${suffix}$1`)));
}

/** Where this workspace's journal lives; null outside a git repository (no git operation can drop a line there). */
export function journalPaths(root: string): JournalPaths | null {
  const files = gitSideFiles(root, 'journal.jsonl', 'checked.json', 'fold.json');
  return files ? { journal: files[0] as string, state: files[1] as string, fold: files[2] as string } : null;
}

/** Appends one acknowledged line, durably (after the log's own append: the log is the truth). */
export function appendJournal(paths: JournalPaths, line: string): void {
  const dir = dirname(paths.journal);
  const created = !existsSync(paths.journal);
  mkdirSync(dir, { recursive: true });
  const fd = openRegular(paths.journal, 'append') as number;
  try {
    writeAll(fd, Buffer.from(`${line}\n`, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) fsyncFolder(dir);
}

/** The acknowledged lines, oldest first; a torn last line (a crash mid-append) is left out. */
export function readJournal(paths: JournalPaths): string[] {
  const text = readRegularFile(paths.journal)?.toString('utf8') ?? '';
  const end = text.lastIndexOf('\n');
  return end < 0 ? [] : text.slice(0, end).split('\n').filter((l) => l.length > 0);
}

/** The log as it was when last checked: its first `bytes` bytes had `digest`; `problem` is what failed. */
export interface CheckState {
  bytes: number;
  digest: string;
  problem: string | null;
}

export function readCheckState(paths: JournalPaths): CheckState | null {
  try {
    const raw = JSON.parse(readFileSync(paths.state, 'utf8')) as Partial<CheckState>;
    if (typeof raw.bytes !== 'number' || typeof raw.digest !== 'string') return null;
    return { bytes: raw.bytes, digest: raw.digest, problem: typeof raw.problem === 'string' ? raw.problem : null };
  } catch {
    // Missing or unreadable: the next record checks the whole log again.
    return null;
  }
}

/** Not fsynced (issue 17): a cache of the last check, compared by digest; a lost or stale one only means the next record checks the log again. */
export function writeCheckState(paths: JournalPaths, state: CheckState): void {
  writeFileAtomic(paths.state, `${JSON.stringify(state)}\n`, { durable: false });
}
