// Derived files are replaced whole or not at all: temp file, fsync, rename, fsync the folder
// (issue 2). A reader sees the old file or the new one, never a half-written one.
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isAlive } from './lock.js';

/** fsync of a folder makes a rename or a new file in it durable. Some filesystems refuse it: harmless. */
export function fsyncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // EISDIR/EINVAL/EPERM on filesystems without directory fsync; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function existingMode(path: string): number | null {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return null;
  }
}

/** Writes all of `data`, looping over short writes (a full disk shows up as an exception). */
export function writeAll(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/** Temp files of `path` left by a process killed mid-write (issue 14): its pid is in the name. */
function removeOrphanedTemps(dir: string, name: string): void {
  const prefix = `.${name}.tmp-`;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(entry.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
      try {
        unlinkSync(join(dir, entry));
      } catch {
        // Someone else cleaned it.
      }
    }
  }
}

/**
 * `durable: false` for caches only (the fold's checkpoint): still replaced whole by a rename, but
 * not fsynced, so a crash may leave the old version or none, never a half-written one that is used
 * (a checkpoint that does not parse, or does not match the log, is ignored).
 */
export function writeFileAtomic(path: string, content: string | Buffer, options: { durable?: boolean } = {}): void {
  const durable = options.durable ?? true;
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  removeOrphanedTemps(dir, basename(path));
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const mode = existingMode(path);
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    // Keep the file's mode (a learner may have made learner.json private with chmod 600).
    if (mode !== null) fchmodSync(fd, mode);
    writeAll(fd, data);
    if (durable) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // The temp file may never have been created.
    }
    // The message names the file the person knows, not our temp file.
    (error as NodeJS.ErrnoException).path = path;
    throw error;
  }
  if (durable) fsyncFolder(dir);
}
