// A short exclusive lock around every change to the workspace (append, derived files).
// A lock file created with O_EXCL; a lock left by a killed process is taken over.
//
// Whose lock it is: the pid alone is not enough (issue 14): after a crash or a reboot the pid
// may belong to another live process (a container's PID 1 always is), and the lock would never
// be taken over. So the owner also writes when its process started (Linux: /proc/<pid>/stat,
// field 22, in clock ticks since boot) and which boot that was; a live pid whose start or boot
// differs is another process, and the lock is stale. A maintained library (proper-lockfile) was
// considered: it judges staleness by the lock's age alone, which either takes over a slow live
// owner's lock or makes every waiter sit out the full timeout after a crash.
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
}

interface LockOwner {
  pid: number;
  host: string;
  nonce: string;
  /** The owner process's start (Linux: clock ticks since boot) and the boot's id; absent elsewhere. */
  start?: string;
  boot?: string;
}

/** When process `pid` started, as the kernel tells it; null where there is no /proc. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields count from the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

export interface LockOptions {
  /** Give up after this long (another tutor process is working). */
  timeoutMs?: number;
  /** A lock whose owner cannot be checked (other host, unreadable) is stale after this long. */
  staleMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.nonce === 'string' ? owner : null;
  } catch {
    return null;
  }
}

/** Whether a process with this pid exists (EPERM: it does, another user's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function isStale(path: string, owner: LockOwner | null, staleMs: number): boolean {
  // Same machine: the owner's pid, start and boot answer exactly. Otherwise (or while the owner
  // is still writing its name into the file), only age can tell.
  if (owner && owner.host === hostname()) {
    if (owner.boot && owner.boot !== bootId()) return true;
    if (!isAlive(owner.pid)) return true;
    return owner.start !== undefined && processStart(owner.pid) !== owner.start;
  }
  return ageMs(path) > staleMs;
}

/**
 * Moves a stale lock aside. rename is atomic, so of several processes that saw the same stale
 * lock only one moves it; if what it moved turns out to be a fresh lock (taken between our read
 * and our rename), it is put back with link(), which never overwrites.
 */
function breakStaleLock(path: string, seen: LockOwner | null): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (seen && moved && moved.nonce !== seen.nonce) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone holds the path already; the moved lock's owner will find its lock gone on release.
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // Already gone.
  }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } catch (error) {
    // A full disk: the empty lock file must not stay behind (the next record would wait on it).
    closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
    throw error;
  }
  closeSync(fd);
  return true;
}

export async function withLock<T>(path: string, work: () => T | Promise<T>, options: LockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const staleMs = options.staleMs ?? 60_000;
  const start = processStart(process.pid);
  const boot = bootId();
  const owner: LockOwner = { pid: process.pid, host: hostname(), nonce: randomBytes(8).toString('hex'), ...(start ? { start } : {}), ...(boot ? { boot } : {}) };
  const deadline = Date.now() + timeoutMs;
  let wait = 2;
  while (!tryCreate(path, owner)) {
    const seen = readOwner(path);
    if (isStale(path, seen, seen ? staleMs : 5_000)) {
      breakStaleLock(path, seen);
      continue;
    }
    if (Date.now() > deadline) {
      const who = seen ? `process ${seen.pid} on ${seen.host}` : 'another process';
      throw new LockTimeoutError(`the workspace is locked by ${who} (${path}); waited ${Math.round(timeoutMs / 1000)} s`);
    }
    // Jittered backoff so that waiting processes do not wake in lockstep.
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 50);
  }
  try {
    return await work();
  } finally {
    releaseLock(path, owner);
  }
}

function releaseLock(path: string, owner: LockOwner): void {
  // Remove only our own lock: if it was (wrongly) taken over, the file is someone else's now.
  const current = readOwner(path);
  if (current && current.nonce !== owner.nonce) return;
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
