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
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BRIEF_MARK,
  check,
  checkToolRan,
  claudeEnv,
  claudeTurn,
  contextOf,
  ensureClaude,
  exitWithVerdict,
  finish,
  reply,
  run,
  runAsync,
  startApi,
  textOf,
  timed,
  toolDeferred,
  toolResults,
  allToolResults,
  CLAUDE_CODE_VERSION,
} from './lib/claude-e2e.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONCEPT = 'tokenization';
const BASH_COMMAND = `tutor log --concept ${CONCEPT} --quality 0.6 --note "e2e"`;
const MCP_TOOL = 'mcp__tutor__log_exchange';
const FINAL_TEXT = 'E2E-FINAL: both exchanges are recorded.';
const TURN2_PROMPT = 'E2E-TURN-2: anything else?';
const TURN2_TEXT = 'E2E-TURN-2-REPLY: nothing else for now.';
const CLAUDE_MD_MARK = readFileSync(join(REPO, 'CLAUDE.md'), 'utf8').split('\n')[0].trim();

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

// ---------------------------------------------------------------- the script

/**
 * Turn 1: a Bash `tutor log`, then the MCP tool (through ToolSearch when deferred), then the final
 * text. Turn 2 (--resume): a plain reply.
 */
function scriptedReply(body) {
  const { last, lastResults, answered } = toolResults(body);
  const mcpCall = reply.tool('mcp', 'toolu_e2e_mcp', MCP_TOOL, { concept: CONCEPT, quality: 0.6, note: 'e2e via mcp' }, 'Now through the MCP tool.');
  if (answered('toolu_e2e_mcp')) return reply.text('final', FINAL_TEXT);
  if (answered('toolu_e2e_search')) return mcpCall;
  if (answered('toolu_e2e_bash')) {
    return toolDeferred(body, MCP_TOOL) ? reply.tool('toolsearch', 'toolu_e2e_search', 'ToolSearch', { query: `select:${MCP_TOOL}`, max_results: 5 }) : mcpCall;
  }
  if (last?.role === 'user' && textOf(last.content).includes(TURN2_PROMPT)) return reply.text('turn2', TURN2_TEXT);
  if (last?.role === 'user' && lastResults.length === 0) return reply.tool('bash', 'toolu_e2e_bash', 'Bash', { command: BASH_COMMAND, description: 'Record the exchange' }, 'Recording the exchange.');
  return null;
}

/** ~/.claude.json for the experiments: TUTOR_E2E_ONBOARDING=0|notrust|trustonly|parenttrust. */
function writeOnboarding(home, ws) {
  const mode = process.env.TUTOR_E2E_ONBOARDING ?? '1';
  if (mode === '0') return;
  const state = {};
  if (mode !== 'trustonly') state.hasCompletedOnboarding = true;
  if (mode === 'parenttrust') state.projects = { [dirname(ws)]: { hasTrustDialogAccepted: true } };
  else if (mode !== 'notrust') state.projects = { [ws]: { hasTrustDialogAccepted: true } };
  writeFileSync(join(home, '.claude.json'), JSON.stringify(state, null, 2));
}

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

  const api = await startApi(tmp, scriptedReply, { maxMainCalls: 12 });
  const env = claudeEnv(home, api.port, toolBin);
  started = Date.now();
  initWorkspace(ws, env);
  writeOnboarding(home, ws);
  timed(`workspace ready (${process.env.TUTOR_E2E_INIT !== '0' ? 'tutor init' : 'makeWorkspace'})`, started);
  const evidencePath = join(ws, 'memory', 'evidence.jsonl');
  const evidenceLines = () => (existsSync(evidencePath) ? readFileSync(evidencePath, 'utf8').split('\n').filter(Boolean) : []);
  const linesBefore = evidenceLines().length;

  try {
    started = Date.now();
    const list = await runAsync(claude, ['mcp', 'list'], { cwd: ws, env, timeout: 60_000 });
    writeFileSync(join(tmp, 'mcp-list.txt'), `exit ${list.status}\n--- stdout\n${list.stdout}\n--- stderr\n${list.stderr}`);
    timed('claude mcp list', started);
    console.log(list.stdout.trim().split('\n').map((l) => `       | ${l}`).join('\n'));
    check(/tutor:.*connected/i.test(list.stdout) && !/tutor:.*(failed|not connected)/i.test(list.stdout), 'claude mcp list reports the tutor server connected', list.stdout.trim() || list.stderr.trim());

    // Turn 1
    const out1 = await claudeTurn(claude, { tmp, name: 'turn1', prompt: 'I want to start learning. Record the exchange.', cwd: ws, env });
    check(out1?.result === FINAL_TEXT, 'turn 1: the final text is the scripted one', JSON.stringify(out1?.result));

    const main1 = api.requests.filter((r) => r.main);
    const wanted = ['bash', 'toolsearch', 'mcp', 'final'];
    const kinds = main1.map((r) => r.reply);
    check(kinds.join(',') === wanted.join(',') || kinds.join(',') === wanted.filter((k) => k !== 'toolsearch').join(','), `turn 1: the model calls went as scripted (${kinds.join(' -> ')})`, kinds.join(','));
    const first = main1[0]?.body;
    const context = contextOf(first);
    check(context.includes(CLAUDE_MD_MARK), 'the model received the workspace CLAUDE.md', `looked for ${JSON.stringify(CLAUDE_MD_MARK)}`);
    check(context.includes(BRIEF_MARK), 'the model received the SessionStart brief', `looked for ${JSON.stringify(BRIEF_MARK)}`);
    const offered = first?.tools?.some((t) => t.name === MCP_TOOL) ? 'in tools' : first && JSON.stringify(first).includes(MCP_TOOL) ? 'deferred (by name, behind ToolSearch)' : null;
    check(Boolean(offered), `the model was offered ${MCP_TOOL}${offered ? ` (${offered})` : ''}`, (first?.tools ?? []).map((t) => t.name).join(', '));
    if (offered?.startsWith('deferred')) {
      const search = allToolResults(api.requests).find((b) => b.tool_use_id === 'toolu_e2e_search');
      check(Boolean(search) && search.is_error !== true && JSON.stringify(search.content).includes(MCP_TOOL), 'ToolSearch select: returned the MCP tool schema', JSON.stringify(search).slice(0, 400));
    }
    for (const id of ['toolu_e2e_bash', 'toolu_e2e_mcp']) checkToolRan(api.requests, id, `tool_result for ${id} is a success, not a denial`);

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
      const before = api.requests.length;
      const out2 = await claudeTurn(claude, { tmp, name: 'turn2', prompt: TURN2_PROMPT, cwd: ws, env, extra: ['--resume', sessionId] });
      check(out2?.result === TURN2_TEXT, 'turn 2 (--resume): the scripted reply', JSON.stringify(out2?.result));
      check(out2?.session_id === sessionId, 'turn 2 continues the same session', `${out2?.session_id} vs ${sessionId}`);
      const main2 = api.requests.slice(before).filter((r) => r.main);
      const ctx2 = main2.map((r) => JSON.stringify(r.body.messages ?? [])).join('\n');
      check(ctx2.includes('2 logged events'), 'turn 2: the resume brief counts the 2 logged events', 'no "2 logged events" in the resumed request');
      check(ctx2.includes('toolu_e2e_bash'), 'turn 2: the resumed request carries turn 1', '');
    } else check(false, 'turn 1 gave a session_id for --resume', '');
    const hookLogEnd = existsSync(join(ws, 'memory', 'hook.log')) ? readFileSync(join(ws, 'memory', 'hook.log'), 'utf8').trim() : '';
    check(hookLogEnd === '', 'memory/hook.log has no hook errors', hookLogEnd);
  } finally {
    api.server.close();
    finish(tmp, api.requests, 'requests.jsonl, turn1.json, turn2.json, mcp-list.txt, home/, ws/');
  }
  exitWithVerdict();
}

main().catch((error) => {
  console.error(`e2e aborted: ${error.stack ?? error}`);
  process.exit(2);
});
