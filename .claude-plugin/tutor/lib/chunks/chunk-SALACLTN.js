import {
  MAX_NOTES,
  MAX_NOTE_BYTES,
  NOTE_RENDER_KEY,
  deriveNoteMeta,
  ensureKatexAssets,
  katexAssetsPresent,
  linkNote,
  noteKey,
  notePageView,
  notePaths,
  noteSlug,
  pruneNoteCache,
  readCachedNote,
  readNoteFiles,
  readNoteIndex,
  removeOrphanPages,
  renderNotePageView,
  writeCachedNote,
  writeIfChanged
} from "./chunk-SB7AH7UK.js";
import {
  writeFileAtomic
} from "./chunk-M5CY4MCJ.js";

// src/app/notes.ts
import { existsSync } from "node:fs";
import { join } from "node:path";

// src/core/front-matter.ts
var KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?$/;
var ITEM = /^[ \t]+-(?:[ \t]+(.*))?$|^-(?:[ \t]+(.*))?$/;
var FENCE = /^---[ \t]*$/;
function fail(line, problem) {
  return { ok: false, line, problem };
}
function stripComment(text) {
  const at = text.search(/(^|[ \t])#/);
  return (at === -1 ? text : text.slice(0, at)).trim();
}
function parseScalar(raw, line) {
  const text = raw.trim();
  if (text.startsWith('"')) {
    const match = /^"((?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?$/.exec(text);
    if (!match) return { problem: `line ${line}: a "\u2026" string that does not close` };
    const value = match[1].replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e) => {
      if (e.startsWith("u") && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
      return { n: "\n", t: "	", '"': '"', "\\": "\\", "/": "/", "0": "" }[e] ?? e;
    });
    return { value };
  }
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')*)'[ \t]*(?:#.*)?$/.exec(text);
    if (!match) return { problem: `line ${line}: a '\u2026' string that does not close` };
    return { value: match[1].replace(/''/g, "'") };
  }
  const plain = stripComment(text);
  if (/^[|>]/.test(plain)) return { problem: `line ${line}: block scalars (| or >) are not supported; write the text on one line` };
  if (/^[&*!]/.test(plain)) return { problem: `line ${line}: anchors, aliases and tags (&, *, !) are not supported` };
  if (/^[{]/.test(plain)) return { problem: `line ${line}: nested maps ({\u2026}) are not supported` };
  return { value: plain };
}
function parseInlineList(text, line) {
  const inner = stripComment(text);
  if (!inner.endsWith("]")) return { problem: `line ${line}: a [ \u2026 ] list that does not close on its line` };
  const body = inner.slice(1, -1).trim();
  if (body === "") return { value: [] };
  const items = [];
  const parts = body.match(/\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+)/g) ?? [];
  for (const part of parts) {
    const scalar = parseScalar(part, line);
    if ("problem" in scalar) return scalar;
    if (scalar.value !== "") items.push(scalar.value);
  }
  return { value: items };
}
function parseFrontMatter(text) {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lines = source.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? "")) return { ok: true, fields: /* @__PURE__ */ new Map(), body: source, bodyLine: 1, present: false };
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end === -1) return fail(1, "the front matter opened by `---` on line 1 never closes (no second `---` line)");
  const fields = /* @__PURE__ */ new Map();
  let list = null;
  const closeList = () => {
    if (list) fields.set(list.key, { value: list.items, line: list.line, itemLines: list.lines });
    list = null;
  };
  for (let i = 1; i < end; i++) {
    const lineNo = i + 1;
    const raw = lines[i];
    if (raw.trim() === "" || /^[ \t]*#/.test(raw)) continue;
    if (/\t/.test(/^[ \t]*/.exec(raw)?.[0] ?? "")) return fail(lineNo, "a tab in the indentation (YAML indents with spaces)");
    const item = ITEM.exec(raw);
    if (item) {
      if (!list) return fail(lineNo, "a list item (`- \u2026`) with no `key:` line above it");
      const scalar = parseScalar(item[1] ?? item[2] ?? "", lineNo);
      if ("problem" in scalar) return fail(lineNo, scalar.problem.replace(/^line \d+: /, ""));
      const current = list;
      if (scalar.value !== "") {
        current.items.push(scalar.value);
        current.lines.push(lineNo);
      }
      continue;
    }
    if (/^[ \t]/.test(raw)) return fail(lineNo, "an indented line that is not a list item (nested maps are not supported)");
    closeList();
    const match = KEY.exec(raw.trimEnd());
    if (!match) return fail(lineNo, `expected \`key: value\`, received ${JSON.stringify(raw.slice(0, 60))}`);
    const key = match[1].toLowerCase();
    if (fields.has(key)) return fail(lineNo, `the key "${key}" appears twice (first on line ${fields.get(key)?.line})`);
    const rest = (match[2] ?? "").trim();
    if (rest === "" || rest.startsWith("#")) {
      list = { key, line: lineNo, items: [], lines: [] };
      continue;
    }
    const parsed = rest.startsWith("[") ? parseInlineList(rest, lineNo) : parseScalar(rest, lineNo);
    if ("problem" in parsed) return fail(lineNo, parsed.problem.replace(/^line \d+: /, ""));
    const value = parsed.value;
    fields.set(key, { value, line: lineNo, itemLines: Array.isArray(value) ? value.map(() => lineNo) : [lineNo] });
  }
  closeList();
  return { ok: true, fields, body: lines.slice(end + 1).join("\n"), bodyLine: end + 2, present: true };
}

// src/app/notes.ts
function renderNote(file, text, renderBody) {
  const front = parseFrontMatter(text);
  if (!front.ok) return { refused: { line: front.line, problem: front.problem } };
  const meta = deriveNoteMeta(file, front.fields, front.body);
  const body = renderBody(front.body, meta.title);
  return { meta: { ...meta, problems: [...meta.problems, ...body.problems] }, body: body.html };
}
async function refreshNotes(workspace, domain, derived, options) {
  const paths = notePaths(workspace);
  const outcome = { links: [], warnings: [], fresh: [], rendered: 0, written: [], removed: [] };
  let files = readNoteFiles(paths.notes, MAX_NOTE_BYTES);
  if (files.length > MAX_NOTES) {
    outcome.warnings.push(`notes/ holds ${files.length} notes; the first ${MAX_NOTES} by name are rendered`);
    files = files.slice(0, MAX_NOTES);
  }
  const previous = readNoteIndex(paths);
  const notes = {};
  let renderBody = null;
  const keys = /* @__PURE__ */ new Set();
  const pages = /* @__PURE__ */ new Set();
  const slugs = /* @__PURE__ */ new Map();
  for (const entry of files) {
    const where = `notes/${entry.file}`;
    if ("refused" in entry) {
      outcome.warnings.push(`${where}: not rendered: ${entry.refused}`);
      continue;
    }
    try {
      const slug = noteSlug(entry.file);
      const other = slugs.get(slug.toLowerCase());
      if (other) {
        outcome.warnings.push(`${where}: not rendered: its page would be site/notes/${slug}.html, which notes/${other} already has (rename one)`);
        continue;
      }
      const key = noteKey(NOTE_RENDER_KEY, entry.bytes);
      keys.add(key);
      const known = previous.notes[entry.file];
      let cached = null;
      const body = async () => {
        cached ??= readCachedNote(paths, key);
        if (!cached) {
          renderBody ??= (await import("./note-markdown-I2L3SKBF.js")).renderNoteBodyReport;
          cached = renderNote(entry.file, entry.bytes.toString("utf8"), renderBody);
          outcome.rendered += 1;
          writeCachedNote(paths, key, cached);
        }
        return cached;
      };
      const fresh = known?.key !== key || !known.meta && !known.refused;
      const parsed = fresh ? summarize(key, await body()) : known;
      notes[entry.file] = { ...parsed, view: null };
      if (parsed.refused) {
        const warning = `${where} line ${parsed.refused.line}: front matter refused: ${parsed.refused.problem}; no page was written (fix the front matter, or remove it)`;
        outcome.warnings.push(warning);
        if (fresh) outcome.fresh.push(warning);
        continue;
      }
      if (!parsed.meta) continue;
      slugs.set(slug.toLowerCase(), entry.file);
      const { link, warnings } = linkNote(domain, where, slug, parsed.meta);
      const stored = { ...link, file: entry.file };
      outcome.warnings.push(...warnings);
      if (fresh) outcome.fresh.push(...warnings);
      outcome.links.push(stored);
      const page = join(paths.pages, `${slug}.html`);
      pages.add(`${slug}.html`);
      const view = notePageView(domain, derived, { link: stored, body: "", problems: warnings });
      const viewKey = noteKey(NOTE_RENDER_KEY, Buffer.from(JSON.stringify(view)));
      notes[entry.file] = { ...parsed, view: viewKey };
      if (options.mode === "record" && !fresh && known?.view === viewKey && existsSync(page)) continue;
      const rendered = await body();
      if (!("body" in rendered)) continue;
      if (writeIfChanged(page, renderNotePageView({ ...view, body: rendered.body }))) outcome.written.push(page);
    } catch (error) {
      outcome.warnings.push(`${where}: not rendered (${error.message.split("\n")[0]})`);
    }
  }
  outcome.removed = removeOrphanPages(paths, pages);
  if (pages.size > 0 && (options.mode === "build" || !katexAssetsPresent(paths))) ensureKatexAssets(paths);
  if (options.mode === "build") pruneNoteCache(paths, keys);
  const index = { links: outcome.links, warnings: outcome.warnings, notes };
  if (JSON.stringify(previous) !== JSON.stringify(index)) writeFileAtomic(paths.index, `${JSON.stringify(index)}
`);
  return outcome;
}
function summarize(key, cached) {
  return "refused" in cached ? { key, refused: cached.refused, view: null } : { key, meta: cached.meta, view: null };
}
async function refreshNotesSafely(workspace, domain, derived, options) {
  try {
    return await refreshNotes(workspace, domain, derived, options);
  } catch (error) {
    const warning = `the study notes were not updated (${error.message.split("\n")[0]}); run \`tutor build\``;
    return { links: [...readNoteIndex(notePaths(workspace)).links], warnings: [warning], fresh: [warning], rendered: 0, written: [], removed: [] };
  }
}

export {
  refreshNotesSafely
};
