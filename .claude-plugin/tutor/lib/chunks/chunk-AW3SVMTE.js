import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  parseEventLine
} from "./chunk-4BX2OKVR.js";
import {
  fsyncFolder,
  writeAll,
  writeFileAtomic
} from "./chunk-CEDNC7BV.js";
import {
  openRegular,
  readRegularFile
} from "./chunk-2UK4LS3K.js";

// src/core/history.ts
var TRAILER = /^Evidence-Prefix: (\d+) ([0-9a-f]{64})$/m;
function attestationTrailer(attestation) {
  return `Evidence-Prefix: ${attestation.bytes} ${attestation.digest}`;
}
function parseAttestation(message) {
  const m = TRAILER.exec(message);
  return m ? { bytes: Number(m[1]), digest: m[2] } : null;
}
function idOf(line) {
  if (line === void 0) return null;
  const parsed = parseEventLine(line);
  return parsed.ok ? parsed.event.id : null;
}
function describeEdit(before, after) {
  let a;
  let b;
  try {
    a = JSON.parse(before);
    b = JSON.parse(after);
  } catch {
    return "its bytes changed";
  }
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (keys.length === 0) return "its bytes changed (spacing or key order)";
  const show = (v) => v === void 0 ? "(none)" : JSON.stringify(v).slice(0, 60);
  return keys.map((k) => `${k} ${show(a[k])} \u2192 ${show(b[k])}`).join(", ");
}
function comparePrefix(earlier, later, names) {
  let i = 0;
  while (i < earlier.length && i < later.length && earlier[i] === later[i]) i++;
  if (i === earlier.length) return null;
  const committed = earlier[i];
  const id = idOf(committed);
  const line = i + 1;
  const at = later.findIndex((l, k) => k > i && l === committed);
  const sameId = id !== null ? later.findIndex((l) => idOf(l) === id) : -1;
  let message;
  if (i >= later.length || at < 0 && sameId < 0) {
    message = `line ${line}${id ? ` (${id})` : ""} of the log as of ${names.earlier} is missing from ${names.later}: an accepted record was removed`;
  } else if (at < 0 && sameId >= 0) {
    message = `line ${line}${id ? ` (${id})` : ""} as of ${names.earlier} was changed in ${names.later}: ${describeEdit(committed, later[sameId])}`;
  } else {
    const inserted = idOf(later[i]);
    message = `${names.later} has a line inserted at line ${line}${inserted ? ` (${inserted})` : ""}, before lines already committed in ${names.earlier}: a record was put into the past`;
  }
  return { line: sameId >= 0 ? sameId + 1 : line, id, severity: "error", message };
}
function checkUnion(parents, merged, name) {
  const findings = [];
  const inMerged = new Set(merged);
  const inParents = new Set(parents.flat());
  for (const parent of parents) {
    const missing = parent.findIndex((l) => !inMerged.has(l));
    if (missing >= 0) {
      const id = idOf(parent[missing]);
      findings.push({ line: missing + 1, id, severity: "error", message: `${name} dropped a line its parent had (${id ?? `line ${missing + 1}`}): a merge must keep every record of both sides` });
    }
  }
  const added = merged.findIndex((l) => !inParents.has(l));
  if (added >= 0) {
    const id = idOf(merged[added]);
    findings.push({ line: added + 1, id, severity: "error", message: `${name} added line ${added + 1}${id ? ` (${id})` : ""}, which neither parent had: a record inserted in a merge` });
  }
  return findings;
}
function checkAcknowledged(acknowledged, lines) {
  const byId = /* @__PURE__ */ new Map();
  for (const l of lines) {
    const id = idOf(l.text);
    if (id !== null && !byId.has(id)) byId.set(id, l);
  }
  const findings = [];
  let missing = 0;
  for (const text of acknowledged) {
    const id = idOf(text);
    if (id === null) continue;
    const found = byId.get(id);
    if (!found) {
      missing += 1;
      if (missing <= 20) {
        findings.push({
          line: lines[lines.length - 1]?.line ?? 0,
          id,
          severity: "error",
          message: `the record ${id}, acknowledged by tutor log in this clone, is missing from the log (a git operation took it out?): \`tutor restore\` puts it back`
        });
      }
    } else if (found.text !== text) {
      findings.push({ line: found.line, id, severity: "error", message: `line ${found.line} (${id}) differs from the record tutor log acknowledged: ${describeEdit(text, found.text)}` });
    }
  }
  if (missing > 20) {
    findings.push({ line: lines[lines.length - 1]?.line ?? 0, id: null, severity: "error", message: `${missing - 20} more acknowledged records are missing: \`tutor restore\` puts them back` });
  }
  return findings;
}
function missingAcknowledged(acknowledged, lines) {
  const ids = /* @__PURE__ */ new Set();
  for (const l of lines) {
    const id = idOf(l);
    if (id !== null) ids.add(id);
  }
  const out = [];
  for (const text of acknowledged) {
    const id = idOf(text);
    if (id !== null && !ids.has(id)) {
      ids.add(id);
      out.push(text);
    }
  }
  return out;
}

// src/store/git.ts
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
var SAFE_CONFIG = ["-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "core.looseCompression=1"];
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
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function firstLine(text) {
  return text.split("\n").map((l) => l.trim()).find((l) => l.length > 0 && !l.startsWith("hint:")) ?? text.trim();
}
async function commitFiles(root, files, message, options = {}) {
  const gitDir = findGitDir(root);
  if (!gitDir) return { committed: false, reason: `not a git repository: run \`git init\` in ${root} to keep one commit per record` };
  const busy = operationInProgress(gitDir);
  if (busy) {
    return {
      committed: false,
      reason: `${busy} is in progress in this repository; the next record after it finishes commits everything (if it is aborted and takes this record out of the log, \`tutor verify\` reports it and \`tutor restore\` puts it back)`
    };
  }
  if (isDetached(gitDir)) {
    return { committed: false, reason: "HEAD is detached (no branch is checked out), so a commit would be left behind by the next checkout; the record is saved, and the first record on a branch commits it" };
  }
  const timeoutMs = options.timeoutMs ?? 1e4;
  let paths = [...files.filter((f) => existsSync(f)), ...options.deleted ?? []].map((f) => relative(root, f));
  const baseEnv = gitEnvironment(options.env ?? process.env);
  let env = baseEnv;
  let needsAdd = false;
  let identityFallback = false;
  const retries = options.lockRetries ?? 6;
  for (let attempt = 0; ; attempt++) {
    const git = (args) => runGit(root, args, env, timeoutMs);
    try {
      if (needsAdd) await git(["add", "--", ...paths]);
      await git(["commit", "--quiet", "--no-verify", "--no-gpg-sign", "-m", message, "--only", "--", ...paths]);
      const sha = (await git(["rev-parse", "--short", "HEAD"])).trim();
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
      if (!needsAdd && /did not match any file\(s\) known to git/i.test(text)) {
        needsAdd = true;
        continue;
      }
      if (/ignored by one of your \.gitignore/i.test(text)) {
        const ignored = (await git(["check-ignore", "--", ...paths]).catch(() => "")).split("\n").map((l) => l.trim());
        const kept = paths.filter((p) => !ignored.includes(p));
        if (kept.length > 0 && kept.length < paths.length) {
          paths = kept;
          continue;
        }
      }
      if (/nothing to commit|no changes added/i.test(text)) return { committed: false, reason: "nothing changed to commit" };
      return { committed: false, reason: `git refused the commit: ${firstLine(text)}` };
    }
  }
}

// src/store/journal.ts
import { closeSync, existsSync as existsSync2, fsyncSync, mkdirSync, readFileSync as readFileSync2 } from "node:fs";
import { createHash } from "node:crypto";
import { dirname as dirname2, join as join2, relative as relative2 } from "node:path";
function journalPaths(root) {
  const repository = findRepository(root);
  if (!repository) return null;
  const where = relative2(repository.top, root);
  const suffix = where === "" ? "" : `-${createHash("sha256").update(where).digest("hex").slice(0, 12)}`;
  const dir = join2(repository.gitDir, "tutor");
  return { journal: join2(dir, `journal${suffix}.jsonl`), state: join2(dir, `checked${suffix}.json`) };
}
function appendJournal(paths, line) {
  const dir = dirname2(paths.journal);
  const created = !existsSync2(paths.journal);
  mkdirSync(dir, { recursive: true });
  const fd = openRegular(paths.journal, "append");
  try {
    writeAll(fd, Buffer.from(`${line}
`, "utf8"));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) fsyncFolder(dir);
}
function readJournal(paths) {
  const text = readRegularFile(paths.journal)?.toString("utf8") ?? "";
  const end = text.lastIndexOf("\n");
  return end < 0 ? [] : text.slice(0, end).split("\n").filter((l) => l.length > 0);
}
function readCheckState(paths) {
  try {
    const raw = JSON.parse(readFileSync2(paths.state, "utf8"));
    if (typeof raw.bytes !== "number" || typeof raw.digest !== "string") return null;
    return { bytes: raw.bytes, digest: raw.digest, problem: typeof raw.problem === "string" ? raw.problem : null };
  } catch {
    return null;
  }
}
function writeCheckState(paths, state) {
  writeFileAtomic(paths.state, `${JSON.stringify(state)}
`);
}

export {
  attestationTrailer,
  parseAttestation,
  comparePrefix,
  checkUnion,
  checkAcknowledged,
  missingAcknowledged,
  gitEnvironment,
  findRepository,
  commitFiles,
  journalPaths,
  appendJournal,
  readJournal,
  readCheckState,
  writeCheckState
};
