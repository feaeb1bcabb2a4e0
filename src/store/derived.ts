// Writing the derived files: learner.json, pedagogy.json, site/index.html. Each replaced atomically.
// And which of them a record's commit holds (issue 17).
import type { Derived } from '../core/recompute.js';
import { lstatSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { UnsafeFileError } from './regular-file.js';
import type { Workspace } from './workspace.js';

export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function layOut(value: unknown, depth: number, indent: string): string {
  if (depth === 0 || value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${layOut(item ?? null, depth - 1, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layOut(v, depth - 1, inner)}`).join(',\n')}\n${indent}}`;
}

/**
 * learner.json's layout (issue 17): indented down to each concept, module, exit item and day,
 * each of those on one line. The same JSON in fewer bytes than full indentation (each concept's
 * history of up to 20 points is most of it), and `git diff` of a tracked one still shows which
 * concept a record moved.
 */
export function formatLearnerJson(value: unknown): string {
  return `${layOut(value, 2, '')}\n`;
}

/** A folder where a derived file belongs would fail the last write after the first ones: refuse before any. */
function refuseFoldersInTheWay(paths: readonly string[]): void {
  for (const path of paths) {
    try {
      if (lstatSync(path).isDirectory()) throw new UnsafeFileError(path, 'a folder');
    } catch (error) {
      if (error instanceof UnsafeFileError) throw error;
    }
  }
}

export function writeDerived(workspace: Workspace, derived: Derived, dashboardHtml: string): void {
  writeStateFiles(workspace, derived);
  writeFileAtomic(workspace.dashboard, dashboardHtml);
}

/** learner.json and pedagogy.json, returning the bytes written; refuses before writing any when a folder sits where a derived file belongs. */
export function writeStateFiles(workspace: Workspace, derived: Derived): number {
  refuseFoldersInTheWay([workspace.learner, workspace.pedagogy, workspace.dashboard]);
  const learner = Buffer.from(formatLearnerJson(derived.learner), 'utf8');
  const pedagogy = Buffer.from(formatJson(derived.pedagogy), 'utf8');
  writeFileAtomic(workspace.learner, learner);
  writeFileAtomic(workspace.pedagogy, pedagogy);
  return learner.length + pedagogy.length;
}

export function writeDashboard(workspace: Workspace, dashboardHtml: string): void {
  writeFileAtomic(workspace.dashboard, dashboardHtml);
}

/**
 * The paths the workspace's .gitignore names on a line of their own (relative to the workspace,
 * `/`-separated), as `tutor init` writes them. Only that exact form counts: anything subtler (globs,
 * negations, a parent folder's .gitignore) leaves a derived file committed, which is always safe.
 */
function ignoredLines(workspace: Workspace): Set<string> {
  try {
    const lines = readFileSync(join(workspace.root, '.gitignore'), 'utf8').split(/\r?\n/);
    return new Set(lines.map((l) => l.trim().replace(/^\//, '')).filter((l) => l.length > 0 && !l.startsWith('#')));
  } catch {
    return new Set();
  }
}

/**
 * The paths git's index holds among `paths` (relative to the repository's top), read from the index
 * file itself: no git process on a record's path. Formats 2 and 3 store paths whole; for format 4
 * (prefix-compressed) or an index that cannot be read, every path counts as tracked (committing a
 * derived file is always safe, leaving one out of a commit that tracks it is not).
 */
function trackedAmong(gitDir: string, paths: readonly string[]): Set<string> {
  let index: Buffer;
  try {
    index = readFileSync(join(gitDir, 'index'));
  } catch {
    return new Set(); // no index yet: nothing is tracked
  }
  const version = index.length >= 8 ? index.readUInt32BE(4) : 0;
  if (index.subarray(0, 4).toString('latin1') !== 'DIRC' || (version !== 2 && version !== 3)) return new Set(paths);
  return new Set(paths.filter((path) => index.includes(Buffer.from(`${path}\0`, 'utf8'))));
}

interface DerivedFileStatus {
  file: string;
  /** The workspace's .gitignore names it on a line of its own. */
  ignored: boolean;
  /** git's index holds it (checked only for ignored files: the others are committed anyway). */
  tracked: boolean;
}

function derivedFileStatus(workspace: Workspace, repository: { gitDir: string; top: string }): DerivedFileStatus[] {
  const ignored = ignoredLines(workspace);
  const inWorkspace = (file: string) => relative(workspace.root, file).split(sep).join('/');
  const inRepository = (file: string) => relative(repository.top, file).split(sep).join('/');
  const derived = [workspace.learner, workspace.pedagogy, workspace.dashboard];
  const candidates = derived.filter((file) => ignored.has(inWorkspace(file)));
  const tracked = trackedAmong(repository.gitDir, candidates.map(inRepository));
  return derived.map((file) => ({ file, ignored: ignored.has(inWorkspace(file)), tracked: tracked.has(inRepository(file)) }));
}

/**
 * The derived files a record commits beside the log (issue 17): none in a workspace made by
 * `tutor init`, whose .gitignore names them and whose git does not track them. learner.json,
 * pedagogy.json and the dashboard are views of the log, rewritten on every record, regenerated by
 * `tutor build` from any commit; committing them made every record's commit hash and store
 * ~1 MB more at 10,000 events. Where one is tracked (a workspace made by an older version, this
 * repository) or not ignored (a folder that was only `git init`ed), it is committed as before, so
 * that `git status` stays clean. Two small reads, no git process.
 */
export function committedDerivedFiles(workspace: Workspace, repository: { gitDir: string; top: string } | null): string[] {
  if (!repository) return [workspace.learner, workspace.pedagogy, workspace.dashboard];
  return derivedFileStatus(workspace, repository).filter((s) => !s.ignored || s.tracked).map((s) => s.file);
}

/** Derived files git still tracks although the workspace's .gitignore names them: what `tutor init` moves out of git. */
export function trackedIgnoredDerivedFiles(workspace: Workspace, repository: { gitDir: string; top: string } | null): string[] {
  if (!repository) return [];
  return derivedFileStatus(workspace, repository).filter((s) => s.ignored && s.tracked).map((s) => s.file);
}

/** The files a record commits: the log and its quarantine, then the derived files that are committed (never the curriculum). */
export function recordFiles(workspace: Workspace, derived: readonly string[]): string[] {
  return [workspace.evidence, workspace.torn, ...derived];
}
