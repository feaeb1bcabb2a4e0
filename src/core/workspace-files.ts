// The files `tutor init` owns in a workspace, as pure text: the rulebook, the Claude Code settings
// (hooks and the permission rules for exactly tutor's own commands and MCP tools), the MCP server
// entry, git attributes and ignores, and the workspace manifest that records the tool's version.
// The learner's files (memory/, site/, observations) are never among them.
import type { Domain } from './domain.js';
import { renderAgentsGuide, renderRulebook } from './rulebook.js';

/** The npm package that provides the `tutor` command (the name `tutor` is another package's). */
export const TOOL_PACKAGE = 'tutor-harness';
export const MANIFEST_PATH = '.tutor/workspace.json';

/** Subcommands the tutor runs; each gets one permission rule, nothing broader. */
export const TUTOR_COMMANDS = ['log', 'status', 'context', 'build', 'verify', 'restore', 'course check', 'transcript'] as const;
export const MCP_TOOLS = ['log_exchange', 'log_exit_test', 'retract', 'status', 'context'] as const;

export interface WorkspaceManifest {
  readonly schema: 1;
  readonly tool: string;
  /** The tool version that last wrote the owned files. */
  readonly version: string;
  /** How the tutor runs the tool: `tutor` (installed on PATH). */
  readonly command: string;
  /** sha256 of each owned file as tutor last wrote it: an edit by the learner is kept, not overwritten. */
  readonly files: Readonly<Record<string, string>>;
}

export interface OwnedFile {
  readonly path: string;
  readonly content: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function permissionRules(command: string): string[] {
  return [...TUTOR_COMMANDS.map((c) => `Bash(${command} ${c}:*)`), ...MCP_TOOLS.map((tool) => `mcp__tutor__${tool}`)];
}

/** The hooks run only where the tool is installed; where it is not, the session starts with a brief saying so. */
export const MISSING_TOOL_BRIEF = `The tutor tool (${TOOL_PACKAGE}) is not installed on this machine, so nothing can be recorded. Tell the learner to install it (see the README of tutor), then start the session again.`;

function hookCommand(command: string, event: string): string {
  const program = command.split(' ')[0]!;
  const run = `${command} hook ${event}`;
  if (event === 'session-start') return `if command -v ${program} >/dev/null 2>&1; then ${run}; else echo '${MISSING_TOOL_BRIEF}'; fi`;
  return `if command -v ${program} >/dev/null 2>&1; then ${run}; fi`;
}

function claudeSettings(command: string): string {
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
`;

/** Every file tutor owns in a workspace made by `tutor init`, for this course and this command. */
export function ownedFiles(domain: Domain, command: string): OwnedFile[] {
  return [
    { path: 'CLAUDE.md', content: renderRulebook(domain, { command }) },
    { path: 'AGENTS.md', content: renderAgentsGuide(domain, { command }) },
    { path: '.claude/settings.json', content: claudeSettings(command) },
    { path: '.mcp.json', content: mcpConfig(command) },
    { path: '.gitattributes', content: GITATTRIBUTES },
    { path: '.gitignore', content: GITIGNORE },
  ];
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
