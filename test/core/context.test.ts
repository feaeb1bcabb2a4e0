import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTEXT_LIMIT, describeContext } from '../../src/core/context.js';
import { parseDomain } from '../../src/core/domain.js';
import type { TutorEvent } from '../../src/core/events.js';
import { recompute } from '../../src/core/recompute.js';
import { DAY, exchange, HOUR, T0, tinyDomain } from '../helpers/events.js';

const brief = (events: TutorEvent[], domain = tinyDomain(), now = new Date(T0 + 2 * DAY)) => describeContext(domain, recompute(domain, events, now), events, now);
const firstMove = (text: string) => /Next moves, ranked:\n1\. (.*)/.exec(text)?.[1] ?? '';

describe('describeContext', () => {
  it('an empty log: continue the first module with its first concept', () => {
    const text = brief([]);
    expect(firstMove(text)).toMatch(/^continue_module tokenization: current module M1/);
    expect(text).toContain('0 logged events, none yet');
    expect(text).toContain('node dist/bundle/main.js log --concept tokenization --quality 0.7');
  });

  it('mid-course: a ready exit item comes first', () => {
    const master = (id: string, base: number) => [0, 1, 2].map((i) => exchange(id, 1, base + i * HOUR));
    const text = brief([...master('tokenization', T0), ...master('sampling', T0 + 3 * HOUR)]);
    expect(firstMove(text)).toMatch(/^attempt_exit et1:/);
    expect(text).toContain('Ready to attempt: et1.');
    expect(text).toContain('--type exit_test --target et1 --passed');
  });

  it('a relapse: resolving it comes first, and its tag is listed for reuse', () => {
    const events = [
      exchange('sampling', 0.3, T0, { misconception: 'temperature re-ranks', tag: 'temp-reranks' }),
      exchange('sampling', 0.9, T0 + HOUR, { resolved: ['temp-reranks'] }),
      exchange('attention', 0.4, T0 + 2 * HOUR, { misconception: 'temperature re-ranks', tag: 'temp-reranks', note: 'again' }),
    ];
    const text = brief(events);
    expect(firstMove(text)).toMatch(/^resolve_misconception attention \[temp-reranks\]: .*relapsed 1×/);
    expect(text).toContain('temp-reranks (open) (relapsed 1x)');
    expect(text).toMatch(/Last recorded \(event id, when, what; a retraction targets the id\):\n- evt_\S+ .*sampling quality 0\.3 \[misconception temp-reranks\]/);
  });

  it('stays within 4,000 characters with 76 concepts and 10,000 events, and is deterministic', () => {
    const domain = parseDomain(readFileSync(resolve(import.meta.dirname, '../../memory/domain.json'), 'utf8'));
    const ids = domain.concepts.map((c) => c.id);
    const events: TutorEvent[] = Array.from({ length: 10_000 }, (_, i) =>
      exchange(ids[i % ids.length] as string, (i * 37) % 100 / 100, T0 + i * 60_000, i % 7 === 0 ? { misconception: `wrong model number ${i % 40} with a rather long description of what the learner believes`, tag: `tag-${i % 40}`, note: 'x'.repeat(300) } : {}),
    );
    const now = new Date(T0 + 30 * DAY);
    const text = brief(events, domain, now);
    expect(text.length).toBeLessThanOrEqual(CONTEXT_LIMIT);
    expect(text).toContain('Next moves, ranked:');
    expect(text).toContain('node dist/bundle/main.js log --type retract');
    expect(brief(events, domain, now)).toBe(text);
  });
});
