// tutor init, as a new learner uses it: real folders, real git, the built CLI. Each mode makes a
// workspace that records at once; an update rewrites only the files tutor owns; a second clone on
// "another device" records and merges like the first.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, isolatedEnv, readJson, REPO, runCli } from '../helpers/workspace.js';
import { tinyDomainJson } from '../helpers/domain.js';

function scratch() {
  const parent = mkdtempSync(join(tmpdir(), 'tutor-init-'));
  const env: NodeJS.ProcessEnv = { ...isolatedEnv(), TUTOR_NOW: '2026-03-01T10:00:00Z' };
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
  return { parent, env, git };
}

const memoryOf = (root: string) => Object.fromEntries(Object.entries(fingerprint(root)).filter(([path]) => path.startsWith('memory/')));

describe('tutor init', () => {
  it('--blank makes a committed workspace for a new subject whose rulebook speaks of that subject only', async () => {
    const { parent, env, git } = scratch();
    const made = await runCli(['init', 'learn-rust', '--blank'], { cwd: parent, env });
    expect(made.code, made.stderr).toBe(0);
    const root = join(parent, 'learn-rust');
    expect(made.stdout).toContain('created a workspace for "Learn rust"');
    const domain = readJson(join(root, 'memory', 'domain.json'));
    expect(domain.title).toBe('Learn rust');
    expect(readFileSync(join(root, 'memory', 'evidence.jsonl'), 'utf8')).toBe('');
    const rulebook = readFileSync(join(root, 'CLAUDE.md'), 'utf8');
    expect(rulebook).toContain('**Learn rust**');
    expect(rulebook).toMatch(/Building a course with the learner/);
    expect(rulebook).not.toMatch(/LLM|language model|token|npx/i);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(git(root, 'log', '--format=%s')).toContain('tutor init: Learn rust');
    expect(git(root, 'config', 'merge.tutor-derived.driver').trim()).toBe('true');

    const logged = await runCli(['log', '--concept', 'course_goals', '--quality', '0.6', '--note', 'wants to write a CLI'], { cwd: root, env });
    expect(logged.code, logged.stderr).toBe(0);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(root, 'memory', 'evidence.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('settings allow exactly tutor\'s own commands and MCP tools, and register the hooks and the server', async () => {
    const { parent, env } = scratch();
    await runCli(['init', 'w'], { cwd: parent, env });
    const settings = readJson(join(parent, 'w', '.claude', 'settings.json'));
    for (const rule of settings.permissions.allow as string[]) expect(rule).toMatch(/^(Bash\(tutor [a-z ]+:\*\)|mcp__tutor__[a-z_]+)$/);
    expect(settings.permissions.allow).toContain('Bash(tutor log:*)');
    expect(settings.permissions.allow).toContain('mcp__tutor__log_exchange');
    const stop = settings.hooks.Stop[0].hooks[0].command;
    const start = settings.hooks.SessionStart[0].hooks[0].command;
    expect(stop).toContain('tutor hook stop');
    expect(start).toContain('tutor hook session-start');
    // Run as Claude Code runs them (sh -c), on a PATH without tutor: the brief says what is missing, exit 0.
    const bare = { ...env, PATH: '/usr/bin:/bin' };
    expect(execFileSync('sh', ['-c', start], { cwd: join(parent, 'w'), env: bare, encoding: 'utf8' })).toContain('not installed on this machine');
    expect(execFileSync('sh', ['-c', stop], { cwd: join(parent, 'w'), env: bare, encoding: 'utf8' })).toBe('');
    expect(readJson(join(parent, 'w', '.mcp.json')).mcpServers.tutor).toEqual({ type: 'stdio', command: 'tutor', args: ['mcp'] });
    expect(readFileSync(join(parent, 'w', '.gitattributes'), 'utf8')).toContain('memory/evidence.jsonl merge=union -text');
  });

  it('the bundled course by default and a course file with --course, each with its own title and exit test', async () => {
    const { parent, env } = scratch();
    expect((await runCli(['init', 'llm'], { cwd: parent, env })).code).toBe(0);
    expect(readFileSync(join(parent, 'llm', 'CLAUDE.md'), 'utf8')).toContain('How LLMs work');
    const course = join(parent, 'course.json');
    writeFileSync(course, tinyDomainJson());
    const made = await runCli(['init', 'mine', '--course', course], { cwd: parent, env });
    expect(made.code, made.stderr).toBe(0);
    expect(readFileSync(join(parent, 'mine', 'memory', 'domain.json'), 'utf8')).toBe(tinyDomainJson());
    const rulebook = readFileSync(join(parent, 'mine', 'CLAUDE.md'), 'utf8');
    for (const item of readJson(course).exit_test) expect(rulebook).toContain(`\`${item.id}\``);
  });

  it('refuses a folder that is not empty and not a workspace, saying what is there, and writes nothing', async () => {
    const { parent, env } = scratch();
    const dir = join(parent, 'notes');
    mkdirSync(dir);
    writeFileSync(join(dir, 'todo.txt'), 'mine');
    const before = fingerprint(dir);
    const refused = await runCli(['init', 'notes'], { cwd: parent, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('todo.txt');
    expect(refused.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(fingerprint(dir)).toEqual(before);
    const unknown = await runCli(['init', 'x', '--course', 'llm-sytems'], { cwd: parent, env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('nearest: llm-systems');
    expect(existsSync(join(parent, 'x'))).toBe(false);

    // A broken course file and contradictory flags: refused by field, nothing created.
    writeFileSync(join(parent, 'broken.json'), '{"modules": []}');
    const broken = await runCli(['init', 'y', '--course', 'broken.json'], { cwd: parent, env });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.json');
    const both = await runCli(['init', 'z', '--blank', '--course', 'llm-systems'], { cwd: parent, env });
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--blank');
    const title = await runCli(['init', 'v', '--title', 'Mine'], { cwd: parent, env });
    expect(title.code).toBe(1);
    expect(title.stderr).toContain('--title');
    for (const dir of ['y', 'z', 'v']) expect(existsSync(join(parent, dir))).toBe(false);
  });

  it('re-run in a workspace, it updates owned files, keeps the learner\'s edits, and leaves memory/ byte-identical', async () => {
    const { parent, env, git } = scratch();
    const root = join(parent, 'w');
    await runCli(['init', 'w', '--blank'], { cwd: parent, env });
    await runCli(['log', '--concept', 'course_goals', '--quality', '0.5'], { cwd: root, env });
    // An older tool wrote this file (the manifest says so), and the learner edited AGENTS.md.
    const manifest = readJson(join(root, '.tutor', 'workspace.json'));
    writeFileSync(join(root, '.gitignore'), 'old\n');
    manifest.files['.gitignore'] = createHash('sha256').update('old\n').digest('hex');
    writeFileSync(join(root, '.tutor', 'workspace.json'), JSON.stringify(manifest));
    writeFileSync(join(root, 'AGENTS.md'), 'my own notes\n');
    git(root, 'commit', '-qam', 'older tool files');
    const memory = memoryOf(root);

    const updated = await runCli(['init'], { cwd: root, env });
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout).toMatch(/updated\s+\.gitignore/);
    expect(updated.stdout).toMatch(/kept\s+AGENTS\.md/);
    expect(readFileSync(join(root, 'AGENTS.md'), 'utf8')).toBe('my own notes\n');
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toContain('memory/.tutor.lock');
    expect(memoryOf(root)).toEqual(memory);
    expect(git(root, 'status', '--porcelain')).toBe('');

    const again = await runCli(['init', root], { cwd: parent, env });
    expect(again.stdout).toContain('kept');
    const forced = await runCli(['init', '--force'], { cwd: root, env });
    expect(forced.stdout).toMatch(/updated\s+AGENTS\.md/);
    expect(memoryOf(root)).toEqual(memory);

    const refused = await runCli(['init', '--blank'], { cwd: root, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already a workspace');
  });

  it('an update in a workspace whose course file is broken changes nothing and says how to get back', async () => {
    const { parent, env, git } = scratch();
    await runCli(['init', 'w', '--blank'], { cwd: parent, env });
    const root = join(parent, 'w');
    writeFileSync(join(root, 'memory', 'domain.json'), readFileSync(join(root, 'memory', 'domain.json'), 'utf8').replace('"module": "m1"', '"module": "m2"'));
    const before = fingerprint(root);
    const refused = await runCli(['init'], { cwd: root, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('unknown module "m2" (did you mean "m1"?)');
    expect(refused.stderr).toContain('`git checkout -- memory/domain.json`');
    expect(fingerprint(root)).toEqual(before);
    git(root, 'checkout', '--', 'memory/domain.json');
    expect((await runCli(['init'], { cwd: root, env })).code).toBe(0);
  });

  it('the brief says when the installed tool is older or newer than the one that wrote the workspace', async () => {
    const { parent, env } = scratch();
    const root = join(parent, 'w');
    await runCli(['init', 'w', '--blank'], { cwd: parent, env });
    const manifest = readJson(join(root, '.tutor', 'workspace.json'));
    writeFileSync(join(root, '.tutor', 'workspace.json'), JSON.stringify({ ...manifest, version: '99.0.0' }));
    expect((await runCli(['context'], { cwd: root, env })).stdout).toMatch(/^Note: this workspace was set up by tutor-harness 99\.0\.0/);
    writeFileSync(join(root, '.tutor', 'workspace.json'), JSON.stringify({ ...manifest, version: '0.0.1' }));
    expect((await runCli(['context'], { cwd: root, env })).stdout).toMatch(/^Note: .*run `tutor init` here once/);
    writeFileSync(join(root, '.tutor', 'workspace.json'), JSON.stringify(manifest));
    expect((await runCli(['context'], { cwd: root, env })).stdout).not.toContain('Note:');
  });

  it('a second clone on another device, with the packed tool installed there: init sets up its merge driver, it records, and the two histories merge', async () => {
    const { parent, env, git } = scratch();
    const first = join(parent, 'laptop');
    await runCli(['init', 'laptop', '--blank'], { cwd: parent, env });
    await runCli(['log', '--concept', 'course_goals', '--quality', '0.5', '--note', 'laptop'], { cwd: first, env });
    // The other device installs the package as a learner does (npm pack is what the registry serves).
    const device = mkdtempSync(join(tmpdir(), 'tutor-device-'));
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', device], { cwd: REPO, env: { ...process.env, npm_config_loglevel: 'error' }, encoding: 'utf8' }).trim().split('\n').at(-1)!;
    execFileSync('npm', ['install', '-g', '--prefix', join(device, 'global'), '--no-audit', '--no-fund', join(device, tarball)], { env: { ...process.env, npm_config_loglevel: 'error' }, stdio: 'ignore' });
    const tutor = join(device, 'global', 'bin', 'tutor');
    const onDevice = (args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) =>
      execFileSync(tutor, args, { cwd, env: { ...env, ...extra, PATH: `${join(device, 'global', 'bin')}:${process.env.PATH}` }, encoding: 'utf8' });
    const second = join(parent, 'desktop');
    git(parent, 'clone', '-q', first, second);
    expect(onDevice(['init'], second)).toContain('updated the workspace');
    expect(git(second, 'config', 'merge.tutor-derived.driver').trim()).toBe('true');
    const later = { ...env, TUTOR_NOW: '2026-03-02T10:00:00Z' };
    expect(onDevice(['log', '--concept', 'course_goals', '--quality', '0.7', '--note', 'desktop'], second, later)).toMatch(/^recorded evt_/);
    expect((await runCli(['log', '--concept', 'course_goals', '--quality', '0.6', '--note', 'laptop again'], { cwd: first, env: later })).code).toBe(0);
    git(first, 'pull', '-q', '--no-rebase', '--no-edit', second, 'main');
    const lines = readFileSync(join(first, 'memory', 'evidence.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines.map((l) => JSON.parse(l).note).sort()).toEqual(['desktop', 'laptop', 'laptop again']);
    expect((await runCli(['build'], { cwd: first, env: later })).code).toBe(0);
    expect(readJson(join(first, 'memory', 'learner.json')).concepts.course_goals.observations).toBe(3);
  });
});
