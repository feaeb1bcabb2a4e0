// The prerequisite map as it was drawn before dagre (columns by depth, rows in teaching order,
// one cubic curve per link): kept only to count its edge crossings against the new layout.
import type { Domain } from '../../src/core/domain.js';
import type { LearnerState } from '../../src/core/recompute.js';
import type { DrawnEdge } from '../../src/core/crossings.js';
import { masteryTone } from '../../src/render/charts.js';
import { prereqDepths } from '../../src/render/map-dagre.js';

interface MapNode {
  id: string;
  x: number;
  y: number;
  label: string;
  name: string;
  status: string;
  tone: string;
  // Not `percent`: a bare {{percent}} in a template calls the `percent` helper with no argument
  // ("mastery NaN%%", issue 13), because Handlebars looks helpers up before fields.
  masteryPercent: number;
}
interface PrereqMap {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: { d: string; gap: boolean }[];
  columns: { x: number; label: string }[];
}

const NODE_W = 150;
const NODE_H = 24;
const COL_GAP = 46;
const ROW_GAP = 8;
const PAD = 10;
const HEADER = 22;

/**
 * A layered map of the prerequisite graph: each concept in the column of its depth (the longest
 * prerequisite chain below it), so every edge points right; rows follow teaching order.
 */
export function legacyPrereqMap(domain: Domain, learner: LearnerState): PrereqMap {
  const depth = prereqDepths(domain.concepts);
  const columns: string[][] = [];
  for (const c of domain.concepts) {
    const d = depth.get(c.id) ?? 0;
    (columns[d] ??= []).push(c.id);
  }
  const position = new Map<string, { x: number; y: number }>();
  columns.forEach((ids, col) =>
    ids.forEach((id, row) => position.set(id, { x: PAD + col * (NODE_W + COL_GAP), y: HEADER + PAD + row * (NODE_H + ROW_GAP) })),
  );
  const nodes: MapNode[] = domain.concepts.map((c) => {
    const state = learner.concepts[c.id];
    const p = position.get(c.id) ?? { x: 0, y: 0 };
    const percent = Math.round((state?.mastery ?? 0) * 100);
    const short = c.name.length > 16 ? `${c.name.slice(0, 15)}…` : c.name;
    const status = state?.status ?? 'untouched';
    return { id: c.id, x: p.x, y: p.y, name: c.name, label: `${status === 'mastered' ? '✓ ' : ''}${short} ${percent}%`, status, tone: masteryTone(status, state?.mastery ?? 0), masteryPercent: percent };
  });
  const edges = domain.concepts.flatMap((c) => {
    const gaps = new Set(learner.concepts[c.id]?.prereq_gaps);
    return c.prereqs.map((p) => {
      const from = position.get(p) ?? { x: 0, y: 0 };
      const to = position.get(c.id) ?? { x: 0, y: 0 };
      const x1 = from.x + NODE_W;
      const y1 = from.y + NODE_H / 2;
      const x2 = to.x;
      const y2 = to.y + NODE_H / 2;
      const mid = (x1 + x2) / 2;
      return { d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`, gap: gaps.has(p) };
    });
  });
  const rows = Math.max(...columns.map((c) => c.length), 1);
  return {
    width: PAD * 2 + columns.length * NODE_W + (columns.length - 1) * COL_GAP,
    height: HEADER + PAD * 2 + rows * NODE_H + (rows - 1) * ROW_GAP,
    nodes,
    edges,
    columns: columns.map((_, col) => ({ x: PAD + col * (NODE_W + COL_GAP), label: col === 0 ? 'no prerequisites' : `depth ${col}` })),
  };
}

/** The legacy map's links as polylines: each cubic curve sampled at 24 points. */
export function legacyDrawnEdges(domain: Domain, learner: LearnerState): DrawnEdge[] {
  const map = legacyPrereqMap(domain, learner);
  const links = domain.concepts.flatMap((c) => c.prereqs.map((p) => ({ from: p, to: c.id })));
  return map.edges.map((e, i) => {
    const [x1, y1, c1x, c1y, c2x, c2y, x2, y2] = (e.d.match(/-?[\d.]+/g) ?? []).map(Number) as number[];
    const points = Array.from({ length: 25 }, (_, k) => {
      const t = k / 24;
      const u = 1 - t;
      return {
        x: u * u * u * (x1 as number) + 3 * u * u * t * (c1x as number) + 3 * u * t * t * (c2x as number) + t * t * t * (x2 as number),
        y: u * u * u * (y1 as number) + 3 * u * u * t * (c1y as number) + 3 * u * t * t * (c2y as number) + t * t * t * (y2 as number),
      };
    });
    return { ...(links[i] as { from: string; to: string }), points };
  });
}
