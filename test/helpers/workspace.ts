// Temp workspaces with real git, and black-box runs of the built CLI (STYLE.md "Tests").
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { tinyDomainJson } from './domain.js';

export const CLI = resolve(import.meta.dirname, '../../dist/bundle/main.js');
export const REPO = resolve(import.meta.dirname, '../..');

/** A HOME with its own git config, so tests never see (or write) the machine's. */
export function isolatedEnv(identity = true): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'tutor-home-'));
  const gitconfig = join(home, '.gitconfig');
  writeFileSync(gitconfig, identity ? '[user]\n\tname = Test Learner\n\temail = learner@example.test\n' : '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, GIT_CONFIG_GLOBAL: gitconfig, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C.UTF-8' };
  return env;
}

export interface TempWorkspace {
  root: string;
  env: NodeJS.ProcessEnv;
  file: (path: string) => string;
  read: (path: string) => string;
  git: (...args: string[]) => string;
}

export function tempWorkspace(options: { git?: boolean; domain?: string; identity?: boolean } = {}): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'tutor-ws-'));
  mkdirSync(join(root, 'memory'));
  writeFileSync(join(root, 'memory', 'domain.json'), options.domain ?? tinyDomainJson());
  const env = isolatedEnv(options.identity ?? true);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' });
  if (options.git ?? true) {
    git('init', '-q', '-b', 'main');
  }
  return { root, env, file: (p) => join(root, p), read: (p) => readFileSync(join(root, p), 'utf8'), git };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (or, given `cli`, another copy of the bundle's main.js). */
export function runCli(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; cli?: string }): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [options.cli ?? CLI, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tutor ${args.join(' ')} did not finish within ${options.timeoutMs ?? 30_000} ms`));
    }, options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** Every file under the workspace (including .git) with its hash: "nothing changed" means equal. */
export function fingerprint(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

export function readJson<T = any>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
