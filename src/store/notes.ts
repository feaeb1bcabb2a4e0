// The disk side of study notes (issue 18): reading notes/*.md, the cache of rendered bodies
// (site/notes/.cache/, gitignored, keyed by a hash of the note's bytes), the pages in site/notes/,
// and the one copy of KaTeX's CSS and fonts in site/assets/katex/. Every write is atomic.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NoteLink, NoteMeta } from '../core/notes.js';
import { writeFileAtomic } from './atomic-write.js';
import { openRegular, readRegularFile } from './regular-file.js';
import type { Workspace } from './workspace.js';

export interface NotePaths {
  /** notes/: the learner's (and the tutor's) Markdown. */
  readonly notes: string;
  /** site/notes/: the pages, derived. */
  readonly pages: string;
  /** site/notes/.cache/: rendered bodies by content hash, and the index of links. */
  readonly cache: string;
  readonly index: string;
  /** site/assets/katex/: the typesetter's CSS and fonts, once for every page. */
  readonly katex: string;
}

export function notePaths(workspace: Workspace): NotePaths {
  const pages = join(workspace.site, 'notes');
  const cache = join(pages, '.cache');
  return { notes: join(workspace.root, 'notes'), pages, cache, index: join(cache, 'index.json'), katex: join(workspace.site, 'assets', 'katex') };
}

/** The folder's own explanation (written by `tutor init`), not a note. */
const NOT_A_NOTE = /^readme\.md$/i;

export type NoteFile = { readonly file: string; readonly bytes: Buffer } | { readonly file: string; readonly refused: string };

/** Each notes/*.md, in name order: its bytes, or why it is not read (too big, not a regular file). */
export function readNoteFiles(dir: string, maxBytes: number): NoteFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.md$/i.test(name) && !name.startsWith('.') && !NOT_A_NOTE.test(name))
    .sort()
    .map((file): NoteFile => {
      try {
        const fd = openRegular(join(dir, file), 'read');
        if (fd === null) return { file, refused: 'it disappeared while being read' };
        try {
          const size = fstatSync(fd).size;
          if (size > maxBytes) return { file, refused: `it is ${(size / 1024 / 1024).toFixed(1)} MB; a note is at most ${maxBytes / 1024 / 1024} MB (split it into several notes)` };
          return { file, bytes: readFileSync(fd) };
        } finally {
          closeSync(fd);
        }
      } catch (error) {
        return { file, refused: (error as Error).message };
      }
    });
}

/** A rendered note as cached: its metadata and body, or why its front matter was refused. */
export type CachedNote = { readonly meta: NoteMeta; readonly body: string } | { readonly refused: { readonly line: number; readonly problem: string } };

export const noteKey = (renderKey: string, bytes: Buffer) => createHash('sha256').update(renderKey).update('\0').update(bytes).digest('hex');

export function readCachedNote(paths: NotePaths, key: string): CachedNote | null {
  try {
    const data = readRegularFile(join(paths.cache, `${key}.json`));
    if (!data) return null;
    const entry = JSON.parse(data.toString('utf8')) as CachedNote;
    return typeof entry === 'object' && entry !== null && ('body' in entry || 'refused' in entry) ? entry : null;
  } catch {
    // A damaged cache entry is rendered again.
    return null;
  }
}

export function writeCachedNote(paths: NotePaths, key: string, entry: CachedNote): void {
  writeFileAtomic(join(paths.cache, `${key}.json`), JSON.stringify(entry));
}

/** Removes cache entries no current note uses (build only: a record never scans the cache). */
export function pruneNoteCache(paths: NotePaths, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(paths.cache);
  } catch {
    return;
  }
  for (const name of names) {
    const key = /^([0-9a-f]{64})\.json$/.exec(name)?.[1];
    if (key && !keep.has(key)) unlinkSync(join(paths.cache, name));
  }
}

/** What the last refresh knew of a note: the hash of its bytes, what they said, the page's frame. */
export interface IndexedNote {
  readonly key: string;
  readonly meta?: NoteMeta;
  readonly refused?: { readonly line: number; readonly problem: string };
  /** A hash of what the page showed around the body (title, standing, problems); null: no page. */
  readonly view: string | null;
}

export interface NoteIndex {
  readonly links: readonly NoteLink[];
  readonly warnings: readonly string[];
  /** By file name in notes/. */
  readonly notes: Readonly<Record<string, IndexedNote>>;
}

const EMPTY_INDEX: NoteIndex = { links: [], warnings: [], notes: {} };

/** The notes as last refreshed: what `tutor serve` links without rendering, and what a record reuses. */
export function readNoteIndex(paths: NotePaths): NoteIndex {
  try {
    const data = readRegularFile(paths.index);
    if (!data) return EMPTY_INDEX;
    const index = JSON.parse(data.toString('utf8')) as NoteIndex;
    const ok = Array.isArray(index.links) && Array.isArray(index.warnings) && typeof index.notes === 'object' && index.notes !== null;
    return ok ? index : EMPTY_INDEX;
  } catch {
    // A damaged index costs one refresh that reads every cached body again.
    return EMPTY_INDEX;
  }
}

/** Writes `content` to `path` only when it differs from what is there: an unchanged page is left alone. */
export function writeIfChanged(path: string, content: string): boolean {
  try {
    const current = readRegularFile(path);
    if (current && current.length === Buffer.byteLength(content) && current.toString('utf8') === content) return false;
  } catch {
    // Not a regular file: the atomic rename replaces it.
  }
  writeFileAtomic(path, content);
  return true;
}

/** Removes the pages in site/notes/ whose note is gone (or refused); returns their names. */
export function removeOrphanPages(paths: NotePaths, keep: ReadonlySet<string>): string[] {
  let names: string[];
  try {
    names = readdirSync(paths.pages);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!/\.html$/.test(name) || name.startsWith('.') || keep.has(name)) continue;
    try {
      unlinkSync(join(paths.pages, name));
      removed.push(name);
    } catch {
      // Gone already.
    }
  }
  return removed;
}

/**
 * KaTeX's dist folder: beside the bundle (scripts/bundle.mjs copies it to dist/bundle/katex/), or
 * the installed package when running from source or tsc's output.
 */
function katexSource(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, 'katex'), join(here, '..', 'katex')]) if (existsSync(join(dir, 'katex.min.css'))) return dir;
  return dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));
}

/**
 * The stylesheet with only the woff2 fonts: every browser that runs the page reads woff2, and the
 * site then ships 20 font files (about 300 KB) instead of 60.
 */
export function woff2Only(css: string): string {
  return css.replace(/src:\s*([^;}]*)/g, (whole, list: string) => {
    const woff2 = list.split(/,(?=\s*url\()/).find((part) => /format\(["']?woff2["']?\)/.test(part));
    return woff2 ? `src:${woff2.trim()}` : whole;
  });
}

/** Copies KaTeX's CSS and woff2 fonts into site/assets/katex/ when they are missing or differ. */
export function ensureKatexAssets(paths: NotePaths): boolean {
  const source = katexSource();
  const css = woff2Only(readFileSync(join(source, 'katex.min.css'), 'utf8'));
  const cssPath = join(paths.katex, 'katex.min.css');
  const fonts = readdirSync(join(source, 'fonts')).filter((f) => f.endsWith('.woff2'));
  const fontsPresent = fonts.every((f) => existsSync(join(paths.katex, 'fonts', f)));
  if (fontsPresent && existsSync(cssPath) && readFileSync(cssPath, 'utf8') === css) return false;
  mkdirSync(join(paths.katex, 'fonts'), { recursive: true });
  for (const font of fonts) writeFileAtomic(join(paths.katex, 'fonts', font), readFileSync(join(source, 'fonts', font)));
  writeFileAtomic(cssPath, css);
  return true;
}

export const katexAssetsPresent = (paths: NotePaths) => existsSync(join(paths.katex, 'katex.min.css'));
