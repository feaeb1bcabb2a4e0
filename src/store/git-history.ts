// Reading the log's git history for `tutor verify` (issue 13): every commit that touched
// memory/evidence.jsonl, with the version (blob) it holds and what its parents held, and the
// versions' bytes on demand. Off the record path except when a record finds the log changed.
import { spawn } from 'node:child_process';
import { relative } from 'node:path';
import { simpleGit } from 'simple-git';
import { findRepository, gitEnvironment } from './git.js';

export interface LogCommit {
  sha: string;
  /** Parents among the commits that touched the log (git's parent rewriting). */
  parents: string[];
  /** Commit time, seconds since the epoch. */
  time: number;
  subject: string;
  body: string;
  /** The log's blob in this commit; null where the commit deleted it. */
  version: string | null;
  /** The log's blob in each parent this commit differs from (a merge has one per such parent). */
  parentVersions: (string | null)[];
}

const NO_BLOB = /^0+$/;
const RAW = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*\t/;

/**
 * simple-git refuses, by default, environment variables that point git at other config, editors,
 * pagers or askpass helpers, to protect programs that pass untrusted input. Our arguments are
 * fixed; the environment is the learner's own (less what points at another repository).
 */
const LEARNER_ENVIRONMENT_IS_TRUSTED = {
  allowUnsafeAskPass: true,
  allowUnsafeConfigPaths: true,
  allowUnsafeConfigEnvCount: true,
  allowUnsafeCredentialHelper: true,
  allowUnsafeEditor: true,
  allowUnsafePager: true,
  allowUnsafeTemplateDir: true,
};

/** Every commit reachable from HEAD that touched the log, children before parents; null outside git or without commits. */
export async function readLogHistory(root: string, evidencePath: string): Promise<LogCommit[] | null> {
  if (!findRepository(root)) return null;
  const git = simpleGit({ baseDir: root, timeout: { block: 60_000 }, unsafe: LEARNER_ENVIRONMENT_IS_TRUSTED }).env(gitEnvironment());
  let output: string;
  try {
    // --full-history: a merge that kept one side's log whole still shows the side it dropped.
    // -m: a merge's diff against each parent, so that its parents' versions are known.
    output = await git.raw([
      '-c', 'core.quotePath=false', 'log', '--full-history', '--parents', '-m', '--raw', '--no-abbrev', '--no-renames', '--topo-order',
      '--format=%x1e%H %P%x1f%ct%x1f%s%x1f%B%x1f', '--', relative(root, evidencePath),
    ]);
  } catch {
    return null; // no commits yet, or git unusable: nothing to check against
  }
  const commits = new Map<string, LogCommit>();
  for (const chunk of output.split('\x1e')) {
    if (chunk.trim() === '') continue;
    const [header = '', time = '0', subject = '', body = '', raw = ''] = chunk.split('\x1f');
    const [sha = '', ...parents] = header.trim().split(' ').filter(Boolean);
    let commit = commits.get(sha);
    if (!commit) {
      commit = { sha, parents, time: Number(time), subject, body, version: null, parentVersions: [] };
      commits.set(sha, commit);
    }
    for (const line of raw.split('\n')) {
      const m = RAW.exec(line);
      if (!m) continue;
      commit.parentVersions.push(NO_BLOB.test(m[1] as string) ? null : (m[1] as string));
      commit.version = NO_BLOB.test(m[2] as string) ? null : (m[2] as string);
    }
  }
  // A merge that equals one parent prints no diff against it: its version is that parent's.
  const ordered = [...commits.values()];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const commit = ordered[i] as LogCommit;
    if (commit.parentVersions.length === 0 && commit.parents.length > 0) commit.version = commits.get(commit.parents[0] as string)?.version ?? null;
  }
  return ordered;
}

/** Reads blobs through one `git cat-file --batch`, each into one buffer of its announced size. */
export class BlobReader {
  private readonly child;
  private header: Buffer = Buffer.alloc(0);
  /** The blob being received: its bytes so far, and the newline git sends after it. */
  private body: { data: Buffer; filled: number } | null = null;
  private waiting: { resolve: (b: Buffer) => void; reject: (e: Error) => void }[] = [];
  private failed: Error | null = null;

  constructor(root: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: root, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'ignore'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    const fail = (error: Error) => {
      this.failed = error;
      for (const w of this.waiting.splice(0)) w.reject(error);
    };
    this.child.on('error', fail);
    this.child.on('close', () => fail(new Error('git cat-file ended')));
  }

  private receive(chunk: Buffer): void {
    let rest = chunk;
    while (rest.length > 0) {
      if (this.body) {
        const { data } = this.body;
        // The body plus git's trailing newline.
        const take = Math.min(rest.length, data.length + 1 - this.body.filled);
        const copy = Math.min(take, data.length - this.body.filled);
        if (copy > 0) rest.copy(data, this.body.filled, 0, copy);
        this.body.filled += take;
        rest = rest.subarray(take);
        if (this.body.filled === data.length + 1) {
          this.body = null;
          this.waiting.shift()?.resolve(data);
        }
        continue;
      }
      const eol = rest.indexOf(10);
      if (eol < 0) {
        this.header = Buffer.concat([this.header, rest]);
        return;
      }
      const line = Buffer.concat([this.header, rest.subarray(0, eol)]).toString('utf8');
      this.header = Buffer.alloc(0);
      rest = rest.subarray(eol + 1);
      const size = /^[0-9a-f]+ \w+ (\d+)$/.exec(line)?.[1];
      if (size === undefined) this.waiting.shift()?.reject(new Error(`git cat-file: ${line}`));
      else this.body = { data: Buffer.allocUnsafe(Number(size)), filled: 0 };
    }
  }

  read(blob: string): Promise<Buffer> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${blob}\n`);
    });
  }

  close(): void {
    this.waiting = [];
    this.child.stdin.end();
    this.child.kill();
  }
}

/** Sizes of blobs, in one `git cat-file --batch-check`. */
export function readBlobSizes(root: string, blobs: readonly string[]): Promise<Map<string, number>> {
  return new Promise((resolve) => {
    const sizes = new Map<string, number>();
    if (blobs.length === 0) return resolve(sizes);
    // --buffer: all ids are written at once, so git need not flush an answer per id.
    const child = spawn('git', ['cat-file', '--batch-check', '--buffer'], { cwd: root, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', () => resolve(sizes));
    child.on('close', () => {
      for (const line of out.split('\n')) {
        const m = /^([0-9a-f]+) blob (\d+)$/.exec(line);
        if (m) sizes.set(m[1] as string, Number(m[2]));
      }
      resolve(sizes);
    });
    child.stdin.end(`${blobs.join('\n')}\n`);
  });
}
