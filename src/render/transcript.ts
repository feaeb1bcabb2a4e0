// renderTranscript(exchanges, options) → site/transcript.html: the tutoring chat, day by day.
// The tutor's Markdown is rendered with raw HTML disabled (markdown-it escapes it), the learner's
// text is escaped as typed, and the page carries no script: days collapse with <details>.
import MarkdownIt from 'markdown-it';
import type { Exchange } from '../transcript/parse.js';
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

export interface TranscriptOptions {
  /** IANA time zone for days and times (the learner's; a parameter so the output is reproducible). */
  timeZone: string;
  /** Whether the text was redacted before rendering (the header says so). */
  redacted: boolean;
  /** memory/observations.md, shown at the end as the tutor's authored afterthought. */
  observations: string | null;
  title?: string;
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

export function transcriptView(exchanges: readonly Exchange[], options: TranscriptOptions) {
  const days: { key: string; label: string; exchanges: number; turns: { role: string; label: string; time: string; html: string; thinking: string | null }[] }[] = [];
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
      day.turns.push({ role: 'learner', label: 'Learner', time: timeLabel(exchange.learner.ts, options.timeZone), html: plainToHtml(exchange.learner.text), thinking: null });
    }
    if (exchange.tutor && exchange.tutor.text) {
      day.turns.push({
        role: 'tutor',
        label: 'Tutor',
        time: timeLabel(exchange.tutor.ts, options.timeZone),
        html: markdown.render(exchange.tutor.text),
        thinking: exchange.tutor.thinking ? markdown.render(exchange.tutor.thinking) : null,
      });
    }
  }
  const total = days.reduce((n, d) => n + d.exchanges, 0);
  const first = days[0];
  const last = days[days.length - 1];
  return {
    title: options.title ?? 'Tutoring transcript',
    summary: `${total} exchange${total === 1 ? '' : 's'} · ${days.length} day${days.length === 1 ? '' : 's'}${first && last ? ` · ${first.label} – ${last.label}` : ''}`,
    empty: days.length === 0,
    days: days.map((d) => ({ ...d, heading: `${d.label} · ${d.exchanges} exchange${d.exchanges === 1 ? '' : 's'}` })),
    observations: options.observations ? markdown.render(options.observations) : null,
    redacted: options.redacted,
  };
}

export function renderTranscript(exchanges: readonly Exchange[], options: TranscriptOptions): string {
  compiled ??= compileTemplate(hb, TRANSCRIPT_TEMPLATE);
  return compiled(transcriptView(exchanges, options));
}
