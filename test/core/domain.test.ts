import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDomain } from '../../src/core/domain.js';
import { CurriculumError } from '../../src/core/errors.js';
import { TINY_DOMAIN, tinyDomainJson } from '../helpers/domain.js';

function problems(source: string): string[] {
  try {
    parseDomain(source);
  } catch (error) {
    if (error instanceof CurriculumError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  throw new Error('accepted');
}

const withConcepts = (concepts: unknown) => JSON.stringify({ ...TINY_DOMAIN, concepts });

describe('parseDomain', () => {
  it('accepts the tiny curriculum and keeps teaching order', () => {
    const domain = parseDomain(tinyDomainJson());
    expect(domain.modules.map((m) => m.id)).toEqual(['M1', 'M2']);
    expect(domain.policy).toEqual({ alpha: 0.6, masteryThreshold: 0.8, minObservations: 3, staleDays: 14, staleMinMastery: 0.5 });
  });

  it('reports malformed JSON with line and column', () => {
    expect(problems('{\n  "modules": [,]\n}')[0]).toMatch(/not valid JSON: .* at line 2, column \d+/);
  });

  it('reports an unknown module, a dangling prereq and a dangling requires by JSON path, naming the item by id', () => {
    const bad = structuredClone(TINY_DOMAIN) as any;
    bad.concepts[1].module = 'M9';
    bad.concepts[2].prereqs = ['nope'];
    bad.exit_test[0].requires = ['ghost'];
    expect(problems(JSON.stringify(bad))).toEqual([
      'concepts[1] "sampling".module: unknown module "M9" (did you mean "M1" or "M2"?)',
      'concepts[2] "attention".prereqs[0]: unknown concept "nope" (no concept id in "concepts" is close to it)',
      'exit_test[0] "et1".requires[0]: unknown concept "ghost" (no concept id in "concepts" is close to it)',
    ]);
  });

  it('reports duplicate ids and bad ids', () => {
    const dup = [...TINY_DOMAIN.concepts, { ...TINY_DOMAIN.concepts[0] }];
    expect(problems(withConcepts(dup))).toContain('concepts[4] "tokenization".id: duplicate id "tokenization" (first at concepts[0])');
    const badId = [{ ...TINY_DOMAIN.concepts[0], id: 'has space' }, ...TINY_DOMAIN.concepts.slice(1)];
    expect(problems(withConcepts(badId))[0]).toMatch(/^concepts\[0\]\.id: "has space" is not a valid id/);
  });

  it('reports a prerequisite cycle as a path', () => {
    const cyclic = TINY_DOMAIN.concepts.map((c) => (c.id === 'tokenization' ? { ...c, prereqs: ['attention'] } : c));
    expect(problems(withConcepts(cyclic))).toEqual(['concepts[1] "sampling".prereqs[0]: prerequisite cycle: tokenization → attention → sampling → tokenization']);
  });

  it('refuses unknown keys (including __proto__) and wrong types', () => {
    expect(problems('{"__proto__": {"x": 1}, ' + tinyDomainJson().slice(1))).toEqual([': unknown key "__proto__"']);
    const wrongType = structuredClone(TINY_DOMAIN) as any;
    wrongType.concepts[0].behaviors = 'one behaviour';
    expect(problems(JSON.stringify(wrongType))).toEqual(['concepts[0] "tokenization".behaviors: expected array, got string']);
    expect(problems(JSON.stringify({ ...TINY_DOMAIN, policy: { alpha: 2 } }))).toEqual(['policy.alpha: must be ≤ 1, got 2']);
    expect(problems(JSON.stringify({ ...TINY_DOMAIN, policy: { min_observations: 2.5, stale_days: 'x' } }))).toEqual(['policy.min_observations: expected a whole number, got 2.5', 'policy.stale_days: expected number, got string']);
  });

  it('accepts the bundled curriculum: 8 layers, ≥ 12 modules, ≥ 60 concepts, et1–et4 and b1–b4', () => {
    const domain = parseDomain(readFileSync(resolve(import.meta.dirname, '../../memory/domain.json'), 'utf8'));
    expect(domain.layers).toHaveLength(8);
    expect(domain.modules.length).toBeGreaterThanOrEqual(12);
    expect(domain.concepts.length).toBeGreaterThanOrEqual(60);
    expect(domain.exitTest.map((e) => e.id).sort()).toEqual(['b1', 'b2', 'b3', 'b4', 'et1', 'et2', 'et3', 'et4']);
    for (const c of domain.concepts) expect(c.behaviors.length).toBeGreaterThan(0);
  });
});
