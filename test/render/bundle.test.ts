// The shipped CLI renders its pages from templates precompiled at build time (scripts/bundle.mjs);
// the source compiles them at first use. Both must give the learner the same page, byte for byte.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildWorkspace } from '../../src/app/rebuild.js';
import { buildTranscript } from '../../src/app/transcript.js';
import { workspaceAt } from '../../src/store/workspace.js';
import { runCli, tempWorkspace } from '../helpers/workspace.js';

const NOW = '2026-06-21T19:00:00.000Z';
const FIXTURE = resolve(import.meta.dirname, '../fixtures/claude-code-transcripts/cc-2.1.42-conversation-thinking-03eb5929.jsonl');

describe('the bundle and the source render the same pages', () => {
  it('dashboard: after records, a misconception, an exit attempt and a retraction', async () => {
    const ws = tempWorkspace();
    const env = { ...ws.env, TUTOR_NOW: NOW };
    const log = (...args: string[]) => runCli(['log', ...args, '--root', ws.root], { cwd: ws.root, env });
    await log('--concept', 'tokenization', '--quality', '0.9');
    await log('--concept', 'sampling', '--quality', '0.4', '--misconception', 'Thinks <b>temperature</b> reranks', '--tag', 'temp-reranks');
    await log('--type', 'exit_test', '--target', 'et1', '--failed', '--note', 'not yet');
    const last = await log('--concept', 'tokenization', '--quality', '0.2', '--json');
    const id = (JSON.parse(last.stdout) as { event: { id: string } }).event.id;
    await log('--type', 'retract', '--target', id, '--note', 'wrong concept');
    expect((await runCli(['build', '--root', ws.root], { cwd: ws.root, env })).code).toBe(0);

    const copy = mkdtempSync(join(tmpdir(), 'tutor-source-render-'));
    cpSync(join(ws.root, 'memory'), join(copy, 'memory'), { recursive: true });
    await rebuildWorkspace(workspaceAt(copy), new Date(NOW));
    const fromBundle = ws.read('site/index.html');
    expect(fromBundle).toContain('temp-reranks');
    expect(fromBundle).toContain('<title>Tokenization: learning · 90%</title>');
    expect(fromBundle).not.toContain('NaN');
    expect(readFileSync(join(copy, 'site', 'index.html'), 'utf8')).toBe(fromBundle);
  });

  it('transcript: a real Claude Code session log', async () => {
    const ws = tempWorkspace();
    const out = join(ws.root, 'bundle.html');
    const result = await runCli(['transcript', FIXTURE, '--out', out, '--root', ws.root], { cwd: ws.root, env: { ...ws.env, TZ: 'UTC', TUTOR_NOW: NOW } });
    expect(result.code).toBe(0);
    const source = join(ws.root, 'source.html');
    await buildTranscript({ workspace: workspaceAt(ws.root), files: [FIXTURE], out: source, env: {}, timeZone: 'UTC', redact: true, now: new Date(NOW) });
    const fromBundle = readFileSync(out, 'utf8');
    expect(fromBundle).toContain('<details');
    expect(readFileSync(source, 'utf8')).toBe(fromBundle);
  });
});
