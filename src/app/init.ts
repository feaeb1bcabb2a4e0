// `tutor init [DIR]`: makes a workspace anywhere (the bundled course, a course file, or a blank
// skeleton), or, run in an existing workspace, updates the files tutor owns to this version. The
// learner's data (memory/, site/, their own files) is never written by an update.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseDomain, type Domain } from '../core/domain.js';
import { InputError } from '../core/errors.js';
import { NOTES_README } from '../core/notes.js';
import { blankCourse, MANIFEST_PATH, OWNED_PATHS, ownedFiles, renderManifest, titleFromFolder, TOOL_PACKAGE, type Wiring, type WorkspaceManifest } from '../core/workspace-files.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import { commitFiles, findRepository, gitEnvironment, type CommitResult } from '../store/git.js';
import { dashboardCommitted } from '../store/derived.js';
import { readDomain } from '../store/domain-file.js';
import { readManifest } from '../store/manifest.js';
import { readRegularFile } from '../store/regular-file.js';

const readText = (path: string) => readRegularFile(path)?.toString('utf8') ?? '';
import { workspaceAt } from '../store/workspace.js';
import { bundledDomainPath } from './demo.js';
import { rebuildWorkspace } from './rebuild.js';

/** Courses shipped with the tool, by the id `--course` takes. */
export const BUNDLED_COURSES: Readonly<Record<string, () => string>> = { 'llm-systems': bundledDomainPath };

export interface InitOptions {
  readonly dir: string;
  /** A bundled course id or a path to a course file; default the bundled course. */
  readonly course?: string;
  readonly blank?: boolean;
  readonly title?: string;
  /** Replace owned files the learner edited (their edits are otherwise kept). */
  readonly force?: boolean;
  /** Who wires hooks and the MCP server; default: as the workspace was, else standalone. */
  readonly wiring?: Wiring;
  readonly version: string;
  readonly command?: string;
  readonly now: Date;
  readonly cwd: string;
}

export type FileChange = { path: string; action: 'created' | 'updated' | 'unchanged' | 'kept' | 'removed' };

export interface InitResult {
  readonly root: string;
  readonly created: boolean;
  readonly title: string | null;
  readonly wiring: Wiring;
  readonly files: readonly FileChange[];
  readonly commit: CommitResult | null;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The course text and its parsed form, validated before anything is written. */
function resolveCourse(options: InitOptions, root: string): { text: string; domain: Domain } {
  if (options.blank && options.course !== undefined) throw new InputError('--blank', true, 'either --blank or --course, not both');
  let text: string;
  let file: string;
  if (options.blank) {
    text = blankCourse(options.title ?? titleFromFolder(basename(root)));
    file = 'the blank course';
  } else {
    const given = options.course ?? 'llm-systems';
    const bundled = BUNDLED_COURSES[given];
    file = bundled ? bundled() : resolve(options.cwd, given);
    if (!bundled && !existsSync(file)) {
      throw new InputError('--course', given, `a bundled course id (${Object.keys(BUNDLED_COURSES).join(', ')}) or the path of a course file`, Object.keys(BUNDLED_COURSES), 'no such course or file');
    }
    text = readText(file);
    if (options.title !== undefined) throw new InputError('--title', options.title, 'only with --blank (a course file has its own title)');
  }
  return { text, domain: parseDomain(text, file) };
}

/**
 * What an empty folder may already hold: git's folder, the Finder's .DS_Store, and the per-user
 * .claude/settings.local.json Claude Code writes when the learner opened it there first.
 */
function ignorableEntry(root: string, name: string): boolean {
  if (name === '.git' || name === '.DS_Store') return true;
  if (name !== '.claude') return false;
  const inside = join(root, name);
  return statSync(inside).isDirectory() && readdirSync(inside).every((entry) => entry === 'settings.local.json');
}

function refuseForeignFolder(root: string, given: string): void {
  if (!existsSync(root)) return;
  if (!statSync(root).isDirectory()) throw new InputError('DIR', given, 'a new or empty folder, or an existing workspace', [], 'is a file');
  const entries = readdirSync(root).filter((name) => !ignorableEntry(root, name));
  if (entries.length === 0) return;
  const shown = entries.slice(0, 5).join(', ') + (entries.length > 5 ? `, and ${entries.length - 5} more` : '');
  throw new InputError('DIR', given, 'a new or empty folder, or an existing workspace (one with memory/domain.json)', [], `it is not empty and not a workspace: it holds ${shown}`);
}

function git(root: string, args: string[]): void {
  execFileSync('git', args, { cwd: root, env: gitEnvironment(), stdio: ['ignore', 'ignore', 'pipe'], timeout: 10_000 });
}

/** git init (when needed) and the merge driver .gitattributes names; git keeps drivers in .git/config, so each clone needs it. */
function prepareGit(root: string): boolean {
  try {
    if (!existsSync(join(root, '.git'))) git(root, ['init', '-q', '-b', 'main']);
    git(root, ['config', 'merge.tutor-derived.name', 'tutor derived file: keep ours, regenerate with `tutor build`']);
    git(root, ['config', 'merge.tutor-derived.driver', 'true']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes the files tutor owned that the current wiring does not (.mcp.json when a workspace moves
 * to the plugin), each only if it still holds what tutor wrote: an edited one is kept.
 */
function removeDisownedFiles(root: string, owned: ReadonlySet<string>, previous: WorkspaceManifest | null, force: boolean): FileChange[] {
  const changes: FileChange[] = [];
  for (const path of OWNED_PATHS) {
    const full = join(root, path);
    if (owned.has(path) || !existsSync(full)) continue;
    const written = previous?.files[path];
    if (written === undefined) continue;
    if (force || sha256(readRegularFile(full) ?? '') === written) {
      unlinkSync(full);
      changes.push({ path, action: 'removed' });
    } else changes.push({ path, action: 'kept' });
  }
  return changes;
}

/** Writes the owned files that differ; an owned file the learner edited is kept unless forced. */
function syncOwnedFiles(root: string, domain: Domain, command: string, wiring: Wiring, previous: WorkspaceManifest | null, force: boolean): { changes: FileChange[]; digests: Record<string, string> } {
  const changes: FileChange[] = [];
  const digests: Record<string, string> = {};
  const files = ownedFiles(domain, command, wiring);
  for (const file of files) {
    const path = join(root, file.path);
    const wanted = sha256(file.content);
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileAtomic(path, file.content);
      changes.push({ path: file.path, action: 'created' });
      digests[file.path] = wanted;
      continue;
    }
    const current = sha256(readRegularFile(path) ?? '');
    if (current === wanted) {
      changes.push({ path: file.path, action: 'unchanged' });
      digests[file.path] = wanted;
    } else if (force || previous?.files[file.path] === current) {
      writeFileAtomic(path, file.content);
      changes.push({ path: file.path, action: 'updated' });
      digests[file.path] = wanted;
    } else {
      changes.push({ path: file.path, action: 'kept' });
      const known = previous?.files[file.path];
      if (known) digests[file.path] = known;
    }
  }
  changes.push(...removeDisownedFiles(root, new Set(files.map((f) => f.path)), previous, force));
  return { changes, digests };
}

export async function initWorkspace(options: InitOptions): Promise<InitResult> {
  const root = resolve(options.cwd, options.dir);
  const workspace = workspaceAt(root);
  const command = options.command ?? 'tutor';
  const exists = existsSync(workspace.domain);
  let domain: Domain;
  if (exists) {
    if (options.course !== undefined || options.blank || options.title !== undefined) {
      const field = options.course !== undefined ? '--course' : options.blank ? '--blank' : '--title';
      throw new InputError(field, options.course ?? options.title ?? true, 'nothing, in an existing workspace: init there only updates the files tutor owns, never memory/ (start another course in a new folder)', [], `${root} is already a workspace`);
    }
    domain = readDomain(workspace);
  } else {
    refuseForeignFolder(root, options.dir);
    const course = resolveCourse(options, root);
    domain = course.domain;
    mkdirSync(join(root, 'memory'), { recursive: true });
    mkdirSync(workspace.site, { recursive: true });
    writeFileAtomic(workspace.domain, course.text);
    writeFileAtomic(workspace.evidence, '');
  }

  const previous = readManifest(root);
  const wiring = options.wiring ?? previous?.wiring ?? 'standalone';
  const { changes, digests } = syncOwnedFiles(root, domain, command, wiring, previous, options.force === true);
  const manifest: WorkspaceManifest = { schema: 1, tool: TOOL_PACKAGE, version: options.version, command, wiring, files: digests };
  const manifestText = renderManifest(manifest);
  const manifestPath = join(root, MANIFEST_PATH);
  const manifestChanged = !existsSync(manifestPath) || readText(manifestPath) !== manifestText;
  if (manifestChanged) {
    mkdirSync(dirname(manifestPath), { recursive: true });
    writeFileAtomic(manifestPath, manifestText);
  }

  // notes/ (issue 18): made with its README when the workspace has none; an existing one is the learner's.
  const notesReadme = join(root, 'notes', 'README.md');
  const notesCreated = !existsSync(join(root, 'notes'));
  if (notesCreated) {
    mkdirSync(join(root, 'notes'), { recursive: true });
    writeFileAtomic(notesReadme, NOTES_README);
    changes.push({ path: 'notes/README.md', action: 'created' });
  }

  const hasGit = prepareGit(root);
  if (!exists) await rebuildWorkspace(workspace, options.now);
  const written = changes.filter((c) => c.action === 'created' || c.action === 'updated').map((c) => join(root, c.path));
  if (manifestChanged) written.push(manifestPath);
  const files = exists
    ? written
    : [...written, workspace.domain, workspace.evidence, workspace.learner, workspace.pedagogy, ...(dashboardCommitted(workspace, findRepository(root)) ? [workspace.dashboard] : [])];
  const message = exists ? `tutor init: workspace files updated to ${TOOL_PACKAGE} ${options.version}` : `tutor init: ${domain.title ?? 'new course'}`;
  const removed = changes.filter((c) => c.action === 'removed').map((c) => join(root, c.path));
  const commit = hasGit && files.length + removed.length > 0 ? await commitFiles(root, files, message, { deleted: removed }) : null;
  return { root, created: !exists, title: domain.title, wiring, files: changes, commit };
}
