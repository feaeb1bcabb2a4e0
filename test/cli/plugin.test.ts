// The Claude Code plugin as a learner's machine runs it: the committed .claude-plugin folder (a
// plugin install copies it from git and builds nothing), its `tutor` command, its hooks (silent
// outside a workspace, and where the workspace runs tutor's hooks itself), its MCP server (starts
// anywhere, finds the workspace at each call), and `tutor init --plugin`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { describe, expect, it } from 'vitest';
import { CLI, fingerprint, isolatedEnv, readJson, REPO, runCli } from '../helpers/workspace.js';

const PLUGIN = join(REPO, '.claude-plugin', 'tutor');
const PLUGIN_BIN = join(PLUGIN, 'bin', 'tutor');
const pkg = readJson(join(REPO, 'package.json'));

function scratch() {
  const parent = mkdtempSync(join(tmpdir(), 'tutor-plugin-'));
  const env = { ...isolatedEnv(), TUTOR_NOW: '2026-03-01T10:00:00Z' };
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
  return { parent, env, git };
}

/** A hook run as Claude Code runs the plugin's: through bin/tutor, JSON on stdin. */
function pluginHook(event: 'session-start' | 'stop', cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(PLUGIN_BIN, ['hook', event, '--plugin'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(JSON.stringify({ session_id: 's', cwd, hook_event_name: event === 'stop' ? 'Stop' : 'SessionStart', source: 'startup' }));
  });
}

const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

describe('the committed plugin', () => {
  it('carries the current build, at the package version, under the names the marketplace gives', () => {
    // What a plugin install runs is what is committed: lib/ must be the bundle `npm run build` makes.
    const bundle = join(REPO, 'dist', 'bundle');
    expect(filesUnder(join(PLUGIN, 'lib'))).toEqual(filesUnder(bundle));
    for (const file of filesUnder(bundle)) expect(readFileSync(join(PLUGIN, 'lib', file)).equals(readFileSync(join(bundle, file))), file).toBe(true);
    expect(readFileSync(join(PLUGIN, 'memory', 'domain.json'), 'utf8')).toBe(readFileSync(join(REPO, 'memory', 'domain.json'), 'utf8'));
    const manifest = readJson(join(PLUGIN, '.claude-plugin', 'plugin.json'));
    const marketplace = readJson(join(REPO, '.claude-plugin', 'marketplace.json'));
    expect(manifest).toMatchObject({ name: 'tutor', version: pkg.version });
    expect(marketplace.plugins).toEqual([expect.objectContaining({ name: 'tutor', source: './.claude-plugin/tutor', version: pkg.version })]);
    expect(execFileSync(PLUGIN_BIN, ['--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });

  it("hooks and server run the plugin's own command, in plugin mode", () => {
    const hooks = readJson(join(PLUGIN, 'hooks', 'hooks.json')).hooks;
    expect(hooks.SessionStart[0].hooks[0].command).toBe('"${CLAUDE_PLUGIN_ROOT}/bin/tutor" hook session-start --plugin');
    expect(hooks.Stop[0].hooks[0].command).toBe('"${CLAUDE_PLUGIN_ROOT}/bin/tutor" hook stop --plugin');
    expect(readJson(join(PLUGIN, '.mcp.json')).mcpServers.tutor).toMatchObject({ command: '${CLAUDE_PLUGIN_ROOT}/bin/tutor', args: ['mcp', '--plugin'] });
  });

  it('skills allow only tutor commands and read-only tools', () => {
    for (const skill of ['init', 'status', 'next']) {
      const text = readFileSync(join(PLUGIN, 'skills', skill, 'SKILL.md'), 'utf8');
      const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
      expect(front).toMatch(new RegExp(`^name: ${skill}$`, 'm'));
      expect(front).toMatch(/^description: .{40,}/m);
      const allowed = /^allowed-tools: (.*)$/m.exec(front)?.[1]?.split(', ') ?? [];
      expect(allowed.length).toBeGreaterThan(0);
      for (const tool of allowed) expect(tool, skill).toMatch(/^(Bash\(tutor [a-z ]+:\*\)|Read|mcp__plugin_tutor_tutor__[a-z_]+)$/);
    }
  });

  it('without Node.js on PATH: silent outside a workspace, a brief saying why inside one, exit 0', () => {
    const { parent, env } = scratch();
    const bare = { ...env, PATH: '/nonexistent' };
    const sh = (cwd: string, extra: NodeJS.ProcessEnv = {}) => execFileSync('/bin/sh', [PLUGIN_BIN, 'hook', 'session-start', '--plugin'], { cwd, env: { ...bare, ...extra }, encoding: 'utf8' });
    expect(sh(parent)).toBe('');
    mkdirSync(join(parent, 'ws', 'memory'), { recursive: true });
    writeFileSync(join(parent, 'ws', 'memory', 'domain.json'), '{}');
    const brief = JSON.parse(sh(parent, { CLAUDE_PROJECT_DIR: join(parent, 'ws') }));
    expect(brief.hookSpecificOutput.additionalContext).toContain('Node.js 20.11 or newer');
    let refused = '';
    try {
      execFileSync('/bin/sh', [PLUGIN_BIN, 'status'], { cwd: parent, env: bare, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      refused = String((error as { stderr: string }).stderr);
    }
    expect(refused).toContain('tutor needs Node.js 20.11 or newer on PATH');
  });
});

describe('tutor init --plugin', () => {
  it('writes only permission rules for the plugin, and the workspace records at once', async () => {
    const { parent, env, git } = scratch();
    const made = await runCli(['init', 'rust', '--plugin', '--blank', '--title', 'Learning Rust'], { cwd: parent, env });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('the tutor plugin serves this workspace');
    const root = join(parent, 'rust');
    expect(existsSync(join(root, '.mcp.json'))).toBe(false);
    const settings = readJson(join(root, '.claude', 'settings.json'));
    expect(settings.hooks).toBeUndefined();
    expect(settings.enabledMcpjsonServers).toBeUndefined();
    for (const rule of settings.permissions.allow as string[]) expect(rule).toMatch(/^(Bash\(tutor [a-z ]+:\*\)|mcp__plugin_tutor_tutor__[a-z_]+)$/);
    expect(settings.permissions.allow).toContain('mcp__plugin_tutor_tutor__log_exchange');
    expect(readJson(join(root, '.tutor', 'workspace.json')).wiring).toBe('plugin');
    expect(git(root, 'status', '--porcelain')).toBe('');
    const logged = await runCli(['log', '--concept', 'course_goals', '--quality', '0.5'], { cwd: root, env });
    expect(logged.code, logged.stderr).toBe(0);
  });

  it('moves a standalone workspace to the plugin and back, committing each move, never touching memory/', async () => {
    const { parent, env, git } = scratch();
    await runCli(['init', 'w'], { cwd: parent, env });
    const root = join(parent, 'w');
    await runCli(['log', '--concept', 'tokenization', '--quality', '0.7'], { cwd: root, env });
    const memory = Object.entries(fingerprint(root)).filter(([p]) => p.startsWith('memory/'));

    const toPlugin = await runCli(['init', '--plugin'], { cwd: root, env });
    expect(toPlugin.code, toPlugin.stderr).toBe(0);
    expect(toPlugin.stdout).toMatch(/removed\s+\.mcp\.json/);
    expect(toPlugin.stdout).toMatch(/updated\s+\.claude\/settings\.json/);
    expect(existsSync(join(root, '.mcp.json'))).toBe(false);
    expect(git(root, 'ls-files', '.mcp.json')).toBe('');
    expect(git(root, 'status', '--porcelain')).toBe('');
    // An update keeps the wiring it found.
    expect((await runCli(['init'], { cwd: root, env })).stdout).toContain('nothing to change');

    const back = await runCli(['init', '--standalone'], { cwd: root, env });
    expect(back.stdout).toMatch(/created\s+\.mcp\.json/);
    expect(readJson(join(root, '.claude', 'settings.json')).hooks.SessionStart).toHaveLength(1);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(Object.entries(fingerprint(root)).filter(([p]) => p.startsWith('memory/'))).toEqual(memory);
  });

  it('keeps a .mcp.json the learner edited when moving to the plugin', async () => {
    const { parent, env } = scratch();
    await runCli(['init', 'w'], { cwd: parent, env });
    const root = join(parent, 'w');
    writeFileSync(join(root, '.mcp.json'), '{ "mcpServers": { "mine": { "command": "my-server" } } }\n');
    const moved = await runCli(['init', '--plugin'], { cwd: root, env });
    expect(moved.stdout).toMatch(/kept\s+\.mcp\.json/);
    expect(readFileSync(join(root, '.mcp.json'), 'utf8')).toContain('my-server');
  });

  it("takes a folder Claude Code was opened in first (its settings.local.json), not one with the learner's own settings", async () => {
    const { parent, env } = scratch();
    mkdirSync(join(parent, 'opened', '.claude'), { recursive: true });
    writeFileSync(join(parent, 'opened', '.claude', 'settings.local.json'), '{ "permissions": { "allow": [] } }\n');
    const made = await runCli(['init', '.', '--plugin'], { cwd: join(parent, 'opened'), env });
    expect(made.code, made.stderr).toBe(0);
    expect(readFileSync(join(parent, 'opened', '.claude', 'settings.local.json'), 'utf8')).toContain('"allow": []');
    mkdirSync(join(parent, 'project', '.claude'), { recursive: true });
    writeFileSync(join(parent, 'project', '.claude', 'settings.json'), '{}\n');
    const refused = await runCli(['init', '.', '--plugin'], { cwd: join(parent, 'project'), env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('it holds .claude');
    expect(readFileSync(join(parent, 'project', '.claude', 'settings.json'), 'utf8')).toBe('{}\n');
  });

  it('refuses --plugin with --standalone, changing nothing', async () => {
    const { parent, env } = scratch();
    const refused = await runCli(['init', 'w', '--plugin', '--standalone'], { cwd: parent, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--plugin: refused true; allowed: either --plugin or --standalone, not both');
    expect(existsSync(join(parent, 'w'))).toBe(false);
  });
});

describe("the plugin's hooks", () => {
  it('stay silent outside a workspace and in one that runs its own tutor hooks; serve a plugin workspace', async () => {
    const { parent, env } = scratch();
    const claude = mkdtempSync(join(tmpdir(), 'tutor-claude-'));
    const hookEnv = { ...env, CLAUDE_CONFIG_DIR: claude };
    mkdirSync(join(parent, 'elsewhere'));
    expect(await pluginHook('session-start', join(parent, 'elsewhere'), hookEnv)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await pluginHook('stop', join(parent, 'elsewhere'), hookEnv)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(join(parent, 'elsewhere'))).toEqual([]);

    await runCli(['init', 'standalone'], { cwd: parent, env });
    expect((await pluginHook('session-start', join(parent, 'standalone'), hookEnv)).stdout).toBe('');

    await runCli(['init', 'plugged', '--plugin'], { cwd: parent, env });
    const brief = await pluginHook('session-start', join(parent, 'plugged', 'memory'), hookEnv);
    expect(brief.code).toBe(0);
    expect(JSON.parse(brief.stdout).hookSpecificOutput.additionalContext).toContain('# Tutor memory brief');
  });
});

describe("the plugin's MCP server", () => {
  it('starts outside a workspace, says how to start a course, and serves the course once one is made', async () => {
    const { parent, env } = scratch();
    const folder = join(parent, 'learn');
    mkdirSync(folder);
    const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', '--plugin'], cwd: folder, env: { ...(env as Record<string, string>), CLAUDE_PROJECT_DIR: folder }, stderr: 'pipe' });
    const client = new Client({ name: 'test-client', version: '1.0.0' });
    await client.connect(transport);
    try {
      const before = (await client.callTool({ name: 'status', arguments: {} })) as { isError?: boolean; content: { text: string }[] };
      expect(before.isError).toBe(true);
      expect(before.content[0]!.text).toContain('is not one: start a course here with /tutor:init');
      expect((await runCli(['init', '.', '--plugin', '--blank'], { cwd: folder, env })).code).toBe(0);
      const logged = (await client.callTool({ name: 'log_exchange', arguments: { concept: 'course_goals', quality: 0.6 } })) as { isError?: boolean; content: { text: string }[] };
      expect(logged.isError, logged.content[0]!.text).toBeFalsy();
      expect(readFileSync(join(folder, 'memory', 'evidence.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
    } finally {
      await client.close();
    }
  });
});
