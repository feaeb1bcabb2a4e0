// The Stop hook as Claude Code runs it: JSON on stdin, exit 0 always, the page rebuilt.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, fingerprint, runCli, tempWorkspace } from '../helpers/workspace.js';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/claude-code-transcripts/cc-2.1.42-conversation-thinking-03eb5929.jsonl');

function hook(stdin: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, 'hook', 'stop'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr, ms: Date.now() - started }));
    child.stdin.end(stdin);
  });
}

/** A workspace with a transcript page from an earlier run, and no session log anywhere. */
function workspaceWithoutSessions() {
  const ws = tempWorkspace({ git: false });
  const claude = mkdtempSync(join(tmpdir(), 'tutor-claude-'));
  mkdirSync(ws.file('site'));
  writeFileSync(ws.file('site/transcript.html'), '<!doctype html><title>Transcript</title><p>yesterday: 12 exchanges</p>\n');
  const folder = join(claude, 'projects', ws.root.replace(/[^A-Za-z0-9]/g, '-'));
  return { ws, env: { ...ws.env, CLAUDE_CONFIG_DIR: claude, TZ: 'UTC' }, folder };
}

/** A workspace whose Claude Code project folder holds one real session log. */
function workspaceWithSession() {
  const ws = tempWorkspace({ git: false });
  const claude = mkdtempSync(join(tmpdir(), 'tutor-claude-'));
  const project = join(claude, 'projects', ws.root.replace(/[^A-Za-z0-9]/g, '-'));
  mkdirSync(project, { recursive: true });
  copyFileSync(FIXTURE, join(project, 'session.jsonl'));
  return { ws, env: { ...ws.env, CLAUDE_CONFIG_DIR: claude, TZ: 'UTC' }, session: join(project, 'session.jsonl') };
}

describe('tutor hook stop', () => {
  it('rebuilds site/transcript.html from the JSON Claude Code sends, including a reply the log lacks', async () => {
    const { ws, env, session } = workspaceWithSession();
    const input = JSON.stringify({ session_id: 'x', transcript_path: session, cwd: ws.root, hook_event_name: 'Stop', stop_hook_active: false, last_assistant_message: 'A closing reply not yet in the log.' });
    const result = await hook(input, ws.root, env);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(result.ms).toBeLessThan(5_000);
    const page = ws.read('site/transcript.html');
    expect(page).toContain('Monday, 16 February 2026 · 4 exchanges · 1 rewound attempt');
    expect(page).toContain('A closing reply not yet in the log.');
  });

  it('a FIFO as transcript_path never blocks it (issue 14): exit 0 in time, the page still rebuilt', async () => {
    const { ws, env, session } = workspaceWithSession();
    const fifo = ws.file('planted.jsonl');
    execFileSync('mkfifo', [fifo]);
    const result = await hook(JSON.stringify({ transcript_path: fifo, cwd: ws.root }), ws.root, env);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(result.ms).toBeLessThan(8_000);
    expect(ws.read('site/transcript.html')).toContain('4 exchanges · 1 rewound attempt');
    expect(ws.read('memory/hook.log')).toContain('is not a regular file');
    expect(session).toBeTruthy();
  });

  it('a session log too large to render in time: the hook gives up at its deadline, exit 0, and says so in hook.log', async () => {
    const { ws, env, session } = workspaceWithSession();
    // About 60 MB of conversation: far more than 300 ms of work.
    const line = readFileSync(session, 'utf8').split('\n').find((l) => l.includes('"type":"user"') && l.includes('"content":"')) as string;
    const big = Array.from({ length: 20_000 }, (_, i) => line.replace(/"uuid":"[^"]+"/, `"uuid":"u-${i}"`)).join('\n');
    for (let i = 0; i < 3; i++) writeFileSync(session, `${big}\n`, { flag: 'a' });
    const result = await hook(JSON.stringify({ transcript_path: session, cwd: ws.root }), ws.root, { ...env, TUTOR_HOOK_DEADLINE_MS: '300' });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(result.ms).toBeLessThan(3_000);
    expect(ws.read('memory/hook.log')).toContain('stop hook: gave up after 0.3 s');
  });

  it('bad JSON, a missing transcript file or no workspace still exit 0 quietly, problems go to memory/hook.log', async () => {
    const { ws, env } = workspaceWithSession();
    expect(await hook('{not json', ws.root, env)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(ws.file('site/transcript.html'))).toBe(true);
    expect(await hook(JSON.stringify({ transcript_path: '/nonexistent/x.jsonl', cwd: ws.root }), ws.root, env)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const log = readFileSync(ws.file('memory/hook.log'), 'utf8');
    expect(log).toContain('input is not JSON');
    expect(log).toContain('/nonexistent/x.jsonl does not exist');
    expect(await hook('{}', '/', { ...env, TUTOR_ROOT: '' })).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('with no session logs stays silent, exits 0 and leaves an existing page as it was (issue 13)', async () => {
    const { ws, env, folder } = workspaceWithoutSessions();
    const page = readFileSync(ws.file('site/transcript.html'));
    expect(await hook(JSON.stringify({ cwd: ws.root, hook_event_name: 'Stop' }), ws.root, env)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(await hook(JSON.stringify({ cwd: ws.root, transcript_path: join(folder, 'gone.jsonl') }), ws.root, env)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(ws.file('site/transcript.html'))).toEqual(page);
    expect(readFileSync(ws.file('memory/hook.log'), 'utf8')).toContain(`no session logs (.jsonl) in ${folder}`);
  });
});

describe('tutor transcript', () => {
  it('with no session logs refuses, exit 1, names the folder it searched and leaves the page as it was (issue 13)', async () => {
    const { ws, env, folder } = workspaceWithoutSessions();
    const before = fingerprint(ws.root);
    const missing = await runCli(['transcript'], { cwd: ws.root, env });
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain(`no session logs (.jsonl) in ${folder} (no such folder)`);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'agent-sidechain.jsonl'), '');
    const empty = await runCli(['transcript'], { cwd: ws.root, env });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain(`no session logs (.jsonl) in ${folder};`);
    expect(fingerprint(ws.root)).toEqual(before);
  });

  it('without CLAUDE_CONFIG_DIR searches ~/.claude/projects/ and names that folder', async () => {
    const { ws, env } = workspaceWithoutSessions();
    const before = fingerprint(ws.root);
    const result = await runCli(['transcript'], { cwd: ws.root, env: { ...env, CLAUDE_CONFIG_DIR: '' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(join(ws.env.HOME ?? '', '.claude', 'projects', ws.root.replace(/[^A-Za-z0-9]/g, '-')));
    expect(fingerprint(ws.root)).toEqual(before);
  });

  it('redacts by default and keeps everything with --no-redact', async () => {
    const { ws, env, session } = workspaceWithSession();
    const { appendFileSync } = await import('node:fs');
    appendFileSync(session, `${JSON.stringify({ type: 'user', uuid: 'u-mail', timestamp: '2026-02-16T23:00:00.000Z', message: { role: 'user', content: 'write to jane@example.com' } })}\n`);
    expect((await runCli(['transcript'], { cwd: ws.root, env })).code).toBe(0);
    expect(ws.read('site/transcript.html')).toContain('write to [redacted: email]');
    expect((await runCli(['transcript', '--no-redact'], { cwd: ws.root, env })).code).toBe(0);
    expect(ws.read('site/transcript.html')).toContain('write to jane@example.com');
    const missing = await runCli(['transcript', '/nonexistent.jsonl'], { cwd: ws.root, env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('FILE: no such file (received "/nonexistent.jsonl")');
  });
});

describe('tutor hook session-start', () => {
  function sessionStart(stdin: string, cwd: string, env: NodeJS.ProcessEnv) {
    return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [CLI, 'hook', 'session-start'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
      child.stdin.end(stdin);
    });
  }

  it('prints the brief as Claude Code expects it: hookSpecificOutput.additionalContext, exit 0', async () => {
    const ws = tempWorkspace({ git: false });
    for (const source of ['startup', 'resume', 'clear', 'compact']) {
      const result = await sessionStart(JSON.stringify({ session_id: 's', transcript_path: '/x.jsonl', cwd: ws.root, hook_event_name: 'SessionStart', source }), '/', ws.env);
      expect(result.code).toBe(0);
      const output = JSON.parse(result.stdout);
      expect(output.hookSpecificOutput.hookEventName).toBe('SessionStart');
      expect(output.hookSpecificOutput.additionalContext).toMatch(/^# Tutor memory brief/);
      expect(output.hookSpecificOutput.additionalContext).toContain('Next moves, ranked:\n1. continue_module tokenization');
    }
  });

  it('never fails the session: bad input or no workspace still gives valid output and exit 0', async () => {
    const nowhere = mkdtempSync(join(tmpdir(), 'tutor-nowhere-'));
    const result = await sessionStart('{broken', nowhere, { PATH: process.env.PATH, HOME: nowhere });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).hookSpecificOutput.additionalContext).toMatch(/^Tutor memory is unavailable for this session: --root: no workspace found in /);
  });
});
