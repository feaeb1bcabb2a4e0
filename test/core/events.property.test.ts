// The hand-written line check must give the same verdicts as the zod schema it stands in for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/core/event-schema.js';
import { parseEventLine } from '../../src/core/events.js';

const pick = (...values: unknown[]) => fc.constantFrom(...values);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const field = {
  id: pick('evt_01M83C1MJ7T164Y4D7C8C6ZCJ5', 'evt_short', 'evt_01M83C1MJ7T164Y4D7C8C6ZCJU', 42, null),
  ts: pick('2026-06-18T09:00:00.000Z', '2026-06-18T09:00:00+02:00', '2026-06-18', '2026-13-45T99:00:00Z', 'yesterday', 0),
  prev: pick(null, 'a'.repeat(64), 'A'.repeat(64), 'abc', 7),
  type: pick('exchange', 'exit_test', 'retract', 'other', undefined),
  concept: pick('tokenization', '', 'x'.repeat(41), 3),
  quality: pick(0, 1, 0.5, -0.1, 1.5, '0.5'),
  misconception: maybe(pick('thinks x', '', 'y'.repeat(501), 1)),
  tag: maybe(pick('a-tag', 'Bad Tag', '', 5)),
  resolved: maybe(pick(true, false, ['a-tag'], [], ['Bad'], 'a-tag', Array.from({ length: 21 }, () => 'a'))),
  note: maybe(pick('why', '', 'z'.repeat(2001), 9)),
  target: maybe(pick('et1', 'evt_01M83C1MJ7T164Y4D7C8C6ZCJ5', '', 'x'.repeat(41))),
  passed: maybe(pick(true, false, 'yes')),
  extra: maybe(pick('ignored')),
};

describe('parseEventLine ≡ eventSchema', () => {
  it('accepts and refuses the same lines, and reads the same event', () => {
    fc.assert(
      fc.property(fc.record(field, { requiredKeys: ['id', 'ts', 'prev', 'type'] }), (raw) => {
        const line = JSON.stringify(raw);
        const reference = eventSchema.safeParse(JSON.parse(line));
        const fast = parseEventLine(line);
        expect(fast.ok, `${line}\n${fast.ok ? '' : fast.reason}`).toBe(reference.success);
        if (fast.ok && reference.success) {
          const expected = Object.fromEntries(Object.entries(reference.data).filter(([, v]) => v !== undefined));
          expect(fast.event).toEqual(expected);
        }
      }),
      { numRuns: 3_000 },
    );
  });
});
