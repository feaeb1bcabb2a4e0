// renderTranscript(exchanges, options) → site/transcript.html: the tutoring chat, day by day.
// The tutor's Markdown is rendered with raw HTML disabled (markdown-it escapes it), the learner's
// text is escaped as typed, and the page carries no script: days collapse with <details>.
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import type { Exchange } from '../transcript/parse.js';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
// Links open as plain links; markdown-it already refuses javascript:, vbscript:, file: and data: URLs.
markdown.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]?.attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

const hb = Handlebars.create();
let compiled: Handlebars.TemplateDelegate | null = null;

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
    .map((p) => `<p>${Handlebars.escapeExpression(p).replace(/\n/g, '<br>')}</p>`)
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
  compiled ??= hb.compile(TRANSCRIPT_TEMPLATE, { strict: true });
  return compiled(transcriptView(exchanges, options));
}

const TRANSCRIPT_TEMPLATE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{{title}}</title>
<style>
:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --learner:#eef4ff; --tutor:#f6f8fa; --accent:#0550ae; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); overflow-wrap: anywhere; }
main { max-width: 900px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: .3rem 0; }
h2 { font-size: 1.1rem; margin: 0; display: inline; }
.muted { color: var(--muted); }
details.day { margin: 1rem 0; }
details.day > summary { cursor: pointer; padding: .5rem .7rem; border: 1px solid var(--line); border-radius: 8px; background: #fff; position: sticky; top: 0; }
.turn { border-radius: 10px; padding: .4rem .9rem; margin: .7rem 0; border: 1px solid var(--line); }
.turn.learner { background: var(--learner); margin-right: 8%; }
.turn.tutor { background: var(--tutor); margin-left: 4%; }
.who { font-weight: 700; font-size: .85rem; }
.turn pre { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow-x: auto; }
.turn code { font-size: .9em; }
.turn table { border-collapse: collapse; display: block; overflow-x: auto; }
.turn th, .turn td { border: 1px solid var(--line); padding: .25rem .5rem; }
.turn blockquote { border-left: 3px solid var(--line); margin: .5rem 0; padding-left: .8rem; color: var(--muted); }
.reasoning summary { cursor: pointer; color: var(--muted); font-size: .85rem; }
.afterthought { margin-top: 2.5rem; border-top: 3px double var(--line); padding-top: 1rem; }
a { color: var(--accent); }
</style>
</head>
<body>
<main>
<header>
<h1>{{title}}</h1>
<p class="muted">{{summary}}. Verbatim from the tutor's session logs; tool calls, tool output and harness messages left out{{#if redacted}}; e-mail addresses and secrets replaced by [redacted] markers{{/if}}. <a href="./index.html">Dashboard</a></p>
</header>
{{#if empty}}<p>No tutoring conversation has been recorded for this workspace yet.</p>{{/if}}
{{#each days}}
<details class="day" open data-day="{{key}}">
<summary><h2>{{heading}}</h2></summary>
{{#each turns}}
<article class="turn {{role}}"><p class="who">{{label}} <span class="muted">· {{time}}</span></p>
{{{html}}}
{{#if thinking}}<details class="reasoning"><summary>Tutor's stored reasoning</summary>{{{thinking}}}</details>{{/if}}
</article>
{{/each}}
</details>
{{/each}}
{{#if observations}}
<section class="afterthought" aria-labelledby="after-h">
<h2 id="after-h">Afterthought: the tutor's observations of the learner</h2>
<p class="muted"><em>Written by the tutor in memory/observations.md: an authored read of the learner, not part of the verbatim transcript.</em></p>
{{{observations}}}
</section>
{{/if}}
</main>
</body>
</html>
`;
