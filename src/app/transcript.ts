// Builds site/transcript.html from the workspace's Claude Code session logs (issue 5).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { renderTranscript } from '../render/transcript.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import type { Workspace } from '../store/workspace.js';
import { buildExchanges, withLastReply, type Exchange } from '../transcript/parse.js';
import { describeSessionLogFolder, findSessionLogs, readTranscripts } from '../transcript/read.js';
import { findSecrets } from '../transcript/redact.js';

export interface TranscriptRequest {
  workspace: Workspace;
  /** Session logs to read; empty means every log of this workspace. */
  files: readonly string[];
  out?: string;
  env: NodeJS.ProcessEnv;
  timeZone: string;
  redact: boolean;
  /** The Stop hook's last_assistant_message, for a log that lags one message behind. */
  lastReply?: string | null;
  now: Date;
}

export interface TranscriptResult {
  out: string;
  sources: string[];
  exchanges: Exchange[];
}

export async function buildTranscript(request: TranscriptRequest): Promise<TranscriptResult> {
  const sources = request.files.length > 0 ? [...new Set(request.files.map((f) => resolve(f)))] : findSessionLogs(request.workspace.root, request.env);
  // Nothing to read is refused before anything is written: an empty page would replace the chat
  // an earlier run rendered (issue 13).
  if (sources.length === 0) throw noSessionLogs(request.workspace.root, request.env);
  const exchanges = withLastReply(buildExchanges(await readTranscripts(sources)), request.lastReply ?? null, request.now.toISOString());
  const observationsPath = join(request.workspace.root, 'memory', 'observations.md');
  const observations = existsSync(observationsPath) ? readFileSync(observationsPath, 'utf8') : null;
  const out = resolve(request.out ?? join(request.workspace.site, 'transcript.html'));
  // Redaction reads the page's text as it will be shown (Markdown decoded, issue 14), so the
  // renderer applies it; the option has no default, so no page is made without it by mistake.
  const page = await renderTranscript(exchanges, { timeZone: request.timeZone, redact: request.redact ? findSecrets : null, observations });
  writeFileAtomic(out, page);
  return { out, sources, exchanges };
}

/** Where `tutor transcript` looks when given no FILE (src/transcript/read.ts), as a refusal says it. */
const SESSION_LOG_DISCOVERY =
  'session logs given as FILE, or a Claude Code session run in this workspace first (Claude Code writes its logs to $CLAUDE_CONFIG_DIR, else ~/.claude, under projects/ and the workspace path with every character other than A-Z, a-z, 0-9 turned into -)';

/** The refusal when no FILE is given and the workspace's session-log folder holds no log. */
export function noSessionLogs(root: string, env: NodeJS.ProcessEnv): InputError {
  const where = describeSessionLogFolder(root, env);
  return new InputError('FILE', undefined, SESSION_LOG_DISCOVERY, [], `none given, and no session logs (.jsonl) in ${where}; nothing was written`);
}
