// Event builders with a fixed UTC clock: each event one hour after the previous one by default.
import { parseDomain, type Domain } from '../../src/core/domain.js';
import type { ExchangeEvent, ExitTestEvent, RetractEvent } from '../../src/core/events.js';
import { tinyDomainJson } from './domain.js';

export const T0 = Date.parse('2026-06-18T09:00:00.000Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function tinyDomain(overrides: Record<string, unknown> = {}): Domain {
  return parseDomain(tinyDomainJson(overrides));
}

let counter = 0;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Ids that sort like real ones: "evt_" + 26 Crockford characters, increasing, distinct for distinct n. */
export function testId(n = ++counter): string {
  const digits = [...n.toString(32)].map((d) => CROCKFORD[parseInt(d, 32)]).join('');
  return `evt_${digits.padStart(26, '0')}`;
}

export function at(ms: number): string {
  return new Date(ms).toISOString();
}

export function exchange(concept: string, quality: number, ms: number, extra: Partial<ExchangeEvent> = {}): ExchangeEvent {
  return { id: testId(), ts: at(ms), type: 'exchange', concept, quality, prev: null, ...extra };
}

export function exitTest(target: string, passed: boolean, ms: number): ExitTestEvent {
  return { id: testId(), ts: at(ms), type: 'exit_test', target, passed, prev: null };
}

export function retract(target: string, ms: number): RetractEvent {
  return { id: testId(), ts: at(ms), type: 'retract', target, note: 'logged by mistake', prev: null };
}
