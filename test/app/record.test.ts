// What a record writes to learner.json when a concept's history is cut (issue 17): the record
// path folds on from the checkpoint, and a retraction folds the whole log again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordEvent } from '../../src/app/record.js';
import { parseEventLine, type TutorEvent } from '../../src/core/events.js';
import { HISTORY_KEPT } from '../../src/core/recompute.js';
import { workspaceAt } from '../../src/store/workspace.js';
import { readJson, tempWorkspace } from '../helpers/workspace.js';

const NOW = new Date('2026-06-18T09:00:00.000Z');

describe('a record on a concept with more than HISTORY_KEPT exchanges', () => {
  it('25 exchanges, one of the last 20 retracted: learner.json shows the right 20, the older one back', async () => {
    const ws = tempWorkspace();
    const workspace = workspaceAt(ws.root);
    const record = (request: Parameters<typeof recordEvent>[1]) => recordEvent(workspace, request, { now: NOW, commit: false });
    for (let i = 0; i < 25; i++) await record({ concept: 'tokenization', quality: String((i % 10) / 10) });
    const exchanges = () =>
      ws
        .read('memory/evidence.jsonl')
        .trim()
        .split('\n')
        .map((line) => parseEventLine(line))
        .flatMap((parsed): TutorEvent[] => (parsed.ok && parsed.event.type === 'exchange' ? [parsed.event] : []));
    const logged = exchanges();
    const historyTs = () => readJson(ws.file('memory/learner.json')).concepts.tokenization.history.map((h: { ts: string }) => h.ts);
    const learner = readJson(ws.file('memory/learner.json'));
    expect(learner.concepts.tokenization.observations).toBe(25);
    expect(historyTs()).toEqual(logged.slice(5).map((e) => e.ts));
    // The checkpoint the records folded on from holds the cut history too.
    const checkpoint = JSON.parse(readFileSync(ws.file('.git/tutor/fold.json'), 'utf8'));
    expect(checkpoint.fold.concepts.tokenization.h).toHaveLength(HISTORY_KEPT);

    const wrong = logged[20] as TutorEvent;
    const retracted = await record({ type: 'retract', target: wrong.id, note: 'logged on the wrong concept' });
    expect(retracted.warnings).toEqual([]);
    const kept = logged.filter((e) => e.id !== wrong.id).slice(-HISTORY_KEPT);
    expect(kept[0]).toBe(logged[4]);
    expect(readJson(ws.file('memory/learner.json')).concepts.tokenization).toMatchObject({ observations: 24 });
    expect(historyTs()).toEqual(kept.map((e) => e.ts));
    expect(readJson(ws.file('memory/learner.json')).concepts.tokenization.history.map((h: { quality: number }) => h.quality)).toEqual(kept.map((e) => (e.type === 'exchange' ? e.quality : null)));

    // The next record folds on from the checkpoint written after the retraction, and cuts again.
    await record({ concept: 'tokenization', quality: '0.9' });
    const newest = exchanges().at(-1) as TutorEvent;
    expect(historyTs()).toEqual([...kept.slice(1), newest].map((e) => e.ts));
    expect(readJson(ws.file('memory/learner.json')).concepts.tokenization.observations).toBe(25);
  });
});
