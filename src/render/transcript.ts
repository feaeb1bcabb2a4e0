// renderTranscript(exchanges, options) → site/transcript.html: the tutoring chat, day by day.
// The tutor's Markdown is rendered with raw HTML disabled (markdown-it escapes it), the learner's
// text is escaped as typed, whitespace kept (learnerToHtml), and the page carries no script: days
// and rewound branches collapse with <details>.
// Redaction (issue 14) happens here, on the text as the reader will see it: Markdown is parsed
// first, and the secret finder reads the decoded text of its tokens, so `ghp&#95;…` or
// `sk\-ant\-…` is a key to it as it is to the reader; what it finds is replaced in the tokens, so a
// marker is never read as Markdown.
import MarkdownIt, { type Token } from 'markdown-it';
import type { Exchange, RewoundBranch } from '../transcript/parse.js';
import type { SecretSpan } from '../transcript/redact.js';
import { compileTemplate, createEnvironment, escapeExpression, type Template } from './handlebars.js';
import { TRANSCRIPT_ITEMS_PARTIAL, TRANSCRIPT_TEMPLATE } from './templates.js';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
// Links open as plain links; markdown-it already refuses javascript:, vbscript:, file: and data: URLs.
markdown.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]?.attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

const hb = createEnvironment();
let compiled: Template | null = null;

/** Finds the secrets of each text (findSecrets, src/transcript/redact.ts). */
export type SecretFinder = (texts: readonly string[]) => Promise<SecretSpan[][]>;

export interface TranscriptOptions {
  /** IANA time zone for days and times (the learner's; a parameter so the output is reproducible). */
  timeZone: string;
  /** Redaction: what finds the secrets to replace by markers, or null to show everything (--no-redact). */
  redact: SecretFinder | null;
  /** memory/observations.md, shown at the end as the tutor's authored afterthought. */
  observations: string | null;
  title?: string;
}

/** A stretch of what the reader sees, [start, end) in its text, and how to change it. */
interface Piece {
  start: number;
  end: number;
  write: (text: string) => void;
}

/** One text to show: what the reader will see of it, in pieces, and its HTML once redacted. */
interface Shown {
  text: string;
  pieces: Piece[];
  html: () => string;
}

function plainShown(text: string): Shown {
  let value = text;
  return { text, pieces: [{ start: 0, end: text.length, write: (t) => (value = t) }], html: () => learnerToHtml(value) };
}

/** A fence's info string that markdown-it's unescapeAll turns back into exactly `text`. */
const escapeInfo = (text: string) => text.replace(/[\\&]/g, (c) => (c === '&' ? '&amp;' : '\\\\'));

/**
 * The tutor's Markdown, parsed: the text its tokens show, inline runs joined as the reader reads
 * them (`ab**cd**` is "abcd"), blocks apart; then the attributes that hold text (link targets,
 * titles, a fence's language), each apart.
 */
function markdownShown(source: string): Shown {
  const env = {};
  const tokens = markdown.parse(source, env);
  const pieces: Piece[] = [];
  let text = '';
  const add = (value: string, write: (t: string) => void) => {
    pieces.push({ start: text.length, end: text.length + value.length, write });
    text += value;
  };
  const attributes: [string, (t: string) => void][] = [];
  const attribute = (token: Token, name: string, decode: (v: string) => string, encode: (v: string) => string) => {
    const value = token.attrGet(name);
    if (value) attributes.push([decode(value), (t) => token.attrSet(name, encode(t))]);
  };
  const same = (v: string) => v;
  const inline = (children: readonly Token[]) => {
    for (const child of children) {
      if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline') add(child.content, (t) => (child.content = t));
      else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
      else if (child.type === 'link_open' || child.type === 'image') {
        attribute(child, child.type === 'image' ? 'src' : 'href', (v) => markdown.normalizeLinkText(v), (v) => markdown.normalizeLink(v));
        attribute(child, 'title', same, same);
        if (child.children) inline(child.children);
      }
    }
  };
  for (const token of tokens) {
    if (token.type === 'inline') inline(token.children ?? []);
    else if (token.type === 'fence' || token.type === 'code_block') {
      add(token.content, (t) => (token.content = t));
      if (token.info) attributes.push([markdown.utils.unescapeAll(token.info), (t) => (token.info = escapeInfo(t))]);
    } else continue;
    text += '\n\n';
  }
  for (const [value, write] of attributes) {
    add(value, write);
    text += '\n\n';
  }
  return { text, pieces, html: () => markdown.renderer.render(tokens, markdown.options, env) };
}

/**
 * Replaces each span by its marker in the pieces it covers: the first gets the marker, the others
 * lose their part. Spans are sorted and do not overlap.
 */
function applySpans(shown: Shown, spans: readonly SecretSpan[]): void {
  let first = 0;
  const placed = new Set<SecretSpan>();
  for (const piece of shown.pieces) {
    while (first < spans.length && (spans[first]?.end ?? 0) <= piece.start) first += 1;
    const value = shown.text.slice(piece.start, piece.end);
    let out = '';
    let at = 0;
    let touched = false;
    for (let k = first; k < spans.length; k++) {
      const span = spans[k];
      if (!span || span.start >= piece.end) break;
      out += value.slice(at, Math.max(span.start - piece.start, at)) + (placed.has(span) ? '' : span.marker);
      placed.add(span);
      at = Math.min(span.end, piece.end) - piece.start;
      touched = true;
    }
    if (touched) piece.write(out + value.slice(at));
  }
}

function dayKey(ts: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ts));
}

function dayLabel(ts: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(ts));
}

function timeLabel(ts: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(ts));
}

/** A line that opens a fence as Markdown (and Claude Code's prompt box) read it: ``` or ~~~. */
const FENCE = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const BLANK = /^[ \t]*$/;
/** A line that starts indented: code, YAML, a stack trace, never prose. */
const INDENTED = /^[ \t]/;

/**
 * The learner's words as typed (issue 16), escaped, never read as Markdown: pasted Python would
 * lose its `__init__` to bold and its `# comments` to headings, and a stack trace's indentation to
 * paragraph reflow. Every space, tab and line break stays: a fenced block, and a paragraph with an
 * indented line, are code (`<pre>`, monospace, scrolled rather than wrapped so the indentation
 * still reads at 375 px); other paragraphs keep their line breaks and spaces (white-space: pre-wrap).
 */
function learnerToHtml(text: string): string {
  const lines = text.split(/\r?\n/);
  const blocks: string[] = [];
  const code = (body: readonly string[]) => blocks.push(`<pre class="typed"><code>${escapeExpression(body.join('\n'))}</code></pre>`);
  /** Paragraphs between fences: consecutive code paragraphs are one block, blank lines and all. */
  const unfenced = (run: readonly string[]) => {
    let at = 0;
    while (at < run.length) {
      while (at < run.length && BLANK.test(run[at] ?? '')) at += 1;
      let end = at;
      while (end < run.length && !BLANK.test(run[end] ?? '')) end += 1;
      if (end === at) break;
      const paragraph = run.slice(at, end);
      if (!paragraph.some((l) => INDENTED.test(l))) {
        blocks.push(`<p class="typed">${escapeExpression(paragraph.join('\n'))}</p>`);
        at = end;
        continue;
      }
      // The code runs on across blank lines while the next paragraph is code too.
      for (;;) {
        let next = end;
        while (next < run.length && BLANK.test(run[next] ?? '')) next += 1;
        let after = next;
        while (after < run.length && !BLANK.test(run[after] ?? '')) after += 1;
        if (after === next || !run.slice(next, after).some((l) => INDENTED.test(l))) break;
        end = after;
      }
      code(run.slice(at, end));
      at = end;
    }
  };
  let run: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open?.[1]) {
      run.push(lines[i] ?? '');
      continue;
    }
    unfenced(run);
    run = [];
    const marker = open[1];
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end] ?? '')) end += 1;
    code(lines.slice(i + 1, end)); // an unclosed fence runs to the end, as in Markdown
    i = end;
  }
  unfenced(run);
  return blocks.join('\n');
}

interface TurnView {
  role: 'learner' | 'tutor';
  label: string;
  time: string;
  html: Shown;
  thinking: Shown | null;
}

/** What a day or a rewound branch shows, in order: turns, and branches where they split off. */
type ItemView = { turn: TurnView; branch: null } | { turn: null; branch: BranchView };

interface BranchView {
  label: string;
  items: ItemView[];
}

type Show = (made: Shown) => Shown;

/** The items of one exchange: the attempts rewound just before it, then its turns. */
function exchangeItems(exchange: Exchange, day: string, options: TranscriptOptions, show: Show): ItemView[] {
  const items: ItemView[] = (exchange.rewound ?? []).map((branch) => ({ turn: null, branch: branchView(branch, day, options, show) }));
  if (exchange.learner) {
    items.push({ turn: { role: 'learner', label: 'Learner', time: timeLabel(exchange.learner.ts, options.timeZone), html: show(plainShown(exchange.learner.text)), thinking: null }, branch: null });
  }
  if (exchange.tutor && exchange.tutor.text) {
    const { ts, text, thinking } = exchange.tutor;
    items.push({ turn: { role: 'tutor', label: 'Tutor', time: timeLabel(ts, options.timeZone), html: show(markdownShown(text)), thinking: thinking ? show(markdownShown(thinking)) : null }, branch: null });
  }
  return items;
}

/** An abandoned branch (issue 16): collapsed, saying what it is, how long, and when it was left. */
function branchView(branch: RewoundBranch, day: string, options: TranscriptOptions, show: Show): BranchView {
  const items = branch.exchanges.flatMap((x) => exchangeItems(x, day, options, show));
  const messages = items.filter((i) => i.turn !== null).length;
  const left = timeLabel(branch.abandonedAt, options.timeZone);
  const when = dayKey(branch.abandonedAt, options.timeZone) === day ? left : `${left} on ${dayLabel(branch.abandonedAt, options.timeZone)}`;
  return { label: `Rewound: an earlier attempt from here (${messages} message${messages === 1 ? '' : 's'}), abandoned at ${when}`, items };
}

/** The view with every text's HTML, once redaction has run. */
function itemsHtml(items: readonly ItemView[]): unknown[] {
  return items.map((item) =>
    item.turn
      ? { turn: { ...item.turn, html: item.turn.html.html(), thinking: item.turn.thinking ? item.turn.thinking.html() : null }, branch: null }
      : { turn: null, branch: { label: item.branch.label, items: itemsHtml(item.branch.items) } },
  );
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function transcriptView(exchanges: readonly Exchange[], options: TranscriptOptions) {
  const shown: Shown[] = [];
  const show = (made: Shown) => {
    shown.push(made);
    return made;
  };
  const days: { key: string; label: string; exchanges: number; rewound: number; items: ItemView[] }[] = [];
  for (const exchange of exchanges) {
    const ts = exchange.learner?.ts ?? exchange.tutor?.ts ?? exchange.rewound?.[0]?.abandonedAt ?? '';
    const key = dayKey(ts, options.timeZone);
    let day = days[days.length - 1];
    if (!day || day.key !== key) {
      day = { key, label: dayLabel(ts, options.timeZone), exchanges: 0, rewound: 0, items: [] };
      days.push(day);
    }
    // A rewound attempt is not counted as exchanges: the learner took it back.
    if (exchange.learner) day.exchanges += 1;
    day.rewound += exchange.rewound?.length ?? 0;
    day.items.push(...exchangeItems(exchange, key, options, show));
  }
  const observations = options.observations ? show(markdownShown(options.observations)) : null;
  if (options.redact) {
    // One call for the whole page: the finder is cheaper for many texts at once.
    const found = await options.redact(shown.map((s) => s.text));
    shown.forEach((s, i) => applySpans(s, found[i] ?? []));
  }
  const total = days.reduce((n, d) => n + d.exchanges, 0);
  const rewound = days.reduce((n, d) => n + d.rewound, 0);
  const first = days[0];
  const last = days[days.length - 1];
  const rewoundNote = (n: number) => (n > 0 ? ` · ${count(n, 'rewound attempt')}` : '');
  return {
    title: options.title ?? 'Tutoring transcript',
    summary: `${count(total, 'exchange')}${rewoundNote(rewound)} · ${count(days.length, 'day')}${first && last ? ` · ${first.label} – ${last.label}` : ''}`,
    empty: days.length === 0,
    days: days.map((d) => ({ key: d.key, heading: `${d.label} · ${count(d.exchanges, 'exchange')}${rewoundNote(d.rewound)}`, items: itemsHtml(d.items) })),
    observations: observations ? observations.html() : null,
    redacted: options.redact !== null,
  };
}

export async function renderTranscript(exchanges: readonly Exchange[], options: TranscriptOptions): Promise<string> {
  if (compiled === null) {
    // Recursive: a rewound branch lists its own items, which may hold a branch rewound in it.
    hb.registerPartial('transcriptItems', compileTemplate(hb, TRANSCRIPT_ITEMS_PARTIAL));
    compiled = compileTemplate(hb, TRANSCRIPT_TEMPLATE);
  }
  return compiled(await transcriptView(exchanges, options));
}
