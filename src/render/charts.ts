// Geometry for the dashboard's inline SVG: sparklines, the mastery-over-time chart, the
// prerequisite map. Pure: numbers in, coordinates out (the template draws them).
import type { Concept, Domain } from '../core/domain.js';
import type { LearnerState, TimelinePoint } from '../core/recompute.js';

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

/** Points of a small line of mastery values (0..1) in a width × height box. */
export function sparklinePoints(values: readonly number[], width = 84, height = 22): { points: string; last: { x: string; y: string } | null } {
  if (values.length === 0) return { points: '', last: null };
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const coords = values.map((v, i) => ({ x: fmt(2 + i * step), y: fmt(height - 2 - v * (height - 4)) }));
  return { points: coords.map((c) => `${c.x},${c.y}`).join(' '), last: coords[coords.length - 1] ?? null };
}

export interface TimelineChart {
  width: number;
  height: number;
  points: string;
  dots: { x: string; y: string; label: string }[];
  gridlines: { y: string; label: string }[];
  first: string;
  last: string;
}

export function timelineChart(timeline: readonly TimelinePoint[]): TimelineChart | null {
  if (timeline.length === 0) return null;
  const width = 640;
  const height = 180;
  const left = 44;
  const right = 16;
  const top = 12;
  const bottom = 28;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i: number) => left + (timeline.length > 1 ? (i * plotW) / (timeline.length - 1) : plotW / 2);
  const y = (m: number) => top + plotH - m * plotH;
  const dots = timeline.map((p, i) => ({
    x: fmt(x(i)),
    y: fmt(y(p.mastery)),
    label: `${p.date}: overall mastery ${Math.round(p.mastery * 100)}%, ${p.mastered} mastered, ${p.exit_passed} exit item(s) passed`,
  }));
  return {
    width,
    height,
    points: dots.map((d) => `${d.x},${d.y}`).join(' '),
    dots,
    gridlines: [0, 0.25, 0.5, 0.75, 1].map((m) => ({ y: fmt(y(m)), label: `${m * 100}%` })),
    first: timeline[0]?.date ?? '',
    last: timeline[timeline.length - 1]?.date ?? '',
  };
}

export interface MapNode {
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
export interface PrereqMap {
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

/** How to colour a concept: by status and, while learning, by how far along it is. */
export function masteryTone(status: string, mastery: number): string {
  if (status === 'mastered') return 'mastered';
  if (status === 'untouched') return 'untouched';
  return mastery >= 0.5 ? 'learning-high' : 'learning-low';
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

/**
 * A layered map of the prerequisite graph: each concept in the column of its depth (the longest
 * prerequisite chain below it), so every edge points right; rows follow teaching order.
 */
export function prereqMap(domain: Domain, learner: LearnerState): PrereqMap {
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
