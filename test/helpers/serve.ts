// Starts the built `tutor serve` and waits, with a deadline, for the line that gives its URL.
import { spawn, type ChildProcess } from 'node:child_process';
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
