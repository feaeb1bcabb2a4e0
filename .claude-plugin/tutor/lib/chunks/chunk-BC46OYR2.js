
// src/store/git.ts
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
var SAFE_CONFIG = [
  "-c",
  "core.hooksPath=/dev/null",
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.looseCompression=0",
  "-c",
  "gc.auto=0",
  "-c",
  "maintenance.auto=false"
];
var DURABLE_CONFIG = ["-c", "core.fsync=committed,reference", "-c", "core.fsyncMethod=fsync"];
var GitFailure = class extends Error {
  constructor(message, timedOut) {
    super(message);
    this.timedOut = timedOut;
  }
};
function removeLockLeftBy(root, sinceMs) {
  const gitDir = findGitDir(root);
  if (!gitDir) return;
  const lock = join(gitDir, "index.lock");
  try {
    if (statSync(lock).mtimeMs >= sinceMs - 1e3) unlinkSync(lock);
  } catch {
  }
}
function runGit(root, args, env, timeoutMs) {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const hadLock = (() => {
      const gitDir = findGitDir(root);
      return gitDir ? existsSync(join(gitDir, "index.lock")) : true;
    })();
    const child = spawn("git", [...SAFE_CONFIG, ...args], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d) => stdout += d);
    child.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new GitFailure(error.code === "ENOENT" ? "spawn git ENOENT" : error.message, false));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (timedOut) {
        if (!hadLock) removeLockLeftBy(root, started);
        return reject(new GitFailure("timed out", true));
      }
      if (code === 0) return resolvePromise(stdout);
      reject(new GitFailure([stderr, stdout].filter((t) => t.trim().length > 0).join("\n") || `git exited with ${code}`, false));
    });
  });
}
var FALLBACK_IDENTITY = { name: "tutor", email: "tutor@localhost" };
var REPOSITORY_VARIABLES = [
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_CONFIG",
  "GIT_CONFIG_PARAMETERS",
  "GIT_CONFIG_COUNT",
  "GIT_OBJECT_DIRECTORY",
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_IMPLICIT_WORK_TREE",
  "GIT_GRAFT_FILE",
  "GIT_INDEX_FILE",
  "GIT_NO_REPLACE_OBJECTS",
  "GIT_REPLACE_REF_BASE",
  "GIT_PREFIX",
  "GIT_INTERNAL_SUPER_PREFIX",
  "GIT_SHALLOW_FILE",
  "GIT_COMMON_DIR",
  "GIT_CEILING_DIRECTORIES",
  "GIT_DISCOVERY_ACROSS_FILESYSTEM"
];
function gitEnvironment(base = process.env) {
  const env = { ...base, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  for (const name of Object.keys(env)) if (/^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(name)) delete env[name];
  return env;
}
function findRepository(dir) {
  let current = resolve(dir);
  for (; ; ) {
    const dotGit = join(current, ".git");
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory()) return { gitDir: dotGit, top: current };
      const match = /^gitdir:\s*(.+)\s*$/m.exec(readFileSync(dotGit, "utf8"));
      if (match?.[1]) return { gitDir: isAbsolute(match[1]) ? match[1] : resolve(current, match[1]), top: current };
      return null;
    }
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}
function findGitDir(dir) {
  return findRepository(dir)?.gitDir ?? null;
}
function operationInProgress(gitDir) {
  const markers = [
    ["MERGE_HEAD", "a merge"],
    ["rebase-merge", "a rebase"],
    ["rebase-apply", "a rebase"],
    ["CHERRY_PICK_HEAD", "a cherry-pick"],
    ["REVERT_HEAD", "a revert"]
  ];
  for (const [file, what] of markers) if (existsSync(join(gitDir, file))) return what;
  return null;
}
function isDetached(gitDir) {
  try {
    return !readFileSync(join(gitDir, "HEAD"), "utf8").startsWith("ref: ");
  } catch {
    return false;
  }
}
function readHeadSha(gitDir) {
  try {
    const head = /^ref: (refs\/heads\/[^\n]+)\n?$/.exec(readFileSync(join(gitDir, "HEAD"), "utf8"));
    if (!head?.[1]) return null;
    const sha = readFileSync(join(gitDir, head[1]), "utf8").trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 7) : null;
  } catch {
    return null;
  }
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function firstLine(text) {
  return text.split("\n").map((l) => l.trim()).find((l) => l.length > 0 && !l.startsWith("hint:")) ?? text.trim();
}
function commitBlocked(gitDir) {
  const busy = operationInProgress(gitDir);
  if (busy) {
    return `${busy} is in progress in this repository; the next record after it finishes commits everything (if it is aborted and takes this record out of the log, \`tutor verify\` reports it and \`tutor restore\` puts it back)`;
  }
  if (isDetached(gitDir)) {
    return "HEAD is detached (no branch is checked out), so a commit would be left behind by the next checkout; the record is saved, and the first record on a branch commits it";
  }
  return null;
}
async function commitWithRetries(root, gitDir, steps, options) {
  const timeoutMs = options.timeoutMs ?? 1e4;
  const baseEnv = gitEnvironment(options.env ?? process.env);
  let env = baseEnv;
  let identityFallback = false;
  const retries = options.lockRetries ?? 6;
  for (let attempt = 0; ; attempt++) {
    const git = (args) => runGit(root, args, env, timeoutMs);
    try {
      await steps.run(git);
      const sha = readHeadSha(gitDir) ?? (await git(["rev-parse", "--short", "HEAD"])).trim();
      return { committed: true, sha };
    } catch (error) {
      const text = messageOf(error);
      if (error instanceof GitFailure && error.timedOut) {
        return { committed: false, reason: `git did not finish within ${Math.round(timeoutMs / 1e3)} s; the record is saved, the next one will commit it` };
      }
      if (/ENOENT|spawn git|not found/i.test(text) && !/pathspec/i.test(text)) {
        return { committed: false, reason: "git is not installed (or not on PATH); install git to keep one commit per record" };
      }
      if (!identityFallback && /tell me who you are|unable to auto-detect|empty ident|no email was given|no name was given/i.test(text)) {
        identityFallback = true;
        env = {
          ...baseEnv,
          GIT_AUTHOR_NAME: FALLBACK_IDENTITY.name,
          GIT_AUTHOR_EMAIL: FALLBACK_IDENTITY.email,
          GIT_COMMITTER_NAME: FALLBACK_IDENTITY.name,
          GIT_COMMITTER_EMAIL: FALLBACK_IDENTITY.email
        };
        continue;
      }
      if (/no space left|disk quota/i.test(text)) {
        return { committed: false, reason: "the disk is full (git could not write its objects); the record is saved, the next one will commit it" };
      }
      if (/index\.lock/.test(text) && /file exists|another git process/i.test(text)) {
        if (attempt < retries) {
          await sleep(40 + Math.random() * 160 * (attempt + 1));
          continue;
        }
        return {
          committed: false,
          reason: `${join(gitDir, "index.lock")} is held (another git is running, or one crashed: if none is running, delete that file); the next record will commit this one`
        };
      }
      if (steps.recover && await steps.recover(text, git)) continue;
      if (/nothing to commit|no changes added/i.test(text)) return { committed: false, reason: "nothing changed to commit" };
      return { committed: false, reason: `git refused the commit: ${firstLine(text)}` };
    }
  }
}
async function commitFiles(root, files, message, options = {}) {
  const gitDir = findGitDir(root);
  if (!gitDir) return { committed: false, reason: `not a git repository: run \`git init\` in ${root} to keep one commit per record` };
  const blocked = commitBlocked(gitDir);
  if (blocked) return { committed: false, reason: blocked };
  let paths = [...files.filter((f) => existsSync(f)), ...options.deleted ?? []].map((f) => relative(root, f));
  let needsAdd = false;
  return commitWithRetries(root, gitDir, {
    run: async (git) => {
      if (needsAdd) await git(["add", "--", ...paths]);
      await git([...DURABLE_CONFIG, "commit", "--quiet", "--no-verify", "--no-gpg-sign", "-m", message, "--only", "--", ...paths]);
    },
    recover: async (text, git) => {
      if (!needsAdd && /did not match any file\(s\) known to git/i.test(text)) {
        needsAdd = true;
        return true;
      }
      if (/ignored by one of your \.gitignore/i.test(text)) {
        const ignored = (await git(["check-ignore", "--", ...paths]).catch(() => "")).split("\n").map((l) => l.trim());
        const kept = paths.filter((p) => !ignored.includes(p));
        if (kept.length > 0 && kept.length < paths.length) {
          paths = kept;
          return true;
        }
      }
      return false;
    }
  }, options);
}
async function untrackFiles(root, files, message, options = {}) {
  const gitDir = findGitDir(root);
  if (!gitDir) return { committed: false, reason: "not a git repository" };
  const blocked = commitBlocked(gitDir);
  if (blocked) return { committed: false, reason: blocked };
  const paths = files.map((f) => relative(root, f));
  const env = gitEnvironment(options.env ?? process.env);
  const timeoutMs = options.timeoutMs ?? 1e4;
  try {
    const staged = (await runGit(root, ["diff", "--cached", "--name-only", "HEAD", "--"], env, timeoutMs)).split("\n").filter((l) => l.length > 0);
    if (staged.length > 0) {
      return { committed: false, reason: `other changes are staged (${staged[0]}); commit or unstage them, then run \`tutor init\` again to stop tracking ${paths.join(", ")}` };
    }
    await runGit(root, ["rm", "--cached", "--quiet", "--ignore-unmatch", "--", ...paths], env, timeoutMs);
  } catch (error) {
    return { committed: false, reason: `git refused: ${firstLine(messageOf(error))}` };
  }
  return commitWithRetries(root, gitDir, { run: (git) => git([...DURABLE_CONFIG, "commit", "--quiet", "--no-verify", "--no-gpg-sign", "-m", message]).then(() => void 0) }, options);
}
function readCommittedFile(root, path, timeoutMs = 5e3) {
  if (!findGitDir(root)) return { kind: "no_repository" };
  const git = (args) => execFileSync("git", [...SAFE_CONFIG, ...args], { cwd: root, env: gitEnvironment(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, windowsHide: true });
  const pathspec = `./${path.split("\\").join("/")}`;
  let text;
  try {
    text = git(["show", `HEAD:${pathspec}`]);
  } catch (error) {
    const status = error.status;
    return typeof status === "number" ? { kind: "never_committed" } : null;
  }
  try {
    git(["diff", "--cached", "--quiet", "HEAD", "--", pathspec]);
    return { kind: "committed", text, staged: false };
  } catch (error) {
    return error.status === 1 ? { kind: "committed", text, staged: true } : null;
  }
}

export {
  gitEnvironment,
  findRepository,
  commitFiles,
  untrackFiles,
  readCommittedFile
};
