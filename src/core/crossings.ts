// Edge crossings of a drawn graph: how tangled a map looks, counted so a layout can be chosen (and
// tested) by it. Pure geometry: edges are polylines, a crossing is a proper intersection of two
// segments of edges that share no endpoint (edges meeting at a concept do not cross there).

export interface Point {
  readonly x: number;
  readonly y: number;
}
export interface DrawnEdge {
  readonly from: string;
  readonly to: string;
  readonly points: readonly Point[];
}

/** >0 when c is left of a→b, <0 right, 0 on the line (within a rounding tolerance). */
function side(a: Point, b: Point, c: Point): number {
  const cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return Math.abs(cross) < 1e-9 ? 0 : Math.sign(cross);
}

/** Whether segments p1-p2 and q1-q2 cross at a point inside both (touching is not crossing). */
export function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const d1 = side(q1, q2, p1);
  const d2 = side(q1, q2, p2);
  const d3 = side(p1, p2, q1);
  const d4 = side(p1, p2, q2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

interface Box {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

function boxOf(points: readonly Point[]): Box {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  return { minX, maxX, minY, maxY };
}

const overlap = (a: Box, b: Box) => a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;

/** How many times edge a crosses edge b (each pair of crossing segments counts once). */
function crossingsBetween(a: DrawnEdge, b: DrawnEdge): number {
  let count = 0;
  for (let i = 1; i < a.points.length; i++) {
    for (let j = 1; j < b.points.length; j++) {
      if (segmentsCross(a.points[i - 1] as Point, a.points[i] as Point, b.points[j - 1] as Point, b.points[j] as Point)) count += 1;
    }
  }
  return count;
}

/** Every crossing between edges that share no endpoint. */
export function countCrossings(edges: readonly DrawnEdge[]): number {
  const boxes = edges.map((e) => boxOf(e.points));
  let total = 0;
  for (let i = 0; i < edges.length; i++) {
    const a = edges[i] as DrawnEdge;
    for (let j = i + 1; j < edges.length; j++) {
      const b = edges[j] as DrawnEdge;
      if (a.from === b.from || a.from === b.to || a.to === b.from || a.to === b.to) continue;
      if (!overlap(boxes[i] as Box, boxes[j] as Box)) continue;
      total += crossingsBetween(a, b);
    }
  }
  return total;
}
