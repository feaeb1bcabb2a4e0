// tutor hook stop: the Claude Code Stop hook. Reads the hook's JSON on stdin, rebuilds the
// transcript page, and never disturbs the agent: it always exits 0, within seconds, and writes
// problems to memory/hook.log instead of stderr.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CurriculumError } from '../../core/errors.js';
import { workspaceRunsOwnHooks } from '../../store/manifest.js';
import { findWorkspace, type Workspace } from '../../store/workspace.js';
import { resolveNow, type Io } from '../runtime.js';
import { localTimeZone } from './transcript.js';

const DEADLINE_MS = 8_000;
const MAX_INPUT = 4 * 1024 * 1024;
/** The Stop hook's work runs in a child bounded in memory too: a 200 MB session log must not take the machine's. */
const WORK_HEAP_MB = 768;

/**
 * Runs the Stop hook's work in a child process and waits at most `deadlineMs`: a timer in the
 * same process cannot interrupt a long synchronous render, a child can be killed (issue 14).
 */
function runBounded(input: string, deadlineMs: number, env: NodeJS.ProcessEnv): Promise<'done' | 'timeout' | 'failed'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${WORK_HEAP_MB}`, ...process.execArgv, process.argv[1] as string, ...process.argv.slice(2)], {
      env: { ...env, TUTOR_HOOK_CHILD: '1' },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('timeout');
    }, deadlineMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve('failed');
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? 'done' : 'failed');
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

async function readStdin(limitMs: number): Promise<string> {
  if (process.stdin.isTTY) return '';
  return new Promise((resolve) => {
    let data = '';
    const done = () => resolve(data);
    const timer = setTimeout(done, limitMs);
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      data += chunk;
      if (data.length > MAX_INPUT) {
        clearTimeout(timer);
        process.stdin.destroy();
        done();
      }
    });
    process.stdin.on('end', () => {
      clearTimeout(timer);
      done();
    });
    process.stdin.on('error', done);
  });
}

/** The hook's JSON from stdin; malformed input reads as an empty object (hooks never fail on it). */
async function readHookInput(limitMs: number): Promise<{ input: Record<string, unknown>; malformed: number | null }> {
  const raw = await readStdin(limitMs);
  try {
    const parsed: unknown = raw.trim() ? JSON.parse(raw) : {};
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? { input: parsed as Record<string, unknown>, malformed: null } : { input: {}, malformed: raw.length };
  } catch {
    return { input: {}, malformed: raw.length };
  }
}

function note(root: string | null, message: string): void {
  if (!root) return;
  try {
    appendFileSync(join(root, 'memory', 'hook.log'), `${new Date().toISOString()} ${message}\n`);
  } catch {
    // Nowhere to write: stay silent rather than disturb the agent.
  }
}

const PLUGIN_FLAG = ['--plugin', "as the tutor plugin's hook: silent outside a workspace, and in one whose own settings run tutor's hooks"] as const;

/**
 * The workspace a plugin hook serves, or null to stay silent: the plugin's hooks run in every
 * folder Claude Code opens, and a workspace that runs tutor's hooks itself must not get them twice.
 */
function pluginWorkspace(io: Io, root: string | undefined, cwd: string | null): Workspace | null {
  try {
    const workspace = findWorkspace({ root, env: io.env, cwd: cwd ?? io.cwd });
    return workspaceRunsOwnHooks(workspace.root) ? null : workspace;
  } catch {
    return null;
  }
}

export function registerHook(program: Command, io: Io): void {
  const hook = program.command('hook').description('Claude Code hooks (read the hook JSON on stdin; never block the agent)');
  registerSessionStart(hook, io);
  hook
    .command('stop')
    .description('Stop hook: rebuild site/transcript.html from the session logs')
    .option('--root <dir>', 'the workspace folder (default: from the hook input, else the current folder)')
    .option(...PLUGIN_FLAG)
    .action(async (flags: { root?: string; plugin?: boolean }) => {
      let root: string | null = null;
      if (io.env.TUTOR_HOOK_CHILD !== '1' && process.argv[1] && process.argv.includes('hook') && process.argv.includes('stop')) {
        // The parent: read the input, hand it to the bounded child, always exit 0 in time.
        const raw = await readStdin(2_000);
        const deadline = Number(io.env.TUTOR_HOOK_DEADLINE_MS) > 0 ? Number(io.env.TUTOR_HOOK_DEADLINE_MS) : DEADLINE_MS;
        const outcome = await runBounded(raw, deadline, io.env);
        if (outcome !== 'done') {
          let cwd = io.cwd;
          try {
            const parsed = JSON.parse(raw) as { cwd?: unknown };
            if (typeof parsed.cwd === 'string') cwd = parsed.cwd;
          } catch {
            // malformed input: the child noted it
          }
          const where = findWorkspaceQuietly({ ...io, cwd }, flags.root, null);
          note(where, outcome === 'timeout' ? `stop hook: gave up after ${deadline / 1000} s (the session log is too large to render in time)` : 'stop hook: the transcript could not be rebuilt (out of memory, or a crash)');
        }
        return;
      }
      const watchdog = setTimeout(() => {
        note(root, 'stop hook: gave up after 8 s');
        process.exit(0);
      }, DEADLINE_MS);
      watchdog.unref();
      try {
        const { input, malformed } = await readHookInput(2_000);
        if (malformed !== null) {
          note(findWorkspaceQuietly(io, flags.root, null), `stop hook: input is not JSON (${malformed} bytes); rebuilding from the session logs found`);
        }
        const cwd = typeof input.cwd === 'string' ? input.cwd : null;
        const workspace = flags.plugin ? pluginWorkspace(io, flags.root, cwd) : findWorkspace({ root: flags.root, env: io.env, cwd: cwd ?? io.cwd });
        if (!workspace) return;
        root = workspace.root;
        // A regular file only: a FIFO would block the reader forever (issue 14).
        const transcriptPath = typeof input.transcript_path === 'string' && existsSync(input.transcript_path) && statSync(input.transcript_path).isFile() ? input.transcript_path : null;
        if (typeof input.transcript_path === 'string' && !transcriptPath) note(root, `stop hook: transcript_path ${input.transcript_path} does not exist or is not a regular file; using the logs found`);
        const { buildTranscript } = await import('../../app/transcript.js');
        const { describeSessionLogFolder, findSessionLogs } = await import('../../transcript/read.js');
        const logs = findSessionLogs(workspace.root, io.env);
        const files = transcriptPath && !logs.includes(transcriptPath) ? [...logs, transcriptPath] : logs;
        if (files.length === 0) {
          // Nothing to render: keep the page an earlier turn wrote rather than empty it (issue 13).
          note(root, `stop hook: no session logs (.jsonl) in ${describeSessionLogFolder(workspace.root, io.env)}; site/transcript.html left as it was`);
          return;
        }
        const lastReply = typeof input.last_assistant_message === 'string' ? input.last_assistant_message : null;
        await buildTranscript({ workspace, files, env: io.env, timeZone: localTimeZone(io.env), redact: true, lastReply, now: resolveNow(io.env) });
      } catch (error) {
        note(root ?? findWorkspaceQuietly(io, flags.root, null), `stop hook: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        clearTimeout(watchdog);
      }
    });
}

/** SessionStart: prints the brief in the form Claude Code adds to the session's context. */
function registerSessionStart(hook: Command, io: Io): void {
  hook
    .command('session-start')
    .description("SessionStart hook: print the tutor's brief as additional context")
    .option('--root <dir>', 'the workspace folder (default: from the hook input, else the current folder)')
    .option(...PLUGIN_FLAG)
    .action(async (flags: { root?: string; plugin?: boolean }) => {
      let context: string;
      let root: string | null = null;
      try {
        const { input } = await readHookInput(1_000);
        const cwd = typeof input.cwd === 'string' ? input.cwd : null;
        const workspace = flags.plugin ? pluginWorkspace(io, flags.root, cwd) : findWorkspace({ root: flags.root, env: io.env, cwd: cwd ?? io.cwd });
        if (!workspace) return;
        root = workspace.root;
        const { readContext } = await import('../../app/context.js');
        context = readContext(workspace, resolveNow(io.env));
      } catch (error) {
        // Never fail the session: say briefly that memory is unavailable, and why.
        const reason = (error as Error).message.split('\n')[0] ?? 'unknown error';
        note(root, `session-start hook: ${reason}`);
        context =
          error instanceof CurriculumError
            ? // A course file broken mid-session refuses every record: the tutor must hear what and how to get back.
              `Tutor memory is unavailable for this session: the course file is broken, so no exchange can be recorded until it is fixed. Tell the learner in one sentence, then fix it with them. ${error.message}`
            : `Tutor memory is unavailable for this session: ${reason}. Run \`tutor status\` (or \`node dist/bundle/main.js status\` in the source repository) to see the problem.`;
      }
      io.out(JSON.stringify({ hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: context } }));
    });
}

function findWorkspaceQuietly(io: Io, root: string | undefined, cwd: string | null): string | null {
  try {
    return findWorkspace({ root, env: io.env, cwd: cwd ?? io.cwd }).root;
  } catch {
    return null;
  }
}
