// A note's body as the learner will read it (issue 18): the seeds' formulas typeset by KaTeX at
// build time, the callouts, citations and tables; and hostile input rendered inert.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/core/front-matter.js';
import { MATH_LIMITS, renderNoteBody, renderNoteBodyReport } from '../../src/render/note-markdown.js';
import { KATEX_VERSION } from '../../src/render/note-page.js';

const seedBody = (name: string) => {
  const front = parseFrontMatter(readFileSync(resolve(import.meta.dirname, '../fixtures/notes', name), 'utf8'));
  if (!front.ok) throw new Error(front.problem);
  return front.body;
};
const count = (html: string, text: string) => html.split(text).length - 1;

describe('renderNoteBody', () => {
  it('typesets both display formulas of seed 000 with KaTeX, keeping the TeX as MathML annotation', () => {
    const html = renderNoteBody(seedBody('seed-000-life-as-a-model.md'), 'Life as a model');
    expect(count(html, 'class="katex-display"')).toBe(2);
    expect(html).toContain('<annotation encoding="application/x-tex">p(\\text{new model} \\mid \\text{old model}, \\text{feedback})</annotation>');
    expect(html).toContain('<annotation encoding="application/x-tex">p(\\text{guess} \\mid \\text{prompt}, \\text{context})</annotation>');
    expect(html).not.toContain('$$');
    expect(html).toContain('<h2>Model Training and Predition</h2>');
    // Titled by that first ## heading (no title in its front matter), the page shows it once.
    expect(renderNoteBody(seedBody('seed-000-life-as-a-model.md'), 'Model Training and Predition')).not.toContain('<h2>Model Training and Predition</h2>');
  });

  it('renders seed 001 (bold Q&A, rules, lists, an unclosed code fence) and seed 002 (Cyrillic, wiki links as text)', () => {
    const s1 = renderNoteBody(seedBody('seed-001-loss-and-training.md'), 'Loss & Training');
    // The first heading repeats the title the page already shows: dropped.
    expect(s1).not.toContain('<h1>');
    expect(s1).toContain('<strong>What is loss?</strong>');
    expect(s1).toContain('<li>High confidence + corrent answer -&gt; low loss</li>');
    expect(s1).toContain('<pre><code>Training = Loss minimization');
    const s2 = renderNoteBody(seedBody('seed-002-model-embryogenesis.md'), 'Model Embryogenesis And Token Shocks');
    expect(s2).toContain('Эмбриогенез модели');
    expect(s2).toContain('[[Overlay AGI Comprehensive System Development]]');
    expect(count(s2, '<hr>')).toBeGreaterThan(5);
  });

  it('has inline math, the two callouts, footnote citations and tables that scroll in their own box', () => {
    const html = renderNoteBody(
      [
        'Softmax $p_i = e^{z_i} / \\sum_j e^{z_j}$ costs $5 and $10, not math.',
        '',
        '> [!must-know] Temperature',
        '> Divide the logits by $T$ before the softmax.',
        '',
        '> [!curious]',
        '> The Gumbel trick[^g].',
        '',
        '| T | effect |',
        '|---|---|',
        '| 0 | greedy |',
        '',
        '[^g]: Gumbel, *Statistics of Extremes*, 1958, https://example.org/gumbel',
      ].join('\n'),
      'Sampling',
    );
    expect(count(html, 'class="katex"')).toBe(2);
    expect(html).toContain('costs $5 and $10, not math.');
    expect(html).toMatch(/<aside class="callout callout-must-know" data-callout="must-know">\n<p class="callout-title"><strong>Must know<\/strong>: Temperature<\/p>/);
    expect(html).toMatch(/<aside class="callout callout-curious" data-callout="curious">\n<p class="callout-title"><strong>For the curious<\/strong><\/p>/);
    expect(html).toContain('<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>');
    expect(html).toContain('<a href="https://example.org/gumbel" rel="noopener noreferrer">https://example.org/gumbel</a>');
    expect(html).toContain('<div class="table-scroll"><table>');
  });

  it('renders hostile input inert: no tag, no javascript: link, no trusted TeX command', () => {
    const html = renderNoteBody(
      [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '[click](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) <javascript:alert(1)>',
        '![remote](https://tracker.example/pixel.png)',
        '$\\href{javascript:alert(1)}{click}$ $\\url{javascript:alert(2)}$ $\\htmlClass{x}{y}$ $\\includegraphics{https://tracker.example/i.png}$',
        '$$\\text{<b onmouseover=alert(1)>}$$',
        '> [!must-know] <script>alert(3)</script>',
      ].join('\n\n'),
      'Hostile',
    );
    expect(html).not.toMatch(/<script|<img|<b /i);
    // No tag carries an event handler (the handlers typed above are text, escaped).
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).not.toMatch(/src="https?:/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The remote picture is a link to it: opening the page requests nothing.
    expect(html).toContain('<a href="https://tracker.example/pixel.png" rel="noopener noreferrer">image: remote</a>');
    // KaTeX refuses untrusted commands and shows them as errors in red.
    expect(html).toContain('color:#cc0000');
  });

  it('shows a formula too big to typeset as its TeX source, quickly, and says so (a 600 KB one took 69 s)', () => {
    const huge = `x^2 + `.repeat(100_000);
    const started = Date.now();
    const { html, problems } = renderNoteBodyReport(`Small $a+b$ first.\n\n$$${huge}y$$\n\n${'$x$ '.repeat(MATH_LIMITS.formulas + 5)}`, 'Big');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(html).toContain('<code class="math-source">x^2 + x^2 + ');
    expect(html).toContain('<annotation encoding="application/x-tex">a+b</annotation>');
    expect(html.length).toBeLessThan(5_000_000);
    expect(problems).toEqual([`7 formulas were not typeset and are shown as TeX (a note typesets at most ${MATH_LIMITS.formulas} formulas and ${MATH_LIMITS.totalChars} characters of TeX, each formula at most ${MATH_LIMITS.formulaChars})`]);
  });

  it('typesets with the KaTeX version the cache key names', () => {
    expect(katex.version).toBe(KATEX_VERSION);
  });
});
