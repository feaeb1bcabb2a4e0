import {
  gitSideFiles
} from "./chunk-6H6V5UE5.js";
import {
  writeFileAtomic
} from "./chunk-M5CY4MCJ.js";
import {
  openRegular,
  readRegularFile
} from "./chunk-2UK4LS3K.js";
import {
  MAP_LAYOUT_VERSION,
  mapLayoutInput,
  mapTooLargeForDagre
} from "./chunk-7ZS64KOY.js";

// src/store/site-pages.ts
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";

// src/render/study-pages.ts
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
function parseHtmlTitle(html) {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (!match?.[1]) return null;
  const title = decodeEntities(match[1]).replace(/\s+/g, " ").trim();
  return title.length > 0 ? title.slice(0, 200) : null;
}
function studyPageFrom(fileName, html) {
  return { href: `./${encodeURIComponent(fileName)}`, title: parseHtmlTitle(html) ?? fileName.replace(/\.html$/i, "") };
}

// src/store/site-pages.ts
var HEAD_BYTES = 64 * 1024;
function readHead(path) {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) return null;
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function readStudyPages(siteDir) {
  if (!existsSync(siteDir)) return [];
  return readdirSync(siteDir).filter((name) => /\.html$/i.test(name) && name !== "index.html" && !name.startsWith(".")).sort().flatMap((name) => {
    const path = join(siteDir, name);
    try {
      if (!statSync(path).isFile()) return [];
      const head = readHead(path);
      return head === null ? [] : [studyPageFrom(name, head)];
    } catch {
      return [];
    }
  });
}

// src/store/notes.ts
import { createHash } from "node:crypto";
import { closeSync as closeSync2, existsSync as existsSync2, fstatSync as fstatSync2, mkdirSync, readdirSync as readdirSync2, readFileSync, unlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
function notePaths(workspace) {
  const pages = join2(workspace.site, "notes");
  const cache = join2(pages, ".cache");
  return { notes: join2(workspace.root, "notes"), pages, cache, index: join2(cache, "index.json"), katex: join2(workspace.site, "assets", "katex") };
}
var NOT_A_NOTE = /^readme\.md$/i;
function readNoteFiles(dir, maxBytes) {
  let names;
  try {
    names = readdirSync2(dir);
  } catch {
    return [];
  }
  return names.filter((name) => /\.md$/i.test(name) && !name.startsWith(".") && !NOT_A_NOTE.test(name)).sort().map((file) => {
    try {
      const fd = openRegular(join2(dir, file), "read");
      if (fd === null) return { file, refused: "it disappeared while being read" };
      try {
        const size = fstatSync2(fd).size;
        if (size > maxBytes) return { file, refused: `it is ${(size / 1024 / 1024).toFixed(1)} MB; a note is at most ${maxBytes / 1024 / 1024} MB (split it into several notes)` };
        return { file, bytes: readFileSync(fd) };
      } finally {
        closeSync2(fd);
      }
    } catch (error) {
      return { file, refused: error.message };
    }
  });
}
var noteKey = (renderKey, bytes) => createHash("sha256").update(renderKey).update("\0").update(bytes).digest("hex");
function readCachedNote(paths, key) {
  try {
    const data = readRegularFile(join2(paths.cache, `${key}.json`));
    if (!data) return null;
    const entry = JSON.parse(data.toString("utf8"));
    return typeof entry === "object" && entry !== null && ("body" in entry || "refused" in entry) ? entry : null;
  } catch {
    return null;
  }
}
function writeCachedNote(paths, key, entry) {
  writeFileAtomic(join2(paths.cache, `${key}.json`), JSON.stringify(entry));
}
function pruneNoteCache(paths, keep) {
  let names;
  try {
    names = readdirSync2(paths.cache);
  } catch {
    return;
  }
  for (const name of names) {
    const key = /^([0-9a-f]{64})\.json$/.exec(name)?.[1];
    if (key && !keep.has(key)) unlinkSync(join2(paths.cache, name));
  }
}
var EMPTY_INDEX = { links: [], warnings: [], notes: {} };
function readNoteIndex(paths) {
  try {
    const data = readRegularFile(paths.index);
    if (!data) return EMPTY_INDEX;
    const index = JSON.parse(data.toString("utf8"));
    const ok = Array.isArray(index.links) && Array.isArray(index.warnings) && typeof index.notes === "object" && index.notes !== null;
    return ok ? index : EMPTY_INDEX;
  } catch {
    return EMPTY_INDEX;
  }
}
function writeIfChanged(path, content) {
  try {
    const current = readRegularFile(path);
    if (current && current.length === Buffer.byteLength(content) && current.toString("utf8") === content) return false;
  } catch {
  }
  writeFileAtomic(path, content);
  return true;
}
function removeOrphanPages(paths, keep) {
  let names;
  try {
    names = readdirSync2(paths.pages);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    if (!/\.html$/.test(name) || name.startsWith(".") || keep.has(name)) continue;
    try {
      unlinkSync(join2(paths.pages, name));
      removed.push(name);
    } catch {
    }
  }
  return removed;
}
function katexSource() {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join2(here, "katex"), join2(here, "..", "katex")]) if (existsSync2(join2(dir, "katex.min.css"))) return dir;
  return dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"));
}
function woff2Only(css) {
  return css.replace(/src:\s*([^;}]*)/g, (whole, list) => {
    const woff2 = list.split(/,(?=\s*url\()/).find((part) => /format\(["']?woff2["']?\)/.test(part));
    return woff2 ? `src:${woff2.trim()}` : whole;
  });
}
function ensureKatexAssets(paths) {
  const source = katexSource();
  const css = woff2Only(readFileSync(join2(source, "katex.min.css"), "utf8"));
  const cssPath = join2(paths.katex, "katex.min.css");
  const fonts = readdirSync2(join2(source, "fonts")).filter((f) => f.endsWith(".woff2"));
  const fontsPresent = fonts.every((f) => existsSync2(join2(paths.katex, "fonts", f)));
  if (fontsPresent && existsSync2(cssPath) && readFileSync(cssPath, "utf8") === css) return false;
  mkdirSync(join2(paths.katex, "fonts"), { recursive: true });
  for (const font of fonts) writeFileAtomic(join2(paths.katex, "fonts", font), readFileSync(join2(source, "fonts", font)));
  writeFileAtomic(cssPath, css);
  return true;
}
var katexAssetsPresent = (paths) => existsSync2(join2(paths.katex, "katex.min.css"));

// src/store/map-layout-cache.ts
import { createHash as createHash2 } from "node:crypto";
import { join as join3 } from "node:path";
var MAP_LAYOUT_FILE = ".prereq-layout.json";
function mapLayoutCacheFile(workspace) {
  return gitSideFiles(workspace.root, "map-layout.json")?.[0] ?? join3(workspace.site, MAP_LAYOUT_FILE);
}
var isNumber = (x) => typeof x === "number" && Number.isFinite(x);
var isRecord = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
function isGraphLayout(x) {
  if (!isRecord(x) || !isNumber(x.width) || !isNumber(x.height) || !Array.isArray(x.nodes) || !Array.isArray(x.edges)) return false;
  if (!(x.crossings === null || isNumber(x.crossings)) || typeof x.ranker !== "string") return false;
  for (const n of x.nodes) {
    if (!isRecord(n) || typeof n.id !== "string" || !isNumber(n.x) || !isNumber(n.y) || !isNumber(n.width) || !isNumber(n.height)) return false;
    if (!Array.isArray(n.lines) || !n.lines.every((l) => typeof l === "string")) return false;
  }
  for (const e of x.edges) {
    if (!isRecord(e) || typeof e.from !== "string" || typeof e.to !== "string" || !Array.isArray(e.points)) return false;
    if (!e.points.every((p) => isRecord(p) && isNumber(p.x) && isNumber(p.y))) return false;
  }
  return true;
}
function isMapLayouts(x) {
  return isRecord(x) && x.version === MAP_LAYOUT_VERSION && isGraphLayout(x.full) && isRecord(x.near) && Object.values(x.near).every(isGraphLayout);
}
function mapLayoutKey(domain) {
  return createHash2("sha256").update(mapLayoutInput(domain)).digest("hex");
}
function readCachedMapLayouts(file, domain) {
  let bytes;
  try {
    bytes = readRegularFile(file);
  } catch {
    return null;
  }
  if (bytes === null) return null;
  let parsed;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.key !== mapLayoutKey(domain) || !isMapLayouts(parsed.layouts)) return null;
  const layouts = parsed.layouts;
  const ids = new Set(layouts.full.nodes.map((n) => n.id));
  if (ids.size !== domain.conceptById.size || domain.concepts.some((c) => !ids.has(c.id))) return null;
  return layouts;
}
async function mapLayoutsFor(file, domain) {
  const large = mapTooLargeForDagre(domain);
  const cached = large ? null : readCachedMapLayouts(file, domain);
  if (cached) return cached;
  const { layoutPrereqMaps } = await import("./map-dagre-IAUUKPGE.js");
  const layouts = layoutPrereqMaps(domain);
  if (large) return layouts;
  try {
    writeFileAtomic(file, `${JSON.stringify({ key: mapLayoutKey(domain), layouts })}
`);
  } catch {
  }
  return layouts;
}

export {
  readStudyPages,
  notePaths,
  readNoteFiles,
  noteKey,
  readCachedNote,
  writeCachedNote,
  pruneNoteCache,
  readNoteIndex,
  writeIfChanged,
  removeOrphanPages,
  ensureKatexAssets,
  katexAssetsPresent,
  mapLayoutCacheFile,
  mapLayoutsFor
};
