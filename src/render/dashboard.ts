// renderDashboard(domain, derived) → site/index.html as a string. Writing it is the store's job.
// One self-contained file: inline CSS, no scripts, no network. Every learner-supplied string goes
// through Handlebars' {{ }} escaping.
import Handlebars from 'handlebars';
import type { Domain } from '../core/domain.js';
import type { Derived } from '../core/recompute.js';
import { DASHBOARD_TEMPLATE } from './templates.js';

const hb = Handlebars.create();
hb.registerHelper('percent', (x: number) => `${Math.round(x * 100)}%`);
hb.registerHelper('fixed2', (x: number) => x.toFixed(2));
let compiled: Handlebars.TemplateDelegate | null = null;

function template(): Handlebars.TemplateDelegate {
  compiled ??= hb.compile(DASHBOARD_TEMPLATE, { strict: true, noEscape: false });
  return compiled;
}

/** The data the page shows, shaped for the template (no logic in the template beyond loops). */
export function dashboardView(domain: Domain, derived: Derived) {
  const { learner, pedagogy } = derived;
  const currentModule = learner.current_module ? domain.moduleById.get(learner.current_module) : undefined;
  const modules = domain.modules.map((m) => {
    const state = learner.modules[m.id];
    return {
      id: m.id,
      name: m.name,
      layer: m.layer ? (domain.layers.find((l) => l.id === m.layer)?.name ?? m.layer) : null,
      current: m.id === learner.current_module,
      mastery: state?.mastery ?? 0,
      mastered: state?.mastered ?? 0,
      total: state?.concepts ?? 0,
      concepts: domain.concepts
        .filter((c) => c.module === m.id)
        .map((c) => {
          const s = learner.concepts[c.id];
          return {
            id: c.id,
            name: c.name,
            mastery: s?.mastery ?? 0,
            status: s?.status ?? 'untouched',
            observations: s?.observations ?? 0,
            stale: s?.stale_days ?? null,
            gaps: (s?.prereq_gaps ?? []).map((p) => domain.conceptById.get(p)?.name ?? p),
            open: s?.misconceptions.open ?? [],
            resolved: s?.misconceptions.resolved ?? 0,
            relapses: s?.misconceptions.relapses ?? 0,
          };
        }),
    };
  });
  const exitItems = domain.exitTest.map((e) => {
    const s = learner.exit[e.id];
    return {
      id: e.id,
      kind: e.kind,
      prompt: e.prompt,
      passed: s?.passed ?? false,
      attempts: s?.attempts ?? 0,
      ready: s?.ready ?? false,
      requires: e.requires.map((r) => ({ name: domain.conceptById.get(r)?.name ?? r, status: learner.concepts[r]?.status ?? 'untouched' })),
    };
  });
  const next = pedagogy.next.map((m) => ({
    ...m,
    label: m.kind.replace(/_/g, ' '),
    targetName: domain.conceptById.get(m.target)?.name ?? m.target,
  }));
  return {
    title: domain.title ?? 'Learning dashboard',
    overall: learner.overall,
    empty: learner.source.events === 0,
    events: learner.source.events,
    lastEvent: learner.source.last_event ? learner.source.last_event.slice(0, 10) : null,
    currentModule: currentModule ? `${currentModule.id} · ${currentModule.name}` : 'all modules mastered',
    exitSummary: learner.exit_summary,
    exitItems,
    next,
    firstMove: next[0] ?? null,
    modules,
  };
}

export function renderDashboard(domain: Domain, derived: Derived): string {
  return template()(dashboardView(domain, derived));
}
