import { describe, expect, it } from 'vitest';
import { renderTranscript } from '../../src/render/transcript.js';
import type { Exchange } from '../../src/transcript/parse.js';

const at = (iso: string) => iso;
const exchanges: Exchange[] = [
  { learner: { ts: at('2026-06-18T09:00:00Z'), text: 'Why <img src=x onerror=alert(1)>?' }, tutor: { ts: at('2026-06-18T09:01:00Z'), text: '**Because** of `tokens`:\n\n| T | p |\n|---|---|\n| 1 | 95% |\n\n- one\n- two\n\n```\ncode <b>\n```\n\n<script>alert(1)</script> [x](javascript:alert(1))', thinking: null } },
  { learner: { ts: at('2026-06-18T10:00:00Z'), text: 'Next?' }, tutor: { ts: at('2026-06-18T10:00:30Z'), text: 'Mail me: a@b.example', thinking: 'Consider the tail.' } },
  { learner: { ts: at('2026-06-20T09:00:00Z'), text: 'Day three' }, tutor: null },
];
const page = renderTranscript(exchanges, { timeZone: 'UTC', redacted: true, observations: '**Strong** at transfer.' });

describe('renderTranscript', () => {
  it('groups by day with the count, labels turns with their time', () => {
    expect(page).toContain('<h2>Thursday, 18 June 2026 · 2 exchanges</h2>');
    expect(page).toContain('<h2>Saturday, 20 June 2026 · 1 exchange</h2>');
    expect(page).toContain('3 exchanges · 2 days · Thursday, 18 June 2026 – Saturday, 20 June 2026');
    expect(page).toMatch(/<p class="who">Learner <span class="muted">· 09:00<\/span><\/p>/);
    expect(page).toMatch(/<p class="who">Tutor <span class="muted">· 09:01<\/span><\/p>/);
  });

  it("renders the tutor's Markdown: emphasis, code, tables, lists", () => {
    expect(page).toContain('<strong>Because</strong> of <code>tokens</code>');
    expect(page).toMatch(/<table>[\s\S]*<td>95%<\/td>/);
    expect(page).toContain('<li>one</li>');
    expect(page).toContain('<pre><code>code &lt;b&gt;\n</code></pre>');
  });

  it('escapes every piece of HTML from the log and refuses javascript: links', () => {
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('href="javascript:');
  });

  it('keeps reasoning apart, and marks the observations as authored', () => {
    expect(page).toContain('e-mail addresses and secrets replaced by [redacted] markers');
    expect(page).toContain("<summary>Tutor's stored reasoning</summary>");
    expect(page).toMatch(/Afterthought: the tutor's observations[\s\S]*not part of the verbatim transcript[\s\S]*<strong>Strong<\/strong> at transfer/);
  });
});
