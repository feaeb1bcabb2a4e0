import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);

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
function hasToolResult(content) {
  return Array.isArray(content) && content.some((p) => isObject(p) && p.type === "tool_result");
}
function learnerText(record) {
  if (record.isMeta === true || record.isSidechain === true || record.isCompactSummary === true || record.isVisibleInTranscriptOnly === true) return null;
  const message = record.message;
  if (!isObject(message)) return null;
  if (hasToolResult(message.content)) return null;
  const parts = textParts(message.content).filter((t) => !WRAPPER_ONLY.test(t)).map((t) => t.replace(INLINE_NOISE, "").trim()).filter((t) => t.length > 0 && !INTERRUPTION.test(t));
  const text = parts.join("\n\n").trim();
  return text.length > 0 ? text : null;
}
function tutorParts(record) {
  if (record.isSidechain === true || record.isApiErrorMessage === true || record.isMeta === true) return null;
  const message = record.message;
  if (!isObject(message) || !Array.isArray(message.content)) return null;
  const text = message.content.filter((p) => isObject(p) && p.type === "text" && typeof p.text === "string").map((p) => p.text.replace(INLINE_NOISE, "").trim()).filter((t) => t.length > 0).join("\n\n");
  const thinking = message.content.filter((p) => isObject(p) && p.type === "thinking" && typeof p.thinking === "string").map((p) => p.thinking.trim()).filter((t) => t.length > 0).join("\n\n");
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
  const ts = record.timestamp;
  if (record.type === "user") {
    const text = learnerText(record);
    return text === null ? null : { uuid, ts, role: "learner", text, messageId: null, thinking: null, sequence };
  }
  if (record.type === "assistant") {
    const parts = tutorParts(record);
    return parts === null ? null : { uuid, ts, role: "tutor", text: parts.text, messageId: parts.messageId, thinking: parts.thinking || null, sequence };
  }
  return null;
}
function compareEntries(a, b) {
  return a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.sequence - b.sequence;
}
function buildExchanges(entries) {
  const seen = /* @__PURE__ */ new Set();
  const unique = entries.filter((e) => {
    if (e.uuid === null) return true;
    if (seen.has(e.uuid)) return false;
    seen.add(e.uuid);
    return true;
  });
  const ordered = [...unique].sort(compareEntries);
  const exchanges = [];
  let current = null;
  for (const entry of ordered) {
    if (entry.role === "learner") {
      current = { learner: { ts: entry.ts, text: entry.text }, tutor: null };
      exchanges.push(current);
      continue;
    }
    if (current === null) {
      current = { learner: null, tutor: null };
      exchanges.push(current);
    }
    const reply = current.tutor ?? { ts: entry.ts, text: "", thinking: null };
    if (entry.text) reply.text = reply.text ? `${reply.text}

${entry.text}` : entry.text;
    if (entry.thinking) reply.thinking = reply.thinking ? `${reply.thinking}

${entry.thinking}` : entry.thinking;
    current.tutor = reply;
  }
  return exchanges.filter((x) => x.learner !== null || x.tutor !== null && x.tutor.text.length > 0);
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
