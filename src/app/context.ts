// The tutor's brief, read fresh from the log (for `tutor context`, the SessionStart hook, MCP).
import { describeContext } from '../core/context.js';
import { describeToolVersion } from '../core/workspace-files.js';
import { readManifest, toolCommand } from '../store/manifest.js';
import { packageVersion } from '../store/package-root.js';
import type { Workspace } from '../store/workspace.js';
import { readSnapshot } from './snapshot.js';

export function readContext(workspace: Workspace, now: Date): string {
  const snapshot = readSnapshot(workspace, now);
  const brief = describeContext(snapshot.domain, snapshot.derived, snapshot.log.events, now, toolCommand(workspace.root));
  const manifest = readManifest(workspace.root);
  const mismatch = manifest ? describeToolVersion(manifest.version, packageVersion()) : null;
  return mismatch ? `${mismatch}\n\n${brief}` : brief;
}
