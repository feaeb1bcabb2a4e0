import {
  MAX_DOMAIN_BYTES
} from "./chunk-BZF4WVT4.js";
import {
  gitSideFiles
} from "./chunk-QSCBW6NB.js";
import {
  writeFileAtomic
} from "./chunk-M5CY4MCJ.js";
import {
  readRegularFile,
  regularFileSize
} from "./chunk-2UK4LS3K.js";

// src/store/curriculum-cache.ts
import { createHash } from "node:crypto";
var CURRICULUM_CACHE_VERSION = 1;
function curriculumCacheFile(workspace) {
  return gitSideFiles(workspace.root, "curriculum.json")?.[0] ?? null;
}
function digestCourse(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
var isString = (x) => typeof x === "string";
var isStrings = (x) => Array.isArray(x) && x.every(isString);
var isNullableString = (x) => x === null || isString(x);
var isRecord = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
var isNumber = (x) => typeof x === "number" && Number.isFinite(x);
var listOf = (x, item) => Array.isArray(x) && x.every((v) => isRecord(v) && item(v));
function isCachedDomain(x) {
  if (!isRecord(x) || !isNullableString(x.title) || !isNullableString(x.description) || !isRecord(x.policy)) return false;
  const p = x.policy;
  if (![p.alpha, p.masteryThreshold, p.minObservations, p.staleDays, p.staleMinMastery].every(isNumber)) return false;
  return listOf(x.layers, (l) => isString(l.id) && isString(l.name)) && listOf(x.modules, (m) => isString(m.id) && isString(m.name) && isNullableString(m.layer) && isNullableString(m.summary)) && listOf(x.concepts, (c) => isString(c.id) && isString(c.name) && isString(c.module) && isStrings(c.behaviors) && isStrings(c.prereqs)) && listOf(x.exitTest, (e) => isString(e.id) && (e.kind === "mechanism" || e.kind === "build") && isString(e.prompt) && isStrings(e.requires));
}
function readCachedCurriculum(file, digest) {
  try {
    const bytes = readRegularFile(file);
    if (bytes === null) return null;
    const cached = JSON.parse(bytes.toString("utf8"));
    if (cached.version !== CURRICULUM_CACHE_VERSION || cached.digest !== digest || !isCachedDomain(cached.domain)) return null;
    const d = cached.domain;
    return {
      ...d,
      conceptById: new Map(d.concepts.map((c) => [c.id, c])),
      moduleById: new Map(d.modules.map((m) => [m.id, m])),
      exitById: new Map(d.exitTest.map((e) => [e.id, e]))
    };
  } catch {
    return null;
  }
}
function writeCachedCurriculum(file, digest, domain) {
  const { title, description, layers, modules, concepts, exitTest, policy } = domain;
  const entry = { version: CURRICULUM_CACHE_VERSION, digest, domain: { title, description, layers: [...layers], modules: [...modules], concepts: [...concepts], exitTest: [...exitTest], policy } };
  try {
    writeFileAtomic(file, JSON.stringify(entry), { durable: false });
  } catch {
  }
}
function readCourseBytes(path) {
  try {
    const size = regularFileSize(path);
    return size === null || size > MAX_DOMAIN_BYTES ? null : readRegularFile(path);
  } catch {
    return null;
  }
}
async function loadDomain(workspace, options = {}) {
  const file = curriculumCacheFile(workspace);
  const bytes = file ? readCourseBytes(workspace.domain) : null;
  if (file && bytes) {
    const digest = digestCourse(bytes);
    const cached = options.revalidate ? null : readCachedCurriculum(file, digest);
    if (cached) return { domain: cached, keep: () => void 0 };
    const { domainFromBytes } = await import("./domain-file-WX2MYXL5.js");
    const domain = domainFromBytes(workspace, bytes);
    return { domain, keep: () => writeCachedCurriculum(file, digest, domain) };
  }
  const { readDomain } = await import("./domain-file-WX2MYXL5.js");
  return { domain: readDomain(workspace), keep: () => void 0 };
}

export {
  loadDomain
};
