import { describe, expect, it } from 'vitest';
import { renderTranscript } from '../../src/render/transcript.js';
import type { Exchange } from '../../src/transcript/parse.js';
import { findSecrets } from '../../src/transcript/redact.js';
import { leaks, MARKDOWN_TRICKS, missing, SECRET_CASES } from '../transcript/secret-corpus.js';

const at = (iso: string) => iso;
const exchanges: Exchange[] = [
  { learner: { ts: at('2026-06-18T09:00:00Z'), text: 'Why <img src=x onerror=alert(1)>?' }, tutor: { ts: at('2026-06-18T09:01:00Z'), text: '**Because** of `tokens`:\n\n| T | p |\n|---|---|\n| 1 | 95% |\n\n- one\n- two\n\n```\ncode <b>\n```\n\n<script>alert(1)</script> [x](javascript:alert(1))', thinking: null } },
  { learner: { ts: at('2026-06-18T10:00:00Z'), text: 'Next?' }, tutor: { ts: at('2026-06-18T10:00:30Z'), text: 'Mail me: a@b.example', thinking: 'Consider the tail.' } },
  { learner: { ts: at('2026-06-20T09:00:00Z'), text: 'Day three' }, tutor: null },
];
const page = await renderTranscript(exchanges, { timeZone: 'UTC', redact: findSecrets, observations: '**Strong** at transfer.' });

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

  it('redacts the e-mail address of the tutor\'s text', () => {
    expect(page).toContain('Mail me: [redacted: email]');
  });
});

/** One exchange a day: the learner types `learner`, the tutor answers `tutor` and thinks `thinking`. */
function day(n: number, learner: string, tutor: string, thinking: string | null): Exchange {
  const date = `2026-06-${String(n).padStart(2, '0')}`;
  return { learner: { ts: `${date}T09:00:00Z`, text: learner }, tutor: { ts: `${date}T09:01:00Z`, text: tutor, thinking } };
}

describe('renderTranscript: secrets (issue 14)', () => {
  // Every case in each place the page shows text: the learner's words, the tutor's Markdown, the
  // stored reasoning and the observations.
  const plain = SECRET_CASES.map((c, i) => day(1 + (i % 28), `look: ${c.text}`, `You pasted this:\n\n${c.text}\n\nRevoke it.`, `They shared ${c.text}; say so.`));
  const tricks = MARKDOWN_TRICKS.map((c, i) => day(1 + (i % 28), 'next?', c.text, c.text));
  const exchanges = [...plain, ...tricks];
  const observations = [...SECRET_CASES, ...MARKDOWN_TRICKS].map((c) => `- ${c.text}`).join('\n\n');

  it('the page shows none of them, in any place, and says where each was', async () => {
    const html = await renderTranscript(exchanges, { timeZone: 'UTC', redact: findSecrets, observations });
    expect(leaks(html, [...SECRET_CASES, ...MARKDOWN_TRICKS])).toEqual([]);
    expect(missing(html, SECRET_CASES)).toEqual([]);
    expect(html).toContain('[redacted: token]');
    expect(html).toContain('https://admin:[redacted: password]@host.example.org/x');
    expect(html.match(/\[redacted: /g)?.length ?? 0).toBeGreaterThan(4 * SECRET_CASES.length);
  });

  it('without redaction every one of them is on the page (the corpus is seen)', async () => {
    const html = await renderTranscript(exchanges, { timeZone: 'UTC', redact: null, observations });
    const seen = (cases: typeof SECRET_CASES) => cases.filter((c) => leaks(html, [c]).length > 0).map((c) => c.kind);
    expect(seen(SECRET_CASES)).toEqual(SECRET_CASES.map((c) => c.kind));
    expect(seen(MARKDOWN_TRICKS)).toEqual(MARKDOWN_TRICKS.map((c) => c.kind));
    expect(html).not.toContain('[redacted');
  });

  it('a marker is text, never Markdown: a key before "(url)" does not become a link', async () => {
    const key = SECRET_CASES.find((c) => c.kind === 'GitHub token')?.gone[0] ?? '';
    const html = await renderTranscript([day(1, 'q', `${key}(https://example.org/x) and **${key}**`, null)], { timeZone: 'UTC', redact: findSecrets, observations: null });
    expect(html).toContain('<p>[redacted: token](https://example.org/x) and <strong>[redacted: token]</strong></p>');
  });

  it('keeps the Markdown around a secret: code, emphasis, links', async () => {
    const html = await renderTranscript([day(1, 'q', 'Set `password: hunter2` in **[the admin page](https://admin:pw@host.example.org/x)**.', null)], { timeZone: 'UTC', redact: findSecrets, observations: null });
    expect(html).toContain('<code>password: [redacted: secret]</code>');
    expect(html).toContain('<strong><a href="https://admin:%5Bredacted:%20password%5D@host.example.org/x" rel="noopener noreferrer">the admin page</a></strong>');
  });
});

