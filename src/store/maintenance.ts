// Packing the workspace's repository as the course goes (issue 17), never on a record's path.
//
// A record that finds packing due (core/packing.ts) starts one detached process and returns: the
// process takes .git/tutor/maintenance.lock (one run at a time: a second one exits at once),
// clears what killed runs left (their lock, git's temporary packs older than an hour), runs
// `git repack -d --geometric=2` at low priority on one thread (loose objects into a pack, small
// packs rolled into bigger ones, so the work per record stays small and the packs few), and
// writes .git/tutor/maintenance.json: the log's event count when it started. A run killed at any
// point leaves the repository as git's own repack would: objects are deleted only after the pack
// holding them is written, and git ignores a half-written temporary pack.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packingDue } from '../core/packing.js';
import { gitEnvironment } from './git.js';
import { isAlive } from './lock.js';
import type { JournalPaths } from './journal.js';

export interface MaintenancePaths {
  lock: string;
  state: string;
}

export function maintenancePaths(paths: JournalPaths): MaintenancePaths {
  const dir = dirname(paths.journal);
  return { lock: join(dir, 'maintenance.lock'), state: join(dir, 'maintenance.json') };
}

/** A lock younger than this whose holder may still run; an older one was left by a run that died. */
const LOCK_STALE_MS = 60 * 60 * 1000;
/** A reservation whose run never started (its node failed to spawn) is given up after this. */
const RESERVATION_STALE_MS = 60 * 1000;

/** Events in the log when tutor last packed this repository; null when it never did. */
export function readPackedAtEvents(state: string): number | null {
  try {
    const raw = JSON.parse(readFileSync(state, 'utf8')) as { events?: unknown };
    return typeof raw.events === 'number' && Number.isInteger(raw.events) ? raw.events : null;
  } catch {
    return null;
  }
}

/**
 * The detached run, as a script for `node -e` (no file to find: the bundle, the plugin's copy and
 * the compiled tree all start the same text). CommonJS, Node's own modules only. argv: the
 * workspace root, the git folder's tutor/ folder, the event count.
 */
export const MAINTENANCE_SCRIPT = String.raw`
const fs = require('fs'), path = require('path'), cp = require('child_process'), os = require('os');
const [root, dir, events, token] = process.argv.slice(1);
const lock = path.join(dir, 'maintenance.lock');
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
const take = () => { try { fs.writeFileSync(lock, String(process.pid), { flag: 'wx' }); return true; } catch (e) { return false; } };
function acquire() {
  // The record that started this run reserved the lock for it.
  try { if (token && fs.readFileSync(lock, 'utf8') === token) { fs.writeFileSync(lock + '.' + process.pid, String(process.pid)); fs.renameSync(lock + '.' + process.pid, lock); return true; } } catch (e) {}
  if (take()) return true;
  try {
    const text = fs.readFileSync(lock, 'utf8');
    const pid = Number(text);
    const age = Date.now() - fs.statSync(lock).mtimeMs;
    if (text.startsWith('reserved-') && age < ${RESERVATION_STALE_MS}) return false;
    if (Number.isInteger(pid) && pid > 0 && alive(pid) && age < ${LOCK_STALE_MS}) return false;
    fs.unlinkSync(lock);
  } catch (e) { return false; }
  return take();
}
fs.mkdirSync(dir, { recursive: true });
if (!acquire()) process.exit(0);
try {
  try { os.setPriority(19); } catch (e) {}
  const git = (args) => cp.spawnSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', '-c', 'pack.threads=1', '-c', 'core.fsync=committed,reference', ...args], { cwd: root, stdio: 'ignore', windowsHide: true }).status;
  const packDir = cp.spawnSync('git', ['rev-parse', '--git-path', 'objects/pack'], { cwd: root, encoding: 'utf8', windowsHide: true }).stdout.trim();
  if (packDir) {
    try {
      for (const name of fs.readdirSync(path.resolve(root, packDir))) {
        const file = path.join(path.resolve(root, packDir), name);
        if (/^(tmp_|\.tmp-)/.test(name) && Date.now() - fs.statSync(file).mtimeMs > ${LOCK_STALE_MS}) fs.unlinkSync(file);
      }
    } catch (e) {}
  }
  if (git(['repack', '-d', '-q', '-l', '--geometric=2']) !== 0) git(['repack', '-d', '-q', '-l']);
  const state = path.join(dir, 'maintenance.json');
  const temp = state + '.tmp-' + process.pid;
  fs.writeFileSync(temp, JSON.stringify({ events: Number(events) }) + '\n');
  fs.renameSync(temp, state);
} finally {
  try { if (fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.unlinkSync(lock); } catch (e) {}
}
`;

/**
 * A run holds the lock: its process is alive and the lock is recent, or it is a record's recent
 * reservation for a run starting up. A killed run's lock is taken over.
 */
function lockHeld(lock: string, nowMs: number): boolean {
  try {
    const age = nowMs - statSync(lock).mtimeMs;
    if (age >= LOCK_STALE_MS) return false;
    const text = readFileSync(lock, 'utf8');
    if (text.startsWith('reserved-')) return age < RESERVATION_STALE_MS;
    const pid = Number(text);
    return !Number.isInteger(pid) || pid <= 0 || isAlive(pid);
  } catch {
    return false;
  }
}

/**
 * Reserves the lock for the run this record starts (one record, one run: the others see it held
 * while the run's node starts up). A stale lock is removed first.
 */
function reserve(lock: string, nowMs: number): string | null {
  if (lockHeld(lock, nowMs)) return null;
  const token = `reserved-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    unlinkSync(lock);
  } catch {
    // No lock, or another record removed it first.
  }
  try {
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, token, { flag: 'wx' });
    return token;
  } catch {
    return null; // another record reserved it between
  }
}

/**
 * Starts the detached packing run when it is due and none is running; returns whether it did.
 * Never throws and never waits: a record is acknowledged whatever happens here.
 */
export function startMaintenance(root: string, paths: JournalPaths, now: { events: number; committedBytes: number }, options: { env?: NodeJS.ProcessEnv; nowMs?: number } = {}): boolean {
  try {
    const where = maintenancePaths(paths);
    if (!packingDue({ events: now.events, committedBytes: now.committedBytes, packedAtEvents: readPackedAtEvents(where.state) })) return false;
    const token = reserve(where.lock, options.nowMs ?? Date.now());
    if (token === null) return false;
    const child = spawn(process.execPath, ['-e', MAINTENANCE_SCRIPT, root, dirname(where.lock), String(now.events), token], {
      cwd: root,
      env: gitEnvironment(options.env ?? process.env),
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
    });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
