import { describe, expect, it } from 'vitest';
import { nearestIds, slugifyTag } from '../../src/core/ids.js';

describe('tags and suggestions', () => {
  it('slugs misconception text; text without ASCII letters gets a stable hash tag', () => {
    expect(slugifyTag('  Thinks the model reads LETTERS, not tokens! ')).toBe('thinks-the-model-reads-letters-not-tokens');
    expect(slugifyTag('Модель читает буквы')).toMatch(/^m-[0-9a-f]{8}$/);
    expect(slugifyTag('Модель читает буквы')).toBe(slugifyTag('Модель читает буквы'));
    expect(slugifyTag('x'.repeat(100))).toHaveLength(48);
  });

  it('suggests close ids, closest first, and nothing for unrelated input', () => {
    const known = ['attention', 'position', 'tokenization', 'kv_cache', 'autoregressive_loop'];
    expect(nearestIds('atention', known)).toEqual(['attention']);
    expect(nearestIds('KV-cache', known)).toEqual(['kv_cache']);
    expect(nearestIds('autoregressive', known)).toEqual(['autoregressive_loop']);
    expect(nearestIds('zzzzzz', known)).toEqual([]);
  });
});
