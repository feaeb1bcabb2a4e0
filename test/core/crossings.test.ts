// Edge crossings (issue 16): the number the prerequisite map's layout is chosen and tested by.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCrossings, segmentsCross, type DrawnEdge } from '../../src/core/crossings.js';

const edge = (from: string, to: string, ...xy: number[]): DrawnEdge => ({
  from,
  to,
  points: Array.from({ length: xy.length / 2 }, (_, i) => ({ x: xy[2 * i] as number, y: xy[2 * i + 1] as number })),
});

describe('segmentsCross', () => {
  it('counts an X, not a T, a shared end, or parallel lines', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: 0 }, { x: 5, y: 10 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 0 }, { x: 20, y: 5 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 1 }, { x: 10, y: 1 })).toBe(false);
  });
});

describe('countCrossings', () => {
  it('counts each crossing of two polylines, and none between links that meet at a concept', () => {
    const zigzag = edge('a', 'b', 0, 0, 10, 10, 20, 0, 30, 10);
    const flat = edge('c', 'd', -5, 5, 35, 5);
    expect(countCrossings([zigzag, flat])).toBe(3);
    expect(countCrossings([zigzag, edge('b', 'e', -5, 5, 35, 5)])).toBe(0);
    expect(countCrossings([zigzag])).toBe(0);
  });

  const coordinate = fc.integer({ min: -50, max: 50 });
  const edges = fc.array(
    fc.record({ from: fc.constantFrom('a', 'b', 'c', 'd', 'e'), to: fc.constantFrom('f', 'g', 'h'), xy: fc.array(coordinate, { minLength: 4, maxLength: 8 }) }),
    { maxLength: 8 },
  ).map((list) => list.map((e) => edge(e.from, e.to, ...e.xy.slice(0, e.xy.length - (e.xy.length % 2)))));

  it('does not depend on where the drawing is, or the order of its edges', () => {
    fc.assert(
      fc.property(edges, coordinate, coordinate, (list, dx, dy) => {
        const moved = list.map((e) => ({ ...e, points: e.points.map((p) => ({ x: p.x + dx, y: p.y + dy })) }));
        expect(countCrossings(moved)).toBe(countCrossings(list));
        expect(countCrossings([...list].reverse())).toBe(countCrossings(list));
      }),
    );
  });

  it('is the sum over pairs, and a pair sharing a concept never crosses', () => {
    fc.assert(
      fc.property(edges, (list) => {
        let sum = 0;
        for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) sum += countCrossings([list[i] as DrawnEdge, list[j] as DrawnEdge]);
        expect(countCrossings(list)).toBe(sum);
        for (const e of list) expect(countCrossings([e, { ...e, points: [...e.points].reverse() }])).toBe(0);
      }),
    );
  });
});
