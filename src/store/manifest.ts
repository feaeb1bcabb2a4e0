// .tutor/workspace.json: which tool version last wrote the workspace's owned files, the command the
// rulebook uses, and what each owned file held then. Absent in the source repository and in
// workspaces made by hand; a damaged one reads as absent (init rewrites it).
import { join } from 'node:path';
import { MANIFEST_PATH, settingsRunTutorHooks, SOURCE_REPOSITORY_COMMAND, WIRINGS, type Wiring, type WorkspaceManifest } from '../core/workspace-files.js';
import { readRegularFile } from './regular-file.js';

export function readManifest(root: string): WorkspaceManifest | null {
  let bytes: Buffer | null;
  try {
    bytes = readRegularFile(join(root, MANIFEST_PATH));
  } catch {
    return null;
  }
  if (!bytes) return null;
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<WorkspaceManifest>;
    if (typeof value.version !== 'string' || typeof value.command !== 'string' || typeof value.files !== 'object' || value.files === null) return null;
    const wiring: Wiring = (WIRINGS as readonly unknown[]).includes(value.wiring) ? (value.wiring as Wiring) : 'standalone';
    return { schema: 1, tool: String(value.tool ?? ''), version: value.version, command: value.command, wiring, files: value.files as Record<string, string> };
  } catch {
    return null;
  }
}

/** How the tutor runs the tool here: the manifest's command, else the source repository's own (SOURCE_REPOSITORY_COMMAND). */
export function toolCommand(root: string): string {
  return readManifest(root)?.command ?? SOURCE_REPOSITORY_COMMAND;
}

/** Whether the workspace's .claude/settings.json runs tutor's hooks itself (unreadable: no). */
export function workspaceRunsOwnHooks(root: string): boolean {
  try {
    const bytes = readRegularFile(join(root, '.claude', 'settings.json'));
    return bytes !== null && settingsRunTutorHooks(JSON.parse(bytes.toString('utf8')));
  } catch {
    return false;
  }
}
