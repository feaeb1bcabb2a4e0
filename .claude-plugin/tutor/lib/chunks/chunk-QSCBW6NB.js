import {
  fsyncFolder,
  writeAll,
  writeFileAtomic
} from "./chunk-M5CY4MCJ.js";
import {
  findRepository
} from "./chunk-BC46OYR2.js";
import {
  openRegular,
  readRegularFile
} from "./chunk-2UK4LS3K.js";

// src/store/journal.ts
import { closeSync, existsSync, fsyncSync, mkdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, relative } from "node:path";
function gitSideFiles(root, ...names) {
  const repository = findRepository(root);
  if (!repository) return null;
  const where = relative(repository.top, root);
  const suffix = where === "" ? "" : `-${createHash("sha256").update(where).digest("hex").slice(0, 12)}`;
  const dir = join(repository.gitDir, "tutor");
  return names.map((name) => join(dir, name.replace(/(\.[a-z]+)$/, `${suffix}$1`)));
}
function journalPaths(root) {
  const files = gitSideFiles(root, "journal.jsonl", "checked.json", "fold.json");
  return files ? { journal: files[0], state: files[1], fold: files[2] } : null;
}
function appendJournal(paths, line) {
  const dir = dirname(paths.journal);
  const created = !existsSync(paths.journal);
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
    const raw = JSON.parse(readFileSync(paths.state, "utf8"));
    if (typeof raw.bytes !== "number" || typeof raw.digest !== "string") return null;
    return { bytes: raw.bytes, digest: raw.digest, problem: typeof raw.problem === "string" ? raw.problem : null };
  } catch {
    return null;
  }
}
function writeCheckState(paths, state) {
  writeFileAtomic(paths.state, `${JSON.stringify(state)}
`, { durable: false });
}

export {
  gitSideFiles,
  journalPaths,
  appendJournal,
  readJournal,
  readCheckState,
  writeCheckState
};
