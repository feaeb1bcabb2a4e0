// Writing the derived files: learner.json, pedagogy.json, site/index.html. Each replaced atomically.
import type { Derived } from '../core/recompute.js';
import { writeFileAtomic } from './atomic-write.js';
import type { Workspace } from './workspace.js';

export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function writeDerived(workspace: Workspace, derived: Derived, dashboardHtml: string): void {
  writeFileAtomic(workspace.learner, formatJson(derived.learner));
  writeFileAtomic(workspace.pedagogy, formatJson(derived.pedagogy));
  writeFileAtomic(workspace.dashboard, dashboardHtml);
}

/** The files a record commits: the log and everything derived from it (never the curriculum). */
export function recordFiles(workspace: Workspace): string[] {
  return [workspace.evidence, workspace.torn, workspace.learner, workspace.pedagogy, workspace.dashboard];
}
