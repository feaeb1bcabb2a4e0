// renderTranscript(exchanges, options) → site/transcript.html: the tutoring chat, day by day.
// The tutor's Markdown is rendered with raw HTML disabled (markdown-it escapes it), the learner's
// text is escaped as typed, and the page carries no script: days collapse with <details>.
// Redaction (issue 14) happens here, on the text as the reader will see it: Markdown is parsed
// first, and the secret finder reads the decoded text of its tokens, so `ghp&#95;…` or
// `sk\-ant\-…` is a key to it as it is to the reader; what it finds is replaced in the tokens, so a
// marker is never read as Markdown.
import MarkdownIt, { type Token } from 'markdown-it';
import type { Exchange } from '../transcript/parse.js';
import type { SecretSpan } from '../transcript/redact.js';
import { compileTemplate, createEnvironment, escapeExpression, type Template } from './handlebars.js';
import { TRANSCRIPT_TEMPLATE } from './templates.js';

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
  return { text, pieces: [{ start: 0, end: text.length, write: (t) => (value = t) }], html: () => plainToHtml(value) };
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

/** The learner's words as typed: escaped, paragraphs and line breaks kept. */
function plainToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeExpression(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

async function transcriptView(exchanges: readonly Exchange[], options: TranscriptOptions) {
  const shown: Shown[] = [];
  const show = (made: Shown) => {
    shown.push(made);
    return made;
  };
  const days: { key: string; label: string; exchanges: number; turns: { role: string; label: string; time: string; html: Shown; thinking: Shown | null }[] }[] = [];
  for (const exchange of exchanges) {
    const ts = exchange.learner?.ts ?? exchange.tutor?.ts ?? '';
    const key = dayKey(ts, options.timeZone);
    let day = days[days.length - 1];
    if (!day || day.key !== key) {
      day = { key, label: dayLabel(ts, options.timeZone), exchanges: 0, turns: [] };
      days.push(day);
    }
    if (exchange.learner) {
      day.exchanges += 1;
      day.turns.push({ role: 'learner', label: 'Learner', time: timeLabel(exchange.learner.ts, options.timeZone), html: show(plainShown(exchange.learner.text)), thinking: null });
    }
    if (exchange.tutor && exchange.tutor.text) {
      day.turns.push({
        role: 'tutor',
        label: 'Tutor',
        time: timeLabel(exchange.tutor.ts, options.timeZone),
        html: show(markdownShown(exchange.tutor.text)),
        thinking: exchange.tutor.thinking ? show(markdownShown(exchange.tutor.thinking)) : null,
      });
    }
  }
  const observations = options.observations ? show(markdownShown(options.observations)) : null;
  if (options.redact) {
    // One call for the whole page: the finder is cheaper for many texts at once.
    const found = await options.redact(shown.map((s) => s.text));
    shown.forEach((s, i) => applySpans(s, found[i] ?? []));
  }
  const total = days.reduce((n, d) => n + d.exchanges, 0);
  const first = days[0];
  const last = days[days.length - 1];
  return {
    title: options.title ?? 'Tutoring transcript',
    summary: `${total} exchange${total === 1 ? '' : 's'} · ${days.length} day${days.length === 1 ? '' : 's'}${first && last ? ` · ${first.label} – ${last.label}` : ''}`,
    empty: days.length === 0,
    days: days.map((d) => ({
      ...d,
      heading: `${d.label} · ${d.exchanges} exchange${d.exchanges === 1 ? '' : 's'}`,
      turns: d.turns.map((t) => ({ ...t, html: t.html.html(), thinking: t.thinking ? t.thinking.html() : null })),
    })),
    observations: observations ? observations.html() : null,
    redacted: options.redact !== null,
  };
}

export async function renderTranscript(exchanges: readonly Exchange[], options: TranscriptOptions): Promise<string> {
  compiled ??= compileTemplate(hb, TRANSCRIPT_TEMPLATE);
  return compiled(await transcriptView(exchanges, options));
}
