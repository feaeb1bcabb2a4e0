// What the end-to-end runs against the real Claude Code share: the pinned client installed in a
// cache folder, a scripted streaming Messages API on 127.0.0.1, an environment that lets nothing
// of a real account or an enclosing session in, a folder trusted as a learner trusts it once, and
// the checks' bookkeeping. Each run (scripts/e2e-claude-*.mjs) brings its own script of replies.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The Claude Code version the end-to-end runs are pinned to. */
export const CLAUDE_CODE_VERSION = '2.1.332';
export const CLAUDE_TIMEOUT_MS = 60_000;
export const BRIEF_MARK = '# Tutor memory brief';
/**
 * How long a learner takes to type the next message (TUTOR_E2E_TYPING_MS, default 1 s). Claude Code
 * 2.1.332 rereads a project's .claude/settings.json written mid-session within half a second
 * (measured: a call 200 ms after `tutor init` wrote the rules was refused, 500 ms after it ran).
 */
const TYPING_MS = Number(process.env.TUTOR_E2E_TYPING_MS ?? 1000);
/** What a refused tool call says (Claude Code's own words for a permission denial). */
export const DENIAL = /permission|haven't granted|not allowed|denied|requires approval/i;

const t0 = Date.now();
export const timings = [];
export function timed(label, started) {
  const ms = Date.now() - started;
  timings.push([label, ms]);
  console.log(`  [${(ms / 1000).toFixed(1)} s] ${label}`);
}
export const elapsed = () => Date.now() - t0;

export const failures = [];
export function check(ok, what, detail = '') {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}${!ok && detail ? `\n       ${detail}` : ''}`);
  if (!ok) failures.push(detail ? `${what}: ${detail}` : what);
  return ok;
}

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (opts.check !== false && (r.status !== 0 || r.error)) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

/** Asynchronous spawn (the scripted API server lives in this process: spawnSync would starve it). */
export function runAsync(cmd, args, opts = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      stderr += `\n[e2e] killed after ${opts.timeout} ms`;
      child.kill('SIGKILL');
    }, opts.timeout ?? CLAUDE_TIMEOUT_MS);
    child.on('error', (e) => (stderr += `\n[e2e] spawn error: ${e.message}`));
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolveRun({ status, signal, stdout, stderr });
    });
  });
}

// ---------------------------------------------------------------- Claude Code install

function versionOf(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The pinned Claude Code, installed from the npm registry into the cache folder once. */
export function ensureClaude() {
  const cache = process.env.TUTOR_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tutor-e2e');
  const bin = join(cache, 'node_modules', '.bin', 'claude');
  let version = existsSync(bin) ? versionOf(bin) : null;
  if (!version || !version.startsWith(`${CLAUDE_CODE_VERSION} `)) {
    console.log(`  installing @anthropic-ai/claude-code@${CLAUDE_CODE_VERSION} into ${cache}`);
    mkdirSync(cache, { recursive: true });
    run('npm', ['install', '--prefix', cache, '--no-audit', '--no-fund', `@anthropic-ai/claude-code@${CLAUDE_CODE_VERSION}`], { stdio: 'inherit', encoding: undefined });
    version = existsSync(bin) ? versionOf(bin) : null;
  }
  if (!version || !version.startsWith(`${CLAUDE_CODE_VERSION} `)) {
    throw new Error(`${bin} --version gave ${JSON.stringify(version)}, expected ${CLAUDE_CODE_VERSION} (the native binary comes from the optional dependency @anthropic-ai/claude-code-<platform>)`);
  }
  return { bin, version };
}

// ---------------------------------------------------------------- reading requests

export function textOf(content) {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((b) => (b.type === 'text' ? b.text : b.type === 'tool_result' ? textOf(b.content) : '')).join('\n');
}

export function systemText(body) {
  return typeof body.system === 'string' ? body.system : Array.isArray(body.system) ? body.system.map((b) => b.text ?? '').join('\n') : '';
}

/** Everything the model was given in one request: system prompt and every message. */
export function contextOf(body) {
  return body ? `${systemText(body)}\n${(body.messages ?? []).map((m) => textOf(m.content)).join('\n')}` : '';
}

/** The main conversation carries the Bash tool; side requests (titles, summaries, quota probes) carry none. */
export function isMain(body) {
  return Array.isArray(body.tools) && body.tools.some((t) => t.name === 'Bash');
}

/** Whether an MCP tool is deferred (announced by name, schema behind ToolSearch) rather than in `tools`. */
export function toolDeferred(body, name) {
  return !body.tools.some((t) => t.name === name) && body.tools.some((t) => t.name === 'ToolSearch');
}

/** Conversation messages without the role "system" ones (hook context, reminders) Claude Code 2.1.332 sends in messages[]. */
export function conversation(body) {
  return (body.messages ?? []).filter((m) => m.role !== 'system');
}

/** The tool results in the last message, and the ids of every tool result so far. */
export function toolResults(body) {
  const messages = conversation(body);
  const last = messages[messages.length - 1];
  const lastResults = (Array.isArray(last?.content) ? last.content : []).filter((b) => b.type === 'tool_result');
  return { last, lastResults, answered: (id) => lastResults.some((b) => b.tool_use_id === id) };
}

export function allToolResults(requests) {
  return requests.filter((r) => r.main).flatMap((r) => (r.body.messages ?? []).flatMap((m) => (Array.isArray(m.content) ? m.content : []))).filter((b) => b.type === 'tool_result');
}

export const reply = {
  text: (kind, text) => ({ kind, blocks: [{ type: 'text', text }], stop: 'end_turn' }),
  tool: (kind, id, name, input, say) => ({ kind, blocks: [...(say ? [{ type: 'text', text: say }] : []), { type: 'tool_use', id, name, input }], stop: 'tool_use' }),
};

/** The tool result for `id` is a success, not a denial (or, given `expect`, says what it should): checked. */
export function checkToolRan(requests, id, what, expect = null) {
  const result = allToolResults(requests).find((b) => b.tool_use_id === id);
  const text = result ? textOf(result.content) : '';
  const ok = Boolean(result) && result.is_error !== true && (expect ? expect.test(text) : !DENIAL.test(text));
  check(ok, what, result ? `is_error=${result.is_error} ${text.slice(0, 400)}` : 'no tool_result came back');
  return text;
}

// ---------------------------------------------------------------- scripted Messages API

function sse(res, event, data) {
  res.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`);
}

function streamReply(res, id, model, usage, scripted) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  sse(res, 'message_start', { message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { ...usage, output_tokens: 1 } } });
  scripted.blocks.forEach((block, index) => {
    if (block.type === 'text') {
      sse(res, 'content_block_start', { index, content_block: { type: 'text', text: '' } });
      sse(res, 'content_block_delta', { index, delta: { type: 'text_delta', text: block.text } });
    } else {
      sse(res, 'content_block_start', { index, content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} } });
      const json = JSON.stringify(block.input);
      const cut = Math.floor(json.length / 2);
      sse(res, 'content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: json.slice(0, cut) } });
      sse(res, 'content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: json.slice(cut) } });
    }
    sse(res, 'content_block_stop', { index });
  });
  sse(res, 'message_delta', { delta: { stop_reason: scripted.stop, stop_sequence: null }, usage: { output_tokens: 20 } });
  sse(res, 'message_stop', {});
  res.end();
}

/**
 * The scripted Messages API: `decide(body)` answers each main-conversation request from the
 * conversation itself (stateless, so --resume replays fine); side requests get a short text, and
 * a guard ends a script that goes round in circles. Every request is kept (and logged to tmp).
 */
export function startApi(tmp, decide, { maxMainCalls = 16 } = {}) {
  const log = join(tmp, 'requests.jsonl');
  const requests = [];
  let n = 0;
  let mainCalls = 0;
  const answer = (body) => {
    if (!isMain(body)) return reply.text('side', 'E2E side reply');
    if (++mainCalls > maxMainCalls) return reply.text('loop-guard', 'E2E-LOOP-GUARD: the script went round in circles.');
    return decide(body) ?? reply.text('unexpected', 'E2E-UNEXPECTED: the script has no reply for this turn.');
  };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = { unparsed: raw.slice(0, 2000) };
      }
      const url = req.url ?? '';
      const path = url.split('?')[0];
      const entry = { n: ++n, at: elapsed(), method: req.method, url, headers: { 'user-agent': req.headers['user-agent'], 'anthropic-beta': req.headers['anthropic-beta'] }, body };
      if (req.method === 'POST' && path === '/v1/messages/count_tokens') {
        entry.reply = 'count_tokens';
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ input_tokens: Math.ceil(raw.length / 4) }));
      } else if (req.method === 'POST' && path === '/v1/messages' && body) {
        const scripted = answer(body);
        entry.reply = scripted.kind;
        entry.main = isMain(body);
        const id = `msg_e2e_${n}`;
        const model = body.model ?? 'claude-e2e';
        const usage = { input_tokens: 100, output_tokens: 20, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
        if (body.stream) streamReply(res, id, model, usage, scripted);
        else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id, type: 'message', role: 'assistant', model, content: scripted.blocks, stop_reason: scripted.stop, stop_sequence: null, usage }));
      } else if (req.method === 'HEAD' || req.method === 'GET') {
        entry.reply = 'probe-200';
        res.writeHead(200, { 'content-type': 'application/json' }).end(req.method === 'GET' ? '{}' : undefined);
      } else {
        entry.reply = '404';
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: `e2e: no route ${req.method} ${path}` } }));
      }
      requests.push(entry);
      appendFileSync(log, `${JSON.stringify(entry)}\n`);
    });
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: server.address().port, requests, log })));
}

/** Requests per route and reply kind, printed at the end of a run. */
export function summarizeRequests(requests) {
  const summary = {};
  for (const r of requests) {
    const key = `${r.method} ${r.url.split('?')[0]}${r.body?.model ? ` model=${r.body.model}` : ''} -> ${r.reply}`;
    summary[key] = (summary[key] ?? 0) + 1;
  }
  console.log('\nrequests to the scripted API:');
  for (const [k, v] of Object.entries(summary)) console.log(`  ${v} x ${k}`);
  return summary;
}

// ---------------------------------------------------------------- the client's environment

/** The client's environment: a private HOME, the scripted API, and nothing of a real account or an enclosing session. */
export function claudeEnv(home, port, pathPrefix) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(ANTHROPIC_|CLAUDE|CLAUDECODE|MCP_|DISABLE_|OTEL_|TUTOR_)/.test(k)) continue;
    env[k] = v;
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    PATH: pathPrefix ? `${pathPrefix}:${process.env.PATH}` : process.env.PATH,
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}`,
    ANTHROPIC_API_KEY: 'dummy',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
  };
}

/**
 * ~/.claude.json: onboarding done and these folders trusted, as a learner does once per folder.
 * Without the trust flag Claude Code 2.1.332 in -p mode still runs the hooks, but ignores the
 * project's permissions.allow (every tutor call is denied) and leaves .mcp.json servers pending.
 */
export function trustFolders(home, folders, { onboarding = true } = {}) {
  const path = join(home, '.claude.json');
  const state = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  if (onboarding) state.hasCompletedOnboarding = true;
  state.projects = { ...(state.projects ?? {}), ...Object.fromEntries(folders.map((f) => [f, { ...(state.projects?.[f] ?? {}), hasTrustDialogAccepted: true }])) };
  writeFileSync(path, JSON.stringify(state, null, 2));
}

export function parseJsonOut(stdout) {
  try {
    return JSON.parse(stdout.trim().split('\n').filter(Boolean).pop());
  } catch {
    return null;
  }
}

/** One headless turn: `claude -p PROMPT --output-format json [...extra]`, its output kept in tmp. */
export async function claudeTurn(claude, { tmp, name, prompt, cwd, env, extra = [] }) {
  const started = Date.now();
  const r = await runAsync(claude, ['-p', prompt, '--output-format', 'json', ...extra], { cwd, env, timeout: CLAUDE_TIMEOUT_MS });
  writeFileSync(join(tmp, `${name}.json`), r.stdout);
  writeFileSync(join(tmp, `${name}.stderr`), r.stderr);
  timed(`claude -p (${name})`, started);
  const out = parseJsonOut(r.stdout);
  check(r.status === 0 && out && out.is_error === false, `${name}: claude exits 0 with a JSON result`, `exit ${r.status} ${r.signal ?? ''}; stdout ${r.stdout.slice(0, 600)}; stderr ${r.stderr.slice(0, 600)}`);
  check(!out || !Array.isArray(out.permission_denials) || out.permission_denials.length === 0, `${name}: permission_denials is empty`, JSON.stringify(out?.permission_denials));
  return out;
}

/** The end of a run: requests summarized, timings printed, tmp removed when every check passed. */
export function finish(tmp, requests, kept) {
  const summary = summarizeRequests(requests);
  writeFileSync(join(tmp, 'summary.json'), JSON.stringify({ summary, timings, failures }, null, 2));
  console.log(`\ntimings: ${timings.map(([l, ms]) => `${l} ${(ms / 1000).toFixed(1)} s`).join('; ')}; total ${(elapsed() / 1000).toFixed(1)} s`);
  if (failures.length === 0 && process.env.TUTOR_E2E_KEEP !== '1') rmSync(tmp, { recursive: true, force: true });
  else console.log(`kept for inspection: ${tmp} (${kept})`);
}

export function exitWithVerdict() {
  if (failures.length) {
    console.log(`\n${failures.length} check(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nall checks passed');
}

/**
 * One interactive session: a single `claude -p --input-format stream-json` process given the
 * prompts one after another, each sent `typingMs` after the previous turn's result arrives, as a
 * learner types the next message. Returns each turn's result message.
 */
export function claudeSession(claude, { tmp, name, prompts, cwd, env, typingMs = TYPING_MS }) {
  const started = Date.now();
  return new Promise((resolveSession) => {
    const child = spawn(claude, ['-p', '--input-format', 'stream-json', '--output-format', 'stream-json', '--verbose'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const results = [];
    let stdout = '';
    let stderr = '';
    let buffered = '';
    const send = (text) => child.stdin.write(`${JSON.stringify({ type: 'user', message: { role: 'user', content: text } })}\n`);
    const timer = setTimeout(() => child.kill('SIGKILL'), CLAUDE_TIMEOUT_MS * prompts.length);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      buffered += chunk;
      let newline;
      while ((newline = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        let message;
        try {
          message = JSON.parse(line);
        } catch {
          continue;
        }
        if (message.type !== 'result') continue;
        results.push(message);
        if (results.length < prompts.length) setTimeout(() => send(prompts[results.length]), typingMs);
        else child.stdin.end();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      clearTimeout(timer);
      writeFileSync(join(tmp, `${name}.jsonl`), stdout);
      writeFileSync(join(tmp, `${name}.stderr`), stderr);
      timed(`claude interactive session (${name}, ${prompts.length} turns)`, started);
      check(status === 0 && results.length === prompts.length && results.every((r) => r.is_error === false), `${name}: ${prompts.length} turns, each a result without error`, `exit ${status}; ${results.length} results; stderr ${stderr.slice(0, 400)}`);
      const denials = results.flatMap((r) => r.permission_denials ?? []);
      check(denials.length === 0, `${name}: no permission denials`, JSON.stringify(denials));
      resolveSession(results);
    });
    send(prompts[0]);
  });
}
