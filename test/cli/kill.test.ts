// Crash survival (issue 7): SIGKILL `tutor log` at random points, hundreds of times. Every event
// that was acknowledged (its success line printed) must be in the log; after the next write every
// line parses and verify passes (a torn fragment is quarantined, a dead process's lock taken over).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventLine } from '../../src/core/events.js';
import { CLI, runCli, tempWorkspace } from '../helpers/workspace.js';

const ROUNDS = Number(process.env.KILL_ROUNDS ?? 200);

describe('SIGKILL at random points', () => {
  it(`${ROUNDS} killed runs lose no acknowledged event`, { timeout: 300_000 }, async () => {
    // No git here: a commit killed half-way leaves git's own index.lock behind, which only slows
    // the next commits (they retry, then warn); the record itself is what this test is about.
    const ws = tempWorkspace({ git: false });
    let seed = 20260618;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const acknowledged: string[] = [];
    let killed = 0;
    // Kill points are spread over the length of a whole run as measured now, under this machine's
    // current load, so that the cuts land before, during and after the write on any machine.
    const durations: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      expect((await runCli(['log', '--concept', 'sampling', '--quality', '0.5'], { cwd: ws.root, env: ws.env })).code).toBe(0);
      durations.push(Date.now() - started);
    }
    const runMs = durations.sort((a, b) => a - b)[1] as number;
    for (let round = 0; round < ROUNDS; round++) {
      const child = spawn(process.execPath, [CLI, 'log', '--concept', 'tokenization', '--quality', (round % 10 / 10).toFixed(1), '--json'], { cwd: ws.root, env: ws.env, stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), runMs * (0.2 + random() * 1.8));
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, s) => resolve(s)));
      if (signal === 'SIGKILL') killed += 1;
      clearTimeout(timer);
      const id = /"ok":true,"event":\{"id":"(evt_\w+)"/.exec(out)?.[1];
      if (id) acknowledged.push(id);
    }
    const after = await runCli(['log', '--concept', 'tokenization', '--quality', '0.5'], { cwd: ws.root, env: ws.env });
    expect(after.code, after.stderr).toBe(0);
    const lines = readFileSync(ws.file('memory/evidence.jsonl'), 'utf8').trimEnd().split('\n');
    const parsed = lines.map((l) => parseEventLine(l));
    expect(parsed.every((p) => p.ok)).toBe(true);
    const logged = new Set(parsed.map((p) => (p.ok ? p.event.id : '')));
    for (const id of acknowledged) expect(logged.has(id), id).toBe(true);
    const verified = await runCli(['verify'], { cwd: ws.root, env: ws.env });
    expect(verified.code, verified.stdout).toBe(0);
    // The runs must really have been cut at different points, not all before or after the write.
    expect(acknowledged.length).toBeGreaterThan(ROUNDS / 40);
    expect(killed).toBeGreaterThan(ROUNDS / 40);
    console.info(`kill test: ${ROUNDS} runs of ~${runMs} ms, ${killed} killed, ${acknowledged.length} acknowledged, ${lines.length} lines in the log, torn fragments quarantined: ${existsSync(ws.file('memory/evidence.torn.jsonl'))}`);
  });
});
