// What a record's commit holds, and that git's own gc never runs on a record (issue 17).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, readJson, runCli, tempWorkspace } from '../helpers/workspace.js';

const NOW = '2026-06-18T09:00:00.000Z';

describe('a record commit', () => {
  it('in a workspace made by tutor init: the log alone; learner.json, pedagogy.json and the dashboard are still written, and the tree stays clean', async () => {
    const env = isolatedEnv();
    const parent = mkdtempSync(join(tmpdir(), 'tutor-init-'));
    expect((await runCli(['init', 'course'], { cwd: parent, env })).code).toBe(0);
    const root = join(parent, 'course');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' });
    expect(git('ls-files', 'site/index.html', 'memory/learner.json', 'memory/pedagogy.json').trim()).toBe('');
    const logged = await runCli(['log', '--concept', 'tokenization', '--quality', '0.7'], { cwd: root, env: { ...env, TUTOR_NOW: NOW } });
    expect(logged.code, logged.stderr).toBe(0);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toEqual(['memory/evidence.jsonl']);
    expect(git('status', '--porcelain').trim()).toBe('');
    const page = readFileSync(join(root, 'site', 'index.html'), 'utf8');
    expect(page).toContain('Tokenization');
    const learner = readJson(join(root, 'memory', 'learner.json'));
    expect(learner.concepts.tokenization.history).toEqual([{ ts: NOW, quality: 0.7, mastery: 0.7 }]);
    expect(readJson(join(root, 'memory', 'pedagogy.json')).next.length).toBeGreaterThan(0);
    // Any commit's state is a `tutor build` away: the log it holds gives it.
    const text = readFileSync(join(root, 'memory', 'learner.json'), 'utf8');
    expect((await runCli(['build'], { cwd: root, env: { ...env, TUTOR_NOW: NOW } })).code).toBe(0);
    expect(readFileSync(join(root, 'memory', 'learner.json'), 'utf8')).toBe(text);
  });

  it('where derived files are tracked (a workspace made by an older version), they are committed with the log until tutor init moves them out of git', async () => {
    const env = isolatedEnv();
    const parent = mkdtempSync(join(tmpdir(), 'tutor-init-'));
    expect((await runCli(['init', 'course'], { cwd: parent, env })).code).toBe(0);
    const root = join(parent, 'course');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' });
    // As an older version left it: its .gitignore (recorded as tutor's own) named only the pages, and git tracked the state files.
    const older = readFileSync(join(root, '.gitignore'), 'utf8').replace('memory/learner.json\nmemory/pedagogy.json\n', '');
    writeFileSync(join(root, '.gitignore'), older);
    const manifest = readJson(join(root, '.tutor', 'workspace.json'));
    manifest.files['.gitignore'] = createHash('sha256').update(older).digest('hex');
    writeFileSync(join(root, '.tutor', 'workspace.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    git('add', '-f', '.gitignore', '.tutor/workspace.json', 'memory/learner.json', 'memory/pedagogy.json');
    git('commit', '-qm', 'as an older version left it');

    const logged = await runCli(['log', '--concept', 'tokenization', '--quality', '0.7'], { cwd: root, env: { ...env, TUTOR_NOW: NOW } });
    expect(logged.code, logged.stderr).toBe(0);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['memory/evidence.jsonl', 'memory/learner.json', 'memory/pedagogy.json']);
    expect(git('status', '--porcelain').trim()).toBe('');

    const updated = await runCli(['init'], { cwd: root, env });
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout).toMatch(/untracked\s+memory\/learner\.json .*no longer in git/);
    expect(updated.stdout).toMatch(/untracked\s+memory\/pedagogy\.json/);
    expect(git('ls-files', 'memory').trim().split('\n')).toEqual(['memory/domain.json', 'memory/evidence.jsonl']);
    expect(git('status', '--porcelain').trim()).toBe('');
    // The files stay on disk, and the next record commits the log alone.
    expect(readJson(join(root, 'memory', 'learner.json')).concepts.tokenization.observations).toBe(1);
    const next = await runCli(['log', '--concept', 'tokenization', '--quality', '0.8'], { cwd: root, env: { ...env, TUTOR_NOW: NOW } });
    expect(next.code, next.stderr).toBe(0);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toEqual(['memory/evidence.jsonl']);
    expect(readJson(join(root, 'memory', 'learner.json')).concepts.tokenization.observations).toBe(2);
    expect(git('status', '--porcelain').trim()).toBe('');
  });

  it('tutor init leaves tracked derived files alone, and says why, while the learner has other changes staged', async () => {
    const env = isolatedEnv();
    const parent = mkdtempSync(join(tmpdir(), 'tutor-init-'));
    expect((await runCli(['init', 'course'], { cwd: parent, env })).code).toBe(0);
    const root = join(parent, 'course');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' });
    git('add', '-f', 'memory/learner.json');
    git('commit', '-qm', 'tracked by hand');
    writeFileSync(join(root, 'my-notes.txt'), 'mine\n');
    git('add', 'my-notes.txt');
    const updated = await runCli(['init'], { cwd: root, env });
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stderr).toContain('still tracked by git: other changes are staged (my-notes.txt)');
    expect(git('ls-files', 'memory/learner.json').trim()).toBe('memory/learner.json');
    expect(git('diff', '--cached', '--name-only').trim()).toBe('my-notes.txt');
  });

  it('an index in a format tutor does not read (version 4): records still commit the log alone, and tutor init finds nothing to move', async () => {
    const env = isolatedEnv();
    const parent = mkdtempSync(join(tmpdir(), 'tutor-init-'));
    expect((await runCli(['init', 'course'], { cwd: parent, env })).code).toBe(0);
    const root = join(parent, 'course');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' });
    git('update-index', '--index-version', '4');
    const logged = await runCli(['log', '--concept', 'tokenization', '--quality', '0.7'], { cwd: root, env: { ...env, TUTOR_NOW: NOW } });
    expect(logged.code, logged.stderr).toBe(0);
    expect(logged.stderr).toBe('');
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toEqual(['memory/evidence.jsonl']);
    const updated = await runCli(['init'], { cwd: root, env });
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).not.toContain('untracked');
    expect(git('status', '--porcelain').trim()).toBe('');
  });

  it('never runs git gc, even where gc cannot detach, and moves the branch durably', async () => {
    const ws = tempWorkspace();
    ws.git('config', 'gc.auto', '1');
    ws.git('config', 'gc.autoDetach', 'false');
    for (let i = 0; i < 3; i++) {
      const result = await runCli(['log', '--concept', 'tokenization', '--quality', '0.6'], { cwd: ws.root, env: ws.env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/\[[0-9a-f]{7}\]$/m);
    }
    expect(ws.git('rev-list', '--count', 'HEAD').trim()).toBe('3');
    // gc with gc.auto=1 would have packed these on the first commit.
    const counts = ws.git('count-objects', '-v');
    expect(counts).toMatch(/^packs: 0$/m);
    expect(Number(/^count: (\d+)$/m.exec(counts)?.[1])).toBeGreaterThan(10);
    // The hash printed is the commit the branch now points at.
    const last = await runCli(['log', '--concept', 'sampling', '--quality', '0.5'], { cwd: ws.root, env: ws.env });
    expect(/\[([0-9a-f]{7})\]/.exec(last.stdout)?.[1]).toBe(ws.git('rev-parse', '--short=7', 'HEAD').trim());
  });
});

