// The prerequisite map's geometry: its types, its cache key and the label wrap. The layout itself
// (render/map-dagre.ts) depends only on the curriculum, so it is computed once per curriculum and
// cached by the store (store/map-layout-cache.ts), never per record: the record path reads the
// cache through this module and never loads dagre unless the curriculum changed.
import type { Point } from '../core/crossings.js';
import type { Domain } from '../core/domain.js';

/** Bump when the drawing changes, so every cached layout is recomputed. */
export const MAP_LAYOUT_VERSION = 1;

export interface LaidOutNode {
  readonly id: string;
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The concept's full name, wrapped (never cut). */
  readonly lines: readonly string[];
}
export interface LaidOutEdge {
  readonly from: string;
  readonly to: string;
  readonly points: readonly Point[];
}
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
  /** Edge crossings of this drawing; null when not counted (a course too large for dagre). */
  readonly crossings: number | null;
  /** How it was laid out: the dagre ranker that gave the fewest crossings, or "layered". */
  readonly ranker: string;
}
export interface MapLayouts {
  readonly version: number;
  /** The whole course, left to right: everything a concept needs is left of it. */
  readonly full: GraphLayout;
  /** Per module: its concepts, what they need from elsewhere and what they unlock, top to bottom (for phones). */
  readonly near: Readonly<Record<string, GraphLayout>>;
}

/** What the layout depends on, as one string: the cache key (the store hashes it). */
export function mapLayoutInput(domain: Domain): string {
  const graph = domain.concepts.map((c) => [c.id, c.name, c.module, c.prereqs]);
  return JSON.stringify({ version: MAP_LAYOUT_VERSION, modules: domain.modules.map((m) => m.id), graph });
}

/**
 * Past this size dagre's crossing minimisation takes minutes (5,000 concepts of 50 prerequisites:
 * 250,000 links), so the course map falls back to plain layers (columns by depth, rows in teaching
 * order, linear time), with no module maps, and is not cached: computing it costs less than
 * reading it back.
 */
export const DAGRE_MAX_NODES = 400;
export const DAGRE_MAX_LINKS = 2_000;
export const tooLargeForDagre = (nodes: number, links: number) => nodes > DAGRE_MAX_NODES || links > DAGRE_MAX_LINKS;

/** Whether this course's map is drawn in plain layers (see DAGRE_MAX_NODES). */
export function mapTooLargeForDagre(domain: Domain): boolean {
  let links = 0;
  for (const c of domain.concepts) links += c.prereqs.length;
  return tooLargeForDagre(domain.conceptById.size, links);
}

export const LINE_HEIGHT = 14;
export const PAD_Y = 6;
/** One more line under the name: "learning · 71%". */
export const STATUS_LINES = 1;

/**
 * Greedy word wrap at `width` characters; a word longer than a line is broken, so no label is ever
 * wider than its box (11 px sans averages under 6.2 px a character; boxes allow 6.6).
 */
export function wrapName(name: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      line = '';
      lines.push(`${rest.slice(0, width - 1)}-`);
      rest = rest.slice(width - 1);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

