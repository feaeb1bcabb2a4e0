import { describe, expect, it } from 'vitest';
import { decideEvent, type LogRequest, type LogView } from '../../src/core/decide.js';
import { InputError, UsageError } from '../../src/core/errors.js';
import type { TutorEvent } from '../../src/core/events.js';
import { findRetracted, recompute } from '../../src/core/recompute.js';
import { exchange, retract, T0, tinyDomain } from '../helpers/events.js';

const domain = tinyDomain();
const stamp = { id: 'evt_01M83C1MJ7T164Y4D7C8C6ZCJ5', ts: '2026-06-18T10:00:00.000Z', prev: null };

function viewOf(events: TutorEvent[]): LogView {
  return { learner: recompute(domain, events, new Date(T0)).learner, events, retracted: findRetracted(events) };
}

function refusal(request: LogRequest, events: TutorEvent[] = []): InputError | UsageError {
  try {
    decideEvent(domain, viewOf(events), request, stamp);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(request)}`);
}

describe('decideEvent: exchanges', () => {
  it('builds the event with the stamp and a slug tag for an untagged misconception', () => {
    const event = decideEvent(domain, viewOf([]), { concept: 'sampling', quality: '0.4', misconception: 'Temperature can re-rank tokens!' }, stamp);
    expect(event).toEqual({ ...stamp, type: 'exchange', concept: 'sampling', quality: 0.4, misconception: 'Temperature can re-rank tokens!', tag: 'temperature-can-re-rank-tokens', prev: null });
  });

  it.each(['NaN', '1e999', '-0.1', '', '0x1', '1.5', 'Infinity', '0.7.1', ' ', '1e-1', '07'])('refuses quality %j naming the field and what is allowed', (quality) => {
    const error = refusal({ concept: 'sampling', quality });
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('--quality');
    expect(error.message).toContain('from 0 to 1');
  });

  it('accepts the boundaries 0 and 1', () => {
    for (const quality of ['0', '1', '1.0', '0.000001', '.5', '0.8999999999999999']) {
      expect(decideEvent(domain, viewOf([]), { concept: 'sampling', quality }, stamp)).toMatchObject({ quality: Number(quality) });
    }
  });

  it('an unknown concept is refused with the nearest ids', () => {
    const error = refusal({ concept: 'atention', quality: '0.5' }) as InputError;
    expect(error.field).toBe('--concept');
    expect(error.nearest[0]).toBe('attention');
    expect(error.message).toMatch(/--concept: refused "atention".*nearest: attention/);
  });

  it('a 100 KB note, an empty note and control characters are refused', () => {
    expect(refusal({ concept: 'sampling', quality: '0.5', note: 'x'.repeat(100_000) }).message).toMatch(/--note: too long \(100000 characters\)/);
    expect(refusal({ concept: 'sampling', quality: '0.5', note: '  ' }).message).toContain('--note: must not be empty');
    expect(refusal({ concept: 'sampling', quality: '0.5', note: 'a\u0000b' }).message).toContain('control character');
  });

  it('a missing quality or concept is a usage error', () => {
    expect(refusal({ concept: 'sampling' })).toBeInstanceOf(UsageError);
    expect(refusal({ quality: '0.5' })).toBeInstanceOf(UsageError);
  });

  it('--tag needs --misconception, and must be a slug', () => {
    expect(refusal({ concept: 'sampling', quality: '0.5', tag: 'x' })).toBeInstanceOf(UsageError);
    expect(refusal({ concept: 'sampling', quality: '0.5', misconception: 'm', tag: 'Not A Slug' }).message).toContain('--tag');
  });

  it('--resolved needs an open misconception on the concept, and a known tag', () => {
    expect(refusal({ concept: 'sampling', quality: '0.9', resolved: true }).message).toContain('no misconception is open on sampling');
    const opened = [exchange('sampling', 0.3, T0, { misconception: 'temp re-ranks', tag: 'temp-reranks' })];
    const error = refusal({ concept: 'sampling', quality: '0.9', resolved: ['temp-rerank'] }, opened) as InputError;
    expect(error.allowed).toContain('temp-reranks');
    expect(error.nearest).toEqual(['temp-reranks']);
    expect(decideEvent(domain, viewOf(opened), { concept: 'sampling', quality: '0.9', resolved: ['temp-reranks'] }, stamp)).toMatchObject({ resolved: ['temp-reranks'] });
  });

  it('options of another event type are a usage error naming the option', () => {
    const error = refusal({ concept: 'sampling', quality: '0.5', target: 'et1' });
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain('--target does not apply to --type exchange');
  });

  it('an unknown type is refused with the allowed types', () => {
    expect(refusal({ type: 'exit', concept: 'x' }).message).toMatch(/--type: refused "exit"; allowed: exchange, exit_test, retract; nearest: exit_test/);
  });
});

describe('decideEvent: exit tests and retractions', () => {
  it('records an exit attempt; unknown targets list the exit items', () => {
    expect(decideEvent(domain, viewOf([]), { type: 'exit_test', target: 'et1', passed: true }, stamp)).toMatchObject({ type: 'exit_test', target: 'et1', passed: true });
    expect(refusal({ type: 'exit_test', target: 'et3', passed: true }).message).toContain('allowed: an exit item id: et1, b1; nearest: et1');
    expect(refusal({ type: 'exit_test', target: 'et1' })).toBeInstanceOf(UsageError);
    expect(refusal({ type: 'exit_test', target: 'et1', passed: true, failed: true })).toBeInstanceOf(UsageError);
  });

  it('a retraction needs a known, not yet retracted event and a reason', () => {
    const e = exchange('sampling', 0.5, T0);
    expect(decideEvent(domain, viewOf([e]), { type: 'retract', target: e.id, note: 'wrong concept' }, stamp)).toMatchObject({ type: 'retract', target: e.id });
    expect(refusal({ type: 'retract', target: e.id }, [e])).toBeInstanceOf(UsageError);
    expect(refusal({ type: 'retract', target: 'evt_nope', note: 'x' }, [e]).message).toContain('--target');
    expect(refusal({ type: 'retract', target: 'evt_01M83C1MJ7T164Y4D7C8C6ZCJ9', note: 'x' }, [e]).message).toContain('the id of an event');
    expect(refusal({ type: 'retract', target: e.id, note: 'again' }, [e, retract(e.id, T0 + 1)]).message).toContain('already retracted');
  });
});
