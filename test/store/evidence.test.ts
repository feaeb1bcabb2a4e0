import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/store/atomic-write.js';
import { appendLine, parseEvidence, quarantineTornTail, readEvidence } from '../../src/store/evidence.js';

const line = (n: number, prev: string | null) =>
  JSON.stringify({ id: `evt_01M83C1MJ7T164Y4D7C8C6ZC${String(n).padStart(2, '0')}`, ts: '2026-06-18T09:00:00.000Z', type: 'exchange', concept: 'a', quality: 0.5, prev });
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('parseEvidence', () => {
  it('reads events, the head hash of the last line, unreadable lines and a torn tail', () => {
    const first = line(1, null);
    const text = `${first}\nnot json\n${line(2, sha(first))}\n{"id":"evt_torn`;
    const log = parseEvidence(Buffer.from(text));
    expect(log.events).toHaveLength(2);
    expect(log.unreadable).toEqual([{ line: 2, reason: 'not valid JSON' }]);
    expect(log.head).toBe(sha(line(2, sha(first))));
    expect(log.tornTail?.toString()).toBe('{"id":"evt_torn');
    expect(log.completeBytes).toBe(text.length - '{"id":"evt_torn'.length);
  });

  it('an empty or missing log has no head', () => {
    expect(parseEvidence(Buffer.alloc(0))).toMatchObject({ events: [], head: null, tornTail: null });
    expect(readEvidence('/nonexistent/evidence.jsonl').head).toBeNull();
  });

  it('a log of empty lines has no head (it used to hang every record)', () => {
    expect(parseEvidence(Buffer.from('\n'))).toMatchObject({ events: [], head: null });
    expect(parseEvidence(Buffer.from('\n\n\n')).head).toBeNull();
    const line = '{"not":"an event"}';
    expect(parseEvidence(Buffer.from(`\n${line}\n\n`)).head).toBe(createHash('sha256').update(line).digest('hex'));
  });
});

describe('quarantine and append', () => {
  it('moves a torn tail to the quarantine file, then appends a clean line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-ev-'));
    const path = join(dir, 'evidence.jsonl');
    const torn = join(dir, 'evidence.torn.jsonl');
    writeFileSync(path, `${line(1, null)}\n{"id":"evt_cut sh`);
    const log = readEvidence(path);
    quarantineTornTail(path, torn, log);
    appendLine(path, line(2, log.head));
    expect(readFileSync(torn, 'utf8')).toBe('{"id":"evt_cut sh\n');
    const after = readEvidence(path);
    expect(after.events).toHaveLength(2);
    expect(after.tornTail).toBeNull();
    expect(after.unreadable).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the file mode and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-aw-'));
    const path = join(dir, 'learner.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['learner.json']);
  });

  it('creates missing folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-aw-'));
    writeFileAtomic(join(dir, 'site', 'index.html'), '<p>x</p>');
    expect(existsSync(join(dir, 'site', 'index.html'))).toBe(true);
  });
});
