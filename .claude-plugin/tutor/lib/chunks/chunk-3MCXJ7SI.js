import {
  DAY_MS
} from "./chunk-3IFCJDTX.js";
import {
  compileTemplate,
  createEnvironment
} from "./chunk-ICAKGZOQ.js";
import {
  LINE_HEIGHT,
  PAD_Y
} from "./chunk-7ZS64KOY.js";
import {
  nearestIds
} from "./chunk-EEDM6MZ5.js";

// src/core/notes.ts
var MAX_NOTE_BYTES = 1024 * 1024;
var MAX_NOTES = 500;
var MAX_TITLE = 200;
var MAX_DESCRIPTION = 600;
var MAX_TAGS = 40;
var asList = (value) => typeof value === "string" ? value === "" ? [] : [value] : value;
var oneLine = (text, max) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
};
function noteSlug(fileName) {
  const base = fileName.replace(/\.md$/i, "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const slug = base.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "").slice(0, 80);
  return slug.length > 0 ? slug : "note";
}
function firstHeading(body) {
  const match = /^#{1,2}[ \t]+(.+?)[ \t#]*$/m.exec(body);
  if (!match?.[1]) return null;
  const text = match[1].replace(/[*_`]/g, "").trim();
  return text.length > 0 ? text : null;
}
function refs(field) {
  if (!field) return [];
  const values = asList(field.value);
  return values.map((id, i) => ({ id: id.trim(), line: field.itemLines[i] ?? field.line })).filter((r) => r.id !== "");
}
function deriveNoteMeta(fileName, fields, body) {
  const problems = [];
  const scalar = (key) => {
    const field = fields.get(key);
    if (!field) return null;
    if (typeof field.value !== "string") {
      problems.push(`line ${field.line}: "${key}" should be one line of text, not a list; ignored`);
      return null;
    }
    return field.value.trim() === "" ? null : field.value;
  };
  const title = scalar("title");
  const description = scalar("description");
  const tagsField = fields.get("tags") ?? fields.get("tag");
  const tags = tagsField ? asList(tagsField.value).map((t) => oneLine(t, 60)).filter((t) => t !== "") : [];
  if (tags.length > MAX_TAGS) problems.push(`line ${tagsField?.line}: ${tags.length} tags; the first ${MAX_TAGS} are shown`);
  return {
    title: oneLine(title ?? firstHeading(body) ?? fileName.replace(/\.md$/i, ""), MAX_TITLE),
    description: description === null ? null : oneLine(description, MAX_DESCRIPTION),
    tags: [...new Set(tags)].slice(0, MAX_TAGS),
    modules: [...refs(fields.get("module")), ...refs(fields.get("modules"))],
    concepts: [...refs(fields.get("concepts")), ...refs(fields.get("concept"))],
    problems
  };
}
function unknownRef(file, kind, ref, known) {
  const near = nearestIds(ref.id, known);
  const hint = near.length > 0 ? `nearest: ${near.join(", ")}` : `no ${kind} id in memory/domain.json is close to it`;
  return `${file} line ${ref.line}: unknown ${kind} "${ref.id.slice(0, 60)}" (${hint}); the page is linked without it`;
}
function linkNote(domain, file, slug, meta) {
  const warnings = meta.problems.map((p) => `${file}${p.startsWith("line ") ? " " : ": "}${p}`);
  const moduleIds = domain.modules.map((m) => m.id);
  const conceptIds = domain.concepts.map((c) => c.id);
  const modules = [];
  for (const ref of meta.modules) {
    if (domain.moduleById.has(ref.id)) {
      if (!modules.includes(ref.id)) modules.push(ref.id);
    } else warnings.push(unknownRef(file, "module", ref, moduleIds));
  }
  const concepts = [];
  for (const ref of meta.concepts) {
    if (domain.conceptById.has(ref.id)) {
      if (!concepts.includes(ref.id)) concepts.push(ref.id);
    } else warnings.push(unknownRef(file, "concept", ref, conceptIds));
  }
  return { link: { file, slug, title: meta.title, description: meta.description, tags: meta.tags, modules, concepts }, warnings };
}
function noteConcepts(domain, link) {
  if (link.concepts.length > 0) return [...link.concepts];
  const modules = new Set(link.modules);
  return domain.concepts.filter((c) => modules.has(c.module)).map((c) => c.id);
}
function noteModules(domain, link) {
  if (link.modules.length > 0) return [...link.modules];
  const out = [];
  for (const id of link.concepts) {
    const module = domain.conceptById.get(id)?.module;
    if (module && !out.includes(module)) out.push(module);
  }
  return out;
}
var NOTES_README = `# Study notes

Each \`*.md\` file here becomes a study page, \`site/notes/<name>.html\`, when \`tutor build\` runs (and
on every \`tutor log\` after a note changed). The dashboard links it under its module and concepts,
and the page shows where the learner stands on them. This README is not rendered.

A note starts with front matter; every field is optional:

    ---
    title: The inference loop
    module: M1
    concepts: [autoregressive_loop, sampling_temperature]
    tags: [summary, exercises]
    description: One sentence on what this note teaches.
    ---

Then Markdown (raw HTML is shown as text), with:

- math in TeX: \`$\u2026$\` inline, \`$$\u2026$$\` on lines of their own for display (typeset at build time);
- citations as footnotes: \`a claim[^1]\` and, at the end, \`[^1]: Author, *Title*, year, URL\`;
- two callouts, each line starting with \`>\`:
  \`> [!must-know] Title\` (what a practitioner must know) and
  \`> [!curious] Title\` (for the curious: derivations, history, further reading).
`;

// src/render/charts.ts
var fmt = (x) => (Math.round(x * 10) / 10).toString();
function sparklinePoints(values, width = 84, height = 22) {
  if (values.length === 0) return { points: "", last: null };
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const coords = values.map((v, i) => ({ x: fmt(2 + i * step), y: fmt(height - 2 - v * (height - 4)) }));
  return { points: coords.map((c) => `${c.x},${c.y}`).join(" "), last: coords[coords.length - 1] ?? null };
}
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
function dayOf(date) {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}
function utc(day) {
  return new Date(day * DAY_MS);
}
function humanDate(date, withYear = false) {
  const d = utc(dayOf(date));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${withYear ? ` ${d.getUTCFullYear()}` : ""}`;
}
function fullDate(date) {
  const day = dayOf(date);
  return `${WEEKDAYS[((day + 3) % 7 + 7) % 7]} ${humanDate(date, true)}`;
}
var fmt2 = (x) => (Math.round(x * 100) / 100).toString();
function timeTicks(lo, hi, pxPerDay, minSpacing) {
  const fits = (days) => days * pxPerDay >= minSpacing;
  const firstMonday = (d) => d + (7 - ((d + 3) % 7 + 7) % 7) % 7;
  for (const [step, first] of [
    [1, (d) => d],
    [2, (d) => d],
    [7, firstMonday],
    [14, firstMonday]
  ]) {
    if (!fits(step)) continue;
    const out = [];
    for (let day = first(lo); day <= hi; day += step) out.push({ day, label: humanDate(utc(day).toISOString()) });
    return out;
  }
  const monthSpacing = minSpacing * 1.2;
  const start = utc(lo);
  const monthStarts = (every2) => {
    const out = [];
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); ; m === 11 ? (m = 0, y += 1) : m += 1) {
      const day = Math.floor(Date.UTC(y, m, 1) / DAY_MS);
      if (day > hi) return out;
      if (day >= lo && m % every2 === 0) out.push(day);
    }
  };
  for (const [months, shortest] of [
    [1, 28],
    [2, 59],
    [3, 89],
    [6, 181]
  ]) {
    if (!(shortest * pxPerDay >= monthSpacing)) continue;
    return monthStarts(months).map((day, i) => {
      const d = utc(day);
      return { day, label: i === 0 || d.getUTCMonth() === 0 ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : `${MONTHS[d.getUTCMonth()]}` };
    });
  }
  let every = 1;
  for (let i = 1; 365 * every * pxPerDay < monthSpacing && i < 30; i++) every = [1, 2, 5][i % 3] * 10 ** Math.floor(i / 3);
  return monthStarts(12).filter((day) => utc(day).getUTCFullYear() % every === 0).map((day) => ({ day, label: `${utc(day).getUTCFullYear()}` }));
}
function timelineGeometry(timeline, size) {
  const { width, height, fontSize } = size;
  const left = Math.ceil(fontSize * 3.2);
  const right = Math.ceil(fontSize * 2);
  const top = Math.ceil(fontSize * 0.8);
  const bottom = Math.ceil(fontSize * 2.2);
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const firstDay = dayOf(timeline[0]?.date ?? "1970-01-01");
  const lastDay = dayOf(timeline[timeline.length - 1]?.date ?? "1970-01-01");
  const lo = lastDay > firstDay ? firstDay : firstDay - 1;
  const hi = lastDay > firstDay ? lastDay : lastDay + 1;
  const x = (day) => left + (day - lo) * plotW / (hi - lo);
  const y = (m) => top + plotH - m * plotH;
  const xs = timeline.map((p) => x(dayOf(p.date)));
  const dots = timeline.map((p, i) => ({
    x: fmt2(xs[i]),
    y: fmt2(y(p.mastery)),
    label: `${fullDate(p.date)}: overall mastery ${Math.round(p.mastery * 100)}%, ${p.mastered} mastered, ${plural(p.exit_passed, "exit item")} passed`
  }));
  const points = [];
  dots.forEach((d, i) => {
    const previous = dots[i - 1];
    if (previous) points.push(`${d.x},${previous.y}`);
    points.push(`${d.x},${d.y}`);
  });
  return {
    width,
    height,
    fontSize,
    plot: { left: fmt2(left), right: fmt2(left + plotW), top: fmt2(top), bottom: fmt2(top + plotH), labelX: fmt2(left - 6), tickEnd: fmt2(top + plotH + 4) },
    points: points.join(" "),
    dots,
    gridlines: [0, 0.25, 0.5, 0.75, 1].map((m) => ({ y: fmt2(y(m)), label: `${m * 100}%` })),
    // A date label is about five characters wide, plus a gap.
    ticks: timeTicks(lo, hi, plotW / (hi - lo), fontSize * 5.5).map((t) => ({ x: fmt2(x(t.day)), label: t.label })),
    tickY: fmt2(top + plotH + fontSize * 1.5),
    xs
  };
}
function timelineChart(timeline) {
  if (timeline.length === 0) return null;
  return {
    first: fullDate(timeline[0]?.date ?? ""),
    last: fullDate(timeline[timeline.length - 1]?.date ?? ""),
    wide: timelineGeometry(timeline, { width: 640, height: 220, fontSize: 13 }),
    narrow: timelineGeometry(timeline, { width: 340, height: 200, fontSize: 13 })
  };
}
var ACTIVITY_LEVELS = [
  { level: 0, label: "0", min: 0 },
  { level: 1, label: "1\u20132", min: 1 },
  { level: 2, label: "3\u20135", min: 3 },
  { level: 3, label: "6\u20139", min: 6 },
  { level: 4, label: "10+", min: 10 }
];
function levelOf(count) {
  let level = 0;
  for (const l of ACTIVITY_LEVELS) if (count >= l.min) level = l.level;
  return level;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function dueWhen(days, stale, date) {
  if (stale) return days === 0 ? "since today" : `since ${humanDate(date)} (${plural(-days, "day")} ago)`;
  return days === 0 ? "due later today" : days === 1 ? "due tomorrow" : `due in ${days} days`;
}
function activityCalendar(activity, maxDue = 12) {
  const start = dayOf(activity.start);
  const today = dayOf(activity.today);
  const byDay = new Map(activity.days.map((d) => [dayOf(d.date), d.count]));
  const weeks = Array.from({ length: activity.weeks }, (_, w) => {
    const monday = start + 7 * w;
    let label = "";
    for (let d = monday; d < monday + 7; d++) if (utc(d).getUTCDate() === 1) label = MONTHS[utc(d).getUTCMonth()];
    return { label, start: humanDate(utc(monday).toISOString().slice(0, 10), true) };
  });
  const first = weeks[0];
  if (first && first.label === "" && !weeks.slice(1, 3).some((w) => w.label !== "")) first.label = MONTHS[utc(start).getUTCMonth()];
  const rows = WEEKDAYS.map((weekday, r) => ({
    weekday,
    cells: weeks.map((_, w) => {
      const day = start + 7 * w + r;
      if (day > today) return null;
      const date = utc(day).toISOString().slice(0, 10);
      const count = byDay.get(day) ?? 0;
      return { date, count, level: levelOf(count), label: `${fullDate(date)}${day === today ? " (today)" : ""}: ${count === 0 ? "no exchanges" : plural(count, "exchange")}`, today: day === today };
    })
  }));
  const streak = [
    activity.currentStreak > 0 ? `${activity.currentStreak}-day streak` : "No streak running",
    `longest ${plural(activity.longestStreak, "day")}`,
    `${plural(activity.activeDays, "active day")} in the last ${plural(activity.weeks, "week")}`
  ].join(" \xB7 ");
  const due = activity.due.slice(0, maxDue).map((d) => ({
    name: d.name,
    stale: d.stale,
    when: dueWhen(d.days, d.stale, d.due),
    date: humanDate(d.due, d.due.slice(0, 4) !== activity.today.slice(0, 4))
  }));
  return { weeks, levels: ACTIVITY_LEVELS, rows, streak, due, moreDue: activity.due.length - due.length };
}
function masteryTone(status, mastery) {
  if (status === "mastered") return "mastered";
  if (status === "untouched") return "untouched";
  return mastery >= 0.5 ? "learning-high" : "learning-low";
}
var MAP_PAD_X = 6;
var STANDING = { mastered: "\u2713 mastered", untouched: "not started" };
var TONE_FILL = { mastered: "#d2f4dc", "learning-high": "#fff1c2", "learning-low": "#ffe2e0", untouched: "#eef1f4" };
function prereqMapView(layout, domain, learner, module, neighbourhood = false) {
  const nodes = layout.nodes.map((n) => {
    const state = learner.concepts[n.id];
    const concept = domain.conceptById.get(n.id);
    const status = state?.status ?? "untouched";
    const percent = Math.round((state?.mastery ?? 0) * 100);
    const standing = status === "learning" ? `learning \xB7 ${percent}%` : STANDING[status] ?? status;
    const texts = [...n.lines.map((text) => ({ text, status: false })), { text: standing, status: true }];
    const tone = masteryTone(status, state?.mastery ?? 0);
    const current = module !== null && concept?.module === module;
    return {
      x: n.x,
      y: n.y,
      boxWidth: n.width,
      boxHeight: n.height,
      lines: texts.map((t, i) => ({ x: fmt2(n.x + MAP_PAD_X), y: fmt2(n.y + PAD_Y + (i + 1) * LINE_HEIGHT - 3), ...t })),
      title: `${concept?.name ?? n.id}: ${standing}`,
      tone,
      fill: TONE_FILL[tone] ?? "#eef1f4",
      stroke: current ? "#1f2328" : "#8c959f",
      strokeWidth: current ? 2 : 1,
      dashed: neighbourhood && concept?.module !== module
    };
  });
  const edges = layout.edges.map((e) => ({ d: smoothPath(e.points), gap: learner.concepts[e.to]?.prereq_gaps.includes(e.from) ?? false }));
  return { svgWidth: layout.width, svgHeight: layout.height, nodes, edges, crossings: layout.crossings };
}
function smoothPath(points) {
  if (points.length === 0) return "";
  const first = points[0];
  if (points.length < 3) return `M${points.map((p) => `${fmt2(p.x)},${fmt2(p.y)}`).join(" L")}`;
  let d = `M${fmt2(first.x)},${fmt2(first.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i];
    const q = points[i + 1];
    const mid = i === points.length - 2 ? q : { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    d += ` Q${fmt2(p.x)},${fmt2(p.y)} ${fmt2(mid.x)},${fmt2(mid.y)}`;
  }
  return d;
}

// src/render/note-templates.ts
var NOTE_PAGE_TEMPLATE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<title>{{title}} \xB7 study note</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../assets/katex/katex.min.css">
<style>
:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --bg:#ffffff; --panel:#f6f8fa; --accent:#0550ae;
  --mastered:#d2f4dc; --mastered-fg:#116329; --high:#fff1c2; --high-fg:#7d4e00; --low:#ffe2e0; --low-fg:#a40e26; --untouched:#eef1f4;
  --must:#fff8e1; --must-fg:#7d4e00; --curious:#eef4ff; --curious-fg:#0550ae; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
main { max-width: 820px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .3rem 0; line-height: 1.25; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 .5rem; }
h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.small { font-size: .88rem; }
.crumbs { margin: .2rem 0 .6rem; }
.lede { font-size: 1.05rem; margin: .3rem 0; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: .7rem 1rem; margin: 1rem 0; }
.panel h2 { margin: 0 0 .4rem; font-size: 1.05rem; }
.tags, .chips { display: flex; flex-wrap: wrap; gap: .3rem; margin: .5rem 0; padding: 0; list-style: none; }
.tag, .chip { display: inline-block; font-size: .8rem; border-radius: 999px; padding: .05rem .55rem; border: 1px solid var(--line); background: #fff; }
.tone-mastered { background: var(--mastered); color: var(--mastered-fg); }
.tone-learning-high { background: var(--high); color: var(--high-fg); }
.tone-learning-low { background: var(--low); color: var(--low-fg); }
.tone-untouched { background: var(--untouched); color: var(--fg); }
ul.standing { list-style: none; padding: 0; margin: .3rem 0; }
ul.standing li { padding: .4rem 0; border-top: 1px solid var(--line); }
ul.standing li:first-child { border-top: 0; }
.problems { border-left: 4px solid var(--high-fg); }
.note-body pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow-x: auto; tab-size: 4; }
.note-body code { font-size: .9em; }
.note-body :not(pre) > code { background: var(--panel); border-radius: 4px; padding: 0 .25em; }
.note-body img { max-width: 100%; height: auto; }
.note-body hr { border: 0; border-top: 1px solid var(--line); margin: 1.4rem 0; }
.note-body blockquote { border-left: 3px solid var(--line); margin: .8rem 0; padding: .1rem .9rem; color: var(--muted); }
.table-scroll { overflow-x: auto; margin: .8rem 0; }
.table-scroll table { border-collapse: collapse; }
.table-scroll th, .table-scroll td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; overflow-wrap: normal; min-width: 5ch; }
.math-display { display: block; overflow-x: auto; overflow-y: hidden; max-width: 100%; padding: .2rem 0; }
.katex-display { margin: .6rem 0; }
.math-error { color: var(--low-fg); }
aside.callout { border: 1px solid var(--line); border-left: 5px solid; border-radius: 8px; padding: .2rem 1rem; margin: 1rem 0; }
aside.callout-must-know { background: var(--must); border-left-color: var(--must-fg); }
aside.callout-curious { background: var(--curious); border-left-color: var(--curious-fg); }
.callout-title { margin: .5rem 0 .2rem; }
aside.callout-must-know .callout-title strong { color: var(--must-fg); }
aside.callout-curious .callout-title strong { color: var(--curious-fg); }
.footnotes { font-size: .9rem; }
.footnotes-sep { border: 0; border-top: 1px solid var(--line); margin-top: 2rem; }
footer { margin: 2rem 0 1rem; }
@media (max-width: 600px) { main { padding: .6rem; } h1 { font-size: 1.35rem; } .panel { padding: .6rem .7rem; } }
</style>
</head>
<body>
<main>
<nav class="crumbs small" aria-label="Back"><a href="../index.html" data-testid="back">\u2190 Dashboard</a></nav>
<header>
<h1>{{title}}</h1>
{{#if description}}<p class="lede">{{description}}</p>{{/if}}
{{#if modules.length}}<p class="muted small">{{#each modules}}{{#unless @first}} \xB7 {{/unless}}Module {{id}}: {{name}}{{/each}}</p>{{/if}}
{{#if tags.length}}<ul class="tags" aria-label="Tags" data-testid="tags">{{#each tags}}<li class="tag">#{{this}}</li>{{/each}}</ul>{{/if}}
</header>
{{#if concepts.length}}<section class="panel" aria-labelledby="standing-h" data-testid="standing">
<h2 id="standing-h">Where you stand on this</h2>
<ul class="standing">
{{#each concepts}}<li data-concept="{{id}}"><strong>{{name}}</strong> <span class="chip tone-{{tone}}">{{statusLabel}} \xB7 mastery {{masteryText}}</span><br><span class="small">{{standing}}</span><br><span class="small"><strong>Next:</strong> {{next}}</span></li>
{{/each}}
</ul>
<p class="muted small">Updated from the log with every record; <a href="../index.html">the dashboard</a> has the evidence.</p>
</section>{{/if}}
{{#if problems.length}}<section class="panel problems" aria-labelledby="problems-h" data-testid="problems">
<h2 id="problems-h">Problems with this note</h2>
<ul class="small">{{#each problems}}<li>{{this}}</li>{{/each}}</ul>
</section>{{/if}}
<article class="note-body" data-testid="note-body">
{{{body}}}
</article>
<footer class="muted small">Rendered from {{source}} by <code>tutor build</code>. Edit the note, not this page.</footer>
</main>
</body>
</html>
`;
var NOTE_LINKS_PARTIAL = `{{#if notes.length}}<p class="small note-links" data-testid="note-links"><strong>Study notes:</strong>{{#each notes}} <a href="{{href}}">{{title}}</a>{{#unless @last}} \xB7{{/unless}}{{/each}}</p>{{/if}}`;

// src/render/note-page.ts
var KATEX_VERSION = "0.19.1";
var NOTE_RENDER_KEY = `notes-1 katex-${KATEX_VERSION}`;
var hb = createEnvironment();
var page = null;
var percentOf = (x) => `${Math.round(x * 100)}%`;
var sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1);
var STATUS_LABEL = { untouched: "not started", learning: "learning", mastered: "mastered" };
var MOVE_LABEL = {
  resolve_misconception: "resolve a misconception",
  attempt_exit: "attempt an exit item",
  backfill_prereq: "backfill it: a concept you are learning rests on it",
  reprobe_stale: "re-probe it cold",
  continue_module: "continue the module with it"
};
function conceptStanding(domain, derived, id) {
  const concept = domain.conceptById.get(id);
  const s = derived.learner.concepts[id];
  const policy = derived.learner.policy;
  const status = s?.status ?? "untouched";
  const mastery = s?.mastery ?? 0;
  const observations = s?.observations ?? 0;
  const last = s?.last_evidence ? `, the last on ${s.last_evidence.slice(0, 10)}` : "";
  const standing = status === "untouched" ? "Not started: no exchange on it yet." : `${status === "mastered" ? "Mastered" : "Learning"}: ${percentOf(mastery)} over ${plural(observations, "exchange")}${last}.`;
  const move = derived.pedagogy.next.find((m) => m.target === id || m.for === id);
  const unmet = (concept?.prereqs ?? []).filter((p) => derived.learner.concepts[p]?.status !== "mastered").map((p) => domain.conceptById.get(p)?.name ?? p);
  let next;
  if (move && move.target !== id) next = `first backfill ${domain.conceptById.get(move.target)?.name ?? move.target}. ${sentence(move.why)}`;
  else if (move) next = `${MOVE_LABEL[move.kind] ?? move.kind}. ${sentence(move.why)}`;
  else if (status === "mastered") next = s?.stale_days != null ? "due for review: the tutor re-probes it cold." : "nothing: mastered and fresh.";
  else if (unmet.length > 0) next = `first master ${unmet.join(", ")}.`;
  else {
    const missing = [];
    if (observations < policy.min_observations) missing.push(plural(policy.min_observations - observations, "more exchange"));
    if (mastery + 1e-9 < policy.mastery_threshold) missing.push(`mastery from ${percentOf(mastery)} to ${percentOf(policy.mastery_threshold)}`);
    next = status === "untouched" ? "ready to learn: every prerequisite is mastered." : `keep practising: ${missing.join(" and ") || "one more good exchange"} to master it.`;
  }
  return { id, name: concept?.name ?? id, status, statusLabel: STATUS_LABEL[status] ?? status, tone: masteryTone(status, mastery), masteryText: percentOf(mastery), standing, next };
}
function notePageView(domain, derived, input) {
  const { link } = input;
  return {
    title: link.title,
    description: link.description,
    tags: link.tags.map((t) => t.replace(/^#/, "")),
    modules: noteModules(domain, link).map((id) => ({ id, name: domain.moduleById.get(id)?.name ?? id })),
    concepts: noteConcepts(domain, link).map((id) => conceptStanding(domain, derived, id)),
    problems: input.problems,
    source: `notes/${link.file}`,
    body: input.body
  };
}
function renderNotePageView(view) {
  page ??= compileTemplate(hb, NOTE_PAGE_TEMPLATE);
  return page(view);
}
var noteHref = (link) => ({ href: `./notes/${encodeURIComponent(link.slug)}.html`, title: link.title });
function noteLinksView(domain, notes) {
  const byModule = {};
  const byConcept = {};
  for (const note of notes) {
    const href = noteHref(note);
    for (const id of noteModules(domain, note)) (byModule[id] ??= []).push(href);
    for (const id of note.concepts) (byConcept[id] ??= []).push(href);
  }
  return { all: notes.map(noteHref), byModule, byConcept };
}

export {
  MAX_NOTE_BYTES,
  MAX_NOTES,
  noteSlug,
  deriveNoteMeta,
  linkNote,
  NOTES_README,
  sparklinePoints,
  humanDate,
  fullDate,
  timelineChart,
  plural,
  activityCalendar,
  masteryTone,
  prereqMapView,
  NOTE_LINKS_PARTIAL,
  NOTE_RENDER_KEY,
  notePageView,
  renderNotePageView,
  noteLinksView
};
