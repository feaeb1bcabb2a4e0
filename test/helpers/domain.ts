// A small curriculum for tests: two modules, a prerequisite chain, one exit item of each kind.
export const TINY_DOMAIN = {
  title: 'Tiny course',
  layers: [{ id: 'L1', name: 'Mechanism' }],
  modules: [
    { id: 'M1', name: 'The loop', layer: 'L1' },
    { id: 'M2', name: 'Attention', layer: 'L1' },
  ],
  concepts: [
    { id: 'tokenization', name: 'Tokenization', module: 'M1', behaviors: ['Explains why counting letters is hard'], prereqs: [] },
    { id: 'sampling', name: 'Sampling', module: 'M1', behaviors: ['Predicts the effect of temperature'], prereqs: ['tokenization'] },
    { id: 'attention', name: 'Attention', module: 'M2', behaviors: ['Computes the n² cost'], prereqs: ['sampling'] },
    { id: 'position', name: 'Position', module: 'M2', behaviors: ['Explains lost in the middle'], prereqs: ['attention'] },
  ],
  exit_test: [
    { id: 'et1', kind: 'mechanism', prompt: 'Explain a hallucination', requires: ['tokenization', 'sampling'] },
    { id: 'b1', kind: 'build', prompt: 'Ship a thing', requires: ['attention', 'position'] },
  ],
};

export function tinyDomainJson(overrides: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ ...TINY_DOMAIN, ...overrides }, null, 2)}\n`;
}

/**
 * A curriculum at the schema's limits, about 1.8 MB: 5,000 concepts of 50 prerequisites each in
 * 500 modules, listed in reverse teaching order (every concept before its prerequisites), so the
 * prerequisite chain is 5,000 deep and any pass that relaxes once per level is quadratic.
 */
export function largeDomainJson(concepts = 5_000, prereqs = 50, modules = 500): string {
  const id = (i: number) => i.toString(36);
  const perModule = Math.ceil(concepts / modules);
  const list = Array.from({ length: concepts }, (_, k) => {
    const i = concepts - 1 - k;
    return {
      id: id(i),
      name: `Concept ${i}`,
      module: `m${Math.floor(k / perModule)}`,
      behaviors: ['Explains it'],
      prereqs: Array.from({ length: Math.min(prereqs, i) }, (_, j) => id(i - 1 - j)),
    };
  });
  return JSON.stringify({
    title: 'Large course',
    modules: Array.from({ length: modules }, (_, m) => ({ id: `m${m}`, name: `Module ${m}` })),
    concepts: list,
    exit_test: [{ id: 'b1', kind: 'build', prompt: 'Ship it', requires: [id(concepts - 1)] }],
  });
}
