// What a record's commit holds, and that git's own gc never runs on a record (issue 17).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, readJson, runCli, tempWorkspace } from '../helpers/workspace.js';

const NOW = '2026-06-18T09:00:00.000Z';

describe('a record commit', () => {
  it('in a workspace made by tutor init: the log and the state, not the dashboard, which is still written; the tree stays clean', async () => {
    const env = isolatedEnv();
    const parent = mkdtempSync(join(tmpdir(), 'tutor-init-'));
    expect((await runCli(['init', 'course'], { cwd: parent, env })).code).toBe(0);
    const root = join(parent, 'course');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' });
    expect(git('ls-files', 'site/index.html').trim()).toBe('');
    const logged = await runCli(['log', '--concept', 'tokenization', '--quality', '0.7'], { cwd: root, env: { ...env, TUTOR_NOW: NOW } });
    expect(logged.code, logged.stderr).toBe(0);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['memory/evidence.jsonl', 'memory/learner.json', 'memory/pedagogy.json']);
    expect(git('status', '--porcelain').trim()).toBe('');
    const page = readFileSync(join(root, 'site', 'index.html'), 'utf8');
    expect(page).toContain('Tokenization');
    // learner.json keeps the contract's fields, history included, in fewer bytes than full indentation.
    const text = readFileSync(join(root, 'memory', 'learner.json'), 'utf8');
    const learner = readJson(join(root, 'memory', 'learner.json'));
    expect(learner.concepts.tokenization.history).toEqual([{ ts: NOW, quality: 0.7, mastery: 0.7 }]);
    expect(text.length).toBeLessThan(JSON.stringify(learner, null, 2).length * 0.7);
    expect(text.split('\n').find((l) => l.startsWith('    "tokenization": '))).toContain('"history":[{');
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

