// Reading Claude Code session logs from disk, streaming line by line so memory stays bounded by
// what is kept (the conversation, and a small link per record for its tree), not by the size of
// the log (tool output is most of it).
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseTranscriptLine, type TranscriptEntry } from './parse.js';

/** Where Claude Code keeps the session logs of a project folder. */
export function sessionLogFolder(projectRoot: string, env: NodeJS.ProcessEnv): string {
  const config = env.CLAUDE_CONFIG_DIR && env.CLAUDE_CONFIG_DIR.length > 0 ? env.CLAUDE_CONFIG_DIR : join(homedir(), '.claude');
  return join(config, 'projects', projectRoot.replace(/[^A-Za-z0-9]/g, '-'));
}

/** The session-log folder as a message names it, saying so when it does not exist. */
export function describeSessionLogFolder(projectRoot: string, env: NodeJS.ProcessEnv): string {
  const folder = sessionLogFolder(projectRoot, env);
  return existsSync(folder) ? folder : `${folder} (no such folder)`;
}

/** The workspace's session logs (top level only: subagent logs live in subfolders and are not the chat). */
export function findSessionLogs(projectRoot: string, env: NodeJS.ProcessEnv): string[] {
  const folder = sessionLogFolder(projectRoot, env);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl') && !name.startsWith('agent-'))
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

export async function readTranscriptFile(path: string, sequence: number): Promise<TranscriptEntry[]> {
  const entries: TranscriptEntry[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    const entry = parseTranscriptLine(line, sequence);
    if (entry) entries.push(entry);
  }
  return entries;
}

export async function readTranscripts(paths: readonly string[]): Promise<TranscriptEntry[]> {
  const all: TranscriptEntry[] = [];
  for (const [i, path] of paths.entries()) all.push(...(await readTranscriptFile(path, i)));
  return all;
}
