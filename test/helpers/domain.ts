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
