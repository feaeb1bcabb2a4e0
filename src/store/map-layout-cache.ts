// The prerequisite map's layout, cached per curriculum in .git/tutor/ beside the journal (no git
// status ever shows it, no commit takes it), or in site/.prereq-layout.json outside git (a hidden
// file: never served). The layout depends only on the curriculum, so a record reads it; dagre
// runs (and is loaded) only when the curriculum changed or the cache is missing or damaged.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Domain } from '../core/domain.js';
import { mapLayoutInput, MAP_LAYOUT_VERSION, mapTooLargeForDagre, type GraphLayout, type MapLayouts } from '../render/map-layout.js';
import { writeFileAtomic } from './atomic-write.js';
import { gitSideFiles } from './journal.js';
import { readRegularFile } from './regular-file.js';
import type { Workspace } from './workspace.js';

export const MAP_LAYOUT_FILE = '.prereq-layout.json';

/** Where this workspace's map layout is cached. */
export function mapLayoutCacheFile(workspace: Workspace): string {
  return gitSideFiles(workspace.root, 'map-layout.json')?.[0] ?? join(workspace.site, MAP_LAYOUT_FILE);
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Whether `x` is a drawing this version wrote. Checked by hand, not by a schema library: it runs on
 * every record, and a schema's parse of the 80 KB file cost as much as reading it.
 */
function isGraphLayout(x: unknown): x is GraphLayout {
  if (!isRecord(x) || !isNumber(x.width) || !isNumber(x.height) || !Array.isArray(x.nodes) || !Array.isArray(x.edges)) return false;
  if (!(x.crossings === null || isNumber(x.crossings)) || typeof x.ranker !== 'string') return false;
  for (const n of x.nodes as unknown[]) {
    if (!isRecord(n) || typeof n.id !== 'string' || !isNumber(n.x) || !isNumber(n.y) || !isNumber(n.width) || !isNumber(n.height)) return false;
    if (!Array.isArray(n.lines) || !n.lines.every((l) => typeof l === 'string')) return false;
  }
  for (const e of x.edges as unknown[]) {
    if (!isRecord(e) || typeof e.from !== 'string' || typeof e.to !== 'string' || !Array.isArray(e.points)) return false;
    if (!e.points.every((p) => isRecord(p) && isNumber(p.x) && isNumber(p.y))) return false;
  }
  return true;
}

function isMapLayouts(x: unknown): x is MapLayouts {
  return isRecord(x) && x.version === MAP_LAYOUT_VERSION && isGraphLayout(x.full) && isRecord(x.near) && Object.values(x.near).every(isGraphLayout);
}

export function mapLayoutKey(domain: Domain): string {
  return createHash('sha256').update(mapLayoutInput(domain)).digest('hex');
}

/** The cached layout when it is this curriculum's, whole and well-formed; otherwise null. */
export function readCachedMapLayouts(file: string, domain: Domain): MapLayouts | null {
  let bytes: Buffer | null;
  try {
    bytes = readRegularFile(file);
  } catch {
    return null;
  }
  if (bytes === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.key !== mapLayoutKey(domain) || !isMapLayouts(parsed.layouts)) return null;
  // The key covers the concepts; a file edited by hand could still hold other nodes.
  const layouts = parsed.layouts;
  const ids = new Set(layouts.full.nodes.map((n) => n.id));
  if (ids.size !== domain.conceptById.size || domain.concepts.some((c) => !ids.has(c.id))) return null;
  return layouts;
}

/**
 * This curriculum's layout: from the cache, or computed (about a second for a course of 80
 * concepts: three rankers for the course map and one small map per module) and cached. A cache
 * that cannot be written costs only the next render the same computation.
 */
export async function mapLayoutsFor(file: string, domain: Domain): Promise<MapLayouts> {
  const large = mapTooLargeForDagre(domain);
  const cached = large ? null : readCachedMapLayouts(file, domain);
  if (cached) return cached;
  const { layoutPrereqMaps } = await import('../render/map-dagre.js');
  const layouts = layoutPrereqMaps(domain);
  if (large) return layouts;
  try {
    writeFileAtomic(file, `${JSON.stringify({ key: mapLayoutKey(domain), layouts })}\n`);
  } catch {
    // Best effort: the page is right either way.
  }
  return layouts;
}
