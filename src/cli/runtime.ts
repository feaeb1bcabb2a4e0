// What every command needs from its environment: the workspace and "now" (DESIGN.md "Workspace").
import { parseInstant } from '../core/clock.js';
import { InputError } from '../core/errors.js';
import { findWorkspace, type Workspace } from '../store/workspace.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** TUTOR_NOW fixes "now" for every command (tests, replays); otherwise the clock. Read strictly. */
export function resolveNow(env: NodeJS.ProcessEnv, clock: () => Date = () => new Date()): Date {
  const given = env.TUTOR_NOW;
  if (given === undefined || given === '') return clock();
  const ms = parseInstant(given);
  if (ms === null) {
    throw new InputError('TUTOR_NOW', given, 'an ISO-8601 date or instant that exists, e.g. 2026-06-18T09:12:03Z');
  }
  return new Date(ms);
}

/** "now" for a record, and the machine's clock beside it when TUTOR_NOW fixed "now". */
export function resolveRecordTime(env: NodeJS.ProcessEnv, clock: () => Date = () => new Date()): { now: Date; machineClock?: Date } {
  const now = resolveNow(env, clock);
  return env.TUTOR_NOW === undefined || env.TUTOR_NOW === '' ? { now } : { now, machineClock: clock() };
}

export function resolveWorkspace(io: Io, root: string | undefined): Workspace {
  return findWorkspace({ root, env: io.env, cwd: io.cwd });
}
