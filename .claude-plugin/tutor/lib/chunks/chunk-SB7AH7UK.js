import {
  ACTIVITY_PARTIAL,
  CHARTS_STYLE_PARTIAL,
  CONCEPT_PARTIAL,
  DASHBOARD_TEMPLATE,
  EXIT_ITEM_PARTIAL,
  PREREQ_MAP_PARTIAL,
  TIMELINE_CHART_PARTIAL,
  TIMELINE_PARTIAL
} from "./chunk-HJJDSMM7.js";
import {
  LINE_HEIGHT,
  MAP_LAYOUT_VERSION,
  PAD_Y,
  mapLayoutInput,
  mapTooLargeForDagre
} from "./chunk-7ZS64KOY.js";
import {
  compileTemplate,
  createEnvironment,
  escapeExpression
} from "./chunk-SEVYALEV.js";
import {
  DAY_MS
} from "./chunk-RDJOAXJ2.js";
import {
  gitSideFiles
} from "./chunk-QSCBW6NB.js";
import {
  writeFileAtomic
} from "./chunk-M5CY4MCJ.js";
import {
  openRegular,
  readRegularFile
} from "./chunk-2UK4LS3K.js";
import {
  atLeast,
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

// src/render/dashboard.ts
import { createHash } from "node:crypto";

// src/core/activity.ts
var MAX_MS = 864e13 - 200 * 7 * DAY_MS;
function dayKey(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function dayNumber(iso) {
  return Math.floor(Date.parse(iso) / DAY_MS);
}
function deriveActivity(learner, now, options = {}) {
  const weeks = Math.max(1, Math.min(200, Math.floor(options.weeks ?? 12)));
  const horizonDays = options.horizonDays ?? 14;
  const nowMs = Math.max(-MAX_MS, Math.min(MAX_MS, Number.isNaN(now.getTime()) ? 0 : now.getTime()));
  const today = Math.floor(nowMs / DAY_MS);
  const monday = today - ((today + 3) % 7 + 7) % 7;
  const start = monday - 7 * (weeks - 1);
  const perDay = /* @__PURE__ */ new Map();
  for (const point of learner.timeline) {
    if (point.exchanges <= 0) continue;
    const day = dayNumber(`${point.date}T00:00:00Z`);
    perDay.set(day, (perDay.get(day) ?? 0) + point.exchanges);
  }
  const days = [];
  let total = 0;
  let activeDays = 0;
  for (let day = start; day <= today; day++) {
    const count = perDay.get(day) ?? 0;
    days.push({ date: dayKey(day), count });
    total += count;
    if (count > 0) activeDays += 1;
  }
  const active = [...perDay.keys()].sort((a, b) => a - b);
  let longestStreak = 0;
  let run = 0;
  for (let i = 0; i < active.length; i++) {
    run = i > 0 && active[i] === active[i - 1] + 1 ? run + 1 : 1;
    if (run > longestStreak) longestStreak = run;
  }
  let currentStreak = 0;
  const lastActive = [...active].reverse().find((day) => day <= today);
  if (lastActive !== void 0 && lastActive >= today - 1) {
    for (let day = lastActive; perDay.has(day); day--) currentStreak += 1;
  }
  const due = [];
  const staleMs = Math.ceil(learner.policy.stale_days) * DAY_MS;
  const horizonMs = nowMs + horizonDays * DAY_MS;
  for (const [id, c] of Object.entries(learner.concepts)) {
    if (c.last_evidence === null) continue;
    const dueMs = Date.parse(c.last_evidence) + staleMs;
    const stale = c.stale_days !== null;
    const upcoming = !stale && atLeast(c.mastery, learner.policy.stale_min_mastery) && dueMs > nowMs && dueMs <= horizonMs;
    if (!stale && !upcoming || !(Math.abs(dueMs) <= 864e13)) continue;
    due.push({ concept: id, name: c.name, due: new Date(dueMs).toISOString(), days: Math.floor(dueMs / DAY_MS) - today, stale });
  }
  due.sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { weeks, today: dayKey(today), start: dayKey(start), days, total, activeDays, currentStreak, longestStreak, due };
}

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

// src/render/prereq-svg.ts
var ARROW = 'viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" orient="auto"';
function prereqSvg(map, id) {
  const out = [
    `<svg width="${map.svgWidth}" height="${map.svgHeight}" viewBox="0 0 ${map.svgWidth} ${map.svgHeight}" role="img" aria-label="Prerequisite graph of ${map.nodes.length} concepts">`,
    `<defs><marker id="arrow-${id}" ${ARROW}><path d="M0,0 L8,4 L0,8 z" fill="#6e7781"/></marker><marker id="arrow-gap-${id}" ${ARROW}><path d="M0,0 L8,4 L0,8 z" fill="#cf222e"/></marker></defs>`
  ];
  for (const e of map.edges) {
    out.push(
      e.gap ? `<path d="${e.d}" fill="none" stroke="#cf222e" stroke-opacity="0.95" stroke-width="1.2" marker-end="url(#arrow-gap-${id})"/>` : `<path d="${e.d}" fill="none" stroke="#8c959f" stroke-opacity="0.6" stroke-width="1.2" marker-end="url(#arrow-${id})"/>`
    );
  }
  for (const n of map.nodes) {
    let node = `<g class="map-node"><title>${escapeExpression(n.title)}</title><rect x="${n.x}" y="${n.y}" width="${n.boxWidth}" height="${n.boxHeight}" rx="5" fill="${n.fill}" stroke="${n.stroke}" stroke-width="${n.strokeWidth}"${n.dashed ? ' stroke-dasharray="4 3"' : ""}/>`;
    for (const line of n.lines) node += `<text x="${line.x}" y="${line.y}" font-size="11" fill="${line.status ? "#424a53" : "#1f2328"}">${escapeExpression(line.text)}</text>`;
    out.push(`${node}</g>`);
  }
  out.push("</svg>");
  return out.join("\n");
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

// src/render/dashboard.ts
var hb2 = createEnvironment();
hb2.registerHelper("percent", (x) => `${Math.round(x * 100)}%`);
hb2.registerHelper("fixed2", (x) => x.toFixed(2));
hb2.registerHelper("width", (x) => `${Math.max(0, Math.min(100, Math.round(x * 100)))}%`);
hb2.registerHelper("eq", (a, b) => a === b);
hb2.registerHelper("or", (...args) => args.slice(0, -1).some(Boolean));
hb2.registerHelper("notesOf", (byId, id) => byId[id] ?? []);
var compiled = null;
var compiledConcept = null;
function template() {
  if (compiled === null) {
    compiledConcept = compileTemplate(hb2, CONCEPT_PARTIAL);
    hb2.registerPartial("exitItem", compileTemplate(hb2, EXIT_ITEM_PARTIAL));
    hb2.registerPartial("chartStyles", compileTemplate(hb2, CHARTS_STYLE_PARTIAL));
    hb2.registerPartial("timelineChart", compileTemplate(hb2, TIMELINE_CHART_PARTIAL));
    hb2.registerPartial("timeline", compileTemplate(hb2, TIMELINE_PARTIAL));
    hb2.registerPartial("activity", compileTemplate(hb2, ACTIVITY_PARTIAL));
    hb2.registerPartial("prereqMap", compileTemplate(hb2, PREREQ_MAP_PARTIAL));
    hb2.registerPartial("noteLinks", compileTemplate(hb2, NOTE_LINKS_PARTIAL));
    compiled = compileTemplate(hb2, DASHBOARD_TEMPLATE);
  }
  return compiled;
}
function conceptTemplate() {
  template();
  return compiledConcept;
}
var RENDER_KEY_VERSION = 1;
var fragmentSalt = null;
var saltOfFragments = () => fragmentSalt ??= createHash("sha256").update(`${RENDER_KEY_VERSION}\0${CONCEPT_PARTIAL}\0${NOTE_LINKS_PARTIAL}`).digest("hex");
var STATUS_LABEL2 = { untouched: "not started", learning: "learning", mastered: "mastered" };
var MOVE_LABEL2 = {
  resolve_misconception: "Resolve a misconception",
  attempt_exit: "Attempt an exit item",
  backfill_prereq: "Backfill a prerequisite",
  reprobe_stale: "Re-probe a stale concept",
  continue_module: "Continue the module"
};
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
var pad2 = (n) => String(n).padStart(2, "0");
var humanDay = (iso) => humanDate(iso, true);
var asOfText = (iso) => `${fullDate(iso)}, ${iso.slice(11, 16)} UTC`;
function humanMoment(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${humanDay(iso)}, ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())} UTC`;
}
var humanDates = (text) => text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (day) => humanDay(`${day}T00:00:00Z`));
var percentOf2 = (x) => `${Math.round(x * 100)}%`;
function missingForMastery(mastery, observations, threshold, minObservations) {
  const parts = [];
  if (observations < minObservations) parts.push(`${plural(minObservations - observations, "more exchange")} (mastered needs at least ${minObservations})`);
  if (mastery + 1e-9 < threshold) parts.push(`mastery from ${percentOf2(mastery)} to ${percentOf2(threshold)}`);
  return parts.length ? parts.join(" and ") : null;
}
function exchangeView(e) {
  const misconception = e.misconception ? `opened misconception${e.tag ? ` [${e.tag}]` : ""}: ${e.misconception}` : null;
  return { when: humanMoment(e.ts), quality: e.quality.toFixed(1), mastery: percentOf2(e.mastery), note: e.note, misconception, resolved: e.resolved };
}
function conceptView(domain, derived, id, notes = []) {
  const c = domain.conceptById.get(id);
  const s = derived.learner.concepts[id];
  const policy = derived.learner.policy;
  const status = s?.status ?? "untouched";
  const mastery = s?.mastery ?? 0;
  const observations = s?.observations ?? 0;
  const recent = (s?.history ?? []).map((h) => h.mastery);
  const spark = sparklinePoints(recent);
  const stale = s?.stale_days ?? null;
  const missing = status === "mastered" ? null : missingForMastery(mastery, observations, policy.mastery_threshold, policy.min_observations);
  const standing = status === "untouched" ? "Not started: no exchange on it yet." : status === "mastered" ? `Mastered: ${percentOf2(mastery)} over ${plural(observations, "exchange")}.` : `Learning: ${percentOf2(mastery)} over ${plural(observations, "exchange")}; still missing ${missing}.`;
  const open = s?.misconceptions.open ?? [];
  const relapses = s?.misconceptions.relapses ?? 0;
  const short = status === "learning" && observations < policy.min_observations ? `${plural(policy.min_observations - observations, "more exchange")} to go` : null;
  return {
    id,
    name: c?.name ?? id,
    chipHint: short,
    behaviors: c?.behaviors ?? [],
    mastery,
    masteryText: percentOf2(mastery),
    status,
    statusLabel: status === "mastered" && stale !== null ? "mastered \xB7 due for review" : STATUS_LABEL2[status] ?? status,
    tone: masteryTone(status, mastery),
    observations: plural(observations, "exchange"),
    spark,
    sparkTitle: `mastery over ${plural(observations, "exchange")}${recent.length < observations ? ` (last ${recent.length} shown)` : ""}: ${recent.slice(-8).map(percentOf2).join(" \u2192 ")}`,
    stale,
    staleSentence: stale !== null ? `Due for review: no evidence for ${stale} days (a built-up concept turns stale after ${policy.stale_days}); the tutor re-probes it cold.` : null,
    standing,
    gaps: (s?.prereq_gaps ?? []).map((p) => domain.conceptById.get(p)?.name ?? p).join(", "),
    open: open.map((m) => ({ ...m, sinceDay: humanDay(m.since) })),
    resolved: s?.misconceptions.resolved ?? 0,
    relapses,
    relapseSentence: relapses > 0 ? `A misconception came back ${relapses === 1 ? "once" : `${relapses} times`} after being resolved${open.length === 0 ? "; none is open now" : ""}.` : null,
    exchanges: (derived.evidence[id] ?? []).map(exchangeView).reverse(),
    olderExchanges: Math.max(0, observations - (derived.evidence[id]?.length ?? 0)),
    lastEvidence: s?.last_evidence ? humanDay(s.last_evidence) : null,
    notes
  };
}
function exitView(domain, derived, kind, viewOf) {
  return domain.exitTest.filter((e) => e.kind === kind).map((e) => {
    const s = derived.learner.exit[e.id];
    const requires = e.requires.map(viewOf);
    const masteredCount = requires.filter((r) => r.status === "mastered").length;
    const state = s?.passed ? "passed" : s?.ready ? "ready" : "not-ready";
    const unmastered = requires.length - masteredCount;
    const passedNote = s?.passed && unmastered > 0 ? `Passed: the tutor recorded a complete cold answer. ${unmastered} of its ${requires.length} required concepts are not mastered yet: mastery needs repeated evidence on each, which a single pass does not give.` : null;
    return {
      id: e.id,
      prompt: e.prompt,
      state,
      stateLabel: s?.passed ? "Passed" : s?.ready ? "Ready to attempt" : `Not ready: ${masteredCount}/${requires.length} required concepts mastered`,
      attempts: plural(s?.attempts ?? 0, "attempt"),
      lastAttempt: s?.last_attempt ? `last ${s.last_attempt.passed ? "passed" : "failed"} ${humanDay(s.last_attempt.ts)}` : null,
      progress: `${masteredCount}/${requires.length} concepts mastered`,
      passedNote,
      requires
    };
  });
}
function focusModule(domain, derived) {
  const { learner } = derived;
  if (learner.current_module && domain.moduleById.has(learner.current_module)) return learner.current_module;
  return domain.modules.find((m) => (learner.modules[m.id]?.mastered ?? 0) < (learner.modules[m.id]?.concepts ?? 0))?.id ?? null;
}
function mapViews(domain, derived, layouts) {
  if (!layouts) return { map: null, near: null };
  const focus = focusModule(domain, derived);
  const nearLayout = focus ? layouts.near[focus] : void 0;
  const module = focus ? domain.moduleById.get(focus) : void 0;
  return {
    map: { svg: prereqSvg(prereqMapView(layouts.full, domain, derived.learner, focus), "full") },
    near: nearLayout && module ? { module: `${module.id} \xB7 ${module.name}`, svg: prereqSvg(prereqMapView(nearLayout, domain, derived.learner, focus, true), "near") } : null
  };
}
function conceptHtml(view, fragments, kept) {
  if (!fragments) return conceptTemplate()(view);
  const key = createHash("sha256").update(saltOfFragments()).update(JSON.stringify(view)).digest("base64url");
  const html = fragments.previous.get(key) ?? conceptTemplate()(view);
  kept.set(key, html);
  return html;
}
function dashboardView(domain, derived, studyPages = [], options = {}, kept = /* @__PURE__ */ new Map()) {
  const { learner, pedagogy } = derived;
  const notes = noteLinksView(domain, options.notes ?? []);
  const views = /* @__PURE__ */ new Map();
  const viewOf = (id) => {
    let view = views.get(id);
    if (!view) views.set(id, view = conceptView(domain, derived, id, notes.byConcept[id] ?? []));
    return view;
  };
  const current = learner.current_module ? domain.moduleById.get(learner.current_module) : void 0;
  const layerIds = new Set(domain.layers.map((l) => l.id));
  const groupOf = (m) => m.layer !== null && layerIds.has(m.layer) ? m.layer : null;
  const modulesByLayer = groupBy(domain.modules, groupOf);
  const conceptsByModule = groupBy(domain.concepts, (c) => c.module);
  const moduleGroups = [
    ...domain.layers.map((l) => ({ id: l.id, name: l.name })),
    ...modulesByLayer.has(null) ? [{ id: null, name: "Other modules" }] : []
  ];
  const layers = moduleGroups.map((layer) => {
    const modules = (modulesByLayer.get(layer.id) ?? []).map((m) => {
      const s = learner.modules[m.id];
      return {
        id: m.id,
        name: m.name,
        summary: m.summary,
        current: m.id === learner.current_module,
        mastery: s?.mastery ?? 0,
        progress: `${s?.mastered ?? 0}/${s?.concepts ?? 0} mastered`,
        concepts: (conceptsByModule.get(m.id) ?? []).map((c) => {
          const view = viewOf(c.id);
          return { status: view.status, html: conceptHtml(view, options.fragments, kept) };
        })
      };
    });
    const total = modules.reduce((n, m) => n + m.concepts.length, 0);
    const mastered = modules.reduce((n, m) => n + m.concepts.filter((c) => c.status === "mastered").length, 0);
    return { id: layer.id ?? "other", name: layer.name, modules, hasCurrent: modules.some((m) => m.current), progress: `${mastered}/${total} mastered` };
  }).filter((l) => l.modules.length > 0);
  const next = pedagogy.next.map((m) => ({
    label: MOVE_LABEL2[m.kind] ?? m.kind,
    kind: m.kind,
    target: domain.exitById.has(m.target) && m.kind === "attempt_exit" ? `exit item ${m.target}` : domain.conceptById.get(m.target)?.name ?? m.target,
    why: humanDates(m.why)
  }));
  const due = domain.concepts.filter((c) => learner.concepts[c.id]?.status === "mastered" && learner.concepts[c.id]?.stale_days != null).length;
  const firstConcept = domain.concepts.find((c) => c.module === current?.id);
  return {
    title: domain.title ?? "Learning dashboard",
    description: domain.description,
    empty: learner.source.events === 0,
    events: plural(learner.source.events, "record"),
    lastEvent: learner.source.last_event ? humanDay(learner.source.last_event) : null,
    asOf: Number.isFinite(derived.asOfMs) ? asOfText(new Date(derived.asOfMs).toISOString()) : "an unknown time",
    overall: { percent: Math.round(learner.overall.mastery * 100), mastered: learner.overall.mastered, concepts: learner.overall.concepts, learning: learner.overall.learning, due },
    currentModule: current ? { id: current.id, name: current.name, progress: `${learner.modules[current.id]?.mastered ?? 0}/${learner.modules[current.id]?.concepts ?? 0} mastered` } : null,
    start: current && firstConcept ? { module: `${current.id} \xB7 ${current.name}`, concept: firstConcept.name } : null,
    exitSummary: learner.exit_summary,
    mechanism: exitView(domain, derived, "mechanism", viewOf),
    build: exitView(domain, derived, "build", viewOf),
    next,
    firstMove: next[0] ?? null,
    otherMoves: next.slice(1),
    readyToLearn: pedagogy.ready_to_learn.map(viewOf),
    relapses: pedagogy.relapses,
    timeline: timelineChart(learner.timeline),
    // "Now" is the time the state was derived at: the render reads no clock (STYLE.md).
    activity: activityCalendar(deriveActivity(learner, new Date(derived.asOfMs))),
    ...mapViews(domain, derived, options.mapLayouts),
    layers,
    studyPages,
    notes,
    policy: learner.policy,
    live: options.live ?? false,
    integrityProblem: options.integrityProblem ?? null,
    courseProblem: options.courseProblem ?? null
  };
}
function renderDashboard(domain, derived, studyPages = [], options = {}) {
  return renderDashboardPage(domain, derived, studyPages, options).html;
}
function renderDashboardPage(domain, derived, studyPages = [], options = {}) {
  const fragments = /* @__PURE__ */ new Map();
  const html = template()(dashboardView(domain, derived, studyPages, options, fragments));
  return { html, fragments };
}

// src/store/map-layout-cache.ts
import { createHash as createHash2 } from "node:crypto";
import { join } from "node:path";
var MAP_LAYOUT_FILE = ".prereq-layout.json";
function mapLayoutCacheFile(workspace) {
  return gitSideFiles(workspace.root, "map-layout.json")?.[0] ?? join(workspace.site, MAP_LAYOUT_FILE);
}
var isNumber = (x) => typeof x === "number" && Number.isFinite(x);
var isRecord = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
function isGraphLayout(x) {
  if (!isRecord(x) || !isNumber(x.width) || !isNumber(x.height) || !Array.isArray(x.nodes) || !Array.isArray(x.edges)) return false;
  if (!(x.crossings === null || isNumber(x.crossings)) || typeof x.ranker !== "string") return false;
  for (const n of x.nodes) {
    if (!isRecord(n) || typeof n.id !== "string" || !isNumber(n.x) || !isNumber(n.y) || !isNumber(n.width) || !isNumber(n.height)) return false;
    if (!Array.isArray(n.lines) || !n.lines.every((l) => typeof l === "string")) return false;
  }
  for (const e of x.edges) {
    if (!isRecord(e) || typeof e.from !== "string" || typeof e.to !== "string" || !Array.isArray(e.points)) return false;
    if (!e.points.every((p) => isRecord(p) && isNumber(p.x) && isNumber(p.y))) return false;
  }
  return true;
}
function isMapLayouts(x) {
  return isRecord(x) && x.version === MAP_LAYOUT_VERSION && isGraphLayout(x.full) && isRecord(x.near) && Object.values(x.near).every(isGraphLayout);
}
function mapLayoutKey(domain) {
  return createHash2("sha256").update(mapLayoutInput(domain)).digest("hex");
}
function readCachedMapLayouts(file, domain) {
  let bytes;
  try {
    bytes = readRegularFile(file);
  } catch {
    return null;
  }
  if (bytes === null) return null;
  let parsed;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.key !== mapLayoutKey(domain) || !isMapLayouts(parsed.layouts)) return null;
  const layouts = parsed.layouts;
  const ids = new Set(layouts.full.nodes.map((n) => n.id));
  if (ids.size !== domain.conceptById.size || domain.concepts.some((c) => !ids.has(c.id))) return null;
  return layouts;
}
async function mapLayoutsFor(file, domain) {
  const large = mapTooLargeForDagre(domain);
  const cached = large ? null : readCachedMapLayouts(file, domain);
  if (cached) return cached;
  const { layoutPrereqMaps } = await import("./map-dagre-IAUUKPGE.js");
  const layouts = layoutPrereqMaps(domain);
  if (large) return layouts;
  try {
    writeFileAtomic(file, `${JSON.stringify({ key: mapLayoutKey(domain), layouts })}
`);
  } catch {
  }
  return layouts;
}

// src/store/site-pages.ts
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join as join2 } from "node:path";

// src/render/study-pages.ts
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
function parseHtmlTitle(html) {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (!match?.[1]) return null;
  const title = decodeEntities(match[1]).replace(/\s+/g, " ").trim();
  return title.length > 0 ? title.slice(0, 200) : null;
}
function studyPageFrom(fileName, html) {
  return { href: `./${encodeURIComponent(fileName)}`, title: parseHtmlTitle(html) ?? fileName.replace(/\.html$/i, "") };
}

// src/store/site-pages.ts
var HEAD_BYTES = 64 * 1024;
function readHead(path) {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) return null;
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function readStudyPages(siteDir) {
  if (!existsSync(siteDir)) return [];
  return readdirSync(siteDir).filter((name) => /\.html$/i.test(name) && name !== "index.html" && !name.startsWith(".")).sort().flatMap((name) => {
    const path = join2(siteDir, name);
    try {
      if (!statSync(path).isFile()) return [];
      const head = readHead(path);
      return head === null ? [] : [studyPageFrom(name, head)];
    } catch {
      return [];
    }
  });
}

// src/store/notes.ts
import { createHash as createHash3 } from "node:crypto";
import { closeSync as closeSync2, existsSync as existsSync2, fstatSync as fstatSync2, mkdirSync, readdirSync as readdirSync2, readFileSync, unlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
function notePaths(workspace) {
  const pages = join3(workspace.site, "notes");
  const cache = join3(pages, ".cache");
  return { notes: join3(workspace.root, "notes"), pages, cache, index: join3(cache, "index.json"), katex: join3(workspace.site, "assets", "katex") };
}
var NOT_A_NOTE = /^readme\.md$/i;
function readNoteFiles(dir, maxBytes) {
  let names;
  try {
    names = readdirSync2(dir);
  } catch {
    return [];
  }
  return names.filter((name) => /\.md$/i.test(name) && !name.startsWith(".") && !NOT_A_NOTE.test(name)).sort().map((file) => {
    try {
      const fd = openRegular(join3(dir, file), "read");
      if (fd === null) return { file, refused: "it disappeared while being read" };
      try {
        const size = fstatSync2(fd).size;
        if (size > maxBytes) return { file, refused: `it is ${(size / 1024 / 1024).toFixed(1)} MB; a note is at most ${maxBytes / 1024 / 1024} MB (split it into several notes)` };
        return { file, bytes: readFileSync(fd) };
      } finally {
        closeSync2(fd);
      }
    } catch (error) {
      return { file, refused: error.message };
    }
  });
}
var noteKey = (renderKey, bytes) => createHash3("sha256").update(renderKey).update("\0").update(bytes).digest("hex");
function readCachedNote(paths, key) {
  try {
    const data = readRegularFile(join3(paths.cache, `${key}.json`));
    if (!data) return null;
    const entry = JSON.parse(data.toString("utf8"));
    return typeof entry === "object" && entry !== null && ("body" in entry || "refused" in entry) ? entry : null;
  } catch {
    return null;
  }
}
function writeCachedNote(paths, key, entry) {
  writeFileAtomic(join3(paths.cache, `${key}.json`), JSON.stringify(entry));
}
function pruneNoteCache(paths, keep) {
  let names;
  try {
    names = readdirSync2(paths.cache);
  } catch {
    return;
  }
  for (const name of names) {
    const key = /^([0-9a-f]{64})\.json$/.exec(name)?.[1];
    if (key && !keep.has(key)) unlinkSync(join3(paths.cache, name));
  }
}
var EMPTY_INDEX = { links: [], warnings: [], notes: {} };
function readNoteIndex(paths) {
  try {
    const data = readRegularFile(paths.index);
    if (!data) return EMPTY_INDEX;
    const index = JSON.parse(data.toString("utf8"));
    const ok = Array.isArray(index.links) && Array.isArray(index.warnings) && typeof index.notes === "object" && index.notes !== null;
    return ok ? index : EMPTY_INDEX;
  } catch {
    return EMPTY_INDEX;
  }
}
function writeIfChanged(path, content) {
  try {
    const current = readRegularFile(path);
    if (current && current.length === Buffer.byteLength(content) && current.toString("utf8") === content) return false;
  } catch {
  }
  writeFileAtomic(path, content);
  return true;
}
function removeOrphanPages(paths, keep) {
  let names;
  try {
    names = readdirSync2(paths.pages);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    if (!/\.html$/.test(name) || name.startsWith(".") || keep.has(name)) continue;
    try {
      unlinkSync(join3(paths.pages, name));
      removed.push(name);
    } catch {
    }
  }
  return removed;
}
function katexSource() {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join3(here, "katex"), join3(here, "..", "katex")]) if (existsSync2(join3(dir, "katex.min.css"))) return dir;
  return dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"));
}
function woff2Only(css) {
  return css.replace(/src:\s*([^;}]*)/g, (whole, list) => {
    const woff2 = list.split(/,(?=\s*url\()/).find((part) => /format\(["']?woff2["']?\)/.test(part));
    return woff2 ? `src:${woff2.trim()}` : whole;
  });
}
function ensureKatexAssets(paths) {
  const source = katexSource();
  const css = woff2Only(readFileSync(join3(source, "katex.min.css"), "utf8"));
  const cssPath = join3(paths.katex, "katex.min.css");
  const fonts = readdirSync2(join3(source, "fonts")).filter((f) => f.endsWith(".woff2"));
  const fontsPresent = fonts.every((f) => existsSync2(join3(paths.katex, "fonts", f)));
  if (fontsPresent && existsSync2(cssPath) && readFileSync(cssPath, "utf8") === css) return false;
  mkdirSync(join3(paths.katex, "fonts"), { recursive: true });
  for (const font of fonts) writeFileAtomic(join3(paths.katex, "fonts", font), readFileSync(join3(source, "fonts", font)));
  writeFileAtomic(cssPath, css);
  return true;
}
var katexAssetsPresent = (paths) => existsSync2(join3(paths.katex, "katex.min.css"));

export {
  MAX_NOTE_BYTES,
  MAX_NOTES,
  noteSlug,
  deriveNoteMeta,
  linkNote,
  NOTES_README,
  NOTE_RENDER_KEY,
  notePageView,
  renderNotePageView,
  renderDashboard,
  renderDashboardPage,
  mapLayoutCacheFile,
  mapLayoutsFor,
  readStudyPages,
  notePaths,
  readNoteFiles,
  noteKey,
  readCachedNote,
  writeCachedNote,
  pruneNoteCache,
  readNoteIndex,
  writeIfChanged,
  removeOrphanPages,
  ensureKatexAssets,
  katexAssetsPresent
};
