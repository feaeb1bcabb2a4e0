import {
  gitSideFiles
} from "./chunk-QSCBW6NB.js";
import {
  writeFileAtomic
} from "./chunk-M5CY4MCJ.js";
import {
  readRegularFile
} from "./chunk-2UK4LS3K.js";

// src/store/dashboard-fragments.ts
import { join } from "node:path";
var FRAGMENTS_VERSION = 1;
var MAX_FRAGMENTS_BYTES = 16 * 1024 * 1024;
function dashboardFragmentsFile(workspace) {
  return gitSideFiles(workspace.root, "dashboard-fragments.json")?.[0] ?? join(workspace.site, ".dashboard-fragments.json");
}
function readDashboardFragments(file) {
  try {
    const bytes = readRegularFile(file);
    if (bytes === null || bytes.length > MAX_FRAGMENTS_BYTES) return /* @__PURE__ */ new Map();
    const parsed = JSON.parse(bytes.toString("utf8"));
    if (parsed.version !== FRAGMENTS_VERSION || typeof parsed.fragments !== "object" || parsed.fragments === null || Array.isArray(parsed.fragments)) return /* @__PURE__ */ new Map();
    const entries = Object.entries(parsed.fragments);
    return entries.every(([, html]) => typeof html === "string") ? new Map(entries) : /* @__PURE__ */ new Map();
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function writeDashboardFragments(file, fragments, previous) {
  if (fragments.size === previous.size && [...fragments.keys()].every((key) => previous.has(key))) return;
  try {
    writeFileAtomic(file, JSON.stringify({ version: FRAGMENTS_VERSION, fragments: Object.fromEntries(fragments) }), { durable: false });
  } catch {
  }
}

export {
  dashboardFragmentsFile,
  readDashboardFragments,
  writeDashboardFragments
};
