// The prerequisite map's layout (issue 16): dagre, computed once per curriculum. On the bundled
// course it must cross fewer links than the map it replaced, keep every name whole and point every
// link forward; a very large course falls back to plain layers in linear time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countCrossings } from '../../src/core/crossings.js';
import { parseDomain, type Domain } from '../../src/core/domain.js';
import { recompute } from '../../src/core/recompute.js';
import { layoutPrereqMaps, moduleNeighbourhood } from '../../src/render/map-dagre.js';
import { mapLayoutInput, wrapName, type GraphLayout } from '../../src/render/map-layout.js';
import { largeDomainJson } from '../helpers/domain.js';
import { T0, tinyDomain } from '../helpers/events.js';
import { legacyDrawnEdges } from '../helpers/legacy-map.js';

const bundled = parseDomain(readFileSync(resolve(import.meta.dirname, '../../memory/domain.json'), 'utf8'));
const layouts = layoutPrereqMaps(bundled);

function overlaps(layout: GraphLayout): string[] {
  const found: string[] = [];
  layout.nodes.forEach((a, i) => {
    for (const b of layout.nodes.slice(i + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id}/${b.id}`);
    }
  });
  return found;
}

describe('layoutPrereqMaps on the bundled course', () => {
  it('crosses measurably fewer links than the hand-made layered map did', () => {
    const before = countCrossings(legacyDrawnEdges(bundled, recompute(bundled, [], new Date(T0)).learner));
    const after = countCrossings(layouts.full.edges);
    expect(layouts.full.crossings).toBe(after);
    // Measured when the map changed: 392 crossings before, 196 after.
    expect(before).toBeGreaterThan(350);
    expect(after).toBeLessThan(before * 0.6);
  });

  it('draws every concept once, with its full name, boxes apart, links pointing forward', () => {
    expect(layouts.full.nodes.map((n) => n.id)).toEqual(bundled.concepts.map((c) => c.id));
    for (const n of layouts.full.nodes) {
      expect(n.lines.join(' ')).toBe(bundled.conceptById.get(n.id)?.name);
      expect(Math.max(...n.lines.map((l) => l.length))).toBeLessThanOrEqual(24);
    }
    expect(overlaps(layouts.full)).toEqual([]);
    const byId = new Map(layouts.full.nodes.map((n) => [n.id, n]));
    const links = bundled.concepts.reduce((n, c) => n + c.prereqs.length, 0);
    expect(layouts.full.edges).toHaveLength(links);
    for (const e of layouts.full.edges) {
      const from = byId.get(e.from);
      const to = byId.get(e.to);
      expect(from && to && from.x + from.width <= to.x).toBe(true);
      expect(e.points.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives each module its neighbourhood: its concepts, what they need and what they unlock', () => {
    expect(Object.keys(layouts.near)).toEqual(bundled.modules.map((m) => m.id));
    const m1 = new Set(moduleNeighbourhood(bundled, 'M1'));
    for (const c of bundled.concepts.filter((c) => c.module === 'M1')) {
      expect(m1.has(c.id)).toBe(true);
      for (const p of c.prereqs) expect(m1.has(p)).toBe(true);
    }
    for (const c of bundled.concepts.filter((c) => c.prereqs.some((p) => bundled.conceptById.get(p)?.module === 'M1'))) expect(m1.has(c.id)).toBe(true);
    const near = layouts.near.M1 as GraphLayout;
    expect(near.nodes.map((n) => n.id).sort()).toEqual([...m1].sort());
    expect(overlaps(near)).toEqual([]);
    // Top to bottom: what a concept needs is above it.
    const byId = new Map(near.nodes.map((n) => [n.id, n]));
    for (const e of near.edges) expect((byId.get(e.from)?.y ?? 0) + (byId.get(e.from)?.height ?? 0)).toBeLessThanOrEqual(byId.get(e.to)?.y ?? 0);
  });
});

describe('the layout depends on the curriculum only', () => {
  it('is the same for the same curriculum; its cache key changes with a name, a link or a module', () => {
    const domain = tinyDomain();
    expect(layoutPrereqMaps(domain)).toEqual(layoutPrereqMaps(tinyDomain()));
    const renamed = tinyDomain({ concepts: domain.concepts.map((c) => (c.id === 'sampling' ? { ...c, name: 'Sampling, again' } : c)) });
    const relinked = tinyDomain({ concepts: domain.concepts.map((c) => (c.id === 'position' ? { ...c, prereqs: ['tokenization'] } : c)) });
    const keys = [domain, renamed, relinked].map(mapLayoutInput);
    expect(new Set(keys).size).toBe(3);
    // A new exit item or policy does not move a box.
    expect(mapLayoutInput(tinyDomain({ policy: { alpha: 0.4 } }))).toBe(keys[0]);
  });
});

describe('wrapName', () => {
  it('wraps at word boundaries and breaks only a word longer than a line', () => {
    expect(wrapName('Parametric vs in-context knowledge', 24)).toEqual(['Parametric vs in-context', 'knowledge']);
    expect(wrapName('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercali-', 'fragilist-', 'icexpiali-', 'docious']);
    expect(wrapName('', 10)).toEqual(['']);
  });
});

describe('a very large course', () => {
  it('falls back to plain layers for 5,000 concepts of 50 prerequisites, in seconds', () => {
    const domain: Domain = parseDomain(largeDomainJson());
    const started = performance.now();
    const large = layoutPrereqMaps(domain);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(large.full.ranker).toBe('layered');
    expect(large.full.nodes).toHaveLength(5_000);
    expect(large.full.crossings).toBeNull();
  }, 60_000);
});
