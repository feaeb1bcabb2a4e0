// The files `tutor init` owns in a workspace, as pure text: the rulebook, the Claude Code settings
// (hooks and the permission rules for exactly tutor's own commands and MCP tools), the MCP server
// entry, git attributes and ignores, and the workspace manifest that records the tool's version.
// The learner's files (memory/, site/, observations) are never among them.
import type { Domain } from './domain.js';
import { renderAgentsGuide, renderRulebook } from './rulebook.js';

export { SOURCE_REPOSITORY_COMMAND } from './tool-command.js';

/** The npm package that provides the `tutor` command (the name `tutor` is another package's). */
export const TOOL_PACKAGE = 'tutor-harness';
export const MANIFEST_PATH = '.tutor/workspace.json';

/** Subcommands the tutor runs; each gets one permission rule, nothing broader. */
export const TUTOR_COMMANDS = ['log', 'status', 'context', 'build', 'verify', 'restore', 'course check', 'transcript'] as const;
export const MCP_TOOLS = ['log_exchange', 'log_exit_test', 'retract', 'status', 'context'] as const;

/**
 * How Claude Code reaches tutor in a workspace. `standalone`: the workspace's own settings run the
 * hooks and its .mcp.json starts the server (the tool installed on PATH). `plugin`: the tutor
 * plugin provides hooks, server and command; the workspace keeps only its permission rules.
 */
export const WIRINGS = ['standalone', 'plugin'] as const;
export type Wiring = (typeof WIRINGS)[number];

/** The plugin's name and its MCP server's: Claude Code names the server's tools mcp__plugin_<plugin>_<server>__<tool>. */
export const PLUGIN_NAME = 'tutor';
const MCP_TOOL_PREFIX: Record<Wiring, string> = { standalone: 'mcp__tutor__', plugin: `mcp__plugin_${PLUGIN_NAME}_tutor__` };

export interface WorkspaceManifest {
  readonly schema: 1;
  readonly tool: string;
  /** The tool version that last wrote the owned files. */
  readonly version: string;
  /** How the tutor runs the tool: `tutor` (installed on PATH, or the plugin's own). */
  readonly command: string;
  /** Who wires hooks and the MCP server; absent in manifests older than the plugin (standalone). */
  readonly wiring?: Wiring;
  /** sha256 of each owned file as tutor last wrote it: an edit by the learner is kept, not overwritten. */
  readonly files: Readonly<Record<string, string>>;
}

export interface OwnedFile {
  readonly path: string;
  readonly content: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function permissionRules(command: string, wiring: Wiring = 'standalone'): string[] {
  return [...TUTOR_COMMANDS.map((c) => `Bash(${command} ${c}:*)`), ...MCP_TOOLS.map((tool) => `${MCP_TOOL_PREFIX[wiring]}${tool}`)];
}

/** The hooks run only where the tool is installed; where it is not, the session starts with a brief saying so. */
export const MISSING_TOOL_BRIEF = `The tutor tool (${TOOL_PACKAGE}) is not installed on this machine, so nothing can be recorded. Tell the learner to install it (see the README of tutor), then start the session again.`;

function hookCommand(command: string, event: string): string {
  const program = command.split(' ')[0]!;
  const run = `${command} hook ${event}`;
  if (event === 'session-start') return `if command -v ${program} >/dev/null 2>&1; then ${run}; else echo '${MISSING_TOOL_BRIEF}'; fi`;
  return `if command -v ${program} >/dev/null 2>&1; then ${run}; fi`;
}

function claudeSettings(command: string, wiring: Wiring): string {
  // With the plugin, its hooks and server serve every workspace: here only what the tutor may run.
  if (wiring === 'plugin') return json({ permissions: { allow: permissionRules(command, wiring) } });
  const hook = (event: string) => ({ type: 'command', command: hookCommand(command, event), timeout: 15 });
  return json({
    permissions: { allow: permissionRules(command) },
    enabledMcpjsonServers: ['tutor'],
    hooks: {
      SessionStart: [{ matcher: 'startup|resume|clear|compact', hooks: [hook('session-start')] }],
      Stop: [{ hooks: [hook('stop')] }],
    },
  });
}

function mcpConfig(command: string): string {
  const [program, ...rest] = command.split(' ');
  return json({ mcpServers: { tutor: { type: 'stdio', command: program, args: [...rest, 'mcp'] } } });
}

export const GITATTRIBUTES = `# Written by tutor init. The log is append-only: a merge of two clones keeps every line of both.
# -text: its bytes are hashed into the prev chain, so git must never convert its line endings.
# Derived files never block a merge: ours is kept, and the next \`tutor build\` or \`tutor log\`
# regenerates them from the merged log (the tutor-derived driver is set up by \`tutor init\`).
memory/evidence.jsonl merge=union -text
memory/evidence.torn.jsonl merge=union -text
memory/learner.json merge=tutor-derived -text
memory/pedagogy.json merge=tutor-derived -text
site/index.html merge=tutor-derived -text
`;

export const GITIGNORE = `# Written by tutor init: the workspace's lock, atomic-write temp files and hook log.
memory/.tutor.lock*
memory/.*.tmp-*
site/.*.tmp-*
memory/hook.log
# Derived files, regenerated from the log by every record and \`tutor build\`: the learner's state,
# the tutor's next moves, the dashboard, the study pages made from notes/ (with their cache) and
# KaTeX's stylesheet and fonts. A record's commit holds the log; notes/ itself is committed.
memory/learner.json
memory/pedagogy.json
site/index.html
site/notes/
site/assets/
`;

/** Every file tutor owns in a workspace made by `tutor init`, for this course, command and wiring. */
export function ownedFiles(domain: Domain, command: string, wiring: Wiring = 'standalone'): OwnedFile[] {
  return [
    { path: 'CLAUDE.md', content: renderRulebook(domain, { command }) },
    { path: 'AGENTS.md', content: renderAgentsGuide(domain, { command }) },
    { path: '.claude/settings.json', content: claudeSettings(command, wiring) },
    ...(wiring === 'standalone' ? [{ path: '.mcp.json', content: mcpConfig(command) }] : []),
    { path: '.gitattributes', content: GITATTRIBUTES },
    { path: '.gitignore', content: GITIGNORE },
  ];
}

/** Files tutor owned under some wiring: one no longer owned under the current wiring is removed if unedited. */
export const OWNED_PATHS = ['CLAUDE.md', 'AGENTS.md', '.claude/settings.json', '.mcp.json', '.gitattributes', '.gitignore'] as const;

/**
 * Whether a workspace's .claude/settings.json runs tutor's hooks itself (a standalone workspace, or
 * this repository): the plugin's hooks then stay silent there, or every turn would run twice.
 */
export function settingsRunTutorHooks(settings: unknown): boolean {
  const hooks = (settings as { hooks?: unknown } | null)?.hooks;
  if (hooks === null || typeof hooks !== 'object') return false;
  return /\btutor hook (?:session-start|stop)\b/.test(JSON.stringify(hooks));
}

export function renderManifest(manifest: WorkspaceManifest): string {
  return json(manifest);
}

/** A small valid curriculum for a new subject, to be built out with the tutor. */
export function blankCourse(title: string): string {
  return json({
    schema: 1,
    title,
    description: `A new course, to be planned with the tutor: goals and exit test first, then modules, concepts with observable behaviours, and prerequisites (CLAUDE.md, "Building a course").`,
    modules: [{ id: 'm1', name: 'Goals and first steps', summary: 'Replace this module with the course planned with the tutor.' }],
    concepts: [
      {
        id: 'course_goals',
        name: 'What this course is for',
        module: 'm1',
        behaviors: ['States in one sentence what they want to be able to do at the end, and how they would show it', 'Names one thing they already know that the subject builds on'],
        prereqs: [],
      },
    ],
    exit_test: [],
  });
}

/** "learn-rust" → "Learn rust": a readable default title from the folder's name. */
export function titleFromFolder(name: string): string {
  const words = name.replace(/[-_.]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'A new course';
}

const versionParts = (v: string) => v.split(/[.-]/).slice(0, 3).map((n) => Number.parseInt(n, 10) || 0);

/** What to tell the tutor when the installed tool is not the version that wrote the workspace's files. */
export function describeToolVersion(workspace: string, running: string): string | null {
  const [a, b] = [versionParts(workspace), versionParts(running)];
  const order = a.findIndex((n, i) => n !== b[i]);
  if (order === -1) return null;
  if (a[order]! > b[order]!) {
    return `Note: this workspace was set up by ${TOOL_PACKAGE} ${workspace}, but this machine runs ${running}. Tell the learner to install version ${workspace} of the tool here (npm install -g, from that version of its repository) so both devices record the same way.`;
  }
  return `Note: this machine runs ${TOOL_PACKAGE} ${running}; the workspace's rulebook and hooks are from ${workspace}. Suggest the learner run \`tutor init\` here once to update them (it never touches memory/).`;
}
