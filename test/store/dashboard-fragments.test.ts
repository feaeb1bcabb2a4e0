// The dashboard's kept concept HTML (issue 17): a cache a record reads and rewrites; whatever it
// holds, a damaged, foreign or planted file is ignored, never followed, and the page stays right.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dashboardFragmentsFile, readDashboardFragments, writeDashboardFragments } from '../../src/store/dashboard-fragments.js';
import { workspaceAt } from '../../src/store/workspace.js';
import { readJson, runCli, tempWorkspace } from '../helpers/workspace.js';

const dir = () => mkdtempSync(join(tmpdir(), 'tutor-fragments-'));

describe('the dashboard fragments file', () => {
  it('lives in .git/tutor in a repository and in a hidden file of site/ outside one', () => {
    const plain = dir();
    expect(dashboardFragmentsFile(workspaceAt(plain))).toBe(join(plain, 'site', '.dashboard-fragments.json'));
    const repo = dir();
    execFileSync('git', ['init', '-q'], { cwd: repo });
    expect(dashboardFragmentsFile(workspaceAt(repo))).toBe(join(repo, '.git', 'tutor', 'dashboard-fragments.json'));
  });

  it('reads back what was written, and rewrites only when the fragments changed', () => {
    const file = join(dir(), 'f.json');
    const fragments = new Map([['k1', '<li>one</li>'], ['k2', '<li>two</li>']]);
    writeDashboardFragments(file, fragments, new Map());
    expect(readDashboardFragments(file)).toEqual(fragments);
    // The same keys as were read: nothing to write (a record usually changes one concept).
    unlinkSync(file);
    writeDashboardFragments(file, new Map(fragments), fragments);
    expect(existsSync(file)).toBe(false);
    writeDashboardFragments(file, new Map([['k1', '<li>one</li>'], ['k3', '<li>three</li>']]), fragments);
    expect([...readDashboardFragments(file).keys()]).toEqual(['k1', 'k3']);
  });

  it('is ignored when missing, damaged, of another version, holding non-text, or not a regular file', () => {
    const d = dir();
    expect(readDashboardFragments(join(d, 'missing.json')).size).toBe(0);
    const write = (name: string, text: string) => {
      writeFileSync(join(d, name), text);
      return readDashboardFragments(join(d, name)).size;
    };
    expect(write('torn.json', '{"version":1,"fragments":{"k":"<li>')).toBe(0);
    expect(write('old.json', '{"version":0,"fragments":{"k":"<li>x</li>"}}')).toBe(0);
    expect(write('odd.json', '{"version":1,"fragments":{"k":42}}')).toBe(0);
    expect(write('list.json', '{"version":1,"fragments":["<li>x</li>"]}')).toBe(0);
    writeFileSync(join(d, 'real.json'), '{"version":1,"fragments":{"k":"<li>x</li>"}}');
    symlinkSync(join(d, 'real.json'), join(d, 'link.json'));
    expect(readDashboardFragments(join(d, 'link.json')).size).toBe(0);
    mkdirSync(join(d, 'folder.json'));
    expect(readDashboardFragments(join(d, 'folder.json')).size).toBe(0);
    execFileSync('mkfifo', [join(d, 'fifo.json')]);
    expect(readDashboardFragments(join(d, 'fifo.json')).size).toBe(0);
  });

  it('records keep it beside the journal, and a record after it is gone writes the same page', async () => {
    const ws = tempWorkspace();
    const env = { ...ws.env, TUTOR_NOW: '2026-06-18T12:00:00Z' };
    for (const q of ['0.6', '0.8']) expect((await runCli(['log', '--concept', 'tokenization', '--quality', q], { cwd: ws.root, env })).code).toBe(0);
    const file = join(ws.root, '.git', 'tutor', 'dashboard-fragments.json');
    expect(Object.keys(readJson(file).fragments).length).toBe(4); // the tiny course's four concepts
    expect(ws.git('status', '--porcelain', '--ignored').includes('dashboard-fragments')).toBe(false);
    const page = ws.read('site/index.html');
    writeFileSync(file, '{"version":1,"fragments":{}}');
    expect((await runCli(['build'], { cwd: ws.root, env })).code).toBe(0);
    expect(ws.read('site/index.html')).toBe(page);
    expect(existsSync(file)).toBe(true);
  });
});
