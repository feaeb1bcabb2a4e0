import {
  parseEventLine
} from "./chunk-MNKKRITI.js";
import {
  fsyncFolder,
  writeAll
} from "./chunk-M5CY4MCJ.js";
import {
  openRegular,
  readRegularFile
} from "./chunk-2UK4LS3K.js";

// src/store/evidence.ts
import { createHash } from "node:crypto";
import { closeSync, fsyncSync, ftruncateSync, fstatSync } from "node:fs";
import { dirname } from "node:path";
function hashLine(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function digestAppended(log, line) {
  const hash = createHash("sha256").update(log.complete);
  const before = hash.copy().digest("hex");
  hash.update(line);
  return { before, bytes: log.completeBytes + line.length, digest: hash.digest("hex") };
}
function parseEvidence(buffer) {
  const events = [];
  const unreadable = [];
  const completeBytes = buffer.lastIndexOf(10) + 1;
  const lines = completeBytes > 0 ? buffer.toString("utf8", 0, completeBytes - 1).split("\n") : [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    if (text.length === 0) continue;
    const parsed = parseEventLine(text);
    if (parsed.ok) events.push(parsed.event);
    else unreadable.push({ line: i + 1, reason: parsed.reason });
  }
  return {
    events,
    head: lastLineHash(buffer, completeBytes),
    unreadable,
    tornTail: completeBytes < buffer.length ? Buffer.from(buffer.subarray(completeBytes)) : null,
    completeBytes,
    complete: buffer.subarray(0, completeBytes)
  };
}
function lastLineHash(buffer, completeBytes) {
  let end = completeBytes - 1;
  while (end >= 0) {
    const start = end === 0 ? 0 : buffer.lastIndexOf(10, end - 1) + 1;
    if (end > start) return hashLine(buffer.subarray(start, end));
    end = start - 1;
  }
  return null;
}
function splitLogLines(buffer) {
  const lines = [];
  let start = 0;
  let number = 0;
  for (; ; ) {
    const end = buffer.indexOf(10, start);
    if (end === -1) break;
    number += 1;
    const bytes = buffer.subarray(start, end);
    start = end + 1;
    if (bytes.length > 0) lines.push({ line: number, text: bytes.toString("utf8"), hash: hashLine(bytes) });
  }
  return { lines, tornTailBytes: buffer.length - start, complete: buffer.subarray(0, start) };
}
function readEvidence(path) {
  return parseEvidence(readRegularFile(path) ?? Buffer.alloc(0));
}
function quarantineTornTail(evidencePath, tornPath, log) {
  if (!log.tornTail) return;
  const fragment = Buffer.concat([log.tornTail, Buffer.from("\n")]);
  const tornFd = openRegular(tornPath, "append");
  try {
    writeAll(tornFd, fragment);
    fsyncSync(tornFd);
  } finally {
    closeSync(tornFd);
  }
  const fd = openRegular(evidencePath, "update");
  try {
    ftruncateSync(fd, log.completeBytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
function appendLine(path, line) {
  const existing = openRegular(path, "read");
  if (existing !== null) closeSync(existing);
  const created = existing === null;
  const data = Buffer.from(`${line}
`, "utf8");
  const fd = openRegular(path, "append");
  let sizeBefore = 0;
  try {
    sizeBefore = fstatSync(fd).size;
    writeAll(fd, data);
    fsyncSync(fd);
  } catch (error) {
    try {
      ftruncateSync(fd, sizeBefore);
      fsyncSync(fd);
    } catch {
    }
    error.path ??= path;
    throw error;
  } finally {
    closeSync(fd);
  }
  if (created) fsyncFolder(dirname(path));
}

export {
  hashLine,
  digestAppended,
  parseEvidence,
  splitLogLines,
  readEvidence,
  quarantineTornTail,
  appendLine
};
