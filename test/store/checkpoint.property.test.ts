// The fold's checkpoint (issue 17): whatever happened to the log since it was written (appends,
// edits, merges, retractions, torn and unreadable lines), folding from it gives exactly what
// folding the whole log gives.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestStamp } from '../../src/core/clock.js';
import { serializeEvent, type TutorEvent } from '../../src/core/events.js';
import { deriveState, recompute } from '../../src/core/recompute.js';
import { encodeCheckpoint } from '../../src/core/fold-checkpoint.js';
import { foldEvidence } from '../../src/store/checkpoint.js';
import { parseEvidence } from '../../src/store/evidence.js';
import { at, HOUR, T0, testId, tinyDomain } from '../helpers/events.js';

const domain = tinyDomain();
const now = new Date(T0 + 400 * HOUR);
const conceptIds = domain.concepts.map((c) => c.id);

type Op =
  | { kind: 'exchange'; concept: string; quality: number; hour: number; tag?: string; resolve?: boolean }
  | { kind: 'exit'; target: string; passed: boolean; hour: number }
  | { kind: 'retract'; pick: number; hour: number; dangling: boolean }
  | { kind: 'duplicate'; pick: number }
  | { kind: 'garbage'; text: string }
  | { kind: 'edit'; pick: number; quality: number }
  | { kind: 'merge'; seed: number }
  | { kind: 'torn' }
  | { kind: 'truncate'; pick: number }
  | { kind: 'checkpoint' };

const hourArb = fc.integer({ min: 0, max: 300 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('exchange' as const), concept: fc.constantFrom(...conceptIds), quality: fc.double({ min: 0, max: 1, noNaN: true }), hour: hourArb, tag: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }), resolve: fc.option(fc.constant(true), { nil: undefined }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('exit' as const), target: fc.constantFrom('et1', 'b1', 'gone'), passed: fc.boolean(), hour: hourArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retract' as const), pick: fc.nat(), hour: hourArb, dangling: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('garbage' as const), text: fc.constantFrom('not json', '{"id":"x"}', '') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), quality: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('torn' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('checkpoint' as const) }) },
);

/** Applies the operations to a log's text; returns the text and the last checkpoint taken (as stored: JSON text). */
function play(ops: readonly Op[]): { text: string; checkpoint: unknown } {
  let lines: string[] = [];
  let torn = '';
  let checkpoint: unknown = null;
  let nextHour = 0;
  const ids = () => lines.flatMap((l) => { try { return [JSON.parse(l).id as string]; } catch { return []; } });
  const push = (event: TutorEvent) => lines.push(serializeEvent(event));
  for (const op of ops) {
    // Mostly in order, as records are stamped; sometimes earlier (another clone, a clock set back).
    const ts = (hour: number) => at(T0 + (hour % 3 === 0 ? hour : (nextHour = nextHour + 1)) * HOUR);
    switch (op.kind) {
      case 'exchange':
        push({ id: testId(), ts: ts(op.hour), type: 'exchange', concept: op.concept, quality: op.quality, ...(op.tag ? { misconception: `believes ${op.tag}`, tag: op.tag } : {}), ...(op.resolve ? { resolved: true } : {}), prev: null });
        break;
      case 'exit':
        push({ id: testId(), ts: ts(op.hour), type: 'exit_test', target: op.target, passed: op.passed, prev: null });
        break;
      case 'retract': {
        const known = ids();
        const target = op.dangling || known.length === 0 ? testId(1_000_000 + op.pick) : (known[op.pick % known.length] as string);
        push({ id: testId(), ts: ts(op.hour), type: 'retract', target, note: 'mistake', prev: null });
        break;
      }
      case 'duplicate':
        if (lines.length > 0) lines.push(lines[op.pick % lines.length] as string);
        break;
      case 'garbage':
        lines.push(op.text);
        break;
      case 'edit': {
        if (lines.length === 0) break;
        const i = op.pick % lines.length;
        lines[i] = (lines[i] as string).replace(/"quality":[0-9.e-]+/, `"quality":${op.quality}`);
        break;
      }
      case 'merge': {
        // A merge of two clones can put the other's lines anywhere: here, a rotation.
        if (lines.length > 1) {
          const k = 1 + (op.seed % (lines.length - 1));
          lines = [...lines.slice(k), ...lines.slice(0, k)];
        }
        break;
      }
      case 'torn':
        torn = '{"id":"evt_';
        break;
      case 'truncate':
        lines = lines.slice(0, op.pick % (lines.length + 1));
        break;
      case 'checkpoint': {
        const buffer = Buffer.from(lines.map((l) => `${l}\n`).join('') + torn);
        const folded = foldEvidence(domain, buffer, checkpoint);
        checkpoint = JSON.parse(JSON.stringify(encodeCheckpoint(domain, folded.fold, folded.source)));
        torn = '';
        break;
      }
      default:
        op satisfies never;
    }
  }
  return { text: lines.map((l) => `${l}\n`).join('') + torn, checkpoint };
}

describe('the checkpoint of the fold', () => {
  it('gives what a full recompute gives, after arbitrary logs, edits, merges and retractions', () => {
    const RUNS = 300;
    let fromCheckpoint = 0;
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const { text, checkpoint } = play(ops);
        const buffer = Buffer.from(text);
        const folded = foldEvidence(domain, buffer, checkpoint);
        if (folded.from === 'checkpoint') fromCheckpoint += 1;
        const whole = parseEvidence(buffer);
        const meta = { head: whole.head, unreadable: whole.unreadable.length };
        const expected = recompute(domain, whole.events, now, meta);
        const actual = deriveState(domain, folded.fold, now, { head: folded.head, unreadable: folded.unreadable.length });
        expect(actual.learner).toEqual(expected.learner);
        expect(actual.pedagogy).toEqual(expected.pedagogy);
        expect(actual.evidence).toEqual(expected.evidence);
        // What the next record decides on: where it sorts, what it chains to, what it warns about.
        expect(folded.source.latest).toEqual(latestStamp(whole.events));
        expect(folded.head).toBe(whole.head);
        expect(folded.unreadable).toEqual(whole.unreadable);
        expect(folded.completeBytes).toBe(whole.completeBytes);
        expect(folded.hash.copy().digest('hex')).toBe(parseEvidenceDigest(whole.complete));
      }),
      { numRuns: RUNS },
    );
    // The property is only worth something if the checkpoint is actually used.
    expect(fromCheckpoint).toBeGreaterThan(RUNS / 10);
  });

  it('is ignored under another curriculum, or when it is not one', () => {
    const { text, checkpoint } = play([
      { kind: 'exchange', concept: conceptIds[0] as string, quality: 0.5, hour: 1 },
      { kind: 'checkpoint' },
      { kind: 'exchange', concept: conceptIds[0] as string, quality: 0.9, hour: 2 },
    ]);
    const buffer = Buffer.from(text);
    expect(foldEvidence(domain, buffer, checkpoint).from).toBe('checkpoint');
    const other = tinyDomain({ policy: { alpha: 0.3 } });
    const folded = foldEvidence(other, buffer, checkpoint);
    expect(folded.from).toBe('full');
    expect(deriveState(other, folded.fold, now, { head: null, unreadable: 0 }).learner.concepts[conceptIds[0] as string]?.mastery).toBe(0.62);
    expect(foldEvidence(domain, buffer, { version: 1, key: 'x' }).from).toBe('full');
    expect(foldEvidence(domain, buffer, 'garbage').from).toBe('full');
  });
});

function parseEvidenceDigest(complete: Buffer): string {
  return createHash('sha256').update(complete).digest('hex');
}
