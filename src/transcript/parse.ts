// Claude Code session logs → the tutoring conversation (issue 5). Pure: one JSONL line at a time
// in, small entries out, so a reader can stream files of any size. Defensive: an unknown record
// type, a missing field or a torn line is skipped, never an error.

/** One piece of the conversation worth keeping, stripped of everything else in its record. */
export interface TranscriptEntry {
  uuid: string | null;
  /** ISO timestamp; records without one are dropped (they cannot be placed in time). */
  ts: string;
  role: 'learner' | 'tutor';
  text: string;
  /** For the tutor: the API message id; records sharing it are one reply. */
  messageId: string | null;
  /** For the tutor: non-empty stored reasoning, shown apart from the reply. */
  thinking: string | null;
  /** Which file (session) it came from, for a stable order among equal timestamps. */
  sequence: number;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whole records that are harness traffic, not something the learner typed. */
const WRAPPER_ONLY = /^\s*<(command-name|command-message|command-args|local-command-stdout|local-command-stderr|local-command-caveat|bash-input|bash-stdout|bash-stderr|user-prompt-submit-hook)>/;
/** Tags the harness puts inside a typed message; the rest of the message is kept. */
const INLINE_NOISE = /<(system-reminder|ide_opened_file|ide_selection|ide_diagnostics|ide-opened-file|ide-selection)>[\s\S]*?<\/\1>/g;
const INTERRUPTION = /^\[Request interrupted by user[^\]]*\]$/;

function textParts(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) return [];
  return content.filter((p): p is Json => isObject(p) && p.type === 'text' && typeof p.text === 'string').map((p) => p.text as string);
}

function hasToolResult(content: unknown): boolean {
  return Array.isArray(content) && content.some((p) => isObject(p) && p.type === 'tool_result');
}

/** What the learner typed in a user record, or null when the record is not a typed message. */
export function learnerText(record: Json): string | null {
  if (record.isMeta === true || record.isSidechain === true || record.isCompactSummary === true || record.isVisibleInTranscriptOnly === true) return null;
  const message = record.message;
  if (!isObject(message)) return null;
  if (hasToolResult(message.content)) return null;
  const parts = textParts(message.content)
    .filter((t) => !WRAPPER_ONLY.test(t))
    .map((t) => t.replace(INLINE_NOISE, '').trim())
    .filter((t) => t.length > 0 && !INTERRUPTION.test(t));
  const text = parts.join('\n\n').trim();
  return text.length > 0 ? text : null;
}

/** The tutor's words in an assistant record: text parts, and non-empty reasoning apart. */
export function tutorParts(record: Json): { text: string; thinking: string; messageId: string | null } | null {
  if (record.isSidechain === true || record.isApiErrorMessage === true || record.isMeta === true) return null;
  const message = record.message;
  if (!isObject(message) || !Array.isArray(message.content)) return null;
  const text = message.content
    .filter((p): p is Json => isObject(p) && p.type === 'text' && typeof p.text === 'string')
    .map((p) => (p.text as string).replace(INLINE_NOISE, '').trim())
    .filter((t) => t.length > 0)
    .join('\n\n');
  const thinking = message.content
    .filter((p): p is Json => isObject(p) && p.type === 'thinking' && typeof p.thinking === 'string')
    .map((p) => (p.thinking as string).trim())
    .filter((t) => t.length > 0)
    .join('\n\n');
  if (!text && !thinking) return null;
  return { text, thinking, messageId: typeof message.id === 'string' ? message.id : null };
}

/** Reads one line of a session log. Returns null for anything that is not conversation. */
export function parseTranscriptLine(line: string, sequence: number): TranscriptEntry | null {
  if (line.length === 0 || line.charCodeAt(0) !== 123 /* { */) return null;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return null; // a torn last line, or garbage
  }
  if (!isObject(record) || typeof record.timestamp !== 'string' || !Number.isFinite(Date.parse(record.timestamp))) return null;
  const uuid = typeof record.uuid === 'string' ? record.uuid : null;
  const ts = record.timestamp;
  if (record.type === 'user') {
    const text = learnerText(record);
    return text === null ? null : { uuid, ts, role: 'learner', text, messageId: null, thinking: null, sequence };
  }
  if (record.type === 'assistant') {
    const parts = tutorParts(record);
    return parts === null ? null : { uuid, ts, role: 'tutor', text: parts.text, messageId: parts.messageId, thinking: parts.thinking || null, sequence };
  }
  return null; // system, progress, attachment, file-history-snapshot, summary, permission-mode, …
}

export interface Exchange {
  /** What the learner typed; null for tutor words before any prompt (e.g. a session opener). */
  learner: { ts: string; text: string } | null;
  tutor: { ts: string; text: string; thinking: string | null } | null;
}

function compareEntries(a: TranscriptEntry, b: TranscriptEntry): number {
  return a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.sequence - b.sequence;
}

/**
 * Turns entries from any number of session logs into exchanges in time order: records repeated by
 * resumed sessions (same uuid) count once; every tutor record up to the next typed prompt (across
 * tool calls, whatever their order) joins one reply.
 */
export function buildExchanges(entries: readonly TranscriptEntry[]): Exchange[] {
  const seen = new Set<string>();
  const unique = entries.filter((e) => {
    if (e.uuid === null) return true;
    if (seen.has(e.uuid)) return false;
    seen.add(e.uuid);
    return true;
  });
  const ordered = [...unique].sort(compareEntries);
  const exchanges: Exchange[] = [];
  let current: Exchange | null = null;
  for (const entry of ordered) {
    if (entry.role === 'learner') {
      current = { learner: { ts: entry.ts, text: entry.text }, tutor: null };
      exchanges.push(current);
      continue;
    }
    if (current === null) {
      current = { learner: null, tutor: null };
      exchanges.push(current);
    }
    const reply = current.tutor ?? { ts: entry.ts, text: '', thinking: null };
    if (entry.text) reply.text = reply.text ? `${reply.text}\n\n${entry.text}` : entry.text;
    if (entry.thinking) reply.thinking = reply.thinking ? `${reply.thinking}\n\n${entry.thinking}` : entry.thinking;
    current.tutor = reply;
  }
  return exchanges.filter((x) => x.learner !== null || (x.tutor !== null && x.tutor.text.length > 0));
}

/**
 * The Stop hook's `last_assistant_message`: the session log can lag one message behind, so the
 * final reply is added when the log does not have it yet.
 */
export function withLastReply(exchanges: readonly Exchange[], lastReply: string | null, ts: string): Exchange[] {
  const text = lastReply?.trim();
  if (!text) return [...exchanges];
  const last = exchanges[exchanges.length - 1];
  if (!last) return [{ learner: null, tutor: { ts, text, thinking: null } }];
  if (last.tutor?.text.includes(text)) return [...exchanges];
  const tutor = last.tutor ? { ...last.tutor, text: last.tutor.text ? `${last.tutor.text}\n\n${text}` : text } : { ts, text, thinking: null };
  return [...exchanges.slice(0, -1), { learner: last.learner, tutor }];
}
