// The best-effort git commit after a record (DESIGN.md "Commands"; issue 2). It never fails or
// blocks a record: every problem becomes one line saying why nothing was committed.
//
// The commit runs on every record, so it spawns git itself (node:child_process): loading and
// starting simple-git cost ~35 ms of each `tutor log` (issue 8), a third of the whole floor, for
// one fixed command. simple-git serves the occasional reads (git-history.ts), which this file must
// not import: a record would load it again.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export type CommitResult = { committed: true; sha: string } | { committed: false; reason: string };

export interface CommitOptions {
  /** Kills a git that hangs (a credential prompt, a slow hook). */
  timeoutMs?: number;
  /** Tries against a held .git/index.lock before giving up. */
  lockRetries?: number;
  /** The environment git runs in (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Tracked files removed from the work tree whose removal the commit records. */
  deleted?: readonly string[];
}


/**
 * Configuration for every git tutor runs. The repository is the learner's, but what is in it may
 * have been planted (issue 14): no hook of any kind runs (`core.hooksPath` at a path with no
 * hooks; `--no-verify` alone leaves post-commit, prepare-commit-msg, reference-transaction and a
 * configured hooks path running), and no fsmonitor daemon is started.
 *
 * Loose objects are stored uncompressed (`core.looseCompression=0`; git's default is zlib level 1):
 * every record's commit writes a whole new copy of the log as a loose object, and compressing it is
 * work the learner waits on that tutor's background packing (store/maintenance.ts) undoes, since a
 * pack recompresses and deltifies every loose object it takes. Measured at 10,000 events: a commit
 * of one appended line 36 ms at level 1, 24 ms stored. The loose copies take more disk until the
 * next packing, which is due by the bytes records committed (core/packing.ts).
 *
 * No git tutor runs starts git's automatic gc or maintenance (issue 17): where gc cannot detach
 * (`gc.autoDetach=false`, as on Windows) the record that triggered it waited for a whole repack.
 * Packing is tutor's own, in a detached process (store/maintenance.ts), never on a record's path.
 */
const SAFE_CONFIG = [
  '-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'core.looseCompression=0',
  '-c', 'gc.auto=0', '-c', 'maintenance.auto=false',
];

/**
 * A record's commit is durable (issue 17): git fsyncs the objects it writes and the branch it
 * moves (by default it fsyncs nothing, so a crash could lose the commit the output named). `committed`
 * covers loose objects and packs; `reference` the ref update. Measured in the bench.
 */
const DURABLE_CONFIG = ['-c', 'core.fsync=committed,reference', '-c', 'core.fsyncMethod=fsync'];

class GitFailure extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

/**
 * A git killed for taking too long leaves its index.lock behind, after which every later commit
 * fails until someone deletes it. A lock that appeared while our git ran, and outlived it, was
 * its own (no other git could have taken it while ours held it): tutor removes what it caused.
 */
function removeLockLeftBy(root: string, sinceMs: number): void {
  const gitDir = findGitDir(root);
  if (!gitDir) return;
  const lock = join(gitDir, 'index.lock');
  try {
    if (statSync(lock).mtimeMs >= sinceMs - 1_000) unlinkSync(lock);
  } catch {
    // No lock left: nothing to clean.
  }
}

/**
 * Runs git in `root`; resolves with stdout, rejects with a GitFailure carrying git's own words.
 * git runs in a process group of its own, so that a timeout kills whatever it started too.
 */
function runGit(root: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const hadLock = (() => {
      const gitDir = findGitDir(root);
      return gitDir ? existsSync(join(gitDir, 'index.lock')) : true;
    })();
    const child = spawn('git', [...SAFE_CONFIG, ...args], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new GitFailure(error.code === 'ENOENT' ? 'spawn git ENOENT' : error.message, false));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) {
        if (!hadLock) removeLockLeftBy(root, started);
        return reject(new GitFailure('timed out', true));
      }
      if (code === 0) return resolvePromise(stdout);
      reject(new GitFailure([stderr, stdout].filter((t) => t.trim().length > 0).join('\n') || `git exited with ${code}`, false));
    });
  });
}

/** The fallback identity, used only when git has none configured (a fresh machine). */
const FALLBACK_IDENTITY = { name: 'tutor', email: 'tutor@localhost' };

/**
 * The variables that point git at another repository, index or object store, as
 * `git rev-parse --local-env-vars` lists them. A tutor run from inside another repository's
 * hook (or a shell that exported GIT_DIR) would otherwise commit the workspace's files there
 * (issue 13): every git tutor runs finds its repository from the workspace, as `findGitDir` does.
 */
const REPOSITORY_VARIABLES = [
  'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_CONFIG', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_OBJECT_DIRECTORY', 'GIT_DIR',
  'GIT_WORK_TREE', 'GIT_IMPLICIT_WORK_TREE', 'GIT_GRAFT_FILE', 'GIT_INDEX_FILE', 'GIT_NO_REPLACE_OBJECTS', 'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX', 'GIT_INTERNAL_SUPER_PREFIX', 'GIT_SHALLOW_FILE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM',
];

/** The environment for every git tutor runs: the learner's own, less what points at another repository. */
export function gitEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  for (const name of Object.keys(env)) if (/^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(name)) delete env[name];
  return env;
}

/** The repository holding `dir`: its git folder (following a `.git` file: worktrees) and its top folder. */
export function findRepository(dir: string): { gitDir: string; top: string } | null {
  let current = resolve(dir);
  for (;;) {
    const dotGit = join(current, '.git');
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory()) return { gitDir: dotGit, top: current };
      const match = /^gitdir:\s*(.+)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
      if (match?.[1]) return { gitDir: isAbsolute(match[1]) ? match[1] : resolve(current, match[1]), top: current };
      return null;
    }
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** The git folder of the repository holding `dir`; null outside one. */
export function findGitDir(dir: string): string | null {
  return findRepository(dir)?.gitDir ?? null;
}

/** A merge, rebase, cherry-pick or revert the person is in the middle of: not ours to commit into. */
function operationInProgress(gitDir: string): string | null {
  const markers: [string, string][] = [
    ['MERGE_HEAD', 'a merge'],
    ['rebase-merge', 'a rebase'],
    ['rebase-apply', 'a rebase'],
    ['CHERRY_PICK_HEAD', 'a cherry-pick'],
    ['REVERT_HEAD', 'a revert'],
  ];
  for (const [file, what] of markers) if (existsSync(join(gitDir, file))) return what;
  return null;
}

/**
 * A commit on a detached HEAD belongs to no branch: the next `git checkout` leaves it behind, in
 * the reflog only (issue 13). Such records stay uncommitted in the work tree instead.
 */
function isDetached(gitDir: string): boolean {
  try {
    return !readFileSync(join(gitDir, 'HEAD'), 'utf8').startsWith('ref: ');
  } catch {
    return false;
  }
}

/**
 * The commit HEAD's branch points at, read from the ref file git just wrote: a `rev-parse` is one
 * more process per record. Null when the ref is not a plain file (packed, a reftable, a worktree's
 * shared refs): then git is asked.
 */
function readHeadSha(gitDir: string): string | null {
  try {
    const head = /^ref: (refs\/heads\/[^\n]+)\n?$/.exec(readFileSync(join(gitDir, 'HEAD'), 'utf8'));
    if (!head?.[1]) return null;
    const sha = readFileSync(join(gitDir, head[1]), 'utf8').trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 7) : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  return text.split('\n').map((l) => l.trim()).find((l) => l.length > 0 && !l.startsWith('hint:')) ?? text.trim();
}

/** Why no commit can be made in this repository now, or null: a merge or rebase under way, a detached HEAD. */
function commitBlocked(gitDir: string): string | null {
  const busy = operationInProgress(gitDir);
  if (busy) {
    return `${busy} is in progress in this repository; the next record after it finishes commits everything (if it is aborted and takes this record out of the log, \`tutor verify\` reports it and \`tutor restore\` puts it back)`;
  }
  if (isDetached(gitDir)) {
    return 'HEAD is detached (no branch is checked out), so a commit would be left behind by the next checkout; the record is saved, and the first record on a branch commits it';
  }
  return null;
}

type Git = (args: readonly string[]) => Promise<string>;

interface CommitSteps {
  /** Runs the git commands of one attempt; throws git's failure. */
  run: (git: Git) => Promise<void>;
  /** A failure this caller can fix before the next attempt (returns true to try again). */
  recover?: (text: string, git: Git) => Promise<boolean>;
}

/**
 * Runs `steps` until the commit is made or cannot be: with git's own identity, then (once) the
 * fallback identity; again after a held index.lock, with jitter. Every failure becomes a reason.
 */
async function commitWithRetries(root: string, gitDir: string, steps: CommitSteps, options: CommitOptions): Promise<CommitResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const baseEnv = gitEnvironment(options.env ?? process.env);
  let env: NodeJS.ProcessEnv = baseEnv;
  let identityFallback = false;
  const retries = options.lockRetries ?? 6;

  for (let attempt = 0; ; attempt++) {
    const git = (args: readonly string[]) => runGit(root, args, env, timeoutMs);
    try {
      await steps.run(git);
      const sha = readHeadSha(gitDir) ?? (await git(['rev-parse', '--short', 'HEAD'])).trim();
      return { committed: true, sha };
    } catch (error) {
      const text = messageOf(error);
      if (error instanceof GitFailure && error.timedOut) {
        return { committed: false, reason: `git did not finish within ${Math.round(timeoutMs / 1000)} s; the record is saved, the next one will commit it` };
      }
      if (/ENOENT|spawn git|not found/i.test(text) && !/pathspec/i.test(text)) {
        return { committed: false, reason: 'git is not installed (or not on PATH); install git to keep one commit per record' };
      }
      if (!identityFallback && /tell me who you are|unable to auto-detect|empty ident|no email was given|no name was given/i.test(text)) {
        identityFallback = true;
        env = {
          ...baseEnv,
          GIT_AUTHOR_NAME: FALLBACK_IDENTITY.name,
          GIT_AUTHOR_EMAIL: FALLBACK_IDENTITY.email,
          GIT_COMMITTER_NAME: FALLBACK_IDENTITY.name,
          GIT_COMMITTER_EMAIL: FALLBACK_IDENTITY.email,
        };
        continue;
      }
      if (/no space left|disk quota/i.test(text)) {
        return { committed: false, reason: 'the disk is full (git could not write its objects); the record is saved, the next one will commit it' };
      }
      if (/index\.lock/.test(text) && /file exists|another git process/i.test(text)) {
        if (attempt < retries) {
          // Another git (or another tutor) holds the index: wait with jitter and try again.
          await sleep(40 + Math.random() * 160 * (attempt + 1));
          continue;
        }
        return {
          committed: false,
          reason: `${join(gitDir, 'index.lock')} is held (another git is running, or one crashed: if none is running, delete that file); the next record will commit this one`,
        };
      }
      if (steps.recover && (await steps.recover(text, git))) continue;
      if (/nothing to commit|no changes added/i.test(text)) return { committed: false, reason: 'nothing changed to commit' };
      return { committed: false, reason: `git refused the commit: ${firstLine(text)}` };
    }
  }
}

/**
 * Commits exactly `files` (paths inside `root`), nothing else the person has staged.
 * Hooks that could block or reject an automatic commit are skipped, and signing is off for it:
 * a signing prompt would hang the tutor's turn (issue 2: "works with signing configured").
 */
export async function commitFiles(root: string, files: readonly string[], message: string, options: CommitOptions = {}): Promise<CommitResult> {
  const gitDir = findGitDir(root);
  if (!gitDir) return { committed: false, reason: `not a git repository: run \`git init\` in ${root} to keep one commit per record` };
  const blocked = commitBlocked(gitDir);
  if (blocked) return { committed: false, reason: blocked };
  let paths = [...files.filter((f) => existsSync(f)), ...(options.deleted ?? [])].map((f) => relative(root, f));
  let needsAdd = false;
  return commitWithRetries(root, gitDir, {
    run: async (git) => {
      // One git process in the usual case: the files are tracked, so `commit --only` takes them
      // as they are on disk. New files (the first record) are added first.
      if (needsAdd) await git(['add', '--', ...paths]);
      // --quiet: git's summary after a commit diffs every file against its previous version,
      // which for a log of 10,000 events costs more than the commit itself; rev-parse is ~5 ms.
      await git([...DURABLE_CONFIG, 'commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message, '--only', '--', ...paths]);
    },
    recover: async (text, git) => {
      if (!needsAdd && /did not match any file\(s\) known to git/i.test(text)) {
        needsAdd = true;
        return true;
      }
      if (/ignored by one of your \.gitignore/i.test(text)) {
        // A learner who ignores site/ still gets the log committed.
        const ignored = (await git(['check-ignore', '--', ...paths]).catch(() => '')).split('\n').map((l) => l.trim());
        const kept = paths.filter((p) => !ignored.includes(p));
        if (kept.length > 0 && kept.length < paths.length) {
          paths = kept;
          return true;
        }
      }
      return false;
    },
  }, options);
}

/**
 * Stops tracking `files` (paths inside `root`; they stay on disk) in one commit of their removal
 * and nothing else. `commit --only` cannot record a removal whose file is still on disk (it adds
 * the file back), so this commit takes the index: it is refused while anything else is staged,
 * rather than commit the person's staged work under tutor's message.
 */
export async function untrackFiles(root: string, files: readonly string[], message: string, options: CommitOptions = {}): Promise<CommitResult> {
  const gitDir = findGitDir(root);
  if (!gitDir) return { committed: false, reason: 'not a git repository' };
  const blocked = commitBlocked(gitDir);
  if (blocked) return { committed: false, reason: blocked };
  const paths = files.map((f) => relative(root, f));
  const env = gitEnvironment(options.env ?? process.env);
  const timeoutMs = options.timeoutMs ?? 10_000;
  try {
    const staged = (await runGit(root, ['diff', '--cached', '--name-only', 'HEAD', '--'], env, timeoutMs)).split('\n').filter((l) => l.length > 0);
    if (staged.length > 0) {
      return { committed: false, reason: `other changes are staged (${staged[0]}); commit or unstage them, then run \`tutor init\` again to stop tracking ${paths.join(', ')}` };
    }
    await runGit(root, ['rm', '--cached', '--quiet', '--ignore-unmatch', '--', ...paths], env, timeoutMs);
  } catch (error) {
    return { committed: false, reason: `git refused: ${firstLine(messageOf(error))}` };
  }
  return commitWithRetries(root, gitDir, { run: (git) => git([...DURABLE_CONFIG, 'commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message]).then(() => undefined) }, options);
}

export type CommittedFile =
  | { readonly kind: 'no_repository' }
  | { readonly kind: 'never_committed' }
  | { readonly kind: 'committed'; readonly text: string; readonly staged: boolean };

/**
 * What HEAD holds of `path` (relative to `root`), and whether the index differs from it: how to get
 * back to the committed version of a file broken mid-session. Read-only (no index refresh is
 * written: GIT_OPTIONAL_LOCKS=0), and run only when something is already wrong, so it may be
 * synchronous. Null when git cannot answer (not installed, timed out).
 */
export function readCommittedFile(root: string, path: string, timeoutMs = 5_000): CommittedFile | null {
  if (!findGitDir(root)) return { kind: 'no_repository' };
  const git = (args: readonly string[]) =>
    execFileSync('git', [...SAFE_CONFIG, ...args], { cwd: root, env: gitEnvironment(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, windowsHide: true });
  const pathspec = `./${path.split('\\').join('/')}`;
  let text: string;
  try {
    text = git(['show', `HEAD:${pathspec}`]);
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    // git ran and said no: no HEAD yet, or the file is not in it.
    return typeof status === 'number' ? { kind: 'never_committed' } : null;
  }
  try {
    git(['diff', '--cached', '--quiet', 'HEAD', '--', pathspec]);
    return { kind: 'committed', text, staged: false };
  } catch (error) {
    return (error as { status?: unknown }).status === 1 ? { kind: 'committed', text, staged: true } : null;
  }
}
