// The prerequisite map laid out by dagre (layered drawing: ranks, crossing minimisation, then
// coordinates), the drawing with the fewest crossings among dagre's rankers. Loaded only when the
// cached layout does not match the curriculum (store/map-layout-cache.ts).
import dagre from '@dagrejs/dagre';
import { countCrossings, type Point } from '../core/crossings.js';
import type { Concept, Domain } from '../core/domain.js';
import { LINE_HEIGHT, MAP_LAYOUT_VERSION, PAD_Y, STATUS_LINES, tooLargeForDagre, wrapName, type GraphLayout, type LaidOutNode, type MapLayouts } from './map-layout.js';

interface Shape {
  readonly rankdir: 'LR' | 'TB';
  readonly nodeWidth: number;
  readonly chars: number;
  readonly nodesep: number;
  readonly ranksep: number;
}
const FULL: Shape = { rankdir: 'LR', nodeWidth: 166, chars: 24, nodesep: 10, ranksep: 44 };
const NEAR: Shape = { rankdir: 'TB', nodeWidth: 116, chars: 17, nodesep: 8, ranksep: 30 };
const MARGIN = 8;
const RANKERS = ['network-simplex', 'tight-tree', 'longest-path'] as const;
/** Above this many concepts one ranker only: each run of dagre costs as much as the others. */
const TRY_RANKERS_UP_TO = 150;

interface Vertex {
  readonly id: string;
  readonly name: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function layoutOnce(vertices: readonly Vertex[], links: readonly (readonly [string, string])[], shape: Shape, ranker: string): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: shape.rankdir, nodesep: shape.nodesep, ranksep: shape.ranksep, edgesep: 6, marginx: MARGIN, marginy: MARGIN, ranker });
  g.setDefaultEdgeLabel(() => ({}));
  const lines = new Map<string, string[]>();
  for (const v of vertices) {
    const wrapped = wrapName(v.name, shape.chars);
    lines.set(v.id, wrapped);
    g.setNode(v.id, { width: shape.nodeWidth, height: (wrapped.length + STATUS_LINES) * LINE_HEIGHT + PAD_Y * 2 });
  }
  for (const [from, to] of links) g.setEdge(from, to);
  dagre.layout(g);
  const nodes = vertices.map((v) => {
    const n = g.node(v.id) as { x: number; y: number; width: number; height: number };
    return { id: v.id, x: round1(n.x - n.width / 2), y: round1(n.y - n.height / 2), width: n.width, height: n.height, lines: lines.get(v.id) ?? [v.name] };
  });
  const edges = links.map(([from, to]) => {
    const points = ((g.edge(from, to) as { points?: Point[] }).points ?? []).map((p) => ({ x: round1(p.x), y: round1(p.y) }));
    return { from, to, points };
  });
  const size = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges, crossings: countCrossings(edges), ranker };
}

/** The drawing with the fewest edge crossings among dagre's rankers (ties: the first). */
function bestLayout(vertices: readonly Vertex[], links: readonly (readonly [string, string])[], shape: Shape): GraphLayout {
  let best: GraphLayout | null = null;
  for (const ranker of vertices.length <= TRY_RANKERS_UP_TO ? RANKERS : RANKERS.slice(0, 1)) {
    const layout = layoutOnce(vertices, links, shape, ranker);
    if (best === null || (layout.crossings ?? Infinity) < (best.crossings ?? Infinity)) best = layout;
  }
  return best as GraphLayout;
}

/** Prerequisite links (prerequisite → concept) between known concepts, each once. */
function prerequisiteLinks(domain: Domain, within: ReadonlySet<string> | null): [string, string][] {
  const links: [string, string][] = [];
  for (const c of domain.concepts) {
    if (within && !within.has(c.id)) continue;
    for (const p of new Set(c.prereqs)) {
      if (domain.conceptById.has(p) && (!within || within.has(p))) links.push([p, c.id]);
    }
  }
  return links;
}

/** A module's concepts, the concepts they need from other modules, and the ones they unlock elsewhere. */
export function moduleNeighbourhood(domain: Domain, moduleId: string): string[] {
  const own = new Set(domain.concepts.filter((c) => c.module === moduleId).map((c) => c.id));
  const near = new Set(own);
  for (const c of domain.concepts) {
    if (own.has(c.id)) for (const p of c.prereqs) if (domain.conceptById.has(p)) near.add(p);
    if (c.prereqs.some((p) => own.has(p))) near.add(c.id);
  }
  // Teaching order, so ties in the layout keep the order the course is taught in.
  return domain.concepts.filter((c) => near.has(c.id)).map((c) => c.id);
}

/**
 * Each concept's depth: the longest prerequisite chain below it (0 without prerequisites).
 * Kahn's algorithm: one pass over concepts + edges whatever the teaching order (relaxing every
 * concept once per level was quadratic: half a minute per `tutor log` for 5,000 concepts of 50
 * prerequisites). An unknown prerequisite counts as depth 0, so its concept goes to column 1 at
 * least. parseDomain refuses cycles; a concept still left on one is placed after its placed
 * prerequisites, in teaching order, so the map stays total.
 */
export function prereqDepths(concepts: readonly Concept[]): Map<string, number> {
  const index = new Map<string, number>();
  concepts.forEach((c, i) => {
    if (!index.has(c.id)) index.set(c.id, i);
  });
  const level = new Array<number>(concepts.length).fill(0);
  const waiting = new Array<number>(concepts.length).fill(0);
  const dependents: number[][] = concepts.map(() => []);
  concepts.forEach((c, i) => {
    for (const p of c.prereqs) {
      const from = index.get(p);
      if (from === undefined) {
        level[i] = 1;
        continue;
      }
      waiting[i] = (waiting[i] as number) + 1;
      (dependents[from] as number[]).push(i);
    }
  });
  const placed = new Array<boolean>(concepts.length).fill(false);
  const queue: number[] = [];
  concepts.forEach((_, i) => {
    if (waiting[i] === 0) queue.push(i);
  });
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head] as number;
    placed[i] = true;
    for (const j of dependents[i] as number[]) {
      if ((level[i] as number) + 1 > (level[j] as number)) level[j] = (level[i] as number) + 1;
      waiting[j] = (waiting[j] as number) - 1;
      if (waiting[j] === 0) queue.push(j);
    }
  }
  if (queue.length < concepts.length) {
    concepts.forEach((c, i) => {
      if (placed[i]) return;
      let d = level[i] as number;
      for (const p of c.prereqs) {
        const from = index.get(p);
        if (from !== undefined && placed[from]) d = Math.max(d, (level[from] as number) + 1);
      }
      level[i] = d;
      placed[i] = true;
    });
  }
  const depth = new Map<string, number>();
  concepts.forEach((c, i) => {
    if (!depth.has(c.id)) depth.set(c.id, level[i] as number);
  });
  return depth;
}


/** The fallback drawing for very large courses: linear in concepts + links, crossings not counted. */
function layeredLayout(domain: Domain, vertices: readonly Vertex[], links: readonly (readonly [string, string])[], shape: Shape): GraphLayout {
  const depth = prereqDepths(domain.concepts);
  const bottom: number[] = [];
  const placed = new Map<string, LaidOutNode>();
  for (const v of vertices) {
    const col = depth.get(v.id) ?? 0;
    const lines = wrapName(v.name, shape.chars);
    const height = (lines.length + STATUS_LINES) * LINE_HEIGHT + PAD_Y * 2;
    const y = bottom[col] ?? MARGIN;
    bottom[col] = y + height + shape.nodesep;
    placed.set(v.id, { id: v.id, x: MARGIN + col * (shape.nodeWidth + shape.ranksep), y, width: shape.nodeWidth, height, lines });
  }
  const edges = links.map(([from, to]) => {
    const a = placed.get(from) as LaidOutNode;
    const b = placed.get(to) as LaidOutNode;
    const x1 = a.x + a.width;
    const x2 = b.x;
    const mid = round1((x1 + x2) / 2);
    const y1 = round1(a.y + a.height / 2);
    const y2 = round1(b.y + b.height / 2);
    return { from, to, points: [{ x: x1, y: y1 }, { x: mid, y: y1 }, { x: mid, y: y2 }, { x: x2, y: y2 }] };
  });
  const width = MARGIN * 2 + bottom.length * shape.nodeWidth + Math.max(0, bottom.length - 1) * shape.ranksep;
  const height = Math.max(MARGIN, ...bottom) + MARGIN;
  return { width, height, nodes: [...placed.values()], edges, crossings: null, ranker: 'layered' };
}

export function layoutPrereqMaps(domain: Domain): MapLayouts {
  const seen = new Set<string>();
  const vertices = domain.concepts.filter((c) => !seen.has(c.id) && seen.add(c.id)).map((c) => ({ id: c.id, name: c.name }));
  const links = prerequisiteLinks(domain, null);
  if (tooLargeForDagre(vertices.length, links.length)) {
    // No module maps either: one per module of such a course would be most of the course again.
    return { version: MAP_LAYOUT_VERSION, full: layeredLayout(domain, vertices, links, FULL), near: {} };
  }
  const full = bestLayout(vertices, links, FULL);
  const near: Record<string, GraphLayout> = {};
  for (const m of domain.modules) {
    const ids = moduleNeighbourhood(domain, m.id);
    if (ids.length === 0) continue;
    const within = new Set(ids);
    near[m.id] = bestLayout(vertices.filter((v) => within.has(v.id)), prerequisiteLinks(domain, within), NEAR);
  }
  return { version: MAP_LAYOUT_VERSION, full, near };
}
