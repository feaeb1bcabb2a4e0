// The dashboard keeps each concept's HTML between renders (issue 17). Whatever was kept, the page
// must be exactly the page rendered from nothing: a kept fragment is used only for an equal view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recompute } from '../../src/core/recompute.js';
import type { TutorEvent } from '../../src/core/events.js';
import type { NoteLink } from '../../src/core/notes.js';
import { renderDashboard, renderDashboardPage } from '../../src/render/dashboard.js';
import { DAY, exchange, exitTest, HOUR, retract, T0, tinyDomain } from '../helpers/events.js';

const domain = tinyDomain();
const concepts = domain.concepts.map((c) => c.id);

/** A log: exchanges (some with misconceptions, notes, resolutions), exit attempts and retractions, hours apart. */
const logArbitrary = fc
  .array(
    fc.record({
      kind: fc.constantFrom('exchange', 'exchange', 'exchange', 'exit', 'retract'),
      concept: fc.constantFrom(...concepts),
      quality: fc.constantFrom(0, 0.3, 0.55, 0.8, 0.95, 1),
      misconception: fc.option(fc.constantFrom('<b>bold</b> "quoted"', 'tokens are words', 'temperature reranks'), { nil: undefined }),
      resolved: fc.boolean(),
      note: fc.option(fc.constantFrom('a note', '& < >'), { nil: undefined }),
      gapHours: fc.integer({ min: 1, max: 400 }),
      passed: fc.boolean(),
    }),
    { maxLength: 30 },
  )
  .map((steps) => {
    const events: TutorEvent[] = [];
    let ms = T0;
    for (const step of steps) {
      ms += step.gapHours * HOUR;
      if (step.kind === 'exit') events.push(exitTest('et1', step.passed, ms));
      else if (step.kind === 'retract' && events.length > 0) events.push(retract(events[events.length - 1]!.id, ms));
      else {
        const extra = { ...(step.misconception ? { misconception: step.misconception, tag: step.misconception.length % 2 ? 'a' : 'b' } : {}), ...(step.note ? { note: step.note } : {}), ...(step.resolved ? { resolved: true as const } : {}) };
        events.push(exchange(step.concept, step.quality, ms, extra));
      }
    }
    return events;
  });

const noteOn = (concept: string): NoteLink => ({ file: `${concept}.md`, slug: concept, title: `On ${concept}`, modules: [], concepts: [concept], tags: [], description: null });

describe('kept concept HTML', () => {
  it('a page rendered with the fragments of any other state is byte for byte the page rendered from nothing', () => {
    fc.assert(
      fc.property(logArbitrary, logArbitrary, fc.integer({ min: 0, max: 60 }), fc.boolean(), (first, second, days, withNotes) => {
        const now = new Date(T0 + days * DAY + 1000 * HOUR);
        const notes = withNotes ? [noteOn(concepts[0]!)] : [];
        const earlier = renderDashboardPage(domain, recompute(domain, first, now), [], { notes, fragments: { previous: new Map() } });
        const state = recompute(domain, [...first, ...second], now);
        const kept = renderDashboardPage(domain, state, [], { notes, fragments: { previous: earlier.fragments } });
        expect(kept.html).toBe(renderDashboard(domain, state, [], { notes }));
        // What is kept for the next render is exactly this page's concepts.
        expect(kept.fragments.size).toBeLessThanOrEqual(concepts.length);
        for (const html of kept.fragments.values()) expect(kept.html).toContain(html);
      }),
      { numRuns: 150 },
    );
  });

  it('reuses the HTML of an unchanged concept, and renders a changed one again', () => {
    const now = new Date(T0 + 30 * DAY);
    const before = recompute(domain, [exchange('tokenization', 0.7, T0), exchange('sampling', 0.4, T0 + HOUR)], now);
    const first = renderDashboardPage(domain, before, [], { fragments: { previous: new Map() } });
    // A forged fragment under the key of an unchanged concept shows that the kept HTML is what is used.
    const [keyOf] = [...first.fragments].find(([, html]) => html.includes('data-concept="sampling"'))!;
    const forged = new Map(first.fragments).set(keyOf, '<li class="concept" data-concept="sampling">KEPT</li>');
    const after = recompute(domain, [exchange('tokenization', 0.7, T0), exchange('sampling', 0.4, T0 + HOUR), exchange('tokenization', 0.9, T0 + 2 * HOUR)], now);
    const page = renderDashboardPage(domain, after, [], { fragments: { previous: forged } });
    expect(page.html).toContain('KEPT');
    // Tokenization changed: rendered again, with its new exchange.
    expect(page.html).toMatch(/data-concept="tokenization"[\s\S]*?over 2 exchanges/);
    // The same state again keeps every concept's HTML.
    const again = renderDashboardPage(domain, after, [], { fragments: { previous: page.fragments } });
    expect([...again.fragments.keys()].sort()).toEqual([...page.fragments.keys()].sort());
  });
});
