// `tutor transcript` as shipped (the built bundle) on a session log full of secrets (issue 14):
// the page written holds none of them, whether the learner typed them, the tutor wrote them in
// Markdown or its stored reasoning held them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTranscript } from '../../src/app/transcript.js';
import { workspaceAt } from '../../src/store/workspace.js';
import { runCli, tempWorkspace } from '../helpers/workspace.js';
import { leaks, MARKDOWN_TRICKS, missing, SECRET_CASES } from '../transcript/secret-corpus.js';

const NOW = '2026-06-21T19:00:00.000Z';
const ALL = [...SECRET_CASES, ...MARKDOWN_TRICKS];

/** A Claude Code session log: for each case, a prompt holding it and a reply (with reasoning) holding it. */
function sessionLog(): string {
  const lines: string[] = [];
  ALL.forEach((c, i) => {
    const at = (s: number) => new Date(Date.parse('2026-06-20T09:00:00Z') + i * 60_000 + s * 1000).toISOString();
    const learner = SECRET_CASES.includes(c) ? `here it is: ${c.text}` : 'and this?';
    lines.push(JSON.stringify({ type: 'user', uuid: `u${i}`, timestamp: at(0), message: { role: 'user', content: learner } }));
    lines.push(JSON.stringify({ type: 'assistant', uuid: `a${i}`, timestamp: at(5), message: { id: `m${i}`, role: 'assistant', content: [{ type: 'thinking', thinking: `Noted: ${c.text}` }, { type: 'text', text: `About this:\n\n${c.text}` }] } }));
  });
  return `${lines.join('\n')}\n`;
}

describe('tutor transcript: secrets', () => {
  it('the built CLI writes a page without any of them, markers in their place', async () => {
    const ws = tempWorkspace({ git: false });
    const log = ws.file('session.jsonl');
    writeFileSync(log, sessionLog());
    const env = { ...ws.env, TZ: 'UTC', TUTOR_NOW: NOW };
    const result = await runCli(['transcript', log, '--out', ws.file('page.html'), '--root', ws.root], { cwd: ws.root, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const page = ws.read('page.html');
    expect(leaks(page, ALL)).toEqual([]);
    expect(missing(page, SECRET_CASES)).toEqual([]);
    expect(page).toContain('[redacted: private key]');

    // The same page from the source, and every secret on it with --no-redact (the log holds them).
    const source = join(ws.root, 'source.html');
    await buildTranscript({ workspace: workspaceAt(ws.root), files: [log], out: source, env: {}, timeZone: 'UTC', redact: true, now: new Date(NOW) });
    expect(readFileSync(source, 'utf8')).toBe(page);
    expect((await runCli(['transcript', log, '--out', ws.file('raw.html'), '--no-redact', '--root', ws.root], { cwd: ws.root, env })).code).toBe(0);
    const raw = ws.read('raw.html');
    expect(ALL.filter((c) => leaks(raw, [c]).length === 0).map((c) => c.kind)).toEqual([]);
  });
});
