import {
  isAlive
} from "./chunk-Y7UM2WCK.js";

// src/store/atomic-write.ts
import { randomBytes } from "node:crypto";
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function fsyncFolder(dir) {
  let fd;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function existingMode(path) {
  try {
    return statSync(path).mode & 4095;
  } catch {
    return null;
  }
}
function writeAll(fd, data) {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}
function removeOrphanedTemps(dir, name) {
  const prefix = `.${name}.tmp-`;
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(entry.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
      try {
        unlinkSync(join(dir, entry));
      } catch {
      }
    }
  }
}
function writeFileAtomic(path, content, options = {}) {
  const durable = options.durable ?? true;
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  removeOrphanedTemps(dir, basename(path));
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  const mode = existingMode(path);
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  let fd;
  try {
    fd = openSync(temp, "wx");
    if (mode !== null) fchmodSync(fd, mode);
    writeAll(fd, data);
    if (durable) fsyncSync(fd);
    closeSync(fd);
    fd = void 0;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== void 0) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
    }
    error.path = path;
    throw error;
  }
  if (durable) fsyncFolder(dir);
}

export {
  fsyncFolder,
  writeAll,
  writeFileAtomic
};
