// The tutor's brief, read fresh from the log (for `tutor context`, the SessionStart hook, MCP).
import { describeContext } from '../core/context.js';
import { toolCommand } from '../store/manifest.js';
import type { Workspace } from '../store/workspace.js';
import { readSnapshot } from './snapshot.js';

export function readContext(workspace: Workspace, now: Date): string {
  const snapshot = readSnapshot(workspace, now);
  return describeContext(snapshot.domain, snapshot.derived, snapshot.log.events, now, toolCommand(workspace.root));
}
