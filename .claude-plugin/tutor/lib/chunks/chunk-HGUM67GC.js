import {
  writeFileAtomic
} from "./chunk-M5CY4MCJ.js";
import {
  UnsafeFileError
} from "./chunk-2UK4LS3K.js";

// src/store/derived.ts
import { lstatSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
function formatJson(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
function layOut(value, depth, indent) {
  if (depth === 0 || value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[
${value.map((item) => `${inner}${layOut(item ?? null, depth - 1, inner)}`).join(",\n")}
${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== void 0 && typeof v !== "function");
  if (entries.length === 0) return "{}";
  return `{
${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layOut(v, depth - 1, inner)}`).join(",\n")}
${indent}}`;
}
function formatLearnerJson(value) {
  return `${layOut(value, 2, "")}
`;
}
function refuseFoldersInTheWay(paths) {
  for (const path of paths) {
    try {
      if (lstatSync(path).isDirectory()) throw new UnsafeFileError(path, "a folder");
    } catch (error) {
      if (error instanceof UnsafeFileError) throw error;
    }
  }
}
function writeDerived(workspace, derived, dashboardHtml) {
  writeStateFiles(workspace, derived);
  writeFileAtomic(workspace.dashboard, dashboardHtml);
}
function writeStateFiles(workspace, derived) {
  refuseFoldersInTheWay([workspace.learner, workspace.pedagogy, workspace.dashboard]);
  const learner = Buffer.from(formatLearnerJson(derived.learner), "utf8");
  const pedagogy = Buffer.from(formatJson(derived.pedagogy), "utf8");
  writeFileAtomic(workspace.learner, learner);
  writeFileAtomic(workspace.pedagogy, pedagogy);
  return learner.length + pedagogy.length;
}
function writeDashboard(workspace, dashboardHtml) {
  writeFileAtomic(workspace.dashboard, dashboardHtml);
}
function ignoredLines(workspace) {
  try {
    const lines = readFileSync(join(workspace.root, ".gitignore"), "utf8").split(/\r?\n/);
    return new Set(lines.map((l) => l.trim().replace(/^\//, "")).filter((l) => l.length > 0 && !l.startsWith("#")));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function trackedAmong(gitDir, paths) {
  let index;
  try {
    index = readFileSync(join(gitDir, "index"));
  } catch {
    return /* @__PURE__ */ new Set();
  }
  const version = index.length >= 8 ? index.readUInt32BE(4) : 0;
  if (index.subarray(0, 4).toString("latin1") !== "DIRC" || version !== 2 && version !== 3) return new Set(paths);
  return new Set(paths.filter((path) => index.includes(Buffer.from(`${path}\0`, "utf8"))));
}
function derivedFileStatus(workspace, repository) {
  const ignored = ignoredLines(workspace);
  const inWorkspace = (file) => relative(workspace.root, file).split(sep).join("/");
  const inRepository = (file) => relative(repository.top, file).split(sep).join("/");
  const derived = [workspace.learner, workspace.pedagogy, workspace.dashboard];
  const candidates = derived.filter((file) => ignored.has(inWorkspace(file)));
  const tracked = trackedAmong(repository.gitDir, candidates.map(inRepository));
  return derived.map((file) => ({ file, ignored: ignored.has(inWorkspace(file)), tracked: tracked.has(inRepository(file)) }));
}
function committedDerivedFiles(workspace, repository) {
  if (!repository) return [workspace.learner, workspace.pedagogy, workspace.dashboard];
  return derivedFileStatus(workspace, repository).filter((s) => !s.ignored || s.tracked).map((s) => s.file);
}
function trackedIgnoredDerivedFiles(workspace, repository) {
  if (!repository) return [];
  return derivedFileStatus(workspace, repository).filter((s) => s.ignored && s.tracked).map((s) => s.file);
}
function recordFiles(workspace, derived) {
  return [workspace.evidence, workspace.torn, ...derived];
}

export {
  writeDerived,
  writeStateFiles,
  writeDashboard,
  committedDerivedFiles,
  trackedIgnoredDerivedFiles,
  recordFiles
};
