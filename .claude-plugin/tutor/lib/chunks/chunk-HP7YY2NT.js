
// src/transcript/read.ts
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

// src/transcript/parse.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var WRAPPER_ONLY = /^\s*<(command-name|command-message|command-args|local-command-stdout|local-command-stderr|local-command-caveat|bash-input|bash-stdout|bash-stderr|user-prompt-submit-hook)>/;
var INLINE_NOISE = /<(system-reminder|ide_opened_file|ide_selection|ide_diagnostics|ide-opened-file|ide-selection)>[\s\S]*?<\/\1>/g;
var INTERRUPTION = /^\[Request interrupted by user[^\]]*\]$/;
function textParts(content) {
  if (typeof content === "string") return [content];
  if (!Array.isArray(content)) return [];
  return content.filter((p) => isObject(p) && p.type === "text" && typeof p.text === "string").map((p) => p.text);
}
var trimBlankLines = (text) => text.replace(/^(?:[ \t]*\r?\n)+/, "").trimEnd();
function hasToolResult(content) {
  return Array.isArray(content) && content.some((p) => isObject(p) && p.type === "tool_result");
}
function learnerText(record) {
  if (record.isMeta === true || record.isSidechain === true || record.isCompactSummary === true || record.isVisibleInTranscriptOnly === true) return null;
  const message = record.message;
  if (!isObject(message)) return null;
  if (hasToolResult(message.content)) return null;
  const parts = textParts(message.content).filter((t) => !WRAPPER_ONLY.test(t)).map((t) => trimBlankLines(t.replace(INLINE_NOISE, ""))).filter((t) => t.length > 0 && !INTERRUPTION.test(t.trim()));
  const text = trimBlankLines(parts.join("\n\n"));
  return text.length > 0 ? text : null;
}
function tutorParts(record) {
  if (record.isSidechain === true || record.isApiErrorMessage === true || record.isMeta === true) return null;
  const message = record.message;
  if (!isObject(message) || !Array.isArray(message.content)) return null;
  const text = message.content.filter((p) => isObject(p) && p.type === "text" && typeof p.text === "string").map((p) => trimBlankLines(p.text.replace(INLINE_NOISE, ""))).filter((t) => t.length > 0).join("\n\n");
  const thinking = message.content.filter((p) => isObject(p) && p.type === "thinking" && typeof p.thinking === "string").map((p) => trimBlankLines(p.thinking)).filter((t) => t.length > 0).join("\n\n");
  if (!text && !thinking) return null;
  return { text, thinking, messageId: typeof message.id === "string" ? message.id : null };
}
function parseTranscriptLine(line, sequence) {
  if (line.length === 0 || line.charCodeAt(0) !== 123) return null;
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(record) || typeof record.timestamp !== "string" || !Number.isFinite(Date.parse(record.timestamp))) return null;
  const uuid = typeof record.uuid === "string" ? record.uuid : null;
  const parentUuid = typeof record.parentUuid === "string" ? record.parentUuid : typeof record.logicalParentUuid === "string" ? record.logicalParentUuid : null;
  const ts = record.timestamp;
  const base = { uuid, parentUuid, ts, messageId: null, thinking: null, sequence };
  if (record.type === "user") {
    const text = learnerText(record);
    if (text !== null) return { ...base, role: "learner", text };
  } else if (record.type === "assistant") {
    const parts = tutorParts(record);
    if (parts !== null) return { ...base, role: "tutor", text: parts.text, messageId: parts.messageId, thinking: parts.thinking || null };
  }
  if (uuid === null || record.isSidechain === true) return null;
  return { ...base, role: "link", text: "" };
}
function compareEntries(a, b) {
  return a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.sequence - b.sequence;
}
function subtree(root, tree) {
  const seen = /* @__PURE__ */ new Set([root]);
  const out = [];
  const work = [root];
  for (let node = work.pop(); node !== void 0; node = work.pop()) {
    out.push(node);
    for (const child of tree.children.get(node) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      work.push(child);
    }
  }
  return out;
}
function latestShown(nodes) {
  let latest = null;
  for (const node of nodes) if (node.role !== "link" && (latest === null || compareEntries(node, latest) > 0)) latest = node;
  return latest;
}
function gatherThread(root, tree, thread) {
  const nodes = subtree(root, tree);
  const latest = latestShown(nodes);
  if (latest === null) return;
  const path = [];
  for (let node = latest; node !== void 0 && node !== root; node = tree.parent.get(node)) path.push(node);
  path.push(root);
  path.reverse();
  const onPath = new Map(path.map((node, i) => [node, i]));
  const nextShown = [];
  for (let i = path.length - 1, next = null; i >= 0; i--) {
    nextShown[i] = next;
    const node = path[i];
    if (node.role !== "link") next = node;
  }
  const seen = /* @__PURE__ */ new Set([root]);
  const work = [root];
  for (let node = work.pop(); node !== void 0; node = work.pop()) {
    if (node.role !== "link") thread.entries.push(node);
    const children = (tree.children.get(node) ?? []).filter((child) => !seen.has(child));
    for (const child of children) seen.add(child);
    const at = onPath.get(node);
    const anchor = at === void 0 ? null : nextShown[at];
    const timestamps = /* @__PURE__ */ new Map();
    for (const child of children) timestamps.set(child.ts, (timestamps.get(child.ts) ?? 0) + 1);
    for (const child of children) {
      const rewound = anchor && !onPath.has(child) && child.role === "learner" && timestamps.get(child.ts) === 1;
      if (!rewound) {
        work.push(child);
        continue;
      }
      const branch = gatherBranch(child, tree);
      if (branch) thread.rewoundBefore.set(anchor, [...thread.rewoundBefore.get(anchor) ?? [], branch]);
    }
  }
}
function gatherBranch(root, tree) {
  const thread = { entries: [], rewoundBefore: /* @__PURE__ */ new Map() };
  gatherThread(root, tree, thread);
  const exchanges = threadExchanges(thread);
  const last = latestShown(subtree(root, tree));
  return last && exchanges.length > 0 ? { exchanges, abandonedAt: last.ts } : null;
}
var compareTimes = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var branchStart = (branch) => branch.exchanges[0]?.learner?.ts ?? branch.exchanges[0]?.tutor?.ts ?? branch.abandonedAt;
function threadExchanges(thread) {
  const exchanges = [];
  let current = null;
  for (const entry of [...thread.entries].sort(compareEntries)) {
    const rewound = thread.rewoundBefore.get(entry);
    if (entry.role === "learner" || current === null) {
      current = { learner: entry.role === "learner" ? { ts: entry.ts, text: entry.text } : null, tutor: null };
      exchanges.push(current);
    }
    if (rewound) current.rewound = [...current.rewound ?? [], ...rewound].sort((a, b) => compareTimes(branchStart(a), branchStart(b)));
    if (entry.role !== "tutor") continue;
    const reply = current.tutor ?? { ts: entry.ts, text: "", thinking: null };
    if (entry.text) reply.text = reply.text ? `${reply.text}

${entry.text}` : entry.text;
    if (entry.thinking) reply.thinking = reply.thinking ? `${reply.thinking}

${entry.thinking}` : entry.thinking;
    current.tutor = reply;
  }
  return exchanges.filter((x) => x.learner !== null || x.tutor !== null && x.tutor.text.length > 0 || x.rewound !== void 0);
}
function buildExchanges(entries) {
  const byUuid = /* @__PURE__ */ new Map();
  const unique = entries.filter((e) => {
    if (e.uuid === null) return true;
    if (byUuid.has(e.uuid)) return false;
    byUuid.set(e.uuid, e);
    return true;
  });
  const tree = { children: /* @__PURE__ */ new Map(), parent: /* @__PURE__ */ new Map() };
  const roots = [];
  for (const entry of unique) {
    const parent = entry.parentUuid === null ? void 0 : byUuid.get(entry.parentUuid);
    if (parent === void 0 || parent === entry) {
      roots.push(entry);
      continue;
    }
    tree.parent.set(entry, parent);
    const siblings = tree.children.get(parent);
    if (siblings) siblings.push(entry);
    else tree.children.set(parent, [entry]);
  }
  const thread = { entries: [], rewoundBefore: /* @__PURE__ */ new Map() };
  const placed = /* @__PURE__ */ new Set();
  const gather = (root) => {
    for (const node of subtree(root, tree)) placed.add(node);
    gatherThread(root, tree, thread);
  };
  roots.forEach(gather);
  for (const entry of unique) if (!placed.has(entry)) gather(entry);
  return threadExchanges(thread);
}
function withLastReply(exchanges, lastReply, ts) {
  const text = lastReply?.trim();
  if (!text) return [...exchanges];
  const last = exchanges[exchanges.length - 1];
  if (!last) return [{ learner: null, tutor: { ts, text, thinking: null } }];
  if (last.tutor?.text.includes(text)) return [...exchanges];
  const tutor = last.tutor ? { ...last.tutor, text: last.tutor.text ? `${last.tutor.text}

${text}` : text } : { ts, text, thinking: null };
  return [...exchanges.slice(0, -1), { learner: last.learner, tutor }];
}

// src/transcript/read.ts
function sessionLogFolder(projectRoot, env) {
  const config = env.CLAUDE_CONFIG_DIR && env.CLAUDE_CONFIG_DIR.length > 0 ? env.CLAUDE_CONFIG_DIR : join(homedir(), ".claude");
  return join(config, "projects", projectRoot.replace(/[^A-Za-z0-9]/g, "-"));
}
function describeSessionLogFolder(projectRoot, env) {
  const folder = sessionLogFolder(projectRoot, env);
  return existsSync(folder) ? folder : `${folder} (no such folder)`;
}
function findSessionLogs(projectRoot, env) {
  const folder = sessionLogFolder(projectRoot, env);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => name.endsWith(".jsonl") && !name.startsWith("agent-")).map((name) => join(folder, name)).filter((path) => statSync(path).isFile()).sort();
}
async function readTranscriptFile(path, sequence) {
  const entries = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) {
    const entry = parseTranscriptLine(line, sequence);
    if (entry) entries.push(entry);
  }
  return entries;
}
async function readTranscripts(paths) {
  const all = [];
  for (const [i, path] of paths.entries()) all.push(...await readTranscriptFile(path, i));
  return all;
}

export {
  buildExchanges,
  withLastReply,
  sessionLogFolder,
  describeSessionLogFolder,
  findSessionLogs,
  readTranscriptFile,
  readTranscripts
};
