// renderDashboard(domain, derived, studyPages) → site/index.html as a string. Writing it is the
// store's job. One self-contained file: inline CSS and SVG, no script, no network (issue 3).
// Every learner-supplied string goes through Handlebars' {{ }} escaping.
import { createHash } from 'node:crypto';
import type { Domain } from '../core/domain.js';
import type { Derived, RecentExchange } from '../core/recompute.js';
import { deriveActivity } from '../core/activity.js';
import { activityCalendar, fullDate, humanDate, masteryTone, plural, prereqMapView, sparklinePoints, timelineChart } from './charts.js';
import type { MapLayouts } from './map-layout.js';
import { prereqSvg } from './prereq-svg.js';
import { compileTemplate, createEnvironment, type Template } from './handlebars.js';
import type { StudyPage } from './study-pages.js';
import type { NoteLink } from '../core/notes.js';
import { noteLinksView } from './note-page.js';
import { NOTE_LINKS_PARTIAL } from './note-templates.js';
import { ACTIVITY_PARTIAL, CHARTS_STYLE_PARTIAL, CONCEPT_PARTIAL, DASHBOARD_TEMPLATE, EXIT_ITEM_PARTIAL, PREREQ_MAP_PARTIAL, TIMELINE_CHART_PARTIAL, TIMELINE_PARTIAL } from './templates.js';

const hb = createEnvironment();
hb.registerHelper('percent', (x: number) => `${Math.round(x * 100)}%`);
hb.registerHelper('fixed2', (x: number) => x.toFixed(2));
hb.registerHelper('width', (x: number) => `${Math.max(0, Math.min(100, Math.round(x * 100)))}%`);
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
// Study notes (issue 18): the links under a module or a concept, looked up by its id.
hb.registerHelper('notesOf', (byId: Record<string, unknown[]>, id: string) => byId[id] ?? []);
let compiled: Template | null = null;
let compiledConcept: Template | null = null;

function template(): Template {
  if (compiled === null) {
    compiledConcept = compileTemplate(hb, CONCEPT_PARTIAL);
    hb.registerPartial('exitItem', compileTemplate(hb, EXIT_ITEM_PARTIAL));
    hb.registerPartial('chartStyles', compileTemplate(hb, CHARTS_STYLE_PARTIAL));
    hb.registerPartial('timelineChart', compileTemplate(hb, TIMELINE_CHART_PARTIAL));
    hb.registerPartial('timeline', compileTemplate(hb, TIMELINE_PARTIAL));
    hb.registerPartial('activity', compileTemplate(hb, ACTIVITY_PARTIAL));
    hb.registerPartial('prereqMap', compileTemplate(hb, PREREQ_MAP_PARTIAL));
    hb.registerPartial('noteLinks', compileTemplate(hb, NOTE_LINKS_PARTIAL));
    compiled = compileTemplate(hb, DASHBOARD_TEMPLATE);
  }
  return compiled;
}

function conceptTemplate(): Template {
  template();
  return compiledConcept as Template;
}

/**
 * What a concept's kept HTML is keyed by, besides its view: the templates and helpers that turn the
 * view into HTML. Bump RENDER_KEY_VERSION when a helper's output changes; the templates' text is
 * in the key already.
 */
const RENDER_KEY_VERSION = 1;
let fragmentSalt: string | null = null;
const saltOfFragments = () => (fragmentSalt ??= createHash('sha256').update(`${RENDER_KEY_VERSION}\0${CONCEPT_PARTIAL}\0${NOTE_LINKS_PARTIAL}`).digest('hex'));

/**
 * Each concept's HTML from the last render, by the hash of the view it was made from (issue 17).
 * Rendering a concept is a function of its view alone (templates.ts CONCEPT_PARTIAL), so an equal
 * view gives equal HTML: a record renders again only the concepts whose view changed, not the 76
 * of the bundled course. renderDashboardPage returns this page's, for the next render.
 */
export interface ConceptFragments {
  previous: ReadonlyMap<string, string>;
}

const STATUS_LABEL: Record<string, string> = { untouched: 'not started', learning: 'learning', mastered: 'mastered' };
const MOVE_LABEL: Record<string, string> = {
  resolve_misconception: 'Resolve a misconception',
  attempt_exit: 'Attempt an exit item',
  backfill_prereq: 'Backfill a prerequisite',
  reprobe_stale: 'Re-probe a stale concept',
  continue_module: 'Continue the module',
};

/** Items by key, each list in the items' order (teaching order stays as it is). */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "21 Jun 2026": a day as people write it (UTC, the day the log's timeline uses). */
const humanDay = (iso: string) => humanDate(iso, true);

/** "Sun 21 Jun 2026, 19:00 UTC". */
const asOfText = (iso: string) => `${fullDate(iso)}, ${iso.slice(11, 16)} UTC`;

/** "21 Jun 2026, 10:12 UTC". */
function humanMoment(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${humanDay(iso)}, ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())} UTC`;
}

/** The core's reasons carry ISO days (the tutor's brief reads them too); the page says them as people do. */
const humanDates = (text: string) => text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (day) => humanDay(`${day}T00:00:00Z`));

const percentOf = (x: number) => `${Math.round(x * 100)}%`;

/** What still stands between a concept and "mastered", in words (null when nothing does). */
function missingForMastery(mastery: number, observations: number, threshold: number, minObservations: number): string | null {
  const parts: string[] = [];
  if (observations < minObservations) parts.push(`${plural(minObservations - observations, 'more exchange')} (mastered needs at least ${minObservations})`);
  if (mastery + 1e-9 < threshold) parts.push(`mastery from ${percentOf(mastery)} to ${percentOf(threshold)}`);
  return parts.length ? parts.join(' and ') : null;
}

function exchangeView(e: RecentExchange) {
  const misconception = e.misconception ? `opened misconception${e.tag ? ` [${e.tag}]` : ''}: ${e.misconception}` : null;
  return { when: humanMoment(e.ts), quality: e.quality.toFixed(1), mastery: percentOf(e.mastery), note: e.note, misconception, resolved: e.resolved };
}

type NoteHrefs = ReturnType<typeof noteLinksView>['byConcept'][string];

function conceptView(domain: Domain, derived: Derived, id: string, notes: NoteHrefs = []) {
  const c = domain.conceptById.get(id);
  const s = derived.learner.concepts[id];
  const policy = derived.learner.policy;
  const status = s?.status ?? 'untouched';
  const mastery = s?.mastery ?? 0;
  const observations = s?.observations ?? 0;
  // learner.json keeps the last HISTORY_KEPT exchanges (issue 17): the sparkline draws those,
  // and its title counts every exchange (observations), saying how many of them are shown.
  const recent = (s?.history ?? []).map((h) => h.mastery);
  const spark = sparklinePoints(recent);
  const stale = s?.stale_days ?? null;
  const missing = status === 'mastered' ? null : missingForMastery(mastery, observations, policy.mastery_threshold, policy.min_observations);
  const standing =
    status === 'untouched'
      ? 'Not started: no exchange on it yet.'
      : status === 'mastered'
        ? `Mastered: ${percentOf(mastery)} over ${plural(observations, 'exchange')}.`
        : `Learning: ${percentOf(mastery)} over ${plural(observations, 'exchange')}; still missing ${missing}.`;
  const open = s?.misconceptions.open ?? [];
  const relapses = s?.misconceptions.relapses ?? 0;
  const short = status === 'learning' && observations < policy.min_observations ? `${plural(policy.min_observations - observations, 'more exchange')} to go` : null;
  return {
    id,
    name: c?.name ?? id,
    chipHint: short,
    behaviors: c?.behaviors ?? [],
    mastery,
    masteryText: percentOf(mastery),
    status,
    statusLabel: status === 'mastered' && stale !== null ? 'mastered · due for review' : (STATUS_LABEL[status] ?? status),
    tone: masteryTone(status, mastery),
    observations: plural(observations, 'exchange'),
    spark,
    sparkTitle: `mastery over ${plural(observations, 'exchange')}${recent.length < observations ? ` (last ${recent.length} shown)` : ''}: ${recent.slice(-8).map(percentOf).join(' → ')}`,
    stale,
    staleSentence: stale !== null ? `Due for review: no evidence for ${stale} days (a built-up concept turns stale after ${policy.stale_days}); the tutor re-probes it cold.` : null,
    standing,
    gaps: (s?.prereq_gaps ?? []).map((p) => domain.conceptById.get(p)?.name ?? p).join(', '),
    open: open.map((m) => ({ ...m, sinceDay: humanDay(m.since) })),
    resolved: s?.misconceptions.resolved ?? 0,
    relapses,
    relapseSentence: relapses > 0 ? `A misconception came back ${relapses === 1 ? 'once' : `${relapses} times`} after being resolved${open.length === 0 ? '; none is open now' : ''}.` : null,
    exchanges: (derived.evidence[id] ?? []).map(exchangeView).reverse(),
    olderExchanges: Math.max(0, observations - (derived.evidence[id]?.length ?? 0)),
    lastEvidence: s?.last_evidence ? humanDay(s.last_evidence) : null,
    notes,
  };
}

type ConceptView = ReturnType<typeof conceptView>;

function exitView(domain: Domain, derived: Derived, kind: 'mechanism' | 'build', viewOf: (id: string) => ConceptView) {
  return domain.exitTest
    .filter((e) => e.kind === kind)
    .map((e) => {
      const s = derived.learner.exit[e.id];
      const requires = e.requires.map(viewOf);
      const masteredCount = requires.filter((r) => r.status === 'mastered').length;
      const state = s?.passed ? 'passed' : s?.ready ? 'ready' : 'not-ready';
      const unmastered = requires.length - masteredCount;
      // A pass is the tutor's record of one cold answer; mastery is built exchange by exchange.
      // Both are shown, and why they can differ is said where they do.
      const passedNote =
        s?.passed && unmastered > 0
          ? `Passed: the tutor recorded a complete cold answer. ${unmastered} of its ${requires.length} required concepts are not mastered yet: mastery needs repeated evidence on each, which a single pass does not give.`
          : null;
      return {
        id: e.id,
        prompt: e.prompt,
        state,
        stateLabel: s?.passed ? 'Passed' : s?.ready ? 'Ready to attempt' : `Not ready: ${masteredCount}/${requires.length} required concepts mastered`,
        attempts: plural(s?.attempts ?? 0, 'attempt'),
        lastAttempt: s?.last_attempt ? `last ${s.last_attempt.passed ? 'passed' : 'failed'} ${humanDay(s.last_attempt.ts)}` : null,
        progress: `${masteredCount}/${requires.length} concepts mastered`,
        passedNote,
        requires,
      };
    });
}

/** The data the page shows, shaped for the template (no logic in the template beyond loops). */
export interface RenderOptions {
  /** Served by `tutor serve`: load the reload script (the file on disk has no script at all). */
  live?: boolean;
  /** The log failed its last check against the acknowledged records and git history (issue 13). */
  integrityProblem?: string | null;
  /** `tutor serve` could not re-render (a course file broken mid-edit): the page is the last good one. */
  courseProblem?: string | null;
  /** The study notes' pages (issue 18), linked under their modules and concepts. */
  notes?: readonly NoteLink[];
  /** The prerequisite map's layout for this curriculum (store/map-layout-cache.ts); without it the page has no map. */
  mapLayouts?: MapLayouts | null;
  /** Each concept's HTML from the last render (store/dashboard-fragments.ts); without them every concept is rendered. */
  fragments?: ConceptFragments;
}

/** The module whose neighbourhood a phone shows first: the current one, else the first not yet mastered. */
function focusModule(domain: Domain, derived: Derived): string | null {
  const { learner } = derived;
  if (learner.current_module && domain.moduleById.has(learner.current_module)) return learner.current_module;
  return domain.modules.find((m) => (learner.modules[m.id]?.mastered ?? 0) < (learner.modules[m.id]?.concepts ?? 0))?.id ?? null;
}

function mapViews(domain: Domain, derived: Derived, layouts: MapLayouts | null | undefined) {
  if (!layouts) return { map: null, near: null };
  const focus = focusModule(domain, derived);
  const nearLayout = focus ? layouts.near[focus] : undefined;
  const module = focus ? domain.moduleById.get(focus) : undefined;
  return {
    map: { svg: prereqSvg(prereqMapView(layouts.full, domain, derived.learner, focus), 'full') },
    near: nearLayout && module ? { module: `${module.id} · ${module.name}`, svg: prereqSvg(prereqMapView(nearLayout, domain, derived.learner, focus, true), 'near') } : null,
  };
}

/** A concept's HTML: the kept one when its view is unchanged, else rendered now; kept in `next` either way. */
function conceptHtml(view: ConceptView, fragments: ConceptFragments | undefined, kept: Map<string, string>): string {
  if (!fragments) return conceptTemplate()(view);
  const key = createHash('sha256').update(saltOfFragments()).update(JSON.stringify(view)).digest('base64url');
  const html = fragments.previous.get(key) ?? conceptTemplate()(view);
  kept.set(key, html);
  return html;
}

export function dashboardView(domain: Domain, derived: Derived, studyPages: readonly StudyPage[] = [], options: RenderOptions = {}, kept: Map<string, string> = new Map()) {
  const { learner, pedagogy } = derived;
  const notes = noteLinksView(domain, options.notes ?? []);
  // One view per concept: the exit items' chips and the ready-to-learn fringe show the same ones.
  const views = new Map<string, ConceptView>();
  const viewOf = (id: string): ConceptView => {
    let view = views.get(id);
    if (!view) views.set(id, (view = conceptView(domain, derived, id, notes.byConcept[id] ?? [])));
    return view;
  };
  const current = learner.current_module ? domain.moduleById.get(learner.current_module) : undefined;
  // Grouped once (modules by layer, concepts by module): a pass per module over every concept was
  // quadratic in a large curriculum.
  const layerIds = new Set(domain.layers.map((l) => l.id));
  const groupOf = (m: { layer: string | null }) => (m.layer !== null && layerIds.has(m.layer) ? m.layer : null);
  const modulesByLayer = groupBy(domain.modules, groupOf);
  const conceptsByModule = groupBy(domain.concepts, (c) => c.module);
  const moduleGroups: { id: string | null; name: string }[] = [
    ...domain.layers.map((l) => ({ id: l.id as string | null, name: l.name })),
    ...(modulesByLayer.has(null) ? [{ id: null, name: 'Other modules' }] : []),
  ];
  const layers = moduleGroups
    .map((layer) => {
      const modules = (modulesByLayer.get(layer.id) ?? [])
        .map((m) => {
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
            }),
          };
        });
      const total = modules.reduce((n, m) => n + m.concepts.length, 0);
      const mastered = modules.reduce((n, m) => n + m.concepts.filter((c) => c.status === 'mastered').length, 0);
      return { id: layer.id ?? 'other', name: layer.name, modules, hasCurrent: modules.some((m) => m.current), progress: `${mastered}/${total} mastered` };
    })
    .filter((l) => l.modules.length > 0);

  const next = pedagogy.next.map((m) => ({
    label: MOVE_LABEL[m.kind] ?? m.kind,
    kind: m.kind,
    target: domain.exitById.has(m.target) && m.kind === 'attempt_exit' ? `exit item ${m.target}` : (domain.conceptById.get(m.target)?.name ?? m.target),
    why: humanDates(m.why),
  }));
  const due = domain.concepts.filter((c) => learner.concepts[c.id]?.status === 'mastered' && learner.concepts[c.id]?.stale_days != null).length;
  const firstConcept = domain.concepts.find((c) => c.module === current?.id);
  return {
    title: domain.title ?? 'Learning dashboard',
    description: domain.description,
    empty: learner.source.events === 0,
    events: plural(learner.source.events, 'record'),
    lastEvent: learner.source.last_event ? humanDay(learner.source.last_event) : null,
    asOf: Number.isFinite(derived.asOfMs) ? asOfText(new Date(derived.asOfMs).toISOString()) : 'an unknown time',
    overall: { percent: Math.round(learner.overall.mastery * 100), mastered: learner.overall.mastered, concepts: learner.overall.concepts, learning: learner.overall.learning, due },
    currentModule: current ? { id: current.id, name: current.name, progress: `${learner.modules[current.id]?.mastered ?? 0}/${learner.modules[current.id]?.concepts ?? 0} mastered` } : null,
    start: current && firstConcept ? { module: `${current.id} · ${current.name}`, concept: firstConcept.name } : null,
    exitSummary: learner.exit_summary,
    mechanism: exitView(domain, derived, 'mechanism', viewOf),
    build: exitView(domain, derived, 'build', viewOf),
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
    courseProblem: options.courseProblem ?? null,
  };
}

export function renderDashboard(domain: Domain, derived: Derived, studyPages: readonly StudyPage[] = [], options: RenderOptions = {}): string {
  return renderDashboardPage(domain, derived, studyPages, options).html;
}

/** The page, and each concept's HTML by the hash of its view: what the next render may keep (ConceptFragments). */
export function renderDashboardPage(domain: Domain, derived: Derived, studyPages: readonly StudyPage[] = [], options: RenderOptions = {}): { html: string; fragments: Map<string, string> } {
  const fragments = new Map<string, string>();
  const html = template()(dashboardView(domain, derived, studyPages, options, fragments));
  return { html, fragments };
}
