// Starts the built `tutor serve` and waits, with a deadline, for the line that gives its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { CLI } from './workspace.js';

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
}

export async function startServe(cwd: string, env: NodeJS.ProcessEnv, args: string[] = ['--port', '0'], deadlineMs = 10_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + deadlineMs;
  while (!/http:\/\/\S+\//.test(output)) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`serve did not print its URL within ${deadlineMs} ms; output: ${output}`);
    }
    if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const url = /http:\/\/\S+\//.exec(output)?.[0] as string;
  return { child, url, port: Number(new URL(url).port), output: () => output };
}

/** Polls `check` until it returns a value other than undefined; names `what` if the deadline passes. */
export async function waitFor<T>(what: string | (() => string), check: () => T | undefined, deadlineMs: number, everyMs = 25): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${typeof what === 'string' ? what : what()}: not within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The sockets a process holds open (Linux: its /proc/<pid>/fd entries that are sockets). */
export function countSockets(pid: number): number {
  let count = 0;
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      if (readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:')) count += 1;
    } catch {
      // Closed between the listing and the look: not open any more.
    }
  }
  return count;
}

/** Can this machine count a process's sockets? */
export const CAN_COUNT_SOCKETS = existsSync('/proc/self/fd');
