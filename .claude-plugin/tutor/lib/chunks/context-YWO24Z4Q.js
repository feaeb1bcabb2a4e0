import {
  SOURCE_REPOSITORY_COMMAND,
  describeToolVersion,
  readManifest,
  toolCommand
} from "./chunk-A2HZBKKJ.js";
import {
  packageVersion
} from "./chunk-E37M6WDH.js";
import {
  readSnapshot
} from "./chunk-6C3MB655.js";
import "./chunk-Q2GUQWXQ.js";
import "./chunk-5ZPZWM6R.js";
import "./chunk-WIW65SVF.js";
import "./chunk-BZF4WVT4.js";
import {
  findRetracted
} from "./chunk-RDJOAXJ2.js";
import "./chunk-MNKKRITI.js";
import "./chunk-M5CY4MCJ.js";
import "./chunk-Y7UM2WCK.js";
import "./chunk-BC46OYR2.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-EEDM6MZ5.js";
import {
  escapeInvisible
} from "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";

// src/core/context.ts
var CONTEXT_LIMIT = 4e3;
var cut = (text, max) => text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
function recentEvents(events, count) {
  const retracted = findRetracted(events);
  const live = events.filter((e) => e.type !== "retract" && !retracted.has(e.id));
  const ordered = [...live].sort((a, b) => a.ts === b.ts ? a.id < b.id ? -1 : 1 : Date.parse(a.ts) - Date.parse(b.ts));
  return ordered.slice(-count);
}
function describeEvent(event) {
  const when = `${event.id} ${event.ts.slice(0, 10)} ${event.ts.slice(11, 16)}`;
  const note = event.note ? ` "${cut(event.note, 70)}"` : "";
  switch (event.type) {
    case "exchange": {
      const m = event.misconception ? ` [misconception ${event.tag}]` : "";
      const r = event.resolved ? ` [resolved ${event.resolved === true ? "all" : event.resolved.join(",")}]` : "";
      return `${when} ${event.concept} quality ${event.quality}${m}${r}${note}`;
    }
    case "exit_test":
      return `${when} exit ${event.target} ${event.passed ? "passed" : "failed"}${note}`;
    default:
      return `${when} ${event.type}`;
  }
}
function describeContext(domain, derived, events, now, command = SOURCE_REPOSITORY_COMMAND) {
  const { learner, pedagogy } = derived;
  const o = learner.overall;
  const { mechanism, build } = learner.exit_summary;
  const current = learner.current_module ? domain.moduleById.get(learner.current_module) : void 0;
  const cm = learner.current_module ? learner.modules[learner.current_module] : void 0;
  const passed = domain.exitTest.filter((e) => learner.exit[e.id]?.passed).map((e) => e.id);
  const ready = domain.exitTest.filter((e) => learner.exit[e.id]?.ready).map((e) => e.id);
  const head = [
    `# Tutor memory brief (${now.toISOString().slice(0, 10)}; ${learner.source.events} logged events${learner.source.last_event ? `, last ${learner.source.last_event.slice(0, 10)}` : ", none yet"})`,
    `Course: ${domain.title ?? "untitled"} (${o.concepts} concepts, ${domain.modules.length} modules).`,
    `Exit test: Mechanism ${mechanism.passed}/${mechanism.total} \xB7 Build ${build.passed}/${build.total}${passed.length ? ` (passed: ${passed.join(", ")})` : ""}. Ready to attempt: ${ready.length ? ready.join(", ") : "none"}.`,
    `Overall mastery ${Math.round(o.mastery * 100)}% over all concepts; mastered ${o.mastered}, learning ${o.learning}, untouched ${o.untouched}.`,
    current && cm ? `Current module: ${current.id} "${current.name}" (${cm.mastered}/${cm.concepts} mastered).` : "Current module: none; every concept is mastered."
  ];
  const next = ["", "Next moves, ranked:", ...pedagogy.next.map((m, i) => `${i + 1}. ${m.kind} ${m.target}${m.tag ? ` [${m.tag}]` : ""}: ${cut(m.why, 200)}`)];
  const open = domain.concepts.flatMap((c) => (learner.concepts[c.id]?.misconceptions.open ?? []).map((m) => `- [${m.tag}] on ${c.id} since ${m.since.slice(0, 10)}: ${cut(m.text, 120)}`));
  const misconceptions = open.length ? ["", "Open misconceptions:", ...open.slice(0, 8), ...open.length > 8 ? [`- \u2026and ${open.length - 8} more`] : []] : [];
  const stale = pedagogy.stale.length ? ["", `Stale concepts to re-probe cold: ${pedagogy.stale.slice(0, 8).map((s) => `${s.concept} (mastery ${s.mastery.toFixed(2)}, ${s.days} days)`).join(", ")}${pedagogy.stale.length > 8 ? `, and ${pedagogy.stale.length - 8} more` : ""}.`] : [];
  const tags = learner.misconception_tags;
  const tagLine = tags.length ? ["", `Misconception tags in use (the same wrong model gets the same tag; re-opening a resolved one records a relapse): ${tags.slice(0, 25).map((t) => `${t.tag}${t.open ? " (open)" : ""}${t.relapses ? ` (relapsed ${t.relapses}x)` : ""}`).join(", ")}${tags.length > 25 ? ", \u2026" : ""}.`] : [];
  const recent = recentEvents(events, 6);
  const last = recent.length ? ["", "Last recorded (event id, when, what; a retraction targets the id):", ...recent.map((e) => `- ${describeEvent(e)}`)] : [];
  const example = pedagogy.next.find((m) => m.kind !== "attempt_exit")?.target ?? domain.concepts[0]?.id ?? "concept_id";
  const recording = [
    "",
    "Recording (one call after each exchange; quality is how well that exchange went, 0..1; mastery is derived, never set):",
    `  ${command} log --concept ${example} --quality 0.7 --note "what happened"`,
    `  ${command} log --concept <id> --quality 0.3 --misconception "the wrong belief" --tag <tag>`,
    `  ${command} log --concept <id> --quality 0.8 --resolved <tag>`,
    `  ${command} log --type exit_test --target ${ready[0] ?? domain.exitTest[0]?.id ?? "et1"} --passed   (or --failed)`,
    `  ${command} log --type retract --target <evt_id> --note "why"`
  ];
  const optional = [last, tagLine, stale, misconceptions];
  let lines = [...head, ...next, ...misconceptions, ...stale, ...tagLine, ...last, ...recording];
  for (const section of optional) {
    if (lines.join("\n").length <= CONTEXT_LIMIT) break;
    lines = lines.filter((line) => !section.includes(line) || line === "");
  }
  const text = escapeInvisible(lines.join("\n"));
  return text.length <= CONTEXT_LIMIT ? text : `${text.slice(0, CONTEXT_LIMIT - 2)}
\u2026`;
}

// src/app/context.ts
function readContext(workspace, now) {
  const snapshot = readSnapshot(workspace, now);
  const brief = describeContext(snapshot.domain, snapshot.derived, snapshot.log.events, now, toolCommand(workspace.root));
  const manifest = readManifest(workspace.root);
  const mismatch = manifest ? describeToolVersion(manifest.version, packageVersion()) : null;
  return mismatch ? `${mismatch}

${brief}` : brief;
}
export {
  readContext
};
