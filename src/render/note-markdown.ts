// A study note's Markdown body → HTML (issue 18). markdown-it with raw HTML disabled (every `<` the
// learner typed is escaped), TeX typeset now by KaTeX (the page needs no script), footnotes, and the
// two callouts the learner asked for. Loaded only when a note changed: `tutor log` with unchanged
// notes never loads markdown-it or KaTeX (the cached body is re-wrapped, src/app/notes.ts).
//
// Syntax, documented in the README:
//   $…$ inline math, $$…$$ display math (on its own lines, or inline in a paragraph);
//   > [!must-know] Optional title        a "must know" callout (what an application developer needs)
//   > [!curious] Optional title          a "for the curious" callout (for the enthusiast)
//   text[^1] … [^1]: Source, https://…   footnote-style citations
import katex from 'katex';
import MarkdownIt, { type StateBlock, type StateCore, type StateInline, type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { escapeExpression } from './handlebars.js';

/** KaTeX's own limits, kept low: a note is typeset on `log`, and no formula may hang it. */
const KATEX_OPTIONS = { throwOnError: false, trust: false, strict: 'ignore', output: 'htmlAndMathml', maxSize: 50, maxExpand: 500 } as const;

/** The callouts: marker → the class and the heading the reader sees. */
export const CALLOUTS: Readonly<Record<string, { kind: string; label: string }>> = {
  'must-know': { kind: 'must-know', label: 'Must know' },
  'curious': { kind: 'curious', label: 'For the curious' },
  'for-the-curious': { kind: 'curious', label: 'For the curious' },
};

/**
 * What one note may ask of the typesetter. KaTeX's time and output grow with a formula's size (a
 * 600 KB formula took 69 s and made 71 MB of HTML; 50,000 small ones 7 s): past these, formulas are
 * shown as their TeX source and the note says so, so a note never stalls a record.
 */
export const MATH_LIMITS = { formulaChars: 2_000, formulas: 1_000, totalChars: 20_000 } as const;

interface MathBudget {
  formulas: number;
  chars: number;
  skipped: number;
}

const budgetOf = (env: unknown): MathBudget => ((env as { math?: MathBudget }).math ??= { formulas: 0, chars: 0, skipped: 0 });

function typeset(tex: string, displayMode: boolean, env: unknown): string {
  const budget = budgetOf(env);
  const fits = tex.length <= MATH_LIMITS.formulaChars && budget.formulas < MATH_LIMITS.formulas && budget.chars + tex.length <= MATH_LIMITS.totalChars;
  if (!fits) {
    budget.skipped += 1;
    return `<code class="math-source">${escapeExpression(tex)}</code>`;
  }
  budget.formulas += 1;
  budget.chars += tex.length;
  try {
    return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode });
  } catch {
    // throwOnError false covers parse errors; anything else (a stack overflow) shows the source.
    return `<code class="math-error">${escapeExpression(tex)}</code>`;
  }
}

/** `$$` on a line of its own opens display math, closed by a line ending in `$$`; `$$x$$` on one line too. */
function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = (state.bMarks[startLine] as number) + (state.tShift[startLine] as number);
  const max = state.eMarks[startLine] as number;
  if ((state.sCount[startLine] as number) - state.blkIndent >= 4) return false;
  if (state.src.slice(start, start + 2) !== '$$') return false;
  const firstLine = state.src.slice(start + 2, max);
  let content: string;
  let last = startLine;
  if (firstLine.trim().endsWith('$$') && firstLine.trim().length >= 2) {
    content = firstLine.trim().slice(0, -2);
  } else {
    if (firstLine.trim() !== '' && firstLine.includes('$$')) return false;
    const lines = [firstLine];
    let found = false;
    for (let line = startLine + 1; line < endLine; line++) {
      const from = (state.bMarks[line] as number) + (state.tShift[line] as number);
      const text = state.src.slice(from, state.eMarks[line] as number);
      if ((state.sCount[line] as number) < state.blkIndent) break;
      if (text.trimEnd().endsWith('$$')) {
        lines.push(text.trimEnd().slice(0, -2));
        last = line;
        found = true;
        break;
      }
      lines.push(text);
    }
    if (!found) return false;
    content = lines.join('\n');
  }
  if (silent) return true;
  state.line = last + 1;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = content.trim();
  token.map = [startLine, state.line];
  token.markup = '$$';
  return true;
}

/**
 * `$…$` inline (Pandoc's rule, so prices stay text: the opening `$` is not followed by a space, the
 * closing one not preceded by a space nor followed by a digit) and `$$…$$` displayed in a paragraph.
 */
function mathInline(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (src.charCodeAt(pos) !== 0x24 /* $ */) return false;
  const display = src.charCodeAt(pos + 1) === 0x24;
  const open = display ? 2 : 1;
  const first = src[pos + open];
  if (first === undefined || (!display && /\s/.test(first))) return false;
  let end = pos + open;
  for (;;) {
    end = src.indexOf(display ? '$$' : '$', end);
    if (end === -1) return false;
    // An escaped dollar does not close.
    let backslashes = 0;
    for (let k = end - 1; k >= 0 && src[k] === '\\'; k--) backslashes++;
    if (backslashes % 2 === 0) break;
    end += 1;
  }
  const content = src.slice(pos + open, end);
  if (content.trim() === '') return false;
  if (!display && (/\s$/.test(content) || /\d/.test(src[end + 1] ?? ''))) return false;
  if (!silent) {
    const token = state.push(display ? 'math_display_inline' : 'math_inline', 'math', 0);
    token.content = display ? content.trim() : content;
    token.markup = display ? '$$' : '$';
  }
  state.pos = end + open;
  return true;
}

/**
 * `> [!must-know] Title` turns its blockquote into a callout: an <aside> with a heading. The marker
 * line goes; the title, if any, is the learner's text (escaped like the rest).
 */
function callouts(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    if (open.type !== 'blockquote_open') continue;
    const para = tokens[i + 1];
    const inline = tokens[i + 2];
    if (para?.type !== 'paragraph_open' || inline?.type !== 'inline') continue;
    const match = /^\[!([a-z-]+)\][ \t]*([^\n]*)(?:\n|$)/i.exec(inline.content);
    const callout = match ? CALLOUTS[(match[1] as string).toLowerCase()] : undefined;
    if (!match || !callout) continue;
    open.tag = 'aside';
    open.attrSet('class', `callout callout-${callout.kind}`);
    open.attrSet('data-callout', callout.kind);
    const close = tokens.slice(i + 1).find((t) => t.type === 'blockquote_close' && t.level === open.level);
    if (close) close.tag = 'aside';
    const title = new state.Token('callout_title', 'p', 0);
    title.content = (match[2] as string).trim();
    title.meta = { label: callout.label };
    inline.content = inline.content.slice(match[0].length);
    if (inline.content.trim() === '') tokens.splice(i + 1, 3, title);
    else tokens.splice(i + 1, 0, title);
  }
}

/** A page's <h1> is the note's title: a first heading (# or ##) that repeats it is dropped. */
function dropRepeatedTitle(state: StateCore): void {
  const title = (state.env as { title?: string }).title;
  const [open, inline, close] = state.tokens;
  // h1 or h2: the title falls back to the first `#` or `##` heading (core/notes.ts firstHeading).
  if (!title || open?.type !== 'heading_open' || (open.tag !== 'h1' && open.tag !== 'h2') || inline?.type !== 'inline' || close?.type !== 'heading_close') return;
  if (inline.content.replace(/[*_`]/g, '').trim() === title) state.tokens.splice(0, 3);
}

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  md.use(footnote);
  md.block.ruler.before('fence', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.core.ruler.after('block', 'callouts', callouts);
  md.core.ruler.after('block', 'drop_repeated_title', dropRepeatedTitle);
  const rules = md.renderer.rules;
  rules.math_block = (tokens, idx, _options, env) => `<div class="math-display">${typeset(tokens[idx]?.content ?? '', true, env)}</div>\n`;
  rules.math_display_inline = (tokens, idx, _options, env) => `<span class="math-display">${typeset(tokens[idx]?.content ?? '', true, env)}</span>`;
  rules.math_inline = (tokens, idx, _options, env) => typeset(tokens[idx]?.content ?? '', false, env);
  rules.callout_title = (tokens, idx) => {
    const token = tokens[idx] as Token;
    const label = (token.meta as { label: string }).label;
    const title = token.content ? `: ${escapeExpression(token.content)}` : '';
    return `<p class="callout-title"><strong>${label}</strong>${title}</p>\n`;
  };
  // Wide tables scroll inside their box, never the page (375 px).
  rules.table_open = () => '<div class="table-scroll"><table>\n';
  rules.table_close = () => '</table></div>\n';
  rules.link_open = (tokens, idx, options, _env, self) => {
    tokens[idx]?.attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, idx, options);
  };
  // A picture from elsewhere would be a network request when the page opens: it becomes a link.
  const image = rules.image;
  rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as Token;
    const src = token.attrGet('src') ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^data:image\//i.test(src)) {
      const alt = self.renderInlineAsText(token.children ?? [], options, env) || src;
      return `<a href="${escapeExpression(src)}" rel="noopener noreferrer">image: ${escapeExpression(alt)}</a>`;
    }
    if (src.startsWith('//')) return escapeExpression(self.renderInlineAsText(token.children ?? [], options, env));
    return image ? image(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}

let renderer: MarkdownIt | null = null;

/** The HTML of a note's body, and what could not be shown as written; `title` is the page's title. */
export function renderNoteBodyReport(markdown: string, title: string): { html: string; problems: string[] } {
  renderer ??= createRenderer();
  const env: { title: string; math?: MathBudget } = { title };
  const html = renderer.render(markdown, env);
  const skipped = env.math?.skipped ?? 0;
  const problems =
    skipped > 0
      ? [
          `${skipped} formula${skipped === 1 ? ' was' : 's were'} not typeset and are shown as TeX (a note typesets at most ${MATH_LIMITS.formulas} formulas and ${MATH_LIMITS.totalChars} characters of TeX, each formula at most ${MATH_LIMITS.formulaChars})`,
        ]
      : [];
  return { html, problems };
}

/** The HTML of a note's body; `title` is the page's title (a first heading repeating it is dropped). */
export function renderNoteBody(markdown: string, title: string): string {
  return renderNoteBodyReport(markdown, title).html;
}

/** The typesetter's version as loaded (note-page.ts pins the one the cache key names). */
export const katexVersion = (): string => katex.version;
