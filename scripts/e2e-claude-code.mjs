#!/usr/bin/env node
// End-to-end test: the REAL Claude Code client, headless (`claude -p`), in a tutor workspace,
// talking to a scripted Messages API on 127.0.0.1. Proves that the workspace's own
// .claude/settings.json (permissions.allow, hooks) and .mcp.json let the tutor's commands run
// without a permission prompt or denial, that the SessionStart brief and CLAUDE.md reach the
// model, and that the Stop hook renders site/transcript.html from the session log.
//
// No flags. Environment:
//   TUTOR_E2E_CACHE    where Claude Code is installed (default ${XDG_CACHE_HOME:-$HOME/.cache}/tutor-e2e)
//   TUTOR_E2E_INIT=0   build the workspace by hand (makeWorkspace) instead of with `tutor init DIR`, the default
//   TUTOR_E2E_KEEP=1   keep the temp folder even when everything passes
//   Experiments (the run is then expected to fail in a known way; the README says which):
//   TUTOR_E2E_ALLOW=colon|space|none   permission rule syntax `Bash(tutor log:*)` (default), `Bash(tutor log *)`, or no allow list
//   TUTOR_E2E_MCP_ENABLE=list|all|none  enabledMcpjsonServers (default) / enableAllProjectMcpServers / neither
//   TUTOR_E2E_ONBOARDING=0|notrust|trustonly|parenttrust   no ~/.claude.json / onboarding without project trust / trust only / trust the parent folder
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Claude Code version this test is pinned to. */
export const CLAUDE_CODE_VERSION = '2.1.332';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONCEPT = 'tokenization';
const BASH_COMMAND = `tutor log --concept ${CONCEPT} --quality 0.6 --note "e2e"`;
const MCP_TOOL = 'mcp__tutor__log_exchange';
const FINAL_TEXT = 'E2E-FINAL: both exchanges are recorded.';
const TURN2_PROMPT = 'E2E-TURN-2: anything else?';
const TURN2_TEXT = 'E2E-TURN-2-REPLY: nothing else for now.';
const BRIEF_MARK = '# Tutor memory brief';
const CLAUDE_MD_MARK = readFileSync(join(REPO, 'CLAUDE.md'), 'utf8').split('\n')[0].trim();
const CLAUDE_TIMEOUT_MS = 60_000;

const t0 = Date.now();
const timings = [];
function timed(label, started) {
  const ms = Date.now() - started;
  timings.push([label, ms]);
  console.log(`  [${(ms / 1000).toFixed(1)} s] ${label}`);
}

const failures = [];
function check(ok, what, detail = '') {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}${!ok && detail ? `\n       ${detail}` : ''}`);
  if (!ok) failures.push(detail ? `${what}: ${detail}` : what);
  return ok;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (opts.check !== false && (r.status !== 0 || r.error)) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

/** Asynchronous spawn (the scripted API server lives in this process: spawnSync would starve it). */
function runAsync(cmd, args, opts = {}) {
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

function claudeBinIn(prefix) {
  return join(prefix, 'node_modules', '.bin', 'claude');
}

function versionOf(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

function ensureClaude() {
  const cache = process.env.TUTOR_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tutor-e2e');
  const bin = claudeBinIn(cache);
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

// ---------------------------------------------------------------- tutor install

function installTutor(tmp) {
  // --ignore-scripts: `prepare` would rebuild and touch git hooks; the caller has built already.
  if (!existsSync(join(REPO, 'dist', 'bundle', 'main.js'))) throw new Error('dist/bundle/main.js missing: run `npm run build` first');
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: REPO });
  const tarball = join(tmp, JSON.parse(packed.stdout)[0].filename);
  const prefix = join(tmp, 'tool');
  run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball]);
  const binDir = join(prefix, 'bin');
  if (!existsSync(join(binDir, 'tutor'))) throw new Error(`npm install -g left no ${binDir}/tutor`);
  return binDir;
}

// ---------------------------------------------------------------- workspace

/** The settings `tutor init` writes (the contract). */
export function workspaceSettings() {
  return {
    permissions: {
      allow: [
        'Bash(tutor log:*)',
        'Bash(tutor status:*)',
        'Bash(tutor context:*)',
        'Bash(tutor build:*)',
        'Bash(tutor verify:*)',
        'Bash(tutor restore:*)',
        'Bash(tutor course check:*)',
        'mcp__tutor__log_exchange',
        'mcp__tutor__log_exit_test',
        'mcp__tutor__retract',
        'mcp__tutor__status',
        'mcp__tutor__context',
      ],
    },
    enabledMcpjsonServers: ['tutor'],
    hooks: {
      SessionStart: [{ matcher: 'startup|resume|clear|compact', hooks: [{ type: 'command', command: 'tutor hook session-start', timeout: 15 }] }],
      Stop: [{ hooks: [{ type: 'command', command: 'tutor hook stop', timeout: 15 }] }],
    },
  };
}

export const WORKSPACE_MCP = { mcpServers: { tutor: { type: 'stdio', command: 'tutor', args: ['mcp'] } } };

/** Stand-in for `tutor init DIR` until it lands on main. */
export function makeWorkspace(dir) {
  mkdirSync(join(dir, 'memory'), { recursive: true });
  mkdirSync(join(dir, '.claude'), { recursive: true });
  copyFileSync(join(REPO, 'memory', 'domain.json'), join(dir, 'memory', 'domain.json'));
  writeFileSync(join(dir, 'memory', 'evidence.jsonl'), '');
  writeFileSync(join(dir, '.claude', 'settings.json'), `${JSON.stringify(workspaceSettings(), null, 2)}\n`);
  writeFileSync(join(dir, '.mcp.json'), `${JSON.stringify(WORKSPACE_MCP, null, 2)}\n`);
  copyFileSync(join(REPO, 'CLAUDE.md'), join(dir, 'CLAUDE.md'));
  const git = (...a) => run('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'commit.gpgsign=false', ...a], { cwd: dir });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'tutor workspace (e2e)');
}

function initWorkspace(dir, env) {
  if (process.env.TUTOR_E2E_INIT !== '0') {
    run('tutor', ['init', dir], { env });
  } else {
    makeWorkspace(dir);
  }
  applyExperiments(dir);
}

function applyExperiments(dir) {
  const path = join(dir, '.claude', 'settings.json');
  const settings = JSON.parse(readFileSync(path, 'utf8'));
  const allow = process.env.TUTOR_E2E_ALLOW ?? 'colon';
  if (allow === 'space') settings.permissions.allow = settings.permissions.allow.map((r) => r.replace(/:\*\)$/, ' *)'));
  else if (allow === 'none') delete settings.permissions;
  const mcp = process.env.TUTOR_E2E_MCP_ENABLE ?? 'list';
  if (mcp === 'all') {
    delete settings.enabledMcpjsonServers;
    settings.enableAllProjectMcpServers = true;
  } else if (mcp === 'none') delete settings.enabledMcpjsonServers;
  writeFileSync(path, `${JSON.stringify(settings, null, 2)}\n`);
}

// ---------------------------------------------------------------- scripted Messages API

function textOf(content) {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((b) => (b.type === 'text' ? b.text : b.type === 'tool_result' ? textOf(b.content) : '')).join('\n');
}

function systemText(body) {
  return typeof body.system === 'string' ? body.system : Array.isArray(body.system) ? body.system.map((b) => b.text ?? '').join('\n') : '';
}

/** The main conversation carries the Bash tool; side requests (titles, summaries, quota probes) carry none. */
function isMain(body) {
  return Array.isArray(body.tools) && body.tools.some((t) => t.name === 'Bash');
}

let mainCalls = 0;
const MAX_MAIN_CALLS = 12;

/** Whether the MCP tool is deferred (announced by name, schema behind ToolSearch) rather than in `tools`. */
function mcpDeferred(body) {
  return !body.tools.some((t) => t.name === MCP_TOOL) && body.tools.some((t) => t.name === 'ToolSearch');
}

/**
 * Decides the scripted reply from the conversation itself (stateless, so --resume replays fine).
 * Messages with role "system" (hook context, reminders: Claude Code 2.1.332 sends them in messages[])
 * are skipped when looking for the last user turn.
 */
function scriptedReply(body) {
  if (!isMain(body)) return { kind: 'side', blocks: [{ type: 'text', text: 'E2E side reply' }], stop: 'end_turn' };
  if (++mainCalls > MAX_MAIN_CALLS) return { kind: 'loop-guard', blocks: [{ type: 'text', text: 'E2E-LOOP-GUARD: the script went round in circles.' }], stop: 'end_turn' };
  const messages = (body.messages ?? []).filter((m) => m.role !== 'system');
  const last = messages[messages.length - 1];
  const lastBlocks = Array.isArray(last?.content) ? last.content : [];
  const results = lastBlocks.filter((b) => b.type === 'tool_result');
  const mcpCall = {
    kind: 'mcp',
    blocks: [
      { type: 'text', text: 'Now through the MCP tool.' },
      { type: 'tool_use', id: 'toolu_e2e_mcp', name: MCP_TOOL, input: { concept: CONCEPT, quality: 0.6, note: 'e2e via mcp' } },
    ],
    stop: 'tool_use',
  };
  if (results.some((b) => b.tool_use_id === 'toolu_e2e_mcp')) return { kind: 'final', blocks: [{ type: 'text', text: FINAL_TEXT }], stop: 'end_turn' };
  if (results.some((b) => b.tool_use_id === 'toolu_e2e_search')) return mcpCall;
  if (results.some((b) => b.tool_use_id === 'toolu_e2e_bash')) {
    if (!mcpDeferred(body)) return mcpCall;
    return {
      kind: 'toolsearch',
      blocks: [{ type: 'tool_use', id: 'toolu_e2e_search', name: 'ToolSearch', input: { query: `select:${MCP_TOOL}`, max_results: 5 } }],
      stop: 'tool_use',
    };
  }
  if (last?.role === 'user' && textOf(last.content).includes(TURN2_PROMPT)) return { kind: 'turn2', blocks: [{ type: 'text', text: TURN2_TEXT }], stop: 'end_turn' };
  if (last?.role === 'user' && results.length === 0) {
    return {
      kind: 'bash',
      blocks: [
        { type: 'text', text: 'Recording the exchange.' },
        { type: 'tool_use', id: 'toolu_e2e_bash', name: 'Bash', input: { command: BASH_COMMAND, description: 'Record the exchange' } },
      ],
      stop: 'tool_use',
    };
  }
  return { kind: 'unexpected', blocks: [{ type: 'text', text: 'E2E-UNEXPECTED: the script has no reply for this turn.' }], stop: 'end_turn' };
}

function sse(res, event, data) {
  res.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`);
}

function startApi(tmp) {
  const log = join(tmp, 'requests.jsonl');
  const requests = [];
  let n = 0;
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
      const entry = { n: ++n, at: Date.now() - t0, method: req.method, url, headers: { 'user-agent': req.headers['user-agent'], 'anthropic-beta': req.headers['anthropic-beta'] }, body };
      if (req.method === 'POST' && path === '/v1/messages/count_tokens') {
        entry.reply = 'count_tokens';
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ input_tokens: Math.ceil(raw.length / 4) }));
      } else if (req.method === 'POST' && path === '/v1/messages' && body) {
        const reply = scriptedReply(body);
        entry.reply = reply.kind;
        entry.main = isMain(body);
        const id = `msg_e2e_${n}`;
        const model = body.model ?? 'claude-e2e';
        const usage = { input_tokens: 100, output_tokens: 20, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
        if (body.stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
          sse(res, 'message_start', { message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { ...usage, output_tokens: 1 } } });
          reply.blocks.forEach((block, index) => {
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
          sse(res, 'message_delta', { delta: { stop_reason: reply.stop, stop_sequence: null }, usage: { output_tokens: 20 } });
          sse(res, 'message_stop', {});
          res.end();
        } else {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id, type: 'message', role: 'assistant', model, content: reply.blocks, stop_reason: reply.stop, stop_sequence: null, usage }));
        }
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

// ---------------------------------------------------------------- the run

function claudeEnv(home, port, toolBin) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Nothing of an enclosing Claude Code session or a real account leaks in.
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
    PATH: `${toolBin}:${process.env.PATH}`,
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}`,
    ANTHROPIC_API_KEY: 'dummy',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
  };
}

/**
 * ~/.claude.json: onboarding done and the workspace trusted. Without the trust flag Claude Code 2.1.332 in -p
 * mode still runs the hooks and loads .mcp.json, but IGNORES the project's permissions.allow (every tutor call
 * is denied) and `claude mcp list` shows the server "Pending approval".
 */
function writeOnboarding(home, ws) {
  const mode = process.env.TUTOR_E2E_ONBOARDING ?? '1';
  if (mode === '0') return;
  const state = {};
  if (mode !== 'trustonly') state.hasCompletedOnboarding = true;
  if (mode === 'parenttrust') state.projects = { [dirname(ws)]: { hasTrustDialogAccepted: true } };
  else if (mode !== 'notrust') state.projects = { [ws]: { hasTrustDialogAccepted: true } };
  writeFileSync(join(home, '.claude.json'), JSON.stringify(state, null, 2));
}

function parseJsonOut(stdout) {
  try {
    return JSON.parse(stdout.trim().split('\n').filter(Boolean).pop());
  } catch {
    return null;
  }
}

function allToolResults(requests) {
  return requests.filter((r) => r.main).flatMap((r) => (r.body.messages ?? []).flatMap((m) => (Array.isArray(m.content) ? m.content : []))).filter((b) => b.type === 'tool_result');
}

const DENIAL = /permission|haven't granted|not allowed|denied|requires approval/i;

async function main() {
  console.log(`tutor e2e against Claude Code ${CLAUDE_CODE_VERSION}`);
  let started = Date.now();
  const { bin: claude, version } = ensureClaude();
  timed(`claude ready (${version})`, started);

  const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'tutor-e2e-')));
  const home = join(tmp, 'home');
  const ws = join(tmp, 'ws');
  mkdirSync(home, { recursive: true });
  console.log(`  temp folder: ${tmp}`);

  started = Date.now();
  const toolBin = installTutor(tmp);
  timed('tutor packed and installed', started);

  const api = await startApi(tmp);
  const env = claudeEnv(home, api.port, toolBin);
  started = Date.now();
  initWorkspace(ws, env);
  writeOnboarding(home, ws);
  timed(`workspace ready (${process.env.TUTOR_E2E_INIT !== '0' ? 'tutor init' : 'makeWorkspace'})`, started);
  const evidencePath = join(ws, 'memory', 'evidence.jsonl');
  const evidenceLines = () => (existsSync(evidencePath) ? readFileSync(evidencePath, 'utf8').split('\n').filter(Boolean) : []);
  const linesBefore = evidenceLines().length;

  try {
    // claude mcp list
    started = Date.now();
    const list = await runAsync(claude, ['mcp', 'list'], { cwd: ws, env, timeout: 60_000 });
    writeFileSync(join(tmp, 'mcp-list.txt'), `exit ${list.status}\n--- stdout\n${list.stdout}\n--- stderr\n${list.stderr}`);
    timed('claude mcp list', started);
    console.log(list.stdout.trim().split('\n').map((l) => `       | ${l}`).join('\n'));
    check(/tutor:.*connected/i.test(list.stdout) && !/tutor:.*(failed|not connected)/i.test(list.stdout), 'claude mcp list reports the tutor server connected', list.stdout.trim() || list.stderr.trim());

    // Turn 1
    started = Date.now();
    const t1 = await runAsync(claude, ['-p', 'I want to start learning. Record the exchange.', '--output-format', 'json'], { cwd: ws, env, timeout: CLAUDE_TIMEOUT_MS });
    writeFileSync(join(tmp, 'turn1.json'), t1.stdout);
    writeFileSync(join(tmp, 'turn1.stderr'), t1.stderr);
    timed('claude -p (turn 1)', started);
    const out1 = parseJsonOut(t1.stdout);
    check(t1.status === 0 && out1 && out1.is_error === false, 'turn 1: claude exits 0 with a JSON result', `exit ${t1.status} ${t1.signal ?? ''}; stdout ${t1.stdout.slice(0, 600)}; stderr ${t1.stderr.slice(0, 600)}`);
    check(out1?.result === FINAL_TEXT, 'turn 1: the final text is the scripted one', JSON.stringify(out1?.result));
    check(!out1 || !Array.isArray(out1.permission_denials) || out1.permission_denials.length === 0, 'turn 1: permission_denials is empty', JSON.stringify(out1?.permission_denials));

    const main1 = api.requests.filter((r) => r.main);
    const wanted = ['bash', 'toolsearch', 'mcp', 'final'];
    const kinds = main1.map((r) => r.reply);
    check(kinds.join(',') === wanted.join(',') || kinds.join(',') === wanted.filter((k) => k !== 'toolsearch').join(','), `turn 1: the model calls went as scripted (${kinds.join(' -> ')})`, kinds.join(','));
    const first = main1[0]?.body;
    const context = first ? `${systemText(first)}\n${(first.messages ?? []).map((m) => textOf(m.content)).join('\n')}` : '';
    check(context.includes(CLAUDE_MD_MARK), 'the model received the workspace CLAUDE.md', `looked for ${JSON.stringify(CLAUDE_MD_MARK)}`);
    check(context.includes(BRIEF_MARK), 'the model received the SessionStart brief', `looked for ${JSON.stringify(BRIEF_MARK)}`);
    const offered = first?.tools?.some((t) => t.name === MCP_TOOL) ? 'in tools' : first && JSON.stringify(first).includes(MCP_TOOL) ? 'deferred (by name, behind ToolSearch)' : null;
    check(Boolean(offered), `the model was offered ${MCP_TOOL}${offered ? ` (${offered})` : ''}`, (first?.tools ?? []).map((t) => t.name).join(', '));
    if (offered?.startsWith('deferred')) {
      const search = allToolResults(api.requests).find((b) => b.tool_use_id === 'toolu_e2e_search');
      check(Boolean(search) && search.is_error !== true && JSON.stringify(search.content).includes(MCP_TOOL), 'ToolSearch select: returned the MCP tool schema', JSON.stringify(search).slice(0, 400));
    }

    const allResults = allToolResults(api.requests);
    for (const id of ['toolu_e2e_bash', 'toolu_e2e_mcp']) {
      const result = allResults.find((b) => b.tool_use_id === id);
      const text = result ? textOf(result.content) : '';
      check(Boolean(result) && result.is_error !== true && !DENIAL.test(text), `tool_result for ${id} is a success, not a denial`, result ? `is_error=${result.is_error} ${text.slice(0, 400)}` : 'no tool_result came back');
    }

    const lines = evidenceLines().slice(linesBefore).map((l) => JSON.parse(l));
    check(lines.length === 2 && lines.every((e) => e.concept === CONCEPT), 'evidence.jsonl gained 2 exchanges (Bash, then MCP)', JSON.stringify(lines));
    check(lines.some((e) => JSON.stringify(e).includes('e2e via mcp')) && lines.some((e) => e.note === 'e2e'), 'one exchange from each path (notes "e2e" and "e2e via mcp")', JSON.stringify(lines));

    const transcript = join(ws, 'site', 'transcript.html');
    const hookLog = existsSync(join(ws, 'memory', 'hook.log')) ? readFileSync(join(ws, 'memory', 'hook.log'), 'utf8') : '';
    const projects = join(home, '.claude', 'projects');
    const sessionLogs = existsSync(projects) ? readdirSync(projects, { recursive: true }).filter((f) => String(f).endsWith('.jsonl')) : [];
    check(sessionLogs.length > 0, `Claude Code wrote a session log under ${projects}`, 'none found');
    check(existsSync(transcript), 'site/transcript.html written by the Stop hook', `hook.log: ${hookLog.trim() || '(empty)'}; session logs: ${sessionLogs.join(', ')}`);
    if (existsSync(transcript)) check(readFileSync(transcript, 'utf8').includes('E2E-FINAL'), 'the transcript page shows the session', 'E2E-FINAL not in site/transcript.html');

    // Turn 2: --resume
    const sessionId = out1?.session_id;
    if (sessionId) {
      started = Date.now();
      const before = api.requests.length;
      const t2 = await runAsync(claude, ['-p', TURN2_PROMPT, '--output-format', 'json', '--resume', sessionId], { cwd: ws, env, timeout: CLAUDE_TIMEOUT_MS });
      writeFileSync(join(tmp, 'turn2.json'), t2.stdout);
      writeFileSync(join(tmp, 'turn2.stderr'), t2.stderr);
      timed('claude -p --resume (turn 2)', started);
      const out2 = parseJsonOut(t2.stdout);
      check(t2.status === 0 && out2?.result === TURN2_TEXT, 'turn 2 (--resume): the scripted reply', `exit ${t2.status}; ${t2.stdout.slice(0, 400)} ${t2.stderr.slice(0, 400)}`);
      check(out2?.session_id === sessionId, 'turn 2 continues the same session', `${out2?.session_id} vs ${sessionId}`);
      const main2 = api.requests.slice(before).filter((r) => r.main);
      const ctx2 = main2.map((r) => JSON.stringify(r.body.messages ?? [])).join('\n');
      check(ctx2.includes('2 logged events'), 'turn 2: the resume brief counts the 2 logged events', 'no "2 logged events" in the resumed request');
      check(ctx2.includes('toolu_e2e_bash'), 'turn 2: the resumed request carries turn 1', '');
    } else check(false, 'turn 1 gave a session_id for --resume', t1.stdout.slice(0, 400));
    const hookLogEnd = existsSync(join(ws, 'memory', 'hook.log')) ? readFileSync(join(ws, 'memory', 'hook.log'), 'utf8').trim() : '';
    check(hookLogEnd === '', 'memory/hook.log has no hook errors', hookLogEnd);
  } finally {
    api.server.close();
    const summary = {};
    for (const r of api.requests) {
      const key = `${r.method} ${r.url.split('?')[0]}${r.body?.model ? ` model=${r.body.model}` : ''} -> ${r.reply}`;
      summary[key] = (summary[key] ?? 0) + 1;
    }
    console.log('\nrequests to the scripted API:');
    for (const [k, v] of Object.entries(summary)) console.log(`  ${v} x ${k}`);
    writeFileSync(join(tmp, 'summary.json'), JSON.stringify({ summary, timings, failures }, null, 2));
    console.log(`\ntimings: ${timings.map(([l, ms]) => `${l} ${(ms / 1000).toFixed(1)} s`).join('; ')}; total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (failures.length === 0 && process.env.TUTOR_E2E_KEEP !== '1') rmSync(tmp, { recursive: true, force: true });
    else console.log(`kept for inspection: ${tmp} (requests.jsonl, turn1.json, turn2.json, mcp-list.txt, home/, ws/)`);
  }
  if (failures.length) {
    console.log(`\n${failures.length} check(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nall checks passed');
}

main().catch((error) => {
  console.error(`e2e aborted: ${error.stack ?? error}`);
  process.exit(2);
});
