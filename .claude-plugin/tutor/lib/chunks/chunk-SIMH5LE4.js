import {
  ACTIVITY_PARTIAL,
  CHARTS_STYLE_PARTIAL,
  DASHBOARD_TEMPLATE,
  EXIT_ITEM_PARTIAL,
  PREREQ_MAP_PARTIAL,
  TIMELINE_CHART_PARTIAL,
  TIMELINE_PARTIAL
} from "./chunk-UWPIDJU5.js";
import {
  NOTE_LINKS_PARTIAL,
  activityCalendar,
  fullDate,
  humanDate,
  masteryTone,
  noteLinksView,
  plural,
  prereqMapView,
  sparklinePoints,
  timelineChart
} from "./chunk-3MCXJ7SI.js";
import {
  DAY_MS
} from "./chunk-3IFCJDTX.js";
import {
  compileTemplate,
  createEnvironment,
  escapeExpression
} from "./chunk-ICAKGZOQ.js";
import {
  atLeast
} from "./chunk-EEDM6MZ5.js";

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
  const perKey = /* @__PURE__ */ new Map();
  for (const id of Object.keys(learner.concepts)) {
    for (const point of learner.concepts[id].history) {
      const key = point.ts.endsWith("Z") ? point.ts.slice(0, 10) : dayKey(dayNumber(point.ts));
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
  }
  const perDay = /* @__PURE__ */ new Map();
  for (const [key, count] of perKey) {
    const day = dayNumber(`${key}T00:00:00Z`);
    perDay.set(day, (perDay.get(day) ?? 0) + count);
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

// src/render/dashboard.ts
var hb = createEnvironment();
hb.registerHelper("percent", (x) => `${Math.round(x * 100)}%`);
hb.registerHelper("fixed2", (x) => x.toFixed(2));
hb.registerHelper("width", (x) => `${Math.max(0, Math.min(100, Math.round(x * 100)))}%`);
hb.registerHelper("eq", (a, b) => a === b);
hb.registerHelper("or", (...args) => args.slice(0, -1).some(Boolean));
hb.registerHelper("notesOf", (byId, id) => byId[id] ?? []);
var compiled = null;
function template() {
  if (compiled === null) {
    hb.registerPartial("exitItem", compileTemplate(hb, EXIT_ITEM_PARTIAL));
    hb.registerPartial("chartStyles", compileTemplate(hb, CHARTS_STYLE_PARTIAL));
    hb.registerPartial("timelineChart", compileTemplate(hb, TIMELINE_CHART_PARTIAL));
    hb.registerPartial("timeline", compileTemplate(hb, TIMELINE_PARTIAL));
    hb.registerPartial("activity", compileTemplate(hb, ACTIVITY_PARTIAL));
    hb.registerPartial("prereqMap", compileTemplate(hb, PREREQ_MAP_PARTIAL));
    hb.registerPartial("noteLinks", compileTemplate(hb, NOTE_LINKS_PARTIAL));
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
var percentOf = (x) => `${Math.round(x * 100)}%`;
function missingForMastery(mastery, observations, threshold, minObservations) {
  const parts = [];
  if (observations < minObservations) parts.push(`${plural(minObservations - observations, "more exchange")} (mastered needs at least ${minObservations})`);
  if (mastery + 1e-9 < threshold) parts.push(`mastery from ${percentOf(mastery)} to ${percentOf(threshold)}`);
  return parts.length ? parts.join(" and ") : null;
}
function exchangeView(e) {
  const misconception = e.misconception ? `opened misconception${e.tag ? ` [${e.tag}]` : ""}: ${e.misconception}` : null;
  return { when: humanMoment(e.ts), quality: e.quality.toFixed(1), mastery: percentOf(e.mastery), note: e.note, misconception, resolved: e.resolved };
}
function conceptView(domain, derived, id) {
  const c = domain.conceptById.get(id);
  const s = derived.learner.concepts[id];
  const policy = derived.learner.policy;
  const status = s?.status ?? "untouched";
  const mastery = s?.mastery ?? 0;
  const observations = s?.observations ?? 0;
  const recent = (s?.history ?? []).slice(-40).map((h) => h.mastery);
  const spark = sparklinePoints(recent);
  const stale = s?.stale_days ?? null;
  const missing = status === "mastered" ? null : missingForMastery(mastery, observations, policy.mastery_threshold, policy.min_observations);
  const standing = status === "untouched" ? "Not started: no exchange on it yet." : status === "mastered" ? `Mastered: ${percentOf(mastery)} over ${plural(observations, "exchange")}.` : `Learning: ${percentOf(mastery)} over ${plural(observations, "exchange")}; still missing ${missing}.`;
  const open = s?.misconceptions.open ?? [];
  const relapses = s?.misconceptions.relapses ?? 0;
  const short = status === "learning" && observations < policy.min_observations ? `${plural(policy.min_observations - observations, "more exchange")} to go` : null;
  return {
    id,
    name: c?.name ?? id,
    chipHint: short,
    behaviors: c?.behaviors ?? [],
    mastery,
    masteryText: percentOf(mastery),
    status,
    statusLabel: status === "mastered" && stale !== null ? "mastered \xB7 due for review" : STATUS_LABEL[status] ?? status,
    tone: masteryTone(status, mastery),
    observations: plural(observations, "exchange"),
    spark,
    sparkTitle: `mastery over ${plural(s?.history.length ?? 0, "exchange")}${recent.length < (s?.history.length ?? 0) ? ` (last ${recent.length} shown)` : ""}: ${recent.slice(-8).map(percentOf).join(" \u2192 ")}`,
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
    lastEvidence: s?.last_evidence ? humanDay(s.last_evidence) : null
  };
}
function exitView(domain, derived, kind) {
  return domain.exitTest.filter((e) => e.kind === kind).map((e) => {
    const s = derived.learner.exit[e.id];
    const requires = e.requires.map((r) => conceptView(domain, derived, r));
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
    mechanism: exitView(domain, derived, "mechanism"),
    build: exitView(domain, derived, "build"),
    next,
    firstMove: next[0] ?? null,
    otherMoves: next.slice(1),
    readyToLearn: pedagogy.ready_to_learn.map((id) => conceptView(domain, derived, id)),
    relapses: pedagogy.relapses,
    timeline: timelineChart(learner.timeline),
    // "Now" is the time the state was derived at: the render reads no clock (STYLE.md).
    activity: activityCalendar(deriveActivity(learner, new Date(derived.asOfMs))),
    ...mapViews(domain, derived, options.mapLayouts),
    layers,
    studyPages,
    notes: noteLinksView(domain, options.notes ?? []),
    policy: learner.policy,
    live: options.live ?? false,
    integrityProblem: options.integrityProblem ?? null,
    courseProblem: options.courseProblem ?? null
  };
}
function renderDashboard(domain, derived, studyPages = [], options = {}) {
  return template()(dashboardView(domain, derived, studyPages, options));
}

export {
  dashboardView,
  renderDashboard
};
