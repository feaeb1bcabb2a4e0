// Study notes → study pages (issue 18), on `build` and on every `log`. A note's body is rendered
// once per version of its bytes (the cache, keyed by their hash); what runs on every record is a
// hash of each note, a cache lookup and the cheap wrapper that shows the concepts' live standing.
// markdown-it and KaTeX are loaded only when a note changed. A note never breaks build or log:
// every problem becomes a warning naming the note (and the line), and the other notes go on.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Domain } from '../core/domain.js';
import { parseFrontMatter } from '../core/front-matter.js';
import { deriveNoteMeta, linkNote, MAX_NOTE_BYTES, MAX_NOTES, noteSlug, type NoteLink } from '../core/notes.js';
import type { Derived } from '../core/recompute.js';
import { NOTE_RENDER_KEY, notePageView, renderNotePageView } from '../render/note-page.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import {
  ensureKatexAssets,
  katexAssetsPresent,
  noteKey,
  notePaths,
  pruneNoteCache,
  readCachedNote,
  readNoteFiles,
  readNoteIndex,
  removeOrphanPages,
  writeCachedNote,
  writeIfChanged,
  type CachedNote,
  type IndexedNote,
  type NoteIndex,
} from '../store/notes.js';
import type { Workspace } from '../store/workspace.js';

export interface NotesOutcome {
  links: NoteLink[];
  warnings: string[];
  /** The warnings about notes rendered just now (a record repeats no warning it gave before). */
  fresh: string[];
  /** Notes whose body was rendered now (not found in the cache). */
  rendered: number;
  /** Pages written (their content changed), as paths. */
  written: string[];
  removed: string[];
}

type BodyRenderer = (markdown: string, title: string) => { html: string; problems: string[] };

/** Parses and renders one note; a front matter that does not parse is the cached refusal. */
function renderNote(file: string, text: string, renderBody: BodyRenderer): CachedNote {
  const front = parseFrontMatter(text);
  if (!front.ok) return { refused: { line: front.line, problem: front.problem } };
  const meta = deriveNoteMeta(file, front.fields, front.body);
  const body = renderBody(front.body, meta.title);
  return { meta: { ...meta, problems: [...meta.problems, ...body.problems] }, body: body.html };
}

export interface RefreshOptions {
  /** build: also prune the cache and re-check KaTeX's files; a record does neither unless needed. */
  mode: 'build' | 'record';
}

/** Renders what changed in notes/, re-wraps every page with the current standing, writes what differs. */
export async function refreshNotes(workspace: Workspace, domain: Domain, derived: Derived, options: RefreshOptions): Promise<NotesOutcome> {
  const paths = notePaths(workspace);
  const outcome: NotesOutcome = { links: [], warnings: [], fresh: [], rendered: 0, written: [], removed: [] };
  let files = readNoteFiles(paths.notes, MAX_NOTE_BYTES);
  if (files.length > MAX_NOTES) {
    outcome.warnings.push(`notes/ holds ${files.length} notes; the first ${MAX_NOTES} by name are rendered`);
    files = files.slice(0, MAX_NOTES);
  }
  const previous = readNoteIndex(paths);
  const notes: Record<string, IndexedNote> = {};
  let renderBody: BodyRenderer | null = null;
  const keys = new Set<string>();
  const pages = new Set<string>();
  const slugs = new Map<string, string>();
  for (const entry of files) {
    const where = `notes/${entry.file}`;
    if ('refused' in entry) {
      outcome.warnings.push(`${where}: not rendered: ${entry.refused}`);
      continue;
    }
    try {
      const slug = noteSlug(entry.file);
      const other = slugs.get(slug.toLowerCase());
      if (other) {
        outcome.warnings.push(`${where}: not rendered: its page would be site/notes/${slug}.html, which notes/${other} already has (rename one)`);
        continue;
      }
      const key = noteKey(NOTE_RENDER_KEY, entry.bytes);
      keys.add(key);
      const known = previous.notes[entry.file];
      let cached: CachedNote | null = null;
      // The body, from the cache or rendered now; read only when the page must be written.
      const body = async (): Promise<CachedNote> => {
        cached ??= readCachedNote(paths, key);
        if (!cached) {
          renderBody ??= (await import('../render/note-markdown.js')).renderNoteBodyReport;
          cached = renderNote(entry.file, entry.bytes.toString('utf8'), renderBody);
          outcome.rendered += 1;
          writeCachedNote(paths, key, cached);
        }
        return cached;
      };
      // The same bytes as at the last refresh: their metadata is in the index, no cache read.
      const fresh = known?.key !== key || (!known.meta && !known.refused);
      const parsed: IndexedNote = fresh ? summarize(key, await body()) : known;
      notes[entry.file] = { ...parsed, view: null };
      if (parsed.refused) {
        const warning = `${where} line ${parsed.refused.line}: front matter refused: ${parsed.refused.problem}; no page was written (fix the front matter, or remove it)`;
        outcome.warnings.push(warning);
        if (fresh) outcome.fresh.push(warning);
        continue;
      }
      if (!parsed.meta) continue;
      slugs.set(slug.toLowerCase(), entry.file);
      const { link, warnings } = linkNote(domain, where, slug, parsed.meta);
      const stored: NoteLink = { ...link, file: entry.file };
      outcome.warnings.push(...warnings);
      if (fresh) outcome.fresh.push(...warnings);
      outcome.links.push(stored);
      const page = join(paths.pages, `${slug}.html`);
      pages.add(`${slug}.html`);
      // What the page shows around the body: when it is what the last refresh wrote, the page is
      // left alone (a record then reads neither the cached body nor the page).
      const view = notePageView(domain, derived, { link: stored, body: '', problems: warnings });
      const viewKey = noteKey(NOTE_RENDER_KEY, Buffer.from(JSON.stringify(view)));
      notes[entry.file] = { ...parsed, view: viewKey };
      if (options.mode === 'record' && !fresh && known?.view === viewKey && existsSync(page)) continue;
      const rendered = await body();
      if (!('body' in rendered)) continue;
      if (writeIfChanged(page, renderNotePageView({ ...view, body: rendered.body }))) outcome.written.push(page);
    } catch (error) {
      outcome.warnings.push(`${where}: not rendered (${(error as Error).message.split('\n')[0]})`);
    }
  }
  outcome.removed = removeOrphanPages(paths, pages);
  // The typesetter's files, once for the whole site: checked on build, and on a record only when
  // they are missing (a first note written since the last build).
  if (pages.size > 0 && (options.mode === 'build' || !katexAssetsPresent(paths))) ensureKatexAssets(paths);
  if (options.mode === 'build') pruneNoteCache(paths, keys);
  const index: NoteIndex = { links: outcome.links, warnings: outcome.warnings, notes };
  // The index lets `tutor serve` link the notes without rendering; none is created for no notes.
  if (JSON.stringify(previous) !== JSON.stringify(index)) writeFileAtomic(paths.index, `${JSON.stringify(index)}\n`);
  return outcome;
}

/** What the index keeps of a rendered note: its metadata or its refusal, never its body. */
function summarize(key: string, cached: CachedNote): IndexedNote {
  return 'refused' in cached ? { key, refused: cached.refused, view: null } : { key, meta: cached.meta, view: null };
}

/**
 * refreshNotes, never throwing: whatever goes wrong with notes (a full disk, a bug) is a warning,
 * and the dashboard keeps the links it had (the index of the last refresh).
 */
export async function refreshNotesSafely(workspace: Workspace, domain: Domain, derived: Derived, options: RefreshOptions): Promise<NotesOutcome> {
  try {
    return await refreshNotes(workspace, domain, derived, options);
  } catch (error) {
    const warning = `the study notes were not updated (${(error as Error).message.split('\n')[0]}); run \`tutor build\``;
    return { links: [...readNoteIndex(notePaths(workspace)).links], warnings: [warning], fresh: [warning], rendered: 0, written: [], removed: [] };
  }
}
