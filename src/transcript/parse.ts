// Claude Code session logs → the tutoring conversation (issue 5). Pure: one JSONL line at a time
// in, small entries out, so a reader can stream files of any size. Defensive: an unknown record
// type, a missing field or a torn line is skipped, never an error.
//
// The conversation is a tree, not a list (issue 16): each record names the one it follows
// (`parentUuid`), and when the learner rewinds (Esc Esc, or editing an earlier prompt) Claude Code
// writes the new prompt under the same parent as the abandoned one, keeping both branches in the
// file. The main thread is the path to the latest message; an abandoned branch is kept apart, at
// the point where it split.

/** One piece of the conversation worth keeping, stripped of everything else in its record. */
export interface TranscriptEntry {
  uuid: string | null;
  /**
   * The record this one follows: `parentUuid`, or after a compaction boundary (where the chain
   * restarts with `parentUuid: null`) its `logicalParentUuid`.
   */
  parentUuid: string | null;
  /** ISO timestamp; records without one are dropped (they cannot be placed in time). */
  ts: string;
  /**
   * `link`: a record with nothing to show (a tool call or result, a hook, a command wrapper, a
   * system line), kept only for its place in the tree, which a rewind is read from.
   */
  role: 'learner' | 'tutor' | 'link';
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

/**
 * Blank lines around a text dropped, and trailing spaces; the first line's indentation is kept, as
 * it is the code's own (a pasted Python body, a YAML block, a stack trace: issue 16).
 */
export const trimBlankLines = (text: string): string => text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();

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
    .map((t) => trimBlankLines(t.replace(INLINE_NOISE, '')))
    .filter((t) => t.length > 0 && !INTERRUPTION.test(t.trim()));
  const text = trimBlankLines(parts.join('\n\n'));
  return text.length > 0 ? text : null;
}

/** The tutor's words in an assistant record: text parts, and non-empty reasoning apart. */
export function tutorParts(record: Json): { text: string; thinking: string; messageId: string | null } | null {
  if (record.isSidechain === true || record.isApiErrorMessage === true || record.isMeta === true) return null;
  const message = record.message;
  if (!isObject(message) || !Array.isArray(message.content)) return null;
  const text = message.content
    .filter((p): p is Json => isObject(p) && p.type === 'text' && typeof p.text === 'string')
    .map((p) => trimBlankLines((p.text as string).replace(INLINE_NOISE, '')))
    .filter((t) => t.length > 0)
    .join('\n\n');
  const thinking = message.content
    .filter((p): p is Json => isObject(p) && p.type === 'thinking' && typeof p.thinking === 'string')
    .map((p) => trimBlankLines(p.thinking as string))
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
  const parentUuid = typeof record.parentUuid === 'string' ? record.parentUuid : typeof record.logicalParentUuid === 'string' ? record.logicalParentUuid : null;
  const ts = record.timestamp;
  const base = { uuid, parentUuid, ts, messageId: null, thinking: null, sequence };
  if (record.type === 'user') {
    const text = learnerText(record);
    if (text !== null) return { ...base, role: 'learner', text };
  } else if (record.type === 'assistant') {
    const parts = tutorParts(record);
    if (parts !== null) return { ...base, role: 'tutor', text: parts.text, messageId: parts.messageId, thinking: parts.thinking || null };
  }
  // Subagents' records (sidechains) are a conversation of their own, never a rewind of this one.
  // Records without a uuid (summary, file-history-snapshot, …) have no place in the tree.
  if (uuid === null || record.isSidechain === true) return null;
  return { ...base, role: 'link', text: '' }; // tool traffic, system, progress, attachment, wrappers, …
}

export interface Exchange {
  /** What the learner typed; null for tutor words before any prompt (e.g. a session opener). */
  learner: { ts: string; text: string } | null;
  tutor: { ts: string; text: string; thinking: string | null } | null;
  /**
   * Attempts the learner rewound and abandoned at the point just before this exchange, in the
   * order they were begun; absent when there are none.
   */
  rewound?: RewoundBranch[];
}

/** A branch of the conversation the learner went back from (issue 16). */
export interface RewoundBranch {
  /** Its exchanges, in time order; they may hold rewinds of their own. */
  exchanges: Exchange[];
  /** The time of its latest message: when the learner left it. */
  abandonedAt: string;
}

function compareEntries(a: TranscriptEntry, b: TranscriptEntry): number {
  return a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.sequence - b.sequence;
}

/** The records of a conversation linked into a tree: each record under the one it follows. */
interface Tree {
  children: Map<TranscriptEntry, TranscriptEntry[]>;
  parent: Map<TranscriptEntry, TranscriptEntry>;
}

/** Every record at or under `root`, each once. */
function subtree(root: TranscriptEntry, tree: Tree): TranscriptEntry[] {
  const seen = new Set<TranscriptEntry>([root]);
  const out: TranscriptEntry[] = [];
  const work = [root];
  for (let node = work.pop(); node !== undefined; node = work.pop()) {
    out.push(node);
    for (const child of tree.children.get(node) ?? []) {
      if (seen.has(child)) continue; // only a cycle of parentUuids gets here
      seen.add(child);
      work.push(child);
    }
  }
  return out;
}

/** The latest message shown (learner or tutor) among `nodes`, or null when they show nothing. */
function latestShown(nodes: readonly TranscriptEntry[]): TranscriptEntry | null {
  let latest: TranscriptEntry | null = null;
  for (const node of nodes) if (node.role !== 'link' && (latest === null || compareEntries(node, latest) > 0)) latest = node;
  return latest;
}

/** A thread being gathered: what it shows, and the abandoned branches to place before an entry. */
interface Thread {
  entries: TranscriptEntry[];
  rewoundBefore: Map<TranscriptEntry, RewoundBranch[]>;
}

/**
 * Gathers the tree under `root` into `thread`: the main path runs from `root` to its latest
 * message; a learner's prompt that splits off that path is a rewound branch, placed before the
 * main path's next message after the split. Anything else off the path (parallel tool calls,
 * hooks, `!` commands hung on an early record by Claude Code 1.0) is not a rewind: its messages
 * join the thread in time order, as they did before issue 16. So does a prompt that shares its
 * parent and its timestamp with another: a replay of the same turn, not a second attempt.
 */
function gatherThread(root: TranscriptEntry, tree: Tree, thread: Thread): void {
  const nodes = subtree(root, tree);
  const latest = latestShown(nodes);
  if (latest === null) return;
  const path: TranscriptEntry[] = [];
  for (let node: TranscriptEntry | undefined = latest; node !== undefined && node !== root; node = tree.parent.get(node)) path.push(node);
  path.push(root);
  path.reverse();
  const onPath = new Map(path.map((node, i) => [node, i]));
  /** For each place on the path, the next message shown after it on the path. */
  const nextShown: (TranscriptEntry | null)[] = [];
  for (let i = path.length - 1, next: TranscriptEntry | null = null; i >= 0; i--) {
    nextShown[i] = next;
    const node = path[i] as TranscriptEntry;
    if (node.role !== 'link') next = node;
  }
  const seen = new Set<TranscriptEntry>([root]);
  const work = [root];
  for (let node = work.pop(); node !== undefined; node = work.pop()) {
    if (node.role !== 'link') thread.entries.push(node);
    const children = (tree.children.get(node) ?? []).filter((child) => !seen.has(child));
    for (const child of children) seen.add(child);
    const at = onPath.get(node);
    const anchor = at === undefined ? null : nextShown[at];
    const timestamps = new Map<string, number>();
    for (const child of children) timestamps.set(child.ts, (timestamps.get(child.ts) ?? 0) + 1);
    for (const child of children) {
      const rewound = anchor && !onPath.has(child) && child.role === 'learner' && timestamps.get(child.ts) === 1;
      if (!rewound) {
        work.push(child);
        continue;
      }
      const branch = gatherBranch(child, tree);
      if (branch) thread.rewoundBefore.set(anchor, [...(thread.rewoundBefore.get(anchor) ?? []), branch]);
    }
  }
}

function gatherBranch(root: TranscriptEntry, tree: Tree): RewoundBranch | null {
  const thread: Thread = { entries: [], rewoundBefore: new Map() };
  gatherThread(root, tree, thread);
  const exchanges = threadExchanges(thread);
  const last = latestShown(subtree(root, tree));
  return last && exchanges.length > 0 ? { exchanges, abandonedAt: last.ts } : null;
}

const compareTimes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const branchStart = (branch: RewoundBranch) => branch.exchanges[0]?.learner?.ts ?? branch.exchanges[0]?.tutor?.ts ?? branch.abandonedAt;

/** Every tutor record up to the next typed prompt (across tool calls, whatever their order) joins one reply. */
function threadExchanges(thread: Thread): Exchange[] {
  const exchanges: Exchange[] = [];
  let current: Exchange | null = null;
  for (const entry of [...thread.entries].sort(compareEntries)) {
    const rewound = thread.rewoundBefore.get(entry);
    if (entry.role === 'learner' || current === null) {
      current = { learner: entry.role === 'learner' ? { ts: entry.ts, text: entry.text } : null, tutor: null };
      exchanges.push(current);
    }
    if (rewound) current.rewound = [...(current.rewound ?? []), ...rewound].sort((a, b) => compareTimes(branchStart(a), branchStart(b)));
    if (entry.role !== 'tutor') continue;
    const reply = current.tutor ?? { ts: entry.ts, text: '', thinking: null };
    if (entry.text) reply.text = reply.text ? `${reply.text}\n\n${entry.text}` : entry.text;
    if (entry.thinking) reply.thinking = reply.thinking ? `${reply.thinking}\n\n${entry.thinking}` : entry.thinking;
    current.tutor = reply;
  }
  return exchanges.filter((x) => x.learner !== null || (x.tutor !== null && x.tutor.text.length > 0) || x.rewound !== undefined);
}

/**
 * Turns entries from any number of session logs into exchanges in time order: records repeated by
 * resumed sessions (same uuid) count once; the conversation's tree is read for rewinds
 * (gatherThread); every tutor record up to the next typed prompt joins one reply.
 */
export function buildExchanges(entries: readonly TranscriptEntry[]): Exchange[] {
  const byUuid = new Map<string, TranscriptEntry>();
  const unique = entries.filter((e) => {
    if (e.uuid === null) return true;
    if (byUuid.has(e.uuid)) return false;
    byUuid.set(e.uuid, e);
    return true;
  });
  const tree: Tree = { children: new Map(), parent: new Map() };
  const roots: TranscriptEntry[] = [];
  for (const entry of unique) {
    const parent = entry.parentUuid === null ? undefined : byUuid.get(entry.parentUuid);
    if (parent === undefined || parent === entry) {
      roots.push(entry); // the first record, a record whose parent is in no file read, or a record without a uuid
      continue;
    }
    tree.parent.set(entry, parent);
    const siblings = tree.children.get(parent);
    if (siblings) siblings.push(entry);
    else tree.children.set(parent, [entry]);
  }
  const thread: Thread = { entries: [], rewoundBefore: new Map() };
  const placed = new Set<TranscriptEntry>();
  const gather = (root: TranscriptEntry) => {
    for (const node of subtree(root, tree)) placed.add(node);
    gatherThread(root, tree, thread);
  };
  roots.forEach(gather);
  // Records on a cycle of parentUuids (a damaged log) hang under no root: each cycle is read from
  // its first record, so nothing the log holds is lost.
  for (const entry of unique) if (!placed.has(entry)) gather(entry);
  return threadExchanges(thread);
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
