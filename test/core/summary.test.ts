import { describe, expect, it } from 'vitest';
import { recompute } from '../../src/core/recompute.js';
import { describeRecord, describeStatus } from '../../src/core/summary.js';
import { DAY, exchange, exitTest, HOUR, retract, T0, tinyDomain } from '../helpers/events.js';

const domain = tinyDomain();
const now = new Date(T0 + 30 * DAY);

function step(before: ReturnType<typeof exchange>[], event: Parameters<typeof describeRecord>[0]) {
  return describeRecord(event, recompute(domain, before, now), recompute(domain, [...before, event], now));
}

describe('describeRecord', () => {
  it('says how the concept moved and what mastering still needs', () => {
    const first = exchange('tokenization', 0.9, T0);
    expect(step([], first)).toBe(`recorded ${first.id}: tokenization quality 0.9 → mastery none → 0.90, learning (was untouched), 1 observation; mastered needs 3 observations`);
  });

  it('announces a relapse', () => {
    const opened = exchange('sampling', 0.3, T0, { misconception: 'tail is truth', tag: 'tail' });
    const fixed = exchange('sampling', 0.9, T0 + HOUR, { resolved: ['tail'] });
    const again = exchange('sampling', 0.4, T0 + 2 * HOUR, { misconception: 'tail is truth', tag: 'tail' });
    expect(step([opened], fixed)).toMatch(/; resolved tail$/);
    expect(step([opened, fixed], again)).toMatch(/; RELAPSE: re-opened tail$/);
  });

  it('describes what a retraction undid', () => {
    const e = exchange('tokenization', 0.9, T0);
    expect(step([e], retract(e.id, T0 + HOUR))).toMatch(/retracted evt_\w+: tokenization mastery 0\.90 → none, untouched$/);
  });
});

describe('describeStatus', () => {
  it('counts mechanism and build separately, shows stale concepts and the next moves', () => {
    const events = [0.9, 0.9, 0.9].map((q, i) => exchange('tokenization', q, T0 + i * HOUR));
    const text = describeStatus(domain, recompute(domain, [...events, exitTest('b1', false, T0)], now));
    expect(text).toContain('Exit test: Mechanism 0/1 · Build 0/1');
    expect(text).toContain('Stale (re-probe):\n  tokenization: mastery 0.90, 29 days without evidence');
    expect(text).toMatch(/Next moves:\n {2}1\. reprobe stale: tokenization/);
    expect(text).toContain('> M1   ');
  });
});
