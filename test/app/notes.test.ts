// Study notes through build and log (issue 18), in temp workspaces: pages written, linked on the
// dashboard, their standing current after every record, an unchanged note never re-rendered, and no
// note, however broken or hostile, breaking build or log.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refreshNotes } from '../../src/app/notes.js';
import { recordEvent } from '../../src/app/record.js';
import { rebuildWorkspace } from '../../src/app/rebuild.js';
import { readSnapshot } from '../../src/app/snapshot.js';
import { workspaceAt } from '../../src/store/workspace.js';
import { tempWorkspace } from '../helpers/workspace.js';

const NOW = new Date('2026-06-21T19:00:00.000Z');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/notes');

function workspaceWithNotes(notes: Record<string, string | Buffer> = {}) {
  const ws = tempWorkspace({ git: false });
  mkdirSync(ws.file('notes'));
  for (const [name, text] of Object.entries(notes)) writeFileSync(ws.file(`notes/${name}`), text);
  return { ...ws, workspace: workspaceAt(ws.root) };
}

const LOOP_NOTE = `---
title: The loop, step by step
module: M1
concepts: [tokenization, sampling]
tags: [inference, "#exercises"]
description: From a prompt to the next token.
---
# The loop, step by step

The softmax: $$p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$$
`;

const record = (ws: ReturnType<typeof workspaceWithNotes>, concept: string, quality: string) =>
  recordEvent(ws.workspace, { concept, quality }, { now: NOW, commit: false });

describe('notes on build', () => {
  it('renders the three seed notes, honouring their front matter, with KaTeX and the site\'s one copy of its CSS and fonts', async () => {
    const ws = workspaceWithNotes();
    for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), ws.file(`notes/${name}`));
    const snapshot = await rebuildWorkspace(ws.workspace, NOW);
    expect(snapshot.warnings).toEqual([]);

    const s0 = ws.read('site/notes/seed-000-life-as-a-model.html');
    expect(s0).toContain('<title>Model Training and Predition · study note</title>');
    expect(s0.split('class="katex-display"').length - 1).toBe(2);
    expect(s0).toContain('<link rel="stylesheet" href="../assets/katex/katex.min.css">');
    expect(s0).not.toMatch(/<script/i);
    expect(s0).toContain('<a href="../index.html" data-testid="back">');

    const s2 = ws.read('site/notes/seed-002-model-embryogenesis.html');
    expect(s2).toContain('<h1>Model Embryogenesis And Token Shocks</h1>');
    expect(s2).toContain('<p class="lede">Training models like human development requires gradual');
    expect(s2).toContain('<li class="tag">#embryogenesis</li>');
    expect(s2).toContain('<li class="tag">#S0_ProblemClarification</li>');
    // Keys the harness does not know (Receptor, category, …) are the learner's own: not shown.
    expect(s2).not.toContain('Receptor');

    expect(ws.read('site/notes/seed-001-loss-and-training.html')).toContain('<h1>Loss &amp; Training</h1>');
    // KaTeX's stylesheet names only woff2 fonts, and each of them is there.
    const css = ws.read('site/assets/katex/katex.min.css');
    const fonts = [...css.matchAll(/url\(fonts\/([^)]+)\)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(15);
    for (const font of fonts) expect(existsSync(ws.file(`site/assets/katex/fonts/${font}`)), font).toBe(true);
    expect(css).not.toMatch(/\.ttf|\.woff\)/);

    const dashboard = ws.read('site/index.html');
    for (const title of ['Model Training and Predition', 'Loss &amp; Training', 'Model Embryogenesis And Token Shocks']) expect(dashboard).toContain(title);
  });

  it('links a note under its module and each concept it names, and shows the concepts\' standing on the page', async () => {
    const ws = workspaceWithNotes({ 'm1-loop.md': LOOP_NOTE, 'README.md': '# not a note' });
    await rebuildWorkspace(ws.workspace, NOW);
    const dashboard = ws.read('site/index.html');
    const link = '<a href="./notes/m1-loop.html">The loop, step by step</a>';
    const module = dashboard.slice(dashboard.indexOf('data-module="M1"'), dashboard.indexOf('data-module="M2"'));
    expect(module).toContain(link);
    const concept = (id: string) => dashboard.slice(dashboard.indexOf(`data-concept="${id}"`), dashboard.indexOf('</li>', dashboard.indexOf(`data-concept="${id}"`)));
    expect(concept('tokenization')).toContain(link);
    expect(concept('sampling')).toContain(link);
    expect(concept('attention')).not.toContain(link);
    expect(existsSync(ws.file('site/notes/README.html'))).toBe(false);

    const page = ws.read('site/notes/m1-loop.html');
    expect(page).toContain('<h1>The loop, step by step</h1>');
    // The body's first heading repeats the title: shown once.
    expect(page.split('The loop, step by step</h1>').length - 1).toBe(1);
    expect(page).toContain('<li class="tag">#exercises</li>');
    expect(page).toContain('Module M1: The loop');
    expect(page).toMatch(/data-concept="tokenization"><strong>Tokenization<\/strong> <span class="chip tone-untouched">not started · mastery 0%<\/span>/);
    expect(page).toContain('<strong>Next:</strong> continue the module with it. Current module M1 &quot;The loop&quot;: Tokenization is next in teaching order');
    expect(page).toMatch(/data-concept="sampling">[\s\S]*?<strong>Next:<\/strong> first master Tokenization\./);
  });

  it('warns about unknown ids with the note, the line and the nearest ids, and still links the page', async () => {
    const ws = workspaceWithNotes({ 'typo.md': '---\ntitle: Typos\nmodule: M9\nconcepts:\n  - tokenisation\n---\ntext' });
    const snapshot = await rebuildWorkspace(ws.workspace, NOW);
    expect(snapshot.warnings).toEqual([
      'notes/typo.md line 3: unknown module "M9" (nearest: M1, M2); the page is linked without it',
      'notes/typo.md line 5: unknown concept "tokenisation" (nearest: tokenization); the page is linked without it',
    ]);
    expect(ws.read('site/notes/typo.html')).toContain('unknown concept &quot;tokenisation&quot; (nearest: tokenization)');
    expect(ws.read('site/index.html')).toContain('<a href="./notes/typo.html">Typos</a>');
  });

  it('removes the page of a note that is gone', async () => {
    const ws = workspaceWithNotes({ 'a.md': '# A', 'b.md': '# B' });
    await rebuildWorkspace(ws.workspace, NOW);
    unlinkSync(ws.file('notes/b.md'));
    await rebuildWorkspace(ws.workspace, NOW);
    expect(readdirSync(ws.file('site/notes')).filter((n) => n.endsWith('.html'))).toEqual(['a.html']);
    expect(ws.read('site/index.html')).not.toContain('./notes/b.html');
  });
});

describe('notes on log', () => {
  it('re-wraps every page with the new standing, but never re-renders an unchanged note', async () => {
    const ws = workspaceWithNotes({ 'm1-loop.md': LOOP_NOTE });
    await rebuildWorkspace(ws.workspace, NOW);
    const cacheDir = ws.file('site/notes/.cache');
    // The rendered bodies (the index beside them records what each page showed).
    const bodies = () => readdirSync(cacheDir).filter((n) => /^[0-9a-f]{64}\.json$/.test(n)).sort();
    const cacheBefore = bodies();
    expect(cacheBefore).toHaveLength(1);
    const cacheTimes = cacheBefore.map((n) => statSync(join(cacheDir, n)).mtimeMs);

    await record(ws, 'tokenization', '0.9');
    const page = ws.read('site/notes/m1-loop.html');
    expect(page).toMatch(/data-concept="tokenization"><strong>Tokenization<\/strong> <span class="chip tone-learning-high">learning · mastery 90%<\/span><br><span class="small">Learning: 90% over 1 exchange, the last on 2026-06-21\.<\/span>/);
    expect(bodies()).toEqual(cacheBefore);
    expect(cacheBefore.map((n) => statSync(join(cacheDir, n)).mtimeMs)).toEqual(cacheTimes);

    const snapshot = readSnapshot(ws.workspace, NOW);
    const again = await refreshNotes(ws.workspace, snapshot.domain, snapshot.derived, { mode: 'record' });
    expect(again).toMatchObject({ rendered: 0, written: [], removed: [] });
  });

  it('rewrites only the pages whose standing changed: a record on one concept leaves a note on another alone', async () => {
    const ws = workspaceWithNotes({ 'loop.md': '---\nconcepts: [tokenization]\n---\n# Loop', 'position.md': '---\nconcepts: [position]\n---\n# Position' });
    await rebuildWorkspace(ws.workspace, NOW);
    const before = { loop: ws.read('site/notes/loop.html'), position: statSync(ws.file('site/notes/position.html')).mtimeMs };
    await record(ws, 'tokenization', '0.6');
    expect(ws.read('site/notes/loop.html')).not.toBe(before.loop);
    expect(ws.read('site/notes/loop.html')).toContain('Learning: 60% over 1 exchange');
    expect(statSync(ws.file('site/notes/position.html')).mtimeMs).toBe(before.position);
  });

  it('renders a note that changed since the last record, and says what is wrong with it once', async () => {
    const ws = workspaceWithNotes({ 'm1-loop.md': LOOP_NOTE });
    await rebuildWorkspace(ws.workspace, NOW);
    writeFileSync(ws.file('notes/m1-loop.md'), LOOP_NOTE.replace('[tokenization, sampling]', '[tokenization, samplin]').replace('The softmax', 'The new softmax'));
    const first = await record(ws, 'tokenization', '0.9');
    expect(first.warnings).toEqual(['notes/m1-loop.md line 4: unknown concept "samplin" (nearest: sampling); the page is linked without it']);
    expect(ws.read('site/notes/m1-loop.html')).toContain('The new softmax');
    const second = await record(ws, 'tokenization', '0.9');
    expect(second.warnings).toEqual([]);
  });

  it('a first note written between two records gets its page and KaTeX\'s files on the next record', async () => {
    const ws = workspaceWithNotes();
    await rebuildWorkspace(ws.workspace, NOW);
    expect(existsSync(ws.file('site/notes'))).toBe(false);
    writeFileSync(ws.file('notes/new.md'), '# New\n\n$x^2$');
    await record(ws, 'tokenization', '0.5');
    expect(ws.read('site/notes/new.html')).toContain('class="katex"');
    expect(existsSync(ws.file('site/assets/katex/katex.min.css'))).toBe(true);
    expect(ws.read('site/index.html')).toContain('<a href="./notes/new.html">New</a>');
  });
});

describe('hostile and broken notes never break build or log', () => {
  it('refuses a 5 MB note and broken front matter with a message, renders the hostile one inert, and records', async () => {
    const ws = workspaceWithNotes({
      'huge.md': Buffer.alloc(5 * 1024 * 1024, 'a'),
      'broken.md': '---\ntitle: Broken\nconcepts:\n  nested: map\n---\ntext',
      'unclosed.md': '---\ntitle: Never closed\n',
      'hostile.md': '---\ntitle: "<script>alert(1)</script>"\ntags: [<b>bold</b>]\n---\n<script>alert(2)</script>\n\n[x](javascript:alert(3))\n\n$\\href{javascript:alert(4)}{y}$\n\n<iframe src="https://evil.example"></iframe>',
      'fine.md': '# Fine',
    });
    const snapshot = await rebuildWorkspace(ws.workspace, NOW);
    expect(snapshot.warnings).toEqual([
      'notes/broken.md line 4: front matter refused: an indented line that is not a list item (nested maps are not supported); no page was written (fix the front matter, or remove it)',
      'notes/huge.md: not rendered: it is 5.0 MB; a note is at most 1 MB (split it into several notes)',
      'notes/unclosed.md line 1: front matter refused: the front matter opened by `---` on line 1 never closes (no second `---` line); no page was written (fix the front matter, or remove it)',
    ]);
    expect(readdirSync(ws.file('site/notes')).filter((n) => n.endsWith('.html')).sort()).toEqual(['fine.html', 'hostile.html']);
    const hostile = ws.read('site/notes/hostile.html');
    expect(hostile).not.toMatch(/<script|<iframe|<b>|href="javascript:/i);
    expect(hostile).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(hostile).toContain('<li class="tag">#&lt;b&gt;bold&lt;/b&gt;</li>');
    expect(ws.read('site/index.html')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    expect(ws.read('site/index.html')).not.toContain('<script>alert');

    const outcome = await record(ws, 'tokenization', '0.8');
    expect(outcome.after.learner.concepts.tokenization?.observations).toBe(1);
    expect(ws.read('memory/evidence.jsonl').split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('a note that is a symbolic link (say, to a file outside the workspace) is refused, not followed', async () => {
    const ws = workspaceWithNotes({ 'fine.md': '# Fine' });
    symlinkSync('/etc/passwd', ws.file('notes/passwd.md'));
    const snapshot = await rebuildWorkspace(ws.workspace, NOW);
    expect(snapshot.warnings).toEqual([expect.stringMatching(/^notes\/passwd\.md: not rendered: .*passwd\.md is a symbolic link, not a regular file: refused/)]);
    expect(existsSync(ws.file('site/notes/passwd.html'))).toBe(false);
    expect(snapshot.notePages).toBe(1);
  });

  it('a notes/ that cannot be written to is a warning, and the record is still made', async () => {
    const ws = workspaceWithNotes({ 'a.md': '# A' });
    // site/notes is a file: no page can be written under it.
    mkdirSync(ws.file('site'), { recursive: true });
    writeFileSync(ws.file('site/notes'), 'in the way');
    const outcome = await record(ws, 'tokenization', '0.8');
    expect(outcome.warnings.join('\n')).toMatch(/notes\/a\.md: not rendered|the study notes were not updated/);
    expect(ws.read('memory/evidence.jsonl').split('\n').filter(Boolean)).toHaveLength(1);
    expect(readFileSync(ws.file('site/index.html'), 'utf8')).toContain('Tiny course');
  });
});
