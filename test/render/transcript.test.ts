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


describe("renderTranscript: the learner's code keeps its whitespace (issue 16)", () => {
  const python = ['Why does this fail?', '', 'def area(shape):', '    if shape.kind == "circle":', '        return 3.14 * shape.r ** 2', '    return shape.w * shape.h'].join('\n');
  const tabs = 'class A:\n\tdef f(self):\n\t\treturn 1';
  const fenced = ['Here:', '```python', 'for i in range(3):', '    print(i)  # <b>not bold</b>', '', '', '        pass', '```', 'and __init__ is *not* emphasis'].join('\n');
  const trace = ['Traceback (most recent call last):', '  File "app.py", line 3, in <module>', '    main()', 'NameError: name \'main\' is not defined'].join('\n');
  const render = (learner: string, redact = false) => renderTranscript([day(1, learner, 'Look at line 2.', null)], { timeZone: 'UTC', redact: redact ? findSecrets : null, observations: null });

  it('an unfenced Python snippet with 4- and 8-space indents is one code block, every space kept', async () => {
    const html = await render(python);
    expect(html).toContain('<p class="typed">Why does this fail?</p>');
    expect(html).toContain('<pre class="typed"><code>def area(shape):\n    if shape.kind &#x3D;&#x3D; &quot;circle&quot;:\n        return 3.14 * shape.r ** 2\n    return shape.w * shape.h</code></pre>');
  });

  it('tabs are kept as tabs', async () => {
    expect(await render(tabs)).toContain('<pre class="typed"><code>class A:\n\tdef f(self):\n\t\treturn 1</code></pre>');
  });

  it('a fenced block is code with its blank lines; the fence lines go; HTML in it stays text; nothing else is Markdown', async () => {
    const html = await render(fenced);
    expect(html).toContain('<pre class="typed"><code>for i in range(3):\n    print(i)  # &lt;b&gt;not bold&lt;/b&gt;\n\n\n        pass</code></pre>');
    expect(html).not.toContain('```');
    expect(html).toContain('<p class="typed">and __init__ is *not* emphasis</p>');
    expect(html).not.toContain('<b>');
  });

  it('a stack trace and a prompt that starts indented keep their indentation; prose keeps its line breaks', async () => {
    expect(await render(trace)).toContain('<pre class="typed"><code>Traceback (most recent call last):\n  File &quot;app.py&quot;, line 3, in &lt;module&gt;\n    main()\nNameError: name &#x27;main&#x27; is not defined</code></pre>');
    expect(await render('    return x\n        + 1')).toContain('<pre class="typed"><code>    return x\n        + 1</code></pre>');
    expect(await render('one\ntwo  three\n\n\nfour')).toContain('<p class="typed">one\ntwo  three</p>\n<p class="typed">four</p>');
  });

  it('an unclosed fence runs to the end; a secret in code is redacted and the indentation around it stays', async () => {
    expect(await render('```\n  a\n    b')).toContain('<pre class="typed"><code>  a\n    b</code></pre>');
    const html = await render('config:\n    db:\n        password: hunter2hunter2\n        host: db.example.org', true);
    expect(html).toContain('<pre class="typed"><code>config:\n    db:\n        password: [redacted: secret]\n        host: db.example.org</code></pre>');
  });

  it('HTML the learner typed is still escaped, in prose and in code', async () => {
    const html = await render('<img src=x onerror=alert(1)>\n\n    <script>alert(1)</script>');
    expect(html).toContain('<p class="typed">&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</p>');
    expect(html).toContain('<pre class="typed"><code>    &lt;script&gt;alert(1)&lt;/script&gt;</code></pre>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
  });
});

describe('renderTranscript: a rewound branch (issue 16)', () => {
  const left: Exchange = { learner: { ts: '2026-06-18T09:05:00Z', text: 'first try' }, tutor: { ts: '2026-06-18T09:06:00Z', text: 'reply to the first try', thinking: null } };
  const nested: Exchange = { learner: { ts: '2026-06-18T09:08:00Z', text: 'inner try' }, tutor: null };
  const thread: Exchange[] = [
    { learner: { ts: '2026-06-18T09:00:00Z', text: 'start' }, tutor: { ts: '2026-06-18T09:01:00Z', text: 'hello', thinking: null } },
    {
      learner: { ts: '2026-06-18T10:00:00Z', text: 'second try' },
      tutor: { ts: '2026-06-18T10:01:00Z', text: 'reply to the second try', thinking: null },
      rewound: [{ exchanges: [left, { ...nested, learner: { ts: '2026-06-18T09:07:00Z', text: 'then this' }, rewound: [{ exchanges: [nested], abandonedAt: '2026-06-18T09:08:00Z' }] }], abandonedAt: '2026-06-18T10:42:00Z' }],
    },
  ];

  it('is collapsed where it split, labelled with its size and when it was left, and not counted as exchanges', async () => {
    const html = await renderTranscript(thread, { timeZone: 'UTC', redact: null, observations: null });
    expect(html).toContain('2 exchanges · 1 rewound attempt · 1 day');
    expect(html).toContain('<h2>Thursday, 18 June 2026 · 2 exchanges · 1 rewound attempt</h2>');
    expect(html).toContain('<details class="rewound"><summary>Rewound: an earlier attempt from here (3 messages), abandoned at 10:42</summary>');
    expect(html).toContain('<details class="rewound"><summary>Rewound: an earlier attempt from here (1 message), abandoned at 09:08</summary>');
    // A branch comes before the exchange that replaced it: the inner one before "then this".
    const order = ['hello', 'Rewound: an earlier attempt from here (3', 'first try', 'Rewound: an earlier attempt from here (1', 'inner try', 'then this', 'second try', 'reply to the second try'];
    const at = order.map((s) => html.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(html).not.toMatch(/<details class="rewound" open/);
  });

  it('says the day it was left when that is another day; its text is redacted too', async () => {
    const late: Exchange[] = [{ ...thread[1], rewound: [{ exchanges: [{ learner: { ts: '2026-06-17T23:50:00Z', text: 'mail a@b.example' }, tutor: null }], abandonedAt: '2026-06-17T23:55:00Z' }] } as Exchange];
    const html = await renderTranscript(late, { timeZone: 'UTC', redact: findSecrets, observations: null });
    expect(html).toContain('abandoned at 23:55 on Wednesday, 17 June 2026</summary>');
    expect(html).toContain('mail [redacted: email]');
  });

  it('a page without rewinds says nothing of them', async () => {
    expect(page).not.toContain('<details class="rewound"');
    expect(page).not.toContain('rewound attempt');
  });
});
