// Issue 14: files in the workspace that are not what they seem. The workspace is a git repository
// a learner clones, so a symlink or a FIFO may be planted where tutor's files belong.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, tempWorkspace } from '../helpers/workspace.js';

const NOW = { TUTOR_NOW: '2026-06-18T09:00:00Z' };

describe('a planted symlink', () => {
  it.each(['memory/evidence.jsonl', 'memory/evidence.torn.jsonl'])('at %s is refused, naming it, and its target is untouched', async (planted) => {
    const ws = tempWorkspace({ git: false });
    if (planted.endsWith('torn.jsonl')) writeFileSync(ws.file('memory/evidence.jsonl'), '{"torn'); // a torn tail to quarantine
    const target = join(mkdtempSync(join(tmpdir(), 'tutor-victim-')), '.bashrc');
    writeFileSync(target, 'export PATH=$PATH\n');
    symlinkSync(target, ws.file(planted));
    const result = await runCli(['log', '--concept', 'tokenization', '--quality', '0.5', '--note', 'x $(id > /tmp/pwned) y'], { cwd: ws.root, env: { ...ws.env, ...NOW } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${ws.file(planted)} is a symbolic link, not a regular file: refused`);
    expect(readFileSync(target, 'utf8')).toBe('export PATH=$PATH\n');
  });
});

describe('a planted FIFO', () => {
  it.each(['memory/evidence.jsonl', 'memory/domain.json'])('at %s never blocks a command: each ends at once with a message', async (planted) => {
    const ws = tempWorkspace({ git: false });
    rmSync(ws.file(planted), { force: true });
    execFileSync('mkfifo', [ws.file(planted)]);
    for (const command of [['log', '--concept', 'tokenization', '--quality', '0.5'], ['status'], ['verify'], ['build'], ['context']]) {
      const result = await runCli(command, { cwd: ws.root, env: { ...ws.env, ...NOW }, timeoutMs: 10_000 });
      expect(result.code, command.join(' ')).toBe(1);
      expect(result.stderr).toContain('is a FIFO');
    }
  });

  it('at memory/domain.json: the SessionStart hook still answers, exit 0', () => {
    const ws = tempWorkspace({ git: false });
    rmSync(ws.file('memory/domain.json'));
    execFileSync('mkfifo', [ws.file('memory/domain.json')]);
    const started = Date.now();
    const result = spawnSync(process.execPath, [CLI, 'hook', 'session-start'], { input: JSON.stringify({ cwd: ws.root, source: 'startup' }), env: ws.env, encoding: 'utf8', timeout: 15_000 });
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(JSON.parse(result.stdout).hookSpecificOutput.hookEventName).toBe('SessionStart');
  });
});

describe('odd input and misleading errors', () => {
  it('tutor verify | head -1 ends quietly: no EPIPE trace', async () => {
    const ws = tempWorkspace({ git: false });
    writeFileSync(ws.file('memory/evidence.jsonl'), 'not json\n'.repeat(20_000));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" verify --root "${ws.root}" | head -1`], { env: ws.env, encoding: 'utf8' });
    expect(result.stdout).toMatch(/^line 1: ERROR: does not parse/);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('--root naming a file says so; a usage hint names the command, not an option value', async () => {
    const ws = tempWorkspace({ git: false });
    const file = await runCli(['status', '--root', ws.file('memory/domain.json')], { cwd: ws.root, env: ws.env });
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('--root: is a file, not a folder');
    const usage = await runCli(['--root', '/', 'status'], { cwd: ws.root, env: ws.env });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('(see: tutor status --help)');
  });

  it('temp files left by a killed write are cleaned up by the next write', async () => {
    const ws = tempWorkspace({ git: false });
    const dead = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
    const orphan = ws.file(`memory/.learner.json.tmp-${dead}-deadbeef`);
    writeFileSync(orphan, '{"half":');
    expect((await runCli(['log', '--concept', 'tokenization', '--quality', '0.5'], { cwd: ws.root, env: { ...ws.env, ...NOW } })).code).toBe(0);
    expect(() => readFileSync(orphan)).toThrow();
  });
});

describe('a folder where a derived file belongs', () => {
  it('build refuses before writing any derived file, naming the folder; log keeps the record and says so', async () => {
    const ws = tempWorkspace({ git: false });
    execFileSync('mkdir', ['-p', ws.file('site/index.html')]);
    const logged = await runCli(['log', '--concept', 'tokenization', '--quality', '0.5'], { cwd: ws.root, env: { ...ws.env, ...NOW } });
    expect(logged.code).toBe(0);
    expect(logged.stderr).toContain(`${ws.file('site/index.html')} is a folder, not a regular file`);
    rmSync(ws.file('memory/learner.json'), { force: true });
    const built = await runCli(['build'], { cwd: ws.root, env: { ...ws.env, ...NOW } });
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(`${ws.file('site/index.html')} is a folder, not a regular file: refused`);
    expect(() => readFileSync(ws.file('memory/learner.json'))).toThrow();
  });
});
