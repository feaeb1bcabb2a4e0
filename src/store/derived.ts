// Writing the derived files: learner.json, pedagogy.json, site/index.html. Each replaced atomically.
import type { Derived } from '../core/recompute.js';
import { lstatSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write.js';
import { UnsafeFileError } from './regular-file.js';
import type { Workspace } from './workspace.js';

export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
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
  refuseFoldersInTheWay([workspace.learner, workspace.pedagogy, workspace.dashboard]);
  writeFileAtomic(workspace.learner, formatJson(derived.learner));
  writeFileAtomic(workspace.pedagogy, formatJson(derived.pedagogy));
  writeFileAtomic(workspace.dashboard, dashboardHtml);
}

/** The files a record commits: the log and everything derived from it (never the curriculum). */
export function recordFiles(workspace: Workspace): string[] {
  return [workspace.evidence, workspace.torn, workspace.learner, workspace.pedagogy, workspace.dashboard];
}
