// Study notes (issue 18): what a note's front matter says it teaches, checked against the
// curriculum. Pure: the parsed front matter and the domain in, a note's metadata and its warnings
// out. A note never breaks `build` or `log`: every problem here is a warning naming the note, the
// line and the nearest ids, and the page is written without the id it could not place.
import type { Domain } from './domain.js';
import type { FrontMatterField, FrontMatterValue } from './front-matter.js';
import { nearestIds } from './ids.js';

/** Above this a note is refused before it is parsed: notes are kilobytes; a 5 MB one is a mistake. */
export const MAX_NOTE_BYTES = 1024 * 1024;
/** Notes rendered at most; more are listed as refused (a folder of thousands is not study notes). */
export const MAX_NOTES = 500;
export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 600;
export const MAX_TAGS = 40;

export interface NoteRef {
  readonly id: string;
  readonly line: number;
}

/** What a note's front matter says, before the curriculum is consulted (cached with the body). */
export interface NoteMeta {
  readonly title: string;
  readonly description: string | null;
  readonly tags: readonly string[];
  readonly modules: readonly NoteRef[];
  readonly concepts: readonly NoteRef[];
  /** Problems that did not stop the note (a field of the wrong shape: "line N: …"; formulas not typeset). */
  readonly problems: readonly string[];
}

/** A note as linked: its page, and the ids of the curriculum it names that exist. */
export interface NoteLink {
  readonly file: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string | null;
  readonly tags: readonly string[];
  readonly modules: readonly string[];
  readonly concepts: readonly string[];
}

const asList = (value: FrontMatterValue): readonly string[] => (typeof value === 'string' ? (value === '' ? [] : [value]) : value);

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The page name of a note: its file name without `.md`, reduced to characters safe in any URL. */
export function noteSlug(fileName: string): string {
  const base = fileName.replace(/\.md$/i, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 80);
  return slug.length > 0 ? slug : 'note';
}

/** The first `# heading` of a Markdown body, as plain text (fallback title). */
function firstHeading(body: string): string | null {
  const match = /^#{1,2}[ \t]+(.+?)[ \t#]*$/m.exec(body);
  if (!match?.[1]) return null;
  const text = match[1].replace(/[*_`]/g, '').trim();
  return text.length > 0 ? text : null;
}

function refs(field: FrontMatterField | undefined): NoteRef[] {
  if (!field) return [];
  const values = asList(field.value);
  return values.map((id, i) => ({ id: id.trim(), line: field.itemLines[i] ?? field.line })).filter((r) => r.id !== '');
}

/** A note's metadata from its front matter fields; unknown keys are the learner's own and ignored. */
export function deriveNoteMeta(fileName: string, fields: ReadonlyMap<string, FrontMatterField>, body: string): NoteMeta {
  const problems: string[] = [];
  const scalar = (key: string): string | null => {
    const field = fields.get(key);
    if (!field) return null;
    if (typeof field.value !== 'string') {
      problems.push(`line ${field.line}: "${key}" should be one line of text, not a list; ignored`);
      return null;
    }
    return field.value.trim() === '' ? null : field.value;
  };
  const title = scalar('title');
  const description = scalar('description');
  const tagsField = fields.get('tags') ?? fields.get('tag');
  const tags = tagsField ? asList(tagsField.value).map((t) => oneLine(t, 60)).filter((t) => t !== '') : [];
  if (tags.length > MAX_TAGS) problems.push(`line ${tagsField?.line}: ${tags.length} tags; the first ${MAX_TAGS} are shown`);
  return {
    title: oneLine(title ?? firstHeading(body) ?? fileName.replace(/\.md$/i, ''), MAX_TITLE),
    description: description === null ? null : oneLine(description, MAX_DESCRIPTION),
    tags: [...new Set(tags)].slice(0, MAX_TAGS),
    modules: [...refs(fields.get('module')), ...refs(fields.get('modules'))],
    concepts: [...refs(fields.get('concepts')), ...refs(fields.get('concept'))],
    problems,
  };
}

function unknownRef(file: string, kind: 'concept' | 'module', ref: NoteRef, known: readonly string[]): string {
  const near = nearestIds(ref.id, known);
  const hint = near.length > 0 ? `nearest: ${near.join(', ')}` : `no ${kind} id in memory/domain.json is close to it`;
  return `${file} line ${ref.line}: unknown ${kind} "${ref.id.slice(0, 60)}" (${hint}); the page is linked without it`;
}

/**
 * The note's link: the ids it names that the curriculum has, and a warning for each it does not.
 * A note that names concepts but no module is shown under each concept's module.
 */
export function linkNote(domain: Domain, file: string, slug: string, meta: NoteMeta): { link: NoteLink; warnings: string[] } {
  const warnings = meta.problems.map((p) => `${file}${p.startsWith('line ') ? ' ' : ': '}${p}`);
  const moduleIds = domain.modules.map((m) => m.id);
  const conceptIds = domain.concepts.map((c) => c.id);
  const modules: string[] = [];
  for (const ref of meta.modules) {
    if (domain.moduleById.has(ref.id)) {
      if (!modules.includes(ref.id)) modules.push(ref.id);
    } else warnings.push(unknownRef(file, 'module', ref, moduleIds));
  }
  const concepts: string[] = [];
  for (const ref of meta.concepts) {
    if (domain.conceptById.has(ref.id)) {
      if (!concepts.includes(ref.id)) concepts.push(ref.id);
    } else warnings.push(unknownRef(file, 'concept', ref, conceptIds));
  }
  return { link: { file, slug, title: meta.title, description: meta.description, tags: meta.tags, modules, concepts }, warnings };
}

/** The concepts a note's page shows the standing of: those it names, else those of its modules. */
export function noteConcepts(domain: Domain, link: NoteLink): string[] {
  if (link.concepts.length > 0) return [...link.concepts];
  const modules = new Set(link.modules);
  return domain.concepts.filter((c) => modules.has(c.module)).map((c) => c.id);
}

/** The modules a note is listed under on the dashboard: those it names, else its concepts' modules. */
export function noteModules(domain: Domain, link: NoteLink): string[] {
  if (link.modules.length > 0) return [...link.modules];
  const out: string[] = [];
  for (const id of link.concepts) {
    const module = domain.conceptById.get(id)?.module;
    if (module && !out.includes(module)) out.push(module);
  }
  return out;
}

/** notes/README.md, written by `tutor init` (never rendered as a note: the folder's own explanation). */
export const NOTES_README = `# Study notes

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

- math in TeX: \`$…$\` inline, \`$$…$$\` on lines of their own for display (typeset at build time);
- citations as footnotes: \`a claim[^1]\` and, at the end, \`[^1]: Author, *Title*, year, URL\`;
- two callouts, each line starting with \`>\`:
  \`> [!must-know] Title\` (what a practitioner must know) and
  \`> [!curious] Title\` (for the curious: derivations, history, further reading).
`;
