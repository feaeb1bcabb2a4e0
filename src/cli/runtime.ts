// What every command needs from its environment: the workspace and "now" (DESIGN.md "Workspace").
import { InputError } from '../core/errors.js';
import { findWorkspace, type Workspace } from '../store/workspace.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** TUTOR_NOW fixes "now" for every command (tests, replays); otherwise the clock. */
export function resolveNow(env: NodeJS.ProcessEnv, clock: () => Date = () => new Date()): Date {
  const given = env.TUTOR_NOW;
  if (given === undefined || given === '') return clock();
  const ms = ISO_LIKE.test(given.trim()) ? Date.parse(given.trim()) : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new InputError('TUTOR_NOW', given, 'an ISO-8601 instant, e.g. 2026-06-18T09:12:03Z');
  }
  return new Date(ms);
}

export function resolveWorkspace(io: Io, root: string | undefined): Workspace {
  return findWorkspace({ root, env: io.env, cwd: io.cwd });
}
