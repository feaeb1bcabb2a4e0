// Study notes through the built CLI (issue 18): `tutor init` makes notes/, `tutor build` turns a
// note into a linked page and warns about its wrong ids, and `tutor log` records whatever the notes
// hold, saying what is wrong with a note once, when it changed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, runCli, tempWorkspace } from '../helpers/workspace.js';

describe('notes through the CLI', () => {
  it('tutor init makes notes/ with its README (committed, never rendered as a note)', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'tutor-init-notes-')), 'course');
    const env = isolatedEnv();
    const made = await runCli(['init', root, '--blank'], { cwd: tmpdir(), env });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/created\s+notes\/README\.md/);
    writeFileSync(join(root, 'notes', 'first.md'), '# First');
    const built = await runCli(['build', '--root', root], { cwd: root, env });
    expect(built.code, built.stderr).toBe(0);
    expect(existsSync(join(root, 'site', 'notes', 'first.html'))).toBe(true);
    expect(existsSync(join(root, 'site', 'notes', 'README.html'))).toBe(false);
    // The README is committed with the workspace; the pages made from notes, their cache and
    // KaTeX's files are derived and stay out of git (like the dashboard): git status stays clean.
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' });
    expect(git('ls-files', 'notes')).toBe('notes/README.md\n');
    expect(git('check-ignore', 'site/index.html', 'site/notes/first.html', 'site/assets/katex/katex.min.css')).toBe('site/index.html\nsite/notes/first.html\nsite/assets/katex/katex.min.css\n');
    expect(git('status', '--porcelain', '--untracked-files=all', 'site')).toBe('');
  });

  it('build renders a note and warns about its unknown concept on stderr; log records past a broken note', async () => {
    const ws = tempWorkspace();
    const run = (...args: string[]) => runCli([...args, '--root', ws.root], { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: '2026-06-21T19:00:00.000Z' } });
    await run('build');
    const notes = ws.file('notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'm1-inference-loop.md'), '---\ntitle: The inference loop\nmodule: M1\nconcepts: [tokenization, sampleing]\n---\n$$p(x_t \\mid x_{<t})$$\n');
    const built = await run('build');
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain('1 study note(s) → site/notes/');
    expect(built.stderr).toContain('tutor: warning: notes/m1-inference-loop.md line 4: unknown concept "sampleing" (nearest: sampling); the page is linked without it');
    expect(ws.read('site/notes/m1-inference-loop.html')).toContain('class="katex-display"');
    expect(ws.read('site/index.html')).toContain('<a href="./notes/m1-inference-loop.html">The inference loop</a>');
    expect(existsSync(ws.file('site/assets/katex/fonts/KaTeX_Main-Regular.woff2'))).toBe(true);

    writeFileSync(join(notes, 'broken.md'), '---\ntitle: [unclosed\n---\n');
    const first = await run('log', '--concept', 'tokenization', '--quality', '0.8');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('tutor: warning: notes/broken.md line 2: front matter refused: a [ … ] list that does not close on its line; no page was written');
    const second = await run('log', '--concept', 'tokenization', '--quality', '0.8');
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain('notes/broken.md');
    expect(ws.read('memory/evidence.jsonl').trim().split('\n')).toHaveLength(2);
    expect(ws.read('site/notes/m1-inference-loop.html')).toContain('Learning: 80% over 2 exchanges');
  });
});
