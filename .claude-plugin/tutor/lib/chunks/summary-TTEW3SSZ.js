import {
  assertNever
} from "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";

// src/core/summary.ts
function two(x) {
  return x.toFixed(2);
}
function percent(x) {
  return `${Math.round(x * 100)}%`;
}
function exitLine(learner) {
  const { mechanism, build } = learner.exit_summary;
  return `Mechanism ${mechanism.passed}/${mechanism.total} \xB7 Build ${build.passed}/${build.total}`;
}
function conceptMove(learner, before, after) {
  if (!after) return "";
  const from = before && before.observations > 0 ? two(before.mastery) : "none";
  const statusChange = before && before.status !== after.status ? ` (was ${before.status})` : "";
  let why = "";
  if (after.status === "learning") {
    const { mastery_threshold: threshold, min_observations: minObs } = learner.policy;
    const needs = [];
    if (after.mastery < threshold) needs.push(`\u2265 ${two(threshold)}`);
    if (after.observations < minObs) needs.push(`${minObs} observations`);
    if (needs.length > 0) why = `; mastered needs ${needs.join(" and ")}`;
  }
  const obs = `${after.observations} observation${after.observations === 1 ? "" : "s"}`;
  return `mastery ${from} \u2192 ${two(after.mastery)}, ${after.status}${statusChange}, ${obs}${why}`;
}
function misconceptionChange(before, after) {
  if (!after) return "";
  const beforeOpen = new Set(before?.misconceptions.open.map((m) => m.tag) ?? []);
  const afterOpen = new Set(after.misconceptions.open.map((m) => m.tag));
  const parts = [];
  const closed = [...beforeOpen].filter((t) => !afterOpen.has(t));
  const opened = [...afterOpen].filter((t) => !beforeOpen.has(t));
  if (closed.length > 0) parts.push(`resolved ${closed.join(", ")}`);
  const relapsed = after.misconceptions.relapses > (before?.misconceptions.relapses ?? 0);
  if (opened.length > 0) parts.push(`${relapsed ? "RELAPSE: re-opened" : "opened misconception"} ${opened.join(", ")}`);
  return parts.length > 0 ? `; ${parts.join("; ")}` : "";
}
function describeRecord(event, before, after) {
  switch (event.type) {
    case "exchange": {
      const b = before.learner.concepts[event.concept];
      const a = after.learner.concepts[event.concept];
      return `recorded ${event.id}: ${event.concept} quality ${event.quality} \u2192 ${conceptMove(after.learner, b, a)}${misconceptionChange(b, a)}`;
    }
    case "exit_test": {
      const state = after.learner.exit[event.target];
      const attempt = state ? ` (attempt ${state.attempts})` : "";
      return `recorded ${event.id}: exit item ${event.target} ${event.passed ? "passed" : "failed"}${attempt}; exit test ${exitLine(after.learner)}`;
    }
    case "retract":
      return `recorded ${event.id}: retracted ${event.target}${describeRetractEffect(event.target, before, after)}`;
    default:
      return assertNever(event, "event type");
  }
}
function describeRetractEffect(target, before, after) {
  const changed = [];
  for (const [id, a] of Object.entries(after.learner.concepts)) {
    const b = before.learner.concepts[id];
    if (b && (b.observations !== a.observations || b.mastery !== a.mastery)) {
      changed.push(`${id} mastery ${b.observations > 0 ? two(b.mastery) : "none"} \u2192 ${a.observations > 0 ? two(a.mastery) : "none"}, ${a.status}`);
    }
  }
  for (const [id, a] of Object.entries(after.learner.exit)) {
    const b = before.learner.exit[id];
    if (b && b.attempts !== a.attempts) changed.push(`exit item ${id} ${a.passed ? "passed" : "not passed"}, ${a.attempts} attempt(s)`);
  }
  return changed.length > 0 ? `: ${changed.join("; ")}` : ` (${target} no longer counts)`;
}
function bar(x, width = 10) {
  const filled = Math.round(x * width);
  return `${"#".repeat(filled)}${".".repeat(width - filled)}`;
}
function describeStatus(domain, derived) {
  const { learner, pedagogy } = derived;
  const lines = [];
  lines.push(domain.title ?? "tutor");
  const ready = domain.exitTest.filter((e) => learner.exit[e.id]?.ready).map((e) => e.id);
  lines.push(`Exit test: ${exitLine(learner)}${ready.length > 0 ? ` \xB7 ready to attempt: ${ready.join(", ")}` : ""}`);
  const o = learner.overall;
  lines.push(`Overall mastery ${percent(o.mastery)} over all ${o.concepts} concepts \xB7 mastered ${o.mastered}/${o.concepts} \xB7 learning ${o.learning} \xB7 untouched ${o.untouched}`);
  const current = learner.current_module ? domain.moduleById.get(learner.current_module) : void 0;
  const cm = learner.current_module ? learner.modules[learner.current_module] : void 0;
  lines.push(current && cm ? `Current module: ${current.id} \xB7 ${current.name} (${cm.mastered}/${cm.concepts} mastered)` : "Current module: none (every concept mastered)");
  lines.push("", "Next moves:");
  pedagogy.next.forEach((move, i) => {
    const tag = move.tag ? ` [${move.tag}]` : "";
    lines.push(`  ${i + 1}. ${move.kind.replace(/_/g, " ")}: ${move.target}${tag} \u2014 ${move.why}`);
  });
  const open = domain.concepts.flatMap((c) => (learner.concepts[c.id]?.misconceptions.open ?? []).map((m) => `  ${c.id} [${m.tag}] since ${m.since.slice(0, 10)}: ${m.text}`));
  if (open.length > 0) lines.push("", "Open misconceptions:", ...open);
  if (pedagogy.stale.length > 0) {
    lines.push("", "Stale (re-probe):", ...pedagogy.stale.map((s) => `  ${s.concept}: mastery ${two(s.mastery)}, ${s.days} days without evidence`));
  }
  const tags = learner.misconception_tags;
  if (tags.length > 0) lines.push("", `Misconception tags in use: ${tags.map((t) => `${t.tag}${t.open ? " (open)" : ""}`).join(", ")}`);
  lines.push("", "Modules:");
  for (const m of domain.modules) {
    const s = learner.modules[m.id];
    if (!s) continue;
    const marker = m.id === learner.current_module ? ">" : " ";
    lines.push(`${marker} ${m.id.padEnd(4)} ${bar(s.mastery)} ${percent(s.mastery).padStart(4)}  ${s.mastered}/${s.concepts} mastered  ${m.name}`);
  }
  const src = learner.source;
  const extra = [
    src.retracted > 0 ? `${src.retracted} retracted` : "",
    src.orphaned > 0 ? `${src.orphaned} about ids no longer in the curriculum` : "",
    src.unreadable > 0 ? `${src.unreadable} unreadable line(s)` : ""
  ].filter(Boolean);
  lines.push(
    "",
    src.events === 0 ? "Evidence: none yet." : `Evidence: ${src.events} event(s), last ${src.last_event?.slice(0, 10)}${extra.length > 0 ? ` (${extra.join(", ")})` : ""}`
  );
  return lines.join("\n");
}
export {
  describeRecord,
  describeStatus
};
