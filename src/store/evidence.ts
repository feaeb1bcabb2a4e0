// memory/evidence.jsonl on disk: reading it, quarantining a torn tail, appending one line durably.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, ftruncateSync, fstatSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseEventLine, type TutorEvent } from '../core/events.js';
import type { LogLine } from '../core/verify.js';
import { fsyncFolder, writeAll } from './atomic-write.js';
import { openRegular, readRegularFile } from './regular-file.js';

export interface UnreadableLine {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

export interface EvidenceLog {
  /** Parsed events in file order. */
  events: TutorEvent[];
  /** SHA-256 of the last complete line's bytes (the next event's `prev`); null for an empty log. */
  head: string | null;
  unreadable: UnreadableLine[];
  /** Bytes after the last newline: a write cut short. Not part of the log. */
  tornTail: Buffer | null;
  /** Length of the complete part of the file. */
  completeBytes: number;
  /** The complete part's bytes (what the prefix digests of the history check hash). */
  complete: Buffer;
}

export function hashLine(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 of the log's complete part as it is (`before`) and with `line` appended: one pass. */
export function digestAppended(log: EvidenceLog, line: Buffer): { before: string; bytes: number; digest: string } {
  const hash = createHash('sha256').update(log.complete);
  const before = hash.copy().digest('hex');
  hash.update(line);
  return { before, bytes: log.completeBytes + line.length, digest: hash.digest('hex') };
}

/** Reads the log. A missing file is an empty log. Never throws on content. */
export function parseEvidence(buffer: Buffer): EvidenceLog {
  const events: TutorEvent[] = [];
  const unreadable: UnreadableLine[] = [];
  // One decode of the complete part, then a split: decoding line by line costs more than parsing.
  const completeBytes = buffer.lastIndexOf(10) + 1;
  const lines = completeBytes > 0 ? buffer.toString('utf8', 0, completeBytes - 1).split('\n') : [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text.length === 0) continue;
    const parsed = parseEventLine(text);
    if (parsed.ok) events.push(parsed.event);
    else unreadable.push({ line: i + 1, reason: parsed.reason });
  }
  return {
    events,
    head: lastLineHash(buffer, completeBytes),
    unreadable,
    tornTail: completeBytes < buffer.length ? Buffer.from(buffer.subarray(completeBytes)) : null,
    completeBytes,
    complete: buffer.subarray(0, completeBytes),
  };
}

/** The hash of the last non-empty complete line's bytes (the next event's `prev`). */
function lastLineHash(buffer: Buffer, completeBytes: number): string | null {
  let end = completeBytes - 1;
  while (end >= 0) {
    // lastIndexOf takes a negative offset from the end: at the first byte there is nothing before.
    const start = end === 0 ? 0 : buffer.lastIndexOf(10, end - 1) + 1;
    if (end > start) return hashLine(buffer.subarray(start, end));
    end = start - 1;
  }
  return null;
}

/** Every complete line with the hash of its bytes, for `verify`; plus the size of a torn tail. */
export function splitLogLines(buffer: Buffer): { lines: LogLine[]; tornTailBytes: number; complete: Buffer } {
  const lines: LogLine[] = [];
  let start = 0;
  let number = 0;
  for (;;) {
    const end = buffer.indexOf(10, start);
    if (end === -1) break;
    number += 1;
    const bytes = buffer.subarray(start, end);
    start = end + 1;
    if (bytes.length > 0) lines.push({ line: number, text: bytes.toString('utf8'), hash: hashLine(bytes) });
  }
  return { lines, tornTailBytes: buffer.length - start, complete: buffer.subarray(0, start) };
}

export function readEvidenceLines(path: string): { lines: LogLine[]; tornTailBytes: number; complete: Buffer } {
  return splitLogLines(readRegularFile(path) ?? Buffer.alloc(0));
}

export function readEvidence(path: string): EvidenceLog {
  return parseEvidence(readRegularFile(path) ?? Buffer.alloc(0));
}

/**
 * Moves a torn last line into the quarantine file, then cuts it from the log (issue 2: never
 * delete what might be someone's data). Called under the workspace lock, before an append.
 * Order matters: the fragment is durable in quarantine before it leaves the log.
 */
export function quarantineTornTail(evidencePath: string, tornPath: string, log: Pick<EvidenceLog, "tornTail" | "completeBytes">): void {
  if (!log.tornTail) return;
  const fragment = Buffer.concat([log.tornTail, Buffer.from('\n')]);
  const tornFd = openRegular(tornPath, 'append') as number;
  try {
    writeAll(tornFd, fragment);
    fsyncSync(tornFd);
  } finally {
    closeSync(tornFd);
  }
  const fd = openRegular(evidencePath, 'update') as number;
  try {
    ftruncateSync(fd, log.completeBytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Appends one line with a single write to a file opened for append, then fsync. If the write is
 * cut short (a full disk), the file is cut back to its old length, so no half line stays behind.
 */
export function appendLine(path: string, line: string): void {
  const existing = openRegular(path, 'read');
  if (existing !== null) closeSync(existing);
  const created = existing === null;
  const data = Buffer.from(`${line}\n`, 'utf8');
  const fd = openRegular(path, 'append') as number;
  let sizeBefore = 0;
  try {
    sizeBefore = fstatSync(fd).size;
    writeAll(fd, data);
    fsyncSync(fd);
  } catch (error) {
    try {
      ftruncateSync(fd, sizeBefore);
      fsyncSync(fd);
    } catch {
      // The quarantine on the next append handles what could not be cut back here.
    }
    // Write errors (ENOSPC, EFBIG) carry no path; the person needs to know which file.
    (error as NodeJS.ErrnoException).path ??= path;
    throw error;
  } finally {
    closeSync(fd);
  }
  if (created) fsyncFolder(dirname(path));
}
