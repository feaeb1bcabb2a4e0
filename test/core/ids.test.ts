import { describe, expect, it } from 'vitest';
import { EVENT_ID, makeEventId, nearestIds, slugifyTag } from '../../src/core/ids.js';

const bytes = (n: number) => new Uint8Array(10).fill(n);

describe('event ids', () => {
  it('are well-formed and sort by time', () => {
    const a = makeEventId(Date.parse('2026-06-18T09:00:00Z'), bytes(255), null);
    const b = makeEventId(Date.parse('2026-06-18T09:00:01Z'), bytes(0), a);
    expect(a).toMatch(EVENT_ID);
    expect(b).toMatch(EVENT_ID);
    expect(a < b).toBe(true);
  });

  it('within one millisecond each new id is the previous plus one, so the order is the append order', () => {
    const ms = Date.parse('2026-06-18T09:00:00Z');
    let last: string | null = null;
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      last = makeEventId(ms, bytes(i * 5), last);
      ids.push(last);
    }
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
  });

  it('differ between clones that log in the same millisecond (random part)', () => {
    const ms = Date.parse('2026-06-18T09:00:00Z');
    expect(makeEventId(ms, bytes(1), null)).not.toBe(makeEventId(ms, bytes(2), null));
  });
});

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
