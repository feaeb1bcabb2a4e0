import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  DASHBOARD_TEMPLATE,
  EXIT_ITEM_PARTIAL,
  compileTemplate,
  createEnvironment
} from "./chunk-72ZGP4QD.js";

// src/render/charts.ts
var fmt = (x) => (Math.round(x * 10) / 10).toString();
function sparklinePoints(values, width = 84, height = 22) {
  if (values.length === 0) return { points: "", last: null };
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const coords = values.map((v, i) => ({ x: fmt(2 + i * step), y: fmt(height - 2 - v * (height - 4)) }));
  return { points: coords.map((c) => `${c.x},${c.y}`).join(" "), last: coords[coords.length - 1] ?? null };
}
function timelineChart(timeline) {
  if (timeline.length === 0) return null;
  const width = 640;
  const height = 180;
  const left = 44;
  const right = 16;
  const top = 12;
  const bottom = 28;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i) => left + (timeline.length > 1 ? i * plotW / (timeline.length - 1) : plotW / 2);
  const y = (m) => top + plotH - m * plotH;
  const dots = timeline.map((p, i) => ({
    x: fmt(x(i)),
    y: fmt(y(p.mastery)),
    label: `${p.date}: overall mastery ${Math.round(p.mastery * 100)}%, ${p.mastered} mastered, ${p.exit_passed} exit item(s) passed`
  }));
  return {
    width,
    height,
    points: dots.map((d) => `${d.x},${d.y}`).join(" "),
    dots,
    gridlines: [0, 0.25, 0.5, 0.75, 1].map((m) => ({ y: fmt(y(m)), label: `${m * 100}%` })),
    first: timeline[0]?.date ?? "",
    last: timeline[timeline.length - 1]?.date ?? ""
  };
}
var NODE_W = 150;
var NODE_H = 24;
var COL_GAP = 46;
var ROW_GAP = 8;
var PAD = 10;
var HEADER = 22;
function masteryTone(status, mastery) {
  if (status === "mastered") return "mastered";
  if (status === "untouched") return "untouched";
  return mastery >= 0.5 ? "learning-high" : "learning-low";
}
function prereqDepths(concepts) {
  const index = /* @__PURE__ */ new Map();
  concepts.forEach((c, i) => {
    if (!index.has(c.id)) index.set(c.id, i);
  });
  const level = new Array(concepts.length).fill(0);
  const waiting = new Array(concepts.length).fill(0);
  const dependents = concepts.map(() => []);
  concepts.forEach((c, i) => {
    for (const p of c.prereqs) {
      const from = index.get(p);
      if (from === void 0) {
        level[i] = 1;
        continue;
      }
      waiting[i] = waiting[i] + 1;
      dependents[from].push(i);
    }
  });
  const placed = new Array(concepts.length).fill(false);
  const queue = [];
  concepts.forEach((_, i) => {
    if (waiting[i] === 0) queue.push(i);
  });
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head];
    placed[i] = true;
    for (const j of dependents[i]) {
      if (level[i] + 1 > level[j]) level[j] = level[i] + 1;
      waiting[j] = waiting[j] - 1;
      if (waiting[j] === 0) queue.push(j);
    }
  }
  if (queue.length < concepts.length) {
    concepts.forEach((c, i) => {
      if (placed[i]) return;
      let d = level[i];
      for (const p of c.prereqs) {
        const from = index.get(p);
        if (from !== void 0 && placed[from]) d = Math.max(d, level[from] + 1);
      }
      level[i] = d;
      placed[i] = true;
    });
  }
  const depth = /* @__PURE__ */ new Map();
  concepts.forEach((c, i) => {
    if (!depth.has(c.id)) depth.set(c.id, level[i]);
  });
  return depth;
}
function prereqMap(domain, learner) {
  const depth = prereqDepths(domain.concepts);
  const columns = [];
  for (const c of domain.concepts) {
    const d = depth.get(c.id) ?? 0;
    (columns[d] ??= []).push(c.id);
  }
  const position = /* @__PURE__ */ new Map();
  columns.forEach(
    (ids, col) => ids.forEach((id, row) => position.set(id, { x: PAD + col * (NODE_W + COL_GAP), y: HEADER + PAD + row * (NODE_H + ROW_GAP) }))
  );
  const nodes = domain.concepts.map((c) => {
    const state = learner.concepts[c.id];
    const p = position.get(c.id) ?? { x: 0, y: 0 };
    const percent = Math.round((state?.mastery ?? 0) * 100);
    const short = c.name.length > 16 ? `${c.name.slice(0, 15)}\u2026` : c.name;
    const status = state?.status ?? "untouched";
    return { id: c.id, x: p.x, y: p.y, name: c.name, label: `${status === "mastered" ? "\u2713 " : ""}${short} ${percent}%`, status, tone: masteryTone(status, state?.mastery ?? 0), masteryPercent: percent };
  });
  const edges = domain.concepts.flatMap((c) => {
    const gaps = new Set(learner.concepts[c.id]?.prereq_gaps);
    return c.prereqs.map((p) => {
      const from = position.get(p) ?? { x: 0, y: 0 };
      const to = position.get(c.id) ?? { x: 0, y: 0 };
      const x1 = from.x + NODE_W;
      const y1 = from.y + NODE_H / 2;
      const x2 = to.x;
      const y2 = to.y + NODE_H / 2;
      const mid = (x1 + x2) / 2;
      return { d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`, gap: gaps.has(p) };
    });
  });
  const rows = Math.max(...columns.map((c) => c.length), 1);
  return {
    width: PAD * 2 + columns.length * NODE_W + (columns.length - 1) * COL_GAP,
    height: HEADER + PAD * 2 + rows * NODE_H + (rows - 1) * ROW_GAP,
    nodes,
    edges,
    columns: columns.map((_, col) => ({ x: PAD + col * (NODE_W + COL_GAP), label: col === 0 ? "no prerequisites" : `depth ${col}` }))
  };
}

// src/render/dashboard.ts
var hb = createEnvironment();
hb.registerHelper("percent", (x) => `${Math.round(x * 100)}%`);
hb.registerHelper("fixed2", (x) => x.toFixed(2));
hb.registerHelper("width", (x) => `${Math.max(0, Math.min(100, Math.round(x * 100)))}%`);
hb.registerHelper("eq", (a, b) => a === b);
hb.registerHelper("or", (...args) => args.slice(0, -1).some(Boolean));
var compiled = null;
function template() {
  if (compiled === null) {
    hb.registerPartial("exitItem", compileTemplate(hb, EXIT_ITEM_PARTIAL));
    compiled = compileTemplate(hb, DASHBOARD_TEMPLATE);
  }
  return compiled;
}
var STATUS_LABEL = { untouched: "not started", learning: "learning", mastered: "mastered" };
var MOVE_LABEL = {
  resolve_misconception: "Resolve a misconception",
  attempt_exit: "Attempt an exit item",
  backfill_prereq: "Backfill a prerequisite",
  reprobe_stale: "Re-probe a stale concept",
  continue_module: "Continue the module"
};
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
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
function conceptView(domain, derived, id) {
  const c = domain.conceptById.get(id);
  const s = derived.learner.concepts[id];
  const status = s?.status ?? "untouched";
  const mastery = s?.mastery ?? 0;
  const recent = (s?.history ?? []).slice(-40).map((h) => h.mastery);
  const spark = sparklinePoints(recent);
  return {
    id,
    name: c?.name ?? id,
    behaviors: c?.behaviors ?? [],
    mastery,
    status,
    statusLabel: STATUS_LABEL[status] ?? status,
    tone: masteryTone(status, mastery),
    observations: plural(s?.observations ?? 0, "observation"),
    spark,
    sparkTitle: `mastery over ${plural(s?.history.length ?? 0, "observation")}${recent.length < (s?.history.length ?? 0) ? ` (last ${recent.length} shown)` : ""}: ${recent.slice(-8).map((m) => m.toFixed(2)).join(" \u2192 ")}`,
    stale: s?.stale_days ?? null,
    gaps: (s?.prereq_gaps ?? []).map((p) => domain.conceptById.get(p)?.name ?? p).join(", "),
    open: s?.misconceptions.open ?? [],
    resolved: s?.misconceptions.resolved ?? 0,
    relapses: s?.misconceptions.relapses ?? 0,
    lastEvidence: s?.last_evidence ? s.last_evidence.slice(0, 10) : null
  };
}
function exitView(domain, derived, kind) {
  return domain.exitTest.filter((e) => e.kind === kind).map((e) => {
    const s = derived.learner.exit[e.id];
    const requires = e.requires.map((r) => conceptView(domain, derived, r));
    const masteredCount = requires.filter((r) => r.status === "mastered").length;
    const state = s?.passed ? "passed" : s?.ready ? "ready" : "not-ready";
    return {
      id: e.id,
      prompt: e.prompt,
      state,
      stateLabel: s?.passed ? "Passed" : s?.ready ? "Ready to attempt" : `Not ready: ${masteredCount}/${requires.length} required concepts mastered`,
      attempts: plural(s?.attempts ?? 0, "attempt"),
      requires
    };
  });
}
function dashboardView(domain, derived, studyPages = [], options = {}) {
  const { learner, pedagogy } = derived;
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
        concepts: (conceptsByModule.get(m.id) ?? []).map((c) => conceptView(domain, derived, c.id))
      };
    });
    const total = modules.reduce((n, m) => n + m.concepts.length, 0);
    const mastered = modules.reduce((n, m) => n + m.concepts.filter((c) => c.status === "mastered").length, 0);
    return { id: layer.id ?? "other", name: layer.name, modules, hasCurrent: modules.some((m) => m.current), progress: `${mastered}/${total} mastered` };
  }).filter((l) => l.modules.length > 0);
  const next = pedagogy.next.map((m) => ({
    label: MOVE_LABEL[m.kind] ?? m.kind,
    kind: m.kind,
    target: domain.exitById.has(m.target) && m.kind === "attempt_exit" ? m.target : domain.conceptById.get(m.target)?.name ?? m.target,
    why: m.why
  }));
  const firstConcept = domain.concepts.find((c) => c.module === current?.id);
  return {
    title: domain.title ?? "Learning dashboard",
    description: domain.description,
    empty: learner.source.events === 0,
    events: plural(learner.source.events, "logged event"),
    lastEvent: learner.source.last_event ? learner.source.last_event.slice(0, 10) : null,
    overall: { percent: Math.round(learner.overall.mastery * 100), mastered: learner.overall.mastered, concepts: learner.overall.concepts, learning: learner.overall.learning },
    currentModule: current ? { id: current.id, name: current.name } : null,
    start: current && firstConcept ? { module: `${current.id} \xB7 ${current.name}`, concept: firstConcept.name } : null,
    exitSummary: learner.exit_summary,
    mechanism: exitView(domain, derived, "mechanism"),
    build: exitView(domain, derived, "build"),
    next,
    firstMove: next[0] ?? null,
    readyToLearn: pedagogy.ready_to_learn.map((id) => conceptView(domain, derived, id)),
    relapses: pedagogy.relapses,
    timeline: timelineChart(learner.timeline),
    map: prereqMap(domain, learner),
    layers,
    studyPages,
    policy: learner.policy,
    live: options.live ?? false,
    integrityProblem: options.integrityProblem ?? null
  };
}
function renderDashboard(domain, derived, studyPages = [], options = {}) {
  return template()(dashboardView(domain, derived, studyPages, options));
}

// src/store/site-pages.ts
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";

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
    const path = join(siteDir, name);
    try {
      if (!statSync(path).isFile()) return [];
      const head = readHead(path);
      return head === null ? [] : [studyPageFrom(name, head)];
    } catch {
      return [];
    }
  });
}

export {
  renderDashboard,
  readStudyPages
};
