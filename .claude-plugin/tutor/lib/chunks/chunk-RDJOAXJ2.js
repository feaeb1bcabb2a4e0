import {
  compareEvents
} from "./chunk-MNKKRITI.js";
import {
  atLeast,
  policyToJson
} from "./chunk-EEDM6MZ5.js";
import {
  assertNever
} from "./chunk-755X2O5T.js";

// src/core/pedagogy.ts
var CAP = { resolve_misconception: 3, attempt_exit: 2, backfill_prereq: 2, reprobe_stale: 2, continue_module: 1 };
var percent = (x) => `${Math.round(x * 100)}%`;
var exchanges = (n) => `${n} exchange${n === 1 ? "" : "s"}`;
function day(iso) {
  return iso.slice(0, 10);
}
function byId(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function derivePedagogy(domain, learner) {
  const concepts = learner.concepts;
  const name = (id) => domain.conceptById.get(id)?.name ?? id;
  const next = [];
  const open = domain.concepts.flatMap(
    (c) => (concepts[c.id]?.misconceptions.open ?? []).map((m) => ({ concept: c.id, ...m }))
  );
  const relapsesByTag = new Map(learner.misconception_tags.map((t) => [t.tag, t.relapses]));
  open.sort(
    (a, b) => (relapsesByTag.get(b.tag) ?? 0) - (relapsesByTag.get(a.tag) ?? 0) || (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) || byId(a.concept, b.concept) || byId(a.tag, b.tag)
  );
  for (const m of open.slice(0, CAP.resolve_misconception)) {
    const relapses = relapsesByTag.get(m.tag) ?? 0;
    const relapse = relapses > 0 ? `; relapsed ${relapses}\xD7` : "";
    next.push({
      kind: "resolve_misconception",
      target: m.concept,
      tag: m.tag,
      why: `open misconception on ${name(m.concept)} since ${day(m.since)}${relapse}: "${m.text}"`
    });
  }
  const readyExits = domain.exitTest.filter((e) => learner.exit[e.id]?.ready);
  for (const item of readyExits.slice(0, CAP.attempt_exit)) {
    const state = learner.exit[item.id];
    const failed = state && state.attempts > 0 ? `; ${state.attempts} earlier attempt(s), not passed` : "; not attempted yet";
    next.push({
      kind: "attempt_exit",
      target: item.id,
      why: `${item.kind} item ${item.id} is ready: all ${item.requires.length} required concepts are mastered${failed}`
    });
  }
  const gapped = domain.concepts.filter((c) => (concepts[c.id]?.prereq_gaps.length ?? 0) > 0).sort((a, b) => {
    const la = concepts[a.id]?.last_evidence ?? "";
    const lb = concepts[b.id]?.last_evidence ?? "";
    return la > lb ? -1 : la < lb ? 1 : byId(a.id, b.id);
  });
  const backfilled = /* @__PURE__ */ new Set();
  for (const c of gapped) {
    for (const prereq of concepts[c.id]?.prereq_gaps ?? []) {
      if (backfilled.has(prereq) || backfilled.size >= CAP.backfill_prereq) continue;
      backfilled.add(prereq);
      const p = concepts[prereq];
      const where = p && p.observations > 0 ? `mastery ${percent(p.mastery)} over ${exchanges(p.observations)}` : "not started";
      const standing = concepts[c.id]?.status === "mastered" ? `${name(c.id)} is mastered, but it rests on` : `${name(c.id)} is being learned, but its prerequisite`;
      next.push({
        kind: "backfill_prereq",
        target: prereq,
        for: c.id,
        why: `${standing} ${name(prereq)}, which is not mastered yet (${where})`
      });
    }
  }
  const stale = domain.concepts.filter((c) => concepts[c.id]?.stale_days != null).map((c) => ({ concept: c.id, days: concepts[c.id]?.stale_days, mastery: concepts[c.id]?.mastery })).sort((a, b) => b.days - a.days || byId(a.concept, b.concept));
  for (const s of stale.slice(0, CAP.reprobe_stale)) {
    next.push({
      kind: "reprobe_stale",
      target: s.concept,
      why: `${name(s.concept)}: mastery ${percent(s.mastery)} but no evidence for ${s.days} days (stale after ${learner.policy.stale_days})`
    });
  }
  const continueMove = continueCurrentModule(domain, learner, new Set(next.map((m) => m.target)));
  if (continueMove) next.push(continueMove);
  const readyToLearn = domain.concepts.filter((c) => concepts[c.id]?.ready_to_learn).map((c) => c.id);
  return {
    schema: 1,
    source: { events: learner.source.events, head: learner.source.head },
    current_module: learner.current_module,
    next: onePerTarget(next),
    relapses: learner.misconception_tags.filter((t) => t.relapses > 0).map((t) => ({ tag: t.tag, text: t.text, concepts: t.concepts, relapses: t.relapses, open: t.open })),
    ready_to_learn: readyToLearn,
    stale
  };
}
function onePerTarget(moves) {
  const kept = [];
  const byTarget = /* @__PURE__ */ new Map();
  for (const move of moves) {
    const at = byTarget.get(move.target);
    if (at === void 0) {
      byTarget.set(move.target, kept.length);
      kept.push(move);
    } else {
      const first = kept[at];
      kept[at] = { ...first, why: `${first.why}; also: ${move.why}` };
    }
  }
  return kept;
}
function continueCurrentModule(domain, learner, alreadySuggested) {
  const moduleId = learner.current_module;
  if (moduleId === null) return null;
  const module = domain.moduleById.get(moduleId);
  const members = domain.concepts.filter(
    (c) => c.module === moduleId && learner.concepts[c.id]?.status !== "mastered" && !alreadySuggested.has(c.id)
  );
  const ready = members.filter((c) => learner.concepts[c.id]?.ready_to_learn);
  const started = ready.find((c) => learner.concepts[c.id]?.status === "learning");
  const pick = started ?? ready[0] ?? members[0];
  if (!pick) return null;
  const state = learner.concepts[pick.id];
  const where = state && state.observations > 0 ? `in progress: mastery ${percent(state.mastery)} over ${exchanges(state.observations)}` : "not started";
  const missing = (domain.conceptById.get(pick.id)?.prereqs ?? []).filter((p) => learner.concepts[p]?.status !== "mastered").map((p) => domain.conceptById.get(p)?.name ?? p);
  const blocked = state && !state.ready_to_learn && missing.length > 0 ? `; not mastered yet among its prerequisites: ${missing.join(", ")}` : "";
  return {
    kind: "continue_module",
    target: pick.id,
    why: `current module ${moduleId}${module ? ` "${module.name}"` : ""}: ${pick.name} is next in teaching order (${where})${blocked}`
  };
}

// src/core/recompute.ts
var DAY_MS = 864e5;
var HISTORY_KEPT = 20;
var RECENT_EXCHANGES = 5;
function round4(x) {
  return Math.round(x * 1e4) / 1e4 + 0;
}
function findRetracted(events) {
  const retractionsOf = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (event.type === "retract") {
      const list = retractionsOf.get(event.target);
      if (list) list.push(event.id);
      else retractionsOf.set(event.target, [event.id]);
    }
  }
  if (retractionsOf.size === 0) return /* @__PURE__ */ new Set();
  const present = /* @__PURE__ */ new Set();
  for (const event of events) if (retractionsOf.has(event.id)) present.add(event.id);
  const memo = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const isRetracted = (id) => {
    const known = memo.get(id);
    if (known !== void 0) return known;
    if (visiting.has(id)) return false;
    visiting.add(id);
    const result = (retractionsOf.get(id) ?? []).some((r) => !isRetracted(r));
    visiting.delete(id);
    memo.set(id, result);
    return result;
  };
  const out = /* @__PURE__ */ new Set();
  for (const target of retractionsOf.keys()) if (present.has(target) && isRetracted(target)) out.add(target);
  return out;
}
function newFold(domain) {
  const concepts = /* @__PURE__ */ new Map();
  for (const c of domain.concepts) {
    concepts.set(c.id, { mastery: null, observations: 0, lastMs: 0, lastTs: null, history: [], recent: [], open: /* @__PURE__ */ new Map(), resolved: 0, relapses: 0 });
  }
  const exits = /* @__PURE__ */ new Map();
  for (const e of domain.exitTest) exits.set(e.id, { attempts: 0, passed: false, last: null });
  return { concepts, exits, tags: /* @__PURE__ */ new Map(), orphaned: 0 };
}
function closeMisconception(fold, concept, conceptId, tag) {
  if (!concept.open.delete(tag)) return;
  concept.resolved += 1;
  const info = fold.tags.get(tag);
  if (info) {
    info.everResolved = true;
    info.openOn.delete(conceptId);
  }
}
function evolveExchange(fold, event, ms, policy) {
  const concept = fold.concepts.get(event.concept);
  if (!concept) {
    fold.orphaned += 1;
    return;
  }
  concept.mastery = concept.mastery === null ? event.quality : policy.alpha * event.quality + (1 - policy.alpha) * concept.mastery;
  concept.observations += 1;
  concept.lastMs = ms;
  concept.lastTs = event.ts;
  if (concept.history.length === HISTORY_KEPT) concept.history.shift();
  concept.history.push({ ts: event.ts, quality: event.quality, mastery: round4(concept.mastery) });
  if (concept.recent.length === RECENT_EXCHANGES) concept.recent.shift();
  concept.recent.push({
    id: event.id,
    ts: event.ts,
    quality: event.quality,
    mastery: round4(concept.mastery),
    note: event.note ?? null,
    misconception: event.misconception ?? null,
    tag: event.misconception !== void 0 ? event.tag ?? null : null,
    resolved: event.resolved !== void 0
  });
  if (event.resolved === true) {
    for (const tag of [...concept.open.keys()]) closeMisconception(fold, concept, event.concept, tag);
  } else if (event.resolved) {
    for (const tag of event.resolved) closeMisconception(fold, concept, event.concept, tag);
  }
  if (event.misconception !== void 0) {
    const tag = event.tag ?? "";
    let info = fold.tags.get(tag);
    if (!info) {
      info = { text: event.misconception, concepts: /* @__PURE__ */ new Set(), everResolved: false, openOn: /* @__PURE__ */ new Set(), relapses: 0 };
      fold.tags.set(tag, info);
    }
    info.text = event.misconception;
    info.concepts.add(event.concept);
    if (!concept.open.has(tag)) {
      if (info.everResolved) {
        concept.relapses += 1;
        info.relapses += 1;
      }
      concept.open.set(tag, { tag, text: event.misconception, since: event.ts });
      info.openOn.add(event.concept);
    }
  }
}
function evolve(fold, event, ms, policy) {
  switch (event.type) {
    case "exchange":
      evolveExchange(fold, event, ms, policy);
      return;
    case "exit_test": {
      const exit = fold.exits.get(event.target);
      if (!exit) {
        fold.orphaned += 1;
        return;
      }
      exit.attempts += 1;
      exit.passed = exit.passed || event.passed;
      exit.last = { ts: event.ts, passed: event.passed };
      return;
    }
    case "retract":
      return;
    default:
      assertNever(event, "event type");
  }
}
function forEachLiveInOrder(events, retracted, visit) {
  let inOrder = true;
  let previousMs = -Infinity;
  let previousId = "";
  const times = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const ms = Date.parse(event.ts);
    times[i] = ms;
    if (ms < previousMs || event.id <= previousId) inOrder = false;
    previousMs = ms;
    previousId = event.id;
  }
  const live = (event) => event.type !== "retract" && !(retracted.size > 0 && retracted.has(event.id));
  if (inOrder) {
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      if (live(event)) visit(event, times[i]);
    }
    return events.length;
  }
  const byId2 = /* @__PURE__ */ new Map();
  const textOf = (o) => o.text ??= JSON.stringify(o.event);
  for (let i = 0; i < events.length; i++) {
    const candidate = { event: events[i], ms: times[i], id: events[i].id };
    const kept = byId2.get(candidate.id);
    if (!kept) byId2.set(candidate.id, candidate);
    else if (candidate.ms < kept.ms || candidate.ms === kept.ms && textOf(candidate) < textOf(kept)) byId2.set(candidate.id, candidate);
  }
  const order = [...byId2.values()].filter((o) => live(o.event));
  order.sort(compareEvents);
  for (const { event, ms } of order) visit(event, ms);
  return byId2.size;
}
function isMasteredAcc(acc, policy) {
  return acc.mastery !== null && acc.observations >= policy.minObservations && atLeast(acc.mastery, policy.masteryThreshold);
}
function daysSince(acc, nowMs) {
  return acc.lastTs === null ? null : Math.max(0, Math.floor((nowMs - acc.lastMs) / DAY_MS));
}
function isStale(policy, mastery, days) {
  return days !== null && atLeast(mastery, policy.staleMinMastery) && days >= policy.staleDays;
}
function foldOne(domain, state, event, ms) {
  const policy = domain.policy;
  const count = domain.concepts.length;
  const { fold, totals, timeline } = state;
  const concept = event.type === "exchange" ? fold.concepts.get(event.concept) : void 0;
  const exit = event.type === "exit_test" ? fold.exits.get(event.target) : void 0;
  const masteryBefore = concept ? concept.mastery ?? 0 : 0;
  const masteredBefore = concept ? isMasteredAcc(concept, policy) : false;
  const passedBefore = exit?.passed ?? false;
  evolve(fold, event, ms, policy);
  if (concept) {
    totals.sum += (concept.mastery ?? 0) - masteryBefore;
    totals.mastered += Number(isMasteredAcc(concept, policy)) - Number(masteredBefore);
  }
  if (exit && exit.passed && !passedBefore) totals.exitPassed += 1;
  const date = event.ts.endsWith("Z") ? event.ts.slice(0, 10) : new Date(ms).toISOString().slice(0, 10);
  const mastery = round4(count ? totals.sum / count : 0);
  const lastPoint = timeline[timeline.length - 1];
  const exchanges2 = concept ? 1 : 0;
  if (lastPoint && lastPoint.date === date) {
    lastPoint.mastery = mastery;
    lastPoint.mastered = totals.mastered;
    lastPoint.exit_passed = totals.exitPassed;
    lastPoint.exchanges += exchanges2;
  } else timeline.push({ date, mastery, mastered: totals.mastered, exit_passed: totals.exitPassed, exchanges: exchanges2 });
  state.last = event;
  state.lastMs = ms;
}
function foldLog(domain, events) {
  const retracted = findRetracted(events);
  const state = { fold: newFold(domain), timeline: [], totals: { sum: 0, mastered: 0, exitPassed: 0 }, retracted, events: 0, last: null, lastMs: 0 };
  state.events = forEachLiveInOrder(events, retracted, (event, ms) => foldOne(domain, state, event, ms));
  return state;
}
function extendFold(domain, state, event) {
  if (event.type === "retract" || state.retracted.has(event.id)) return false;
  const ms = Date.parse(event.ts);
  if (state.last && compareEvents({ ms: state.lastMs, id: state.last.id }, { ms, id: event.id }) >= 0) return false;
  state.events += 1;
  foldOne(domain, state, event, ms);
  return true;
}
function recompute(domain, events, now, meta = { head: null, unreadable: 0 }) {
  return deriveState(domain, foldLog(domain, events), now, meta);
}
function deriveState(domain, state, now, meta) {
  const policy = domain.policy;
  const nowMs = now.getTime();
  const { fold, retracted } = state;
  const masteredIds = /* @__PURE__ */ new Set();
  for (const c of domain.concepts) if (isMasteredAcc(fold.concepts.get(c.id), policy)) masteredIds.add(c.id);
  const concepts = {};
  let masterySum = 0;
  let learning = 0;
  for (const c of domain.concepts) {
    const acc = fold.concepts.get(c.id);
    const mastery = acc.mastery ?? 0;
    masterySum += mastery;
    const status = acc.observations === 0 ? "untouched" : masteredIds.has(c.id) ? "mastered" : "learning";
    if (status === "learning") learning += 1;
    const days = daysSince(acc, nowMs);
    const stale = isStale(policy, mastery, days);
    concepts[c.id] = {
      name: c.name,
      module: c.module,
      mastery: round4(mastery),
      observations: acc.observations,
      status,
      last_evidence: acc.lastTs,
      days_since_evidence: days,
      stale_days: stale ? days : null,
      prereq_gaps: acc.observations > 0 ? c.prereqs.filter((p) => !masteredIds.has(p)) : [],
      ready_to_learn: status !== "mastered" && c.prereqs.every((p) => masteredIds.has(p)),
      misconceptions: {
        open: [...acc.open.values()].sort((a, b) => a.since < b.since ? -1 : a.since > b.since ? 1 : a.tag < b.tag ? -1 : 1),
        resolved: acc.resolved,
        relapses: acc.relapses
      },
      history: acc.history.slice()
    };
  }
  const modules = {};
  let currentModule = null;
  const membersOf = /* @__PURE__ */ new Map();
  for (const c of domain.concepts) {
    const list = membersOf.get(c.module);
    if (list) list.push(c);
    else membersOf.set(c.module, [c]);
  }
  for (const m of domain.modules) {
    const members = membersOf.get(m.id) ?? [];
    const mastered = members.filter((c) => masteredIds.has(c.id)).length;
    const sum = members.reduce((total, c) => total + (fold.concepts.get(c.id)?.mastery ?? 0), 0);
    modules[m.id] = { name: m.name, layer: m.layer, mastery: round4(members.length ? sum / members.length : 0), mastered, concepts: members.length };
    if (currentModule === null && mastered < members.length) currentModule = m.id;
  }
  const exit = {};
  const exitSummary = { mechanism: { passed: 0, total: 0 }, build: { passed: 0, total: 0 } };
  for (const item of domain.exitTest) {
    const acc = fold.exits.get(item.id);
    const missing = item.requires.filter((r) => !masteredIds.has(r));
    exit[item.id] = { kind: item.kind, passed: acc.passed, attempts: acc.attempts, ready: !acc.passed && missing.length === 0, missing, last_attempt: acc.last };
    exitSummary[item.kind].total += 1;
    if (acc.passed) exitSummary[item.kind].passed += 1;
  }
  const misconceptionTags = [...fold.tags.entries()].map(([tag, info]) => ({ tag, text: info.text, concepts: [...info.concepts].sort(), open: info.openOn.size > 0, relapses: info.relapses })).sort((a, b) => a.tag < b.tag ? -1 : 1);
  const learner = {
    schema: 1,
    source: {
      events: state.events,
      head: meta.head,
      last_event: state.last ? state.last.ts : null,
      retracted: retracted.size,
      orphaned: fold.orphaned,
      unreadable: meta.unreadable
    },
    policy: policyToJson(policy),
    overall: {
      // DESIGN.md: mean over all concepts, untouched counting as 0.
      mastery: round4(domain.concepts.length ? masterySum / domain.concepts.length : 0),
      mastered: masteredIds.size,
      concepts: domain.concepts.length,
      learning,
      untouched: domain.concepts.length - masteredIds.size - learning
    },
    current_module: currentModule,
    exit_summary: exitSummary,
    concepts,
    modules,
    exit,
    misconception_tags: misconceptionTags,
    timeline: state.timeline.map((point) => ({ ...point }))
  };
  const evidence = {};
  for (const [id, acc] of fold.concepts) if (acc.recent.length > 0) evidence[id] = acc.recent.slice();
  return { learner, pedagogy: derivePedagogy(domain, learner), asOfMs: now.getTime(), evidence };
}

export {
  DAY_MS,
  HISTORY_KEPT,
  findRetracted,
  newFold,
  foldLog,
  extendFold,
  recompute,
  deriveState
};
