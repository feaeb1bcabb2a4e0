import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFiles } from '../../src/store/git.js';
import { tempWorkspace, type TempWorkspace } from '../helpers/workspace.js';

function setup(options: { identity?: boolean } = {}): TempWorkspace & { files: string[] } {
  const ws = tempWorkspace(options);
  mkdirSync(ws.file('site'));
  writeFileSync(ws.file('memory/evidence.jsonl'), '{"line":1}\n');
  writeFileSync(ws.file('site/index.html'), '<p>1</p>\n');
  return { ...ws, files: [ws.file('memory/evidence.jsonl'), ws.file('site/index.html'), ws.file('memory/missing.json')] };
}

describe('commitFiles', () => {
  it('commits exactly the given files, not what the person has staged', async () => {
    const ws = setup();
    writeFileSync(ws.file('notes.txt'), 'mine\n');
    ws.git('add', 'notes.txt');
    const result = await commitFiles(ws.root, ws.files, 'tutor: test', { env: ws.env });
    expect(result.committed).toBe(true);
    expect(ws.git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['memory/evidence.jsonl', 'site/index.html']);
    expect(ws.git('diff', '--cached', '--name-only').trim()).toBe('notes.txt');
  });

  it('commits with no identity configured (a fresh machine)', async () => {
    const ws = setup({ identity: false });
    const result = await commitFiles(ws.root, ws.files, 'tutor: test', { env: { ...ws.env, EMAIL: undefined } });
    expect(result).toMatchObject({ committed: true });
    expect(ws.git('log', '-1', '--format=%s').trim()).toBe('tutor: test');
  });

  it('commits with signing configured and no working signer', async () => {
    const ws = setup();
    ws.git('config', 'commit.gpgsign', 'true');
    ws.git('config', 'gpg.program', 'false');
    expect(await commitFiles(ws.root, ws.files, 'tutor: signed?', { env: ws.env })).toMatchObject({ committed: true });
  });

  it('skips hooks that would reject an automatic commit', async () => {
    const ws = setup();
    writeFileSync(ws.file('.git/hooks/pre-commit'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    expect(await commitFiles(ws.root, ws.files, 'tutor: hooked', { env: ws.env })).toMatchObject({ committed: true });
  });

  it('retries a held index.lock, then says in one line what to do', async () => {
    const ws = setup();
    writeFileSync(ws.file('.git/index.lock'), '');
    const started = Date.now();
    const result = await commitFiles(ws.root, ws.files, 'tutor: locked', { env: ws.env, lockRetries: 2 });
    expect(result.committed).toBe(false);
    expect(!result.committed && result.reason).toMatch(/index\.lock is held .*delete that file/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('goes on once a briefly held index.lock is released', async () => {
    const ws = setup();
    writeFileSync(ws.file('.git/index.lock'), '');
    setTimeout(() => execFileSync('rm', ['-f', ws.file('.git/index.lock')]), 150);
    expect(await commitFiles(ws.root, ws.files, 'tutor: later', { env: ws.env })).toMatchObject({ committed: true });
  });

  it('does not commit in the middle of a merge or a rebase', async () => {
    const ws = setup();
    writeFileSync(ws.file('.git/MERGE_HEAD'), '0'.repeat(40));
    expect(await commitFiles(ws.root, ws.files, 'x', { env: ws.env })).toEqual({ committed: false, reason: expect.stringContaining('a merge is in progress') });
    execFileSync('rm', [ws.file('.git/MERGE_HEAD')]);
    mkdirSync(ws.file('.git/rebase-merge'));
    expect(await commitFiles(ws.root, ws.files, 'x', { env: ws.env })).toEqual({ committed: false, reason: expect.stringContaining('a rebase is in progress') });
  });

  it('outside a repository, says how to get one', async () => {
    const ws = tempWorkspace({ git: false });
    const result = await commitFiles(ws.root, [ws.file('memory/domain.json')], 'x', { env: ws.env });
    expect(result).toEqual({ committed: false, reason: expect.stringContaining('not a git repository: run `git init`') });
  });

  it('without git on the PATH, says so', async () => {
    const ws = setup();
    const result = await commitFiles(ws.root, ws.files, 'x', { env: { ...ws.env, PATH: join(ws.root, 'no-bin') } });
    expect(result).toEqual({ committed: false, reason: expect.stringContaining('git is not installed') });
  });
});

describe('commitFiles with ignored paths', () => {
  it('commits the log even when the learner ignores site/', async () => {
    const ws = setup();
    writeFileSync(ws.file('.gitignore'), 'site/\n');
    const result = await commitFiles(ws.root, ws.files, 'tutor: ignored site', { env: ws.env });
    expect(result.committed).toBe(true);
    expect(ws.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('memory/evidence.jsonl');
  });
});

describe('commitFiles runs none of the repository\'s code (issue 14)', () => {
  it('no hook of any kind, no configured hooks path, no fsmonitor: the commit is made at once', async () => {
    const ws = setup();
    const marker = ws.file('ran');
    const hook = `#!/bin/sh\necho "$0" >> ${marker}\nsleep 30\n`;
    for (const name of ['pre-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit', 'reference-transaction', 'post-index-change']) {
      writeFileSync(ws.file(`.git/hooks/${name}`), hook, { mode: 0o755 });
    }
    mkdirSync(ws.file('elsewhere'));
    writeFileSync(ws.file('elsewhere/post-commit'), hook, { mode: 0o755 });
    writeFileSync(ws.file('monitor.sh'), hook, { mode: 0o755 });
    ws.git('config', 'core.hooksPath', ws.file('elsewhere'));
    ws.git('config', 'core.fsmonitor', ws.file('monitor.sh'));
    const started = Date.now();
    const result = await commitFiles(ws.root, ws.files, 'tutor: planted hooks', { env: ws.env });
    expect(result).toMatchObject({ committed: true });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('commitFiles with a git that hangs', () => {
  it('gives up after its timeout, kills what git started, and leaves no index.lock of its own behind', async () => {
    const ws = setup();
    const bin = ws.file('fake-bin');
    mkdirSync(bin);
    const pidFile = ws.file('grandchild.pid');
    // A git that takes the index lock, starts a child of its own, and hangs.
    writeFileSync(join(bin, 'git'), `#!/bin/sh\n: > "${ws.file('.git/index.lock')}"\nsleep 60 &\necho $! > "${pidFile}"\nsleep 60\n`, { mode: 0o755 });
    const started = Date.now();
    const result = await commitFiles(ws.root, ws.files, 'tutor: slow', { env: { ...ws.env, PATH: `${bin}:${ws.env.PATH}` }, timeoutMs: 1_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result).toEqual({ committed: false, reason: expect.stringContaining('git did not finish within 1 s') });
    expect(existsSync(ws.file('.git/index.lock'))).toBe(false);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    const alive = () => {
      try {
        process.kill(grandchild, 0);
        return true;
      } catch {
        return false;
      }
    };
    const deadline = Date.now() + 5_000;
    while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(false);
  });

  it('leaves an index.lock alone that was there before (another git holds it)', async () => {
    const ws = setup();
    writeFileSync(ws.file('.git/index.lock'), '');
    const result = await commitFiles(ws.root, ws.files, 'tutor: locked', { env: ws.env, lockRetries: 1 });
    expect(result).toMatchObject({ committed: false, reason: expect.stringContaining('index.lock') });
    expect(existsSync(ws.file('.git/index.lock'))).toBe(true);
  });
});
