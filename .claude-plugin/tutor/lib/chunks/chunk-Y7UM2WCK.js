
// src/store/lock.ts
import { randomBytes } from "node:crypto";
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
var LockTimeoutError = class extends Error {
  name = "LockTimeoutError";
};
function processStart(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}
function bootId() {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return null;
  }
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function readOwner(path) {
  try {
    const owner = JSON.parse(readFileSync(path, "utf8"));
    return typeof owner.pid === "number" && typeof owner.nonce === "string" ? owner : null;
  } catch {
    return null;
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function ageMs(path) {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
function isStale(path, owner, staleMs) {
  if (owner && owner.host === hostname()) {
    if (owner.boot && owner.boot !== bootId()) return true;
    if (!isAlive(owner.pid)) return true;
    return owner.start !== void 0 && processStart(owner.pid) !== owner.start;
  }
  return ageMs(path) > staleMs;
}
function breakStaleLock(path, seen) {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (seen && moved && moved.nonce !== seen.nonce) {
    try {
      linkSync(aside, path);
    } catch {
    }
  }
  try {
    unlinkSync(aside);
  } catch {
  }
}
function tryCreate(path, owner) {
  let fd;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } catch (error) {
    closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
    }
    throw error;
  }
  closeSync(fd);
  return true;
}
async function withLock(path, work, options = {}) {
  const timeoutMs = options.timeoutMs ?? 3e4;
  const staleMs = options.staleMs ?? 6e4;
  const start = processStart(process.pid);
  const boot = bootId();
  const owner = { pid: process.pid, host: hostname(), nonce: randomBytes(8).toString("hex"), ...start ? { start } : {}, ...boot ? { boot } : {} };
  const deadline = Date.now() + timeoutMs;
  let wait = 2;
  while (!tryCreate(path, owner)) {
    const seen = readOwner(path);
    if (isStale(path, seen, seen ? staleMs : 5e3)) {
      breakStaleLock(path, seen);
      continue;
    }
    if (Date.now() > deadline) {
      const who = seen ? `process ${seen.pid} on ${seen.host}` : "another process";
      throw new LockTimeoutError(`the workspace is locked by ${who} (${path}); waited ${Math.round(timeoutMs / 1e3)} s`);
    }
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 50);
  }
  try {
    return await work();
  } finally {
    releaseLock(path, owner);
  }
}
function releaseLock(path, owner) {
  const current = readOwner(path);
  if (current && current.nonce !== owner.nonce) return;
  try {
    unlinkSync(path);
  } catch {
  }
}

export {
  LockTimeoutError,
  isAlive,
  withLock
};
