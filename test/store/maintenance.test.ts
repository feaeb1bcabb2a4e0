// Packing as the course goes (issue 17): one detached run at a time, harmless when killed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packingDue, PACK_MAX_RECORDS } from '../../src/core/packing.js';
import { journalPaths } from '../../src/store/journal.js';
import { maintenancePaths, startMaintenance } from '../../src/store/maintenance.js';
import { tempWorkspace, type TempWorkspace } from '../helpers/workspace.js';

/** A repository with `count` commits of a growing file: loose objects, no pack. */
function withLooseObjects(count: number): TempWorkspace {
  const ws = tempWorkspace();
  let text = '';
  for (let i = 0; i < count; i++) {
    text += `{"line":${i},"padding":"${'x'.repeat(200)}"}\n`;
    writeFileSync(ws.file('memory/evidence.jsonl'), text);
    ws.git('add', 'memory/evidence.jsonl');
    ws.git('-c', 'gc.auto=0', 'commit', '-qm', `record ${i}`);
  }
  return ws;
}

const objects = (ws: TempWorkspace) => Object.fromEntries(ws.git('count-objects', '-v').trim().split('\n').map((l) => l.split(': ')).map(([k, v]) => [k, Number(v)]));

async function until(what: string, check: () => boolean, deadlineMs = 20_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('packingDue', () => {
  it('is due after a budget of committed bytes or a number of records, never right after packing', () => {
    expect(packingDue({ events: 1, committedBytes: 30_000, packedAtEvents: null })).toBe(false);
    expect(packingDue({ events: PACK_MAX_RECORDS, committedBytes: 30_000, packedAtEvents: null })).toBe(true);
    // At 10,000 events a record commits about 2.7 MB: packing every ninth or tenth record.
    expect(packingDue({ events: 10_008, committedBytes: 2_700_000, packedAtEvents: 10_000 })).toBe(false);
    expect(packingDue({ events: 10_010, committedBytes: 2_700_000, packedAtEvents: 10_000 })).toBe(true);
    expect(packingDue({ events: 10_000, committedBytes: 2_700_000, packedAtEvents: 10_000 })).toBe(false);
    // A log that shrank (a reset) counts from zero.
    expect(packingDue({ events: 300, committedBytes: 60_000, packedAtEvents: 5_000 })).toBe(true);
  });
});

describe('startMaintenance', () => {
  it('packs the loose objects in a detached run, leaves no lock, and the history reads the same', async () => {
    const ws = withLooseObjects(30);
    const before = ws.git('log', '--format=%H %s');
    expect(objects(ws).count).toBeGreaterThan(60);
    const paths = journalPaths(ws.root)!;
    const where = maintenancePaths(paths);
    expect(startMaintenance(ws.root, paths, { events: 1_000, committedBytes: 1_000_000 }, { env: ws.env })).toBe(true);
    // The next record, right after: the run is reserved, none is started twice.
    expect(startMaintenance(ws.root, paths, { events: 1_001, committedBytes: 1_000_000 }, { env: ws.env })).toBe(false);
    await until('the packing run writes its state', () => existsSync(where.state) && !existsSync(where.lock));
    expect(objects(ws)).toMatchObject({ count: 0, packs: 1 });
    expect(JSON.parse(readFileSync(where.state, 'utf8'))).toEqual({ events: 1_000 });
    expect(ws.git('log', '--format=%H %s')).toBe(before);
    ws.git('fsck', '--no-progress');
    // Just packed: not due again until more records.
    expect(startMaintenance(ws.root, paths, { events: 1_001, committedBytes: 1_000_000 }, { env: ws.env })).toBe(false);
  });

  it('starts no second run while one holds the lock, and takes over the lock of a run that was killed', async () => {
    const ws = withLooseObjects(5);
    const paths = journalPaths(ws.root)!;
    const where = maintenancePaths(paths);
    mkdirSync(join(ws.root, '.git', 'tutor'), { recursive: true });
    writeFileSync(where.lock, String(process.pid));
    expect(startMaintenance(ws.root, paths, { events: 1_000, committedBytes: 1_000_000 }, { env: ws.env })).toBe(false);
    expect(objects(ws).packs).toBe(0);
    // A pid no process has: the run that held it was killed.
    writeFileSync(where.lock, '2147483646');
    expect(startMaintenance(ws.root, paths, { events: 1_000, committedBytes: 1_000_000 }, { env: ws.env })).toBe(true);
    await until('the packing run finishes', () => existsSync(where.state) && !existsSync(where.lock));
    expect(objects(ws)).toMatchObject({ count: 0, packs: 1 });
  });
});
