// `tutor mcp`: the same log / status / context as MCP tools over stdio (issue 6), for agents that
// speak MCP rather than run shell commands. One write path: every log tool calls recordEvent, the
// function `tutor log` calls, and refusals come back as tool errors with the same messages.
// stdout belongs to the protocol: nothing else may be written there.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { readContext } from '../app/context.js';
import { recordEvent } from '../app/record.js';
import { readSnapshot } from '../app/snapshot.js';
import type { LogRequest } from '../core/decide.js';
import { CurriculumError, InputError, UsageError } from '../core/errors.js';
import { describeRecord, describeStatus } from '../core/summary.js';
import { LockTimeoutError } from '../store/lock.js';
import { UnsafeFileError } from '../store/regular-file.js';
import type { Workspace } from '../store/workspace.js';
import { LineStdioTransport } from './stdio.js';

export interface McpOptions {
  /** The workspace, or how to find it at each call (the plugin's server starts before a course may exist). */
  workspace: Workspace | (() => Workspace);
  now: () => Date;
  /** "now" for a record with the machine's clock beside it (TUTOR_NOW); default: now() alone. */
  recordTime?: () => { now: Date; machineClock?: Date };
  version: string;
  /** Diagnostics (stderr): never stdout, which carries the protocol. */
  log: (line: string) => void;
}

type ToolResult = { content: { type: 'text'; text: string }[]; isError?: boolean };

const text = (value: string, isError = false): ToolResult => ({ content: [{ type: 'text', text: value }], ...(isError ? { isError: true } : {}) });

/** Refused input is the caller's to fix: a tool error, never a crash of the server. */
function asToolError(error: unknown): ToolResult {
  if (error instanceof InputError || error instanceof UsageError || error instanceof CurriculumError) return text(error.message, true);
  if (error instanceof UnsafeFileError || error instanceof LockTimeoutError) return text(`${error.message}; nothing was recorded`, true);
  const code = (error as NodeJS.ErrnoException).code;
  // This machine refused the write (read-only, full disk, permissions): the caller's to fix, not a bug.
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    const path = (error as NodeJS.ErrnoException).path;
    return text(`${path ? `${path}: ` : ''}the system refused (${code}); nothing was recorded`, true);
  }
  return text(`internal error (a bug in tutor): ${(error as Error).message}`, true);
}

export function createTutorMcpServer(options: McpOptions): McpServer {
  const server = new McpServer({ name: 'tutor', version: options.version });
  const workspace = () => (typeof options.workspace === 'function' ? options.workspace() : options.workspace);

  const record = async (request: LogRequest): Promise<ToolResult> => {
    try {
      const outcome = await recordEvent(workspace(), request, options.recordTime?.() ?? { now: options.now() });
      const lines = [describeRecord(outcome.event, outcome.before, outcome.after)];
      if (!outcome.commit.committed) lines.push(`not committed: ${outcome.commit.reason}`);
      lines.push(...outcome.warnings.map((w) => `warning: ${w}`));
      return text(lines.join('\n'));
    } catch (error) {
      return asToolError(error);
    }
  };

  server.registerTool(
    'log_exchange',
    {
      title: 'Record one exchange',
      description:
        'Record how well one tutoring exchange went (quality 0..1: this exchange, not the learner). Mastery is derived, never set. ' +
        'Optionally record a misconception (with a reusable kebab-case tag) or resolve open ones after a later, independent correct use.',
      inputSchema: {
        concept: z.string().describe('concept id from memory/domain.json'),
        quality: z.union([z.number(), z.string()]).describe('how well this exchange went, a decimal from 0 to 1'),
        misconception: z.string().optional().describe('the wrong belief the learner showed, one sentence'),
        tag: z.string().optional().describe('the misconception key: reuse existing tags; kebab-case'),
        resolved: z.union([z.boolean(), z.array(z.string())]).optional().describe('true: close every open misconception on the concept; or the tags to close'),
        note: z.string().optional().describe('what happened, one line'),
      },
    },
    async (args) => {
      const resolved = args.resolved === true ? true : Array.isArray(args.resolved) ? args.resolved : undefined;
      return record({
        concept: args.concept,
        quality: String(args.quality),
        ...(args.misconception !== undefined ? { misconception: args.misconception } : {}),
        ...(args.tag !== undefined ? { tag: args.tag } : {}),
        ...(resolved !== undefined ? { resolved } : {}),
        ...(args.note !== undefined ? { note: args.note } : {}),
      });
    },
  );

  server.registerTool(
    'log_exit_test',
    {
      title: 'Record an exit-test attempt',
      description: 'Record an attempt at an exit item (et1..et4 explained cold, b1..b4 build milestones), passed or failed.',
      inputSchema: { target: z.string().describe('exit item id, e.g. et2 or b1'), passed: z.boolean(), note: z.string().optional() },
    },
    async (args) => record({ type: 'exit_test', target: args.target, ...(args.passed ? { passed: true } : { failed: true }), ...(args.note !== undefined ? { note: args.note } : {}) }),
  );

  server.registerTool(
    'retract',
    {
      title: 'Withdraw a wrongly logged event',
      description: 'Withdraw an event logged by mistake (the log is never edited); then record the right one.',
      inputSchema: { target: z.string().describe('the event id, evt_…'), note: z.string().describe('why it is withdrawn') },
    },
    async (args) => record({ type: 'retract', target: args.target, note: args.note }),
  );

  server.registerTool(
    'status',
    { title: 'Where the learner stands', description: 'Exit test, overall mastery, current module, ranked next moves, open misconceptions, stale concepts.' },
    async () => {
      try {
        const snapshot = readSnapshot(workspace(), options.now());
        return text(describeStatus(snapshot.domain, snapshot.derived));
      } catch (error) {
        return asToolError(error);
      }
    },
  );

  server.registerTool(
    'context',
    { title: "The tutor's brief", description: 'A brief of at most 4,000 characters: standing, next moves with reasons, tags in use, last exchanges, how to record.' },
    async () => {
      try {
        return text(readContext(workspace(), options.now()));
      } catch (error) {
        return asToolError(error);
      }
    },
  );
  return server;
}

export async function serveMcpOverStdio(options: McpOptions): Promise<void> {
  const server = createTutorMcpServer(options);
  // Not the SDK's StdioServerTransport: one message over 10 MB closed it for good.
  const transport = new LineStdioTransport();
  // A message that could not be read is refused on its own; say so on stderr and go on.
  transport.onerror = (error) => options.log(`tutor mcp: ${error.message}`);
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    // The client going away closes stdin: that is the end of the session.
    process.stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  options.log(`tutor mcp: serving ${typeof options.workspace === 'function' ? 'the workspace of the folder Claude Code opened, found at each call' : options.workspace.root} over stdio`);
  await closed;
}
