// `tutor verify`: checks the log line by line (issue 7). Pure: the lines (with the hash of their
// bytes, computed by the store), the curriculum and "now" in; findings out. A fork of the chain
// after a git merge is reported as a merge, not as tampering.
import { EARLIEST_MS, FUTURE_SLACK_MS } from './clock.js';
import type { Domain } from './domain.js';
import { parseEventLine } from './events.js';

export interface LogLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  /** SHA-256 of the line's bytes. */
  hash: string;
}

export interface Finding {
  line: number;
  id: string | null;
  severity: 'error' | 'note';
  message: string;
}

export interface VerifyReport {
  lines: number;
  events: number;
  forks: number;
  head: string | null;
  findings: Finding[];
  ok: boolean;
}


export function verifyLog(domain: Domain, lines: readonly LogLine[], now: Date, tornTailBytes = 0): VerifyReport {
  const findings: Finding[] = [];
  const error = (line: number, id: string | null, message: string) => findings.push({ line, id, severity: 'error', message });
  const note = (line: number, id: string | null, message: string) => findings.push({ line, id, severity: 'note', message });
  let crlf: number | null = null;
  const lineOfHash = new Map<string, number>();
  const lineOfId = new Map<string, number>();
  const retractTargets: { line: number; id: string; target: string }[] = [];
  let forks = 0;
  let events = 0;
  let previousHash: string | null = null;

  for (const entry of lines) {
    if (crlf === null && entry.text.endsWith('\r')) crlf = entry.line;
    const parsed = parseEventLine(entry.text);
    if (!parsed.ok) {
      error(entry.line, null, `does not parse: ${parsed.reason}`);
    } else {
      const event = parsed.event;
      events += 1;
      const seen = lineOfId.get(event.id);
      if (seen !== undefined) error(entry.line, event.id, `duplicate id (first on line ${seen})`);
      else lineOfId.set(event.id, entry.line);

      // The chain: prev names the line this one was appended after.
      if (event.prev === null) {
        if (entry.line !== lines[0]?.line) {
          forks += 1;
          note(entry.line, event.id, 'starts a second history from an empty log (two clones merged)');
        }
      } else if (event.prev !== previousHash) {
        const at = lineOfHash.get(event.prev);
        if (at !== undefined) {
          forks += 1;
          note(entry.line, event.id, `continues from line ${at}, not the line before it: a merge of two clones (or a restored record)`);
        } else {
          error(entry.line, event.id, 'its prev hash matches no earlier line: an earlier line was edited, removed or reordered');
        }
      }

      const ms = Date.parse(event.ts);
      if (ms > now.getTime() + FUTURE_SLACK_MS) error(entry.line, event.id, `timestamp ${event.ts} is in the future`);
      if (ms < EARLIEST_MS) error(entry.line, event.id, `timestamp ${event.ts} is before 2000`);

      // An id the curriculum no longer has is a curriculum edit, not a broken log: the event is
      // kept and counted in learner.json source.orphaned (README "Choices").
      switch (event.type) {
        case 'exchange':
          if (!domain.conceptById.has(event.concept)) note(entry.line, event.id, `about concept "${event.concept}", which memory/domain.json no longer has: kept, not counted`);
          break;
        case 'exit_test':
          if (!domain.exitById.has(event.target)) note(entry.line, event.id, `about exit item "${event.target}", which memory/domain.json no longer has: kept, not counted`);
          break;
        case 'retract':
          retractTargets.push({ line: entry.line, id: event.id, target: event.target });
          break;
      }
    }
    if (!lineOfHash.has(entry.hash)) lineOfHash.set(entry.hash, entry.line);
    previousHash = entry.hash;
  }
  for (const r of retractTargets) {
    if (!lineOfId.has(r.target)) error(r.line, r.id, `retracts ${r.target}, which is not in the log`);
  }
  if (crlf !== null) {
    const count = lines.filter((l) => l.text.endsWith('\r')).length;
    error(
      crlf,
      null,
      `${count} line(s) end in CRLF, not LF: git converted the log's line endings (core.autocrlf), which changes every line's bytes and so breaks the prev chain. ` +
        "The log must be stored byte-exact: the workspace's .gitattributes must mark memory/evidence.jsonl -text (this repository's does); then `git checkout -- memory/evidence.jsonl` restores the committed bytes",
    );
  }
  if (tornTailBytes > 0) {
    error((lines[lines.length - 1]?.line ?? 0) + 1, null, `a torn last line (${tornTailBytes} bytes, an interrupted write); the next \`tutor log\` moves it to memory/evidence.torn.jsonl`);
  }
  findings.sort((a, b) => a.line - b.line);
  return { lines: lines.length, events, forks, head: lines.length ? (lines[lines.length - 1]?.hash ?? null) : null, findings, ok: !findings.some((f) => f.severity === 'error') };
}

/**
 * Tamper evidence beyond the chain: the head hash recorded when the log was last written (in
 * learner.json, or in a commit message) must still be the hash of a line of the log. An edit of
 * the last line breaks no `prev`, but it does change that line's hash.
 */
export function checkRecordedHead(lines: readonly LogLine[], recorded: string, where: string): Finding | null {
  if (lines.some((l) => l.hash === recorded)) return null;
  return {
    line: lines[lines.length - 1]?.line ?? 0,
    id: null,
    severity: 'error',
    message: `${where} records head ${recorded.slice(0, 12)}…, which is no line of the log: a line (probably the last) was edited or removed`,
  };
}
