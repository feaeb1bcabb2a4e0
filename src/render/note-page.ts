// A study note's page (issue 18): the rendered body, wrapped with the live standing of the concepts
// it teaches. The body is rendered once per version of the note (note-markdown.ts, cached); this
// wrapper is what runs on every record, so it is cheap and loads neither markdown-it nor KaTeX.
import type { Domain } from '../core/domain.js';
import { noteConcepts, noteModules, type NoteLink } from '../core/notes.js';
import type { Derived } from '../core/recompute.js';
import { masteryTone, plural } from './charts.js';
import { compileTemplate, createEnvironment, type Template } from './handlebars.js';
import { NOTE_PAGE_TEMPLATE } from './note-templates.js';

/** The KaTeX the bodies are typeset with (package.json pins it; a test checks they agree). */
export const KATEX_VERSION = '0.19.1';
/** Part of every cached body's key: a new renderer or typesetter re-renders every note once. */
export const NOTE_RENDER_KEY = `notes-1 katex-${KATEX_VERSION}`;

const hb = createEnvironment();
let page: Template | null = null;

const percentOf = (x: number) => `${Math.round(x * 100)}%`;
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const STATUS_LABEL: Record<string, string> = { untouched: 'not started', learning: 'learning', mastered: 'mastered' };
const MOVE_LABEL: Record<string, string> = {
  resolve_misconception: 'resolve a misconception',
  attempt_exit: 'attempt an exit item',
  backfill_prereq: 'backfill it: a concept you are learning rests on it',
  reprobe_stale: 're-probe it cold',
  continue_module: 'continue the module with it',
};

/** One concept's standing and its next step, in words, from the derived state alone. */
function conceptStanding(domain: Domain, derived: Derived, id: string) {
  const concept = domain.conceptById.get(id);
  const s = derived.learner.concepts[id];
  const policy = derived.learner.policy;
  const status = s?.status ?? 'untouched';
  const mastery = s?.mastery ?? 0;
  const observations = s?.observations ?? 0;
  const last = s?.last_evidence ? `, the last on ${s.last_evidence.slice(0, 10)}` : '';
  const standing =
    status === 'untouched' ? 'Not started: no exchange on it yet.' : `${status === 'mastered' ? 'Mastered' : 'Learning'}: ${percentOf(mastery)} over ${plural(observations, 'exchange')}${last}.`;
  const move = derived.pedagogy.next.find((m) => m.target === id || m.for === id);
  const unmet = (concept?.prereqs ?? []).filter((p) => derived.learner.concepts[p]?.status !== 'mastered').map((p) => domain.conceptById.get(p)?.name ?? p);
  let next: string;
  if (move && move.target !== id) next = `first backfill ${domain.conceptById.get(move.target)?.name ?? move.target}. ${sentence(move.why)}`;
  else if (move) next = `${MOVE_LABEL[move.kind] ?? move.kind}. ${sentence(move.why)}`;
  else if (status === 'mastered') next = s?.stale_days != null ? 'due for review: the tutor re-probes it cold.' : 'nothing: mastered and fresh.';
  else if (unmet.length > 0) next = `first master ${unmet.join(', ')}.`;
  else {
    const missing: string[] = [];
    if (observations < policy.min_observations) missing.push(plural(policy.min_observations - observations, 'more exchange'));
    if (mastery + 1e-9 < policy.mastery_threshold) missing.push(`mastery from ${percentOf(mastery)} to ${percentOf(policy.mastery_threshold)}`);
    next = status === 'untouched' ? 'ready to learn: every prerequisite is mastered.' : `keep practising: ${missing.join(' and ') || 'one more good exchange'} to master it.`;
  }
  return { id, name: concept?.name ?? id, status, statusLabel: STATUS_LABEL[status] ?? status, tone: masteryTone(status, mastery), masteryText: percentOf(mastery), standing, next };
}

export interface NotePageInput {
  link: NoteLink;
  /** The body's HTML as note-markdown.ts rendered it. */
  body: string;
  /** Warnings about this note (unknown ids, fields ignored), shown on its page. */
  problems: readonly string[];
}

export function notePageView(domain: Domain, derived: Derived, input: NotePageInput) {
  const { link } = input;
  return {
    title: link.title,
    description: link.description,
    tags: link.tags.map((t) => t.replace(/^#/, '')),
    modules: noteModules(domain, link).map((id) => ({ id, name: domain.moduleById.get(id)?.name ?? id })),
    concepts: noteConcepts(domain, link).map((id) => conceptStanding(domain, derived, id)),
    problems: input.problems,
    source: `notes/${link.file}`,
    body: input.body,
  };
}

export function renderNotePage(domain: Domain, derived: Derived, input: NotePageInput): string {
  return renderNotePageView(notePageView(domain, derived, input));
}

export function renderNotePageView(view: ReturnType<typeof notePageView>): string {
  page ??= compileTemplate(hb, NOTE_PAGE_TEMPLATE);
  return page(view);
}

/** The dashboard's link to a note page (site/notes/<slug>.html, relative to site/index.html). */
export interface NoteHref {
  href: string;
  title: string;
}

export const noteHref = (link: NoteLink): NoteHref => ({ href: `./notes/${encodeURIComponent(link.slug)}.html`, title: link.title });

/** The dashboard's links to notes: all of them, and by the module and the concept each teaches. */
export function noteLinksView(domain: Domain, notes: readonly NoteLink[]) {
  const byModule: Record<string, NoteHref[]> = {};
  const byConcept: Record<string, NoteHref[]> = {};
  for (const note of notes) {
    const href = noteHref(note);
    for (const id of noteModules(domain, note)) (byModule[id] ??= []).push(href);
    for (const id of note.concepts) (byConcept[id] ??= []).push(href);
  }
  return { all: notes.map(noteHref), byModule, byConcept };
}
