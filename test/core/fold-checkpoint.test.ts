// The checkpoint's JSON (issue 17): what decodes, and what is refused (null: the caller then
// folds the whole log, never a guess).
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_VERSION, decodeCheckpoint, encodeCheckpoint, type CheckpointJson, type CheckpointSource } from '../../src/core/fold-checkpoint.js';
import { deriveState, foldLog, HISTORY_KEPT } from '../../src/core/recompute.js';
import { DAY, exchange, exitTest, HOUR, T0, tinyDomain } from '../helpers/events.js';

const domain = tinyDomain();
const now = new Date(T0 + 100 * HOUR);
const meta = { head: null, unreadable: 0 };
const source: CheckpointSource = { bytes: 0, digest: '', lines: 0, head: null, latest: null, maxId: '', retractTargets: [], unreadable: [] };
// 25 exchanges on one concept (its history is cut), one on another, an exit attempt alone on its day.
const log = [
  ...Array.from({ length: 25 }, (_, i) => exchange('tokenization', ((i * 37) % 100) / 100, T0 + i * HOUR)),
  exchange('sampling', 0.6, T0 + 30 * HOUR),
  exitTest('et1', false, T0 + 3 * DAY),
];
/** The checkpoint as stored and read back: JSON text. */
const stored = (): CheckpointJson => JSON.parse(JSON.stringify(encodeCheckpoint(domain, foldLog(domain, log), source)));
const conceptIn = (checkpoint: CheckpointJson, id: string) => checkpoint.fold.concepts[id] as CheckpointJson['fold']['concepts'][string];

describe('decodeCheckpoint', () => {
  it('reads back the fold it was made from: histories cut to HISTORY_KEPT, the timeline with its daily exchanges', () => {
    const checkpoint = stored();
    expect(checkpoint.version).toBe(CHECKPOINT_VERSION);
    expect(conceptIn(checkpoint, 'tokenization').h).toHaveLength(HISTORY_KEPT);
    expect(conceptIn(checkpoint, 'tokenization').n).toBe(25);
    expect(checkpoint.fold.timeline.map((p) => p.exchanges)).toEqual([15, 11, 0]);
    const decoded = decodeCheckpoint(domain, checkpoint);
    expect(decoded).not.toBeNull();
    expect(deriveState(domain, (decoded as NonNullable<typeof decoded>).state, now, meta)).toEqual(deriveState(domain, foldLog(domain, log), now, meta));
  });

  it('refuses a history longer than HISTORY_KEPT (a fold that kept everything)', () => {
    const checkpoint = stored();
    const concept = conceptIn(checkpoint, 'tokenization');
    concept.h = [...concept.h.slice(0, 1), ...concept.h];
    expect(decodeCheckpoint(domain, checkpoint)).toBeNull();
  });

  it('refuses a history shorter than the exchanges it should hold', () => {
    const cut = stored();
    conceptIn(cut, 'tokenization').h.shift();
    expect(decodeCheckpoint(domain, cut)).toBeNull();
    const few = stored();
    conceptIn(few, 'sampling').h = [];
    expect(decodeCheckpoint(domain, few)).toBeNull();
  });

  it('refuses timeline points without a count of exchanges, or with one that is not a count', () => {
    for (const bad of [undefined, null, -1, 1.5, '3', Number.NaN]) {
      const checkpoint = stored();
      const point = checkpoint.fold.timeline[1] as unknown as Record<string, unknown>;
      if (bad === undefined) delete point.exchanges;
      else point.exchanges = bad;
      expect(decodeCheckpoint(domain, checkpoint), String(bad)).toBeNull();
    }
  });

  it('refuses the previous version, whose histories were whole', () => {
    expect(decodeCheckpoint(domain, { ...stored(), version: 1 })).toBeNull();
  });
});
