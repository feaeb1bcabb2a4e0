// The prerequisite map's geometry: depths by topological order, the same columns as before.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Concept } from '../../src/core/domain.js';
import { parseDomain } from '../../src/core/domain.js';
import { recompute } from '../../src/core/recompute.js';
import { prereqDepths, prereqMap } from '../../src/render/charts.js';
import { largeDomainJson } from '../helpers/domain.js';
import { T0 } from '../helpers/events.js';

/** The depth as the map first defined it: relax every concept until nothing changes. */
function relaxedDepths(concepts: readonly Concept[]): Map<string, number> {
  const depth = new Map<string, number>(concepts.map((c) => [c.id, 0]));
  for (let changed = true, pass = 0; changed && pass <= concepts.length; pass++) {
    changed = false;
    for (const c of concepts) {
      const d = c.prereqs.reduce((max, p) => Math.max(max, (depth.get(p) ?? 0) + 1), 0);
      if (d !== depth.get(c.id)) {
        depth.set(c.id, d);
        changed = true;
      }
    }
  }
  return depth;
}

const concept = (id: string, prereqs: string[]): Concept => ({ id, name: id, module: 'M1', behaviors: ['b'], prereqs });

/** Acyclic graphs in any listing order: prerequisites point to lower numbers, then shuffled. */
const dagArb = fc
  .integer({ min: 1, max: 30 })
  .chain((n) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: n }, (_, i) => fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, i - 1) }), { maxLength: i === 0 ? 0 : Math.min(i, 5) }))),
      fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
    ),
  )
  .map(([prereqs, order]) => order.map((i) => concept(`c${i}`, (prereqs[i] as number[]).map((p) => `c${p}`))));

describe('prereqDepths', () => {
  it('gives every concept of the bundled course the column the relaxation gave it', () => {
    const domain = parseDomain(readFileSync(resolve(import.meta.dirname, '../../memory/domain.json'), 'utf8'));
    expect(prereqDepths(domain.concepts)).toEqual(relaxedDepths(domain.concepts));
    const map = prereqMap(domain, recompute(domain, [], new Date(T0)).learner);
    const perColumn = map.columns.map((column) => map.nodes.filter((node) => node.x === column.x).length);
    expect(perColumn).toEqual([1, 2, 2, 2, 5, 7, 9, 8, 6, 6, 11, 9, 6, 2]);
    expect(map.width).toBe(2718);
    expect(map.height).toBe(386);
  });

  it('equals the relaxation on any acyclic graph, whatever the teaching order', () => {
    fc.assert(
      fc.property(dagArb, (concepts) => {
        expect(prereqDepths(concepts)).toEqual(relaxedDepths(concepts));
      }),
    );
  });

  it('puts a concept after an unknown prerequisite, and stays total on a cycle', () => {
    expect(prereqDepths([concept('a', ['ghost'])]).get('a')).toBe(1);
    const cyclic = prereqDepths([concept('root', []), concept('a', ['b', 'root']), concept('b', ['a'])]);
    expect(cyclic).toEqual(new Map([['root', 0], ['a', 1], ['b', 2]]));
  });

  it('is linear: 5,000 concepts in a chain 5,000 deep with 50 prerequisites each', () => {
    const domain = parseDomain(largeDomainJson());
    const started = performance.now();
    const depth = prereqDepths(domain.concepts);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(depth.get((4_999).toString(36))).toBe(4_999);
    expect(depth.get('0')).toBe(0);
  });
});
