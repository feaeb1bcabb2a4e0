// Writing the derived files: learner.json, pedagogy.json, site/index.html. Each replaced atomically.
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
 * each of those on one line. The same JSON, about half the bytes of full indentation (most of the
 * file is per-concept history), and `git diff` still shows which concept a record moved.
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

/** The line `tutor init` writes into .gitignore (core/workspace-files.ts GITIGNORE). */
const IGNORED_DASHBOARD = /^\/?site\/index\.html\s*$/m;

/**
 * Whether the dashboard goes into a record's commit (issue 17). Not where the workspace's
 * .gitignore names it (as `tutor init` writes it) and git does not track it: a page of about 300 KB
 * rewritten on every record (its "as of" changes each time), which `tutor build` or the next
 * record regenerates from the log. Where it is tracked (older workspaces, this repository) or not
 * ignored, it is committed as before, so the work tree stays clean. Two small reads, no git process:
 * the index is searched for the path as git stores it (formats 2 and 3; format 4 compresses paths,
 * so there it counts as tracked).
 */
export function dashboardCommitted(workspace: Workspace, repository: { gitDir: string; top: string } | null): boolean {
  if (!repository) return true;
  try {
    if (!IGNORED_DASHBOARD.test(readFileSync(join(workspace.root, '.gitignore'), 'utf8'))) return true;
  } catch {
    return true;
  }
  let index: Buffer;
  try {
    index = readFileSync(join(repository.gitDir, 'index'));
  } catch {
    return false; // no index yet: nothing is tracked
  }
  const version = index.length >= 8 ? index.readUInt32BE(4) : 0;
  if (index.subarray(0, 4).toString('latin1') !== 'DIRC' || (version !== 2 && version !== 3)) return true;
  const path = relative(repository.top, workspace.dashboard).split(sep).join('/');
  return index.includes(Buffer.from(`${path}\0`, 'utf8'));
}

/** The files a record commits: the log, the state derived from it, and the dashboard when it is committed (never the curriculum). */
export function recordFiles(workspace: Workspace, options: { dashboard?: boolean } = {}): string[] {
  const files = [workspace.evidence, workspace.torn, workspace.learner, workspace.pedagogy];
  return options.dashboard === false ? files : [...files, workspace.dashboard];
}
