#!/usr/bin/env node
// End-to-end test of the Claude Code plugin path: the REAL Claude Code client adds this
// repository as a plugin marketplace over git's HTTP protocol (a shallow clone of what is
// committed, as from GitHub: no npm install, no build), installs the tutor plugin, and a learner
// who has nothing else installed starts a course in an empty folder with /tutor:init, then
// records exchanges through the plugin's `tutor` command and its MCP server with no permission
// denial. The plugin's hooks give the brief in the workspace and stay silent outside it.
//
// No flags. Environment: TUTOR_E2E_CACHE (where Claude Code is installed), TUTOR_E2E_KEEP=1 (keep
// the temp folder). The snapshot served is the working tree's files that git tracks or would add
// (`git ls-files --cached --others --exclude-standard`): in CI, exactly the commit.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BRIEF_MARK,
  CLAUDE_CODE_VERSION,
  check,
  checkToolRan,
  claudeEnv,
  claudeSession,
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
  trustFolders,
} from './lib/claude-e2e.mjs';
import { startGitHttp } from './lib/git-http.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLUGIN_ID = 'tutor@tutor-harness';
const MCP_TOOL = 'mcp__plugin_tutor_tutor__log_exchange';
const TITLE = 'Learning Rust';
const CONCEPT = 'course_goals';
const SKILL_MARK = '# Start a course in this folder';
const RULEBOOK_MARK = '# Tutor: rules for the tutoring agent in this workspace';
const A1_DONE = 'E2E-A1-DONE: the course is started.';
const A2_PROMPT = 'E2E-A2: let us begin.';
const A_DONE = 'E2E-A-DONE: the first exchange is recorded.';
const B_PROMPT = 'E2E-B: where were we?';
const B_DONE = 'E2E-B-DONE: both exchanges are recorded.';
const C_PROMPT = 'E2E-C: hello from a folder that is not a course.';
const C_DONE = 'E2E-C-DONE';

const bash = (kind, id, command) => reply.tool(kind, id, 'Bash', { command, description: kind }, null);

/** The three sessions' script, decided from the conversation itself. */
function scriptedReply(body) {
  const { last, lastResults, answered } = toolResults(body);
  const said = (text) => last?.role === 'user' && textOf(last.content).includes(text);
  const mcpCall = reply.tool('b-mcp', 'toolu_mcp_b', MCP_TOOL, { concept: CONCEPT, quality: 0.7, note: 'e2e plugin: via MCP' });
  // Session A: /tutor:init, then (the learner's next message) the first exchange, in one session.
  if (answered('toolu_log_a')) return reply.text('a-final', A_DONE);
  if (answered('toolu_init')) return reply.text('a-init-done', A1_DONE);
  if (said(A2_PROMPT)) return bash('a-log', 'toolu_log_a', `tutor log --concept ${CONCEPT} --quality 0.5 --note "e2e plugin: first exchange"`);
  // Session B: a new session in the workspace; Bash, then the MCP tool.
  if (answered('toolu_mcp_b')) return reply.text('b-final', B_DONE);
  if (answered('toolu_search_b')) return mcpCall;
  if (answered('toolu_log_b')) {
    return toolDeferred(body, MCP_TOOL) ? reply.tool('b-toolsearch', 'toolu_search_b', 'ToolSearch', { query: `select:${MCP_TOOL}`, max_results: 5 }) : mcpCall;
  }
  if (lastResults.length > 0) return null;
  if (JSON.stringify(last ?? {}).includes(SKILL_MARK)) return bash('a-init', 'toolu_init', `tutor init . --plugin --blank --title "${TITLE}"`);
  if (said(B_PROMPT)) return bash('b-log', 'toolu_log_b', `tutor log --concept ${CONCEPT} --quality 0.6 --note "e2e plugin: via Bash"`);
  if (said(C_PROMPT)) return reply.text('c-final', C_DONE);
  return null;
}

/** The repository as a git remote would serve it: the files git tracks or would add, in one commit, bare. */
function snapshotRepository(tmp) {
  const src = join(tmp, 'snapshot');
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO }).stdout.split('\0').filter(Boolean);
  for (const file of files) {
    const from = join(REPO, file);
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    mkdirSync(dirname(join(src, file)), { recursive: true });
    copyFileSync(from, join(src, file));
  }
  const git = (cwd, ...args) => run('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd });
  git(src, 'init', '-q', '-b', 'main');
  git(src, 'add', '-A');
  git(src, 'commit', '-q', '-m', 'tutor snapshot (e2e)');
  mkdirSync(join(tmp, 'git'));
  git(tmp, 'clone', '-q', '--bare', src, join(tmp, 'git', 'tutor.git'));
  return { src, files: files.length };
}

async function main() {
  console.log(`tutor plugin e2e against Claude Code ${CLAUDE_CODE_VERSION}`);
  let started = Date.now();
  const { bin: claude, version } = ensureClaude();
  timed(`claude ready (${version})`, started);

  const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'tutor-e2e-plugin-')));
  const home = join(tmp, 'home');
  const learn = join(tmp, 'learn-rust');
  const elsewhere = join(tmp, 'elsewhere');
  for (const dir of [home, learn, elsewhere]) mkdirSync(dir, { recursive: true });
  console.log(`  temp folder: ${tmp}`);

  started = Date.now();
  const snapshot = snapshotRepository(tmp);
  const git = await startGitHttp(join(tmp, 'git'));
  timed(`repository snapshot (${snapshot.files} files) served on 127.0.0.1:${git.port}`, started);
  const api = await startApi(tmp, scriptedReply);
  const env = claudeEnv(home, api.port, null);
  const evidencePath = join(learn, 'memory', 'evidence.jsonl');
  const evidence = () => (existsSync(evidencePath) ? readFileSync(evidencePath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

  try {
    check(run('sh', ['-c', 'command -v tutor'], { env, check: false }).status !== 0, 'no tutor on PATH: only the plugin provides it', run('sh', ['-c', 'command -v tutor'], { env, check: false }).stdout.trim());
    const validate = run(claude, ['plugin', 'validate', '--strict', snapshot.src], { env, check: false });
    check(validate.status === 0, 'claude plugin validate --strict passes on the marketplace', `${validate.stdout}\n${validate.stderr}`.trim().slice(-800));
    const validatePlugin = run(claude, ['plugin', 'validate', '--strict', join(snapshot.src, '.claude-plugin', 'tutor')], { env, check: false });
    check(validatePlugin.status === 0, 'claude plugin validate --strict passes on the plugin', `${validatePlugin.stdout}\n${validatePlugin.stderr}`.trim().slice(-800));

    started = Date.now();
    const added = await runAsync(claude, ['plugin', 'marketplace', 'add', `http://127.0.0.1:${git.port}/tutor.git`], { cwd: home, env, timeout: 120_000 });
    check(added.status === 0, 'claude plugin marketplace add (git over HTTP) succeeds', `${added.stdout}\n${added.stderr}`.trim());
    const installed = await runAsync(claude, ['plugin', 'install', PLUGIN_ID], { cwd: home, env, timeout: 120_000 });
    check(installed.status === 0, `claude plugin install ${PLUGIN_ID} succeeds`, `${installed.stdout}\n${installed.stderr}`.trim());
    timed('marketplace added, plugin installed', started);
    const listed = run(claude, ['plugin', 'list'], { env, check: false }).stdout;
    check(new RegExp(`${PLUGIN_ID}[\\s\\S]*?enabled`).test(listed), 'claude plugin list shows the plugin enabled', listed.slice(0, 600));

    trustFolders(home, [learn, elsewhere]);

    // Session A, interactive: /tutor:init in an empty folder; then the learner's next message, the first exchange.
    const before = api.requests.length;
    const outA = await claudeSession(claude, { tmp, name: 'session-a', prompts: [`/tutor:init ${TITLE}`, A2_PROMPT], cwd: learn, env });
    check(outA.map((r) => r.result).join(' | ') === `${A1_DONE} | ${A_DONE}`, 'session A: the scripted final texts of both turns', JSON.stringify(outA.map((r) => r.result)));
    const mainA = api.requests.slice(before).filter((r) => r.main);
    check(mainA.map((r) => r.reply).join(',') === 'a-init,a-init-done,a-log,a-final', `session A: the model calls went as scripted (${mainA.map((r) => r.reply).join(' -> ')})`);
    check(JSON.stringify(mainA[0]?.body?.messages ?? []).includes(SKILL_MARK), 'session A: /tutor:init gave the model the skill', '');
    check(!contextOf(mainA[0]?.body).includes(BRIEF_MARK) && !contextOf(mainA[0]?.body).includes('Tutor memory is unavailable'), 'session A: outside a workspace the SessionStart hook added nothing', '');
    checkToolRan(api.requests, 'toolu_init', 'session A: `tutor init . --plugin` ran (the skill allows it), not denied', /created a workspace/);
    const domain = existsSync(join(learn, 'memory', 'domain.json')) ? JSON.parse(readFileSync(join(learn, 'memory', 'domain.json'), 'utf8')) : null;
    check(domain?.title === TITLE, `the folder is a workspace for "${TITLE}"`, JSON.stringify(domain?.title));
    const manifest = existsSync(join(learn, '.tutor', 'workspace.json')) ? JSON.parse(readFileSync(join(learn, '.tutor', 'workspace.json'), 'utf8')) : null;
    check(manifest?.wiring === 'plugin' && !existsSync(join(learn, '.mcp.json')), 'wired for the plugin: manifest says so, no .mcp.json', JSON.stringify(manifest));
    const settings = existsSync(join(learn, '.claude', 'settings.json')) ? JSON.parse(readFileSync(join(learn, '.claude', 'settings.json'), 'utf8')) : {};
    check(!settings.hooks && settings.permissions?.allow?.includes(MCP_TOOL), `.claude/settings.json: no hooks of its own, ${MCP_TOOL} allowed`, JSON.stringify(settings));
    const logA = checkToolRan(api.requests, 'toolu_log_a', "session A: the first `tutor log`, in the learner's next turn after init, ran without a denial");
    check(/recorded/i.test(logA), 'session A: tutor log says it recorded the exchange', logA.slice(0, 300));
    check(evidence().length === 1, 'session A: evidence.jsonl holds the first exchange', JSON.stringify(evidence()));
    const transcript = join(learn, 'site', 'transcript.html');
    check(existsSync(transcript) && readFileSync(transcript, 'utf8').includes('E2E-A-DONE'), "session A: the plugin's Stop hook wrote site/transcript.html", existsSync(join(learn, 'memory', 'hook.log')) ? readFileSync(join(learn, 'memory', 'hook.log'), 'utf8') : 'no hook.log');

    const list = await runAsync(claude, ['mcp', 'list'], { cwd: learn, env, timeout: 60_000 });
    check(/plugin:tutor:tutor.*connected/i.test(list.stdout) && !/plugin:tutor:tutor.*failed/i.test(list.stdout), "claude mcp list: the plugin's tutor server is connected", list.stdout.trim() || list.stderr.trim());

    // Session B: a new session in the workspace.
    const beforeB = api.requests.length;
    const outB = await claudeTurn(claude, { tmp, name: 'session-b', prompt: B_PROMPT, cwd: learn, env });
    check(outB?.result === B_DONE, 'session B: the scripted final text', JSON.stringify(outB?.result));
    const firstB = api.requests.slice(beforeB).find((r) => r.main)?.body;
    check(contextOf(firstB).includes(BRIEF_MARK) && contextOf(firstB).includes(TITLE), "session B: the plugin's SessionStart hook gave the brief for this course", '');
    check(contextOf(firstB).includes(RULEBOOK_MARK), "session B: the workspace's CLAUDE.md reached the model", '');
    check(JSON.stringify(firstB?.tools ?? []).includes(MCP_TOOL) || JSON.stringify(firstB ?? {}).includes(MCP_TOOL), `session B: the model was offered ${MCP_TOOL}`, '');
    checkToolRan(api.requests, 'toolu_log_b', 'session B: `tutor log` through Bash ran without a denial');
    checkToolRan(api.requests, 'toolu_mcp_b', `session B: ${MCP_TOOL} ran without a denial`);
    const notes = evidence().map((e) => e.note);
    check(notes.length === 3 && notes.includes('e2e plugin: via Bash') && notes.includes('e2e plugin: via MCP'), 'evidence.jsonl holds 3 exchanges: first, via Bash, via MCP', JSON.stringify(notes));
    check(existsSync(transcript) && readFileSync(transcript, 'utf8').includes('E2E-B-DONE'), 'session B: the transcript page shows the new session', '');
    const commits = run('git', ['log', '--oneline'], { cwd: learn, check: false }).stdout.trim().split('\n').filter(Boolean);
    check(commits.length >= 4, `the workspace's git history has the init and one commit per record (${commits.length} commits)`, commits.join(' | '));
    const hookLog = existsSync(join(learn, 'memory', 'hook.log')) ? readFileSync(join(learn, 'memory', 'hook.log'), 'utf8').trim() : '';
    check(hookLog === '', 'memory/hook.log has no hook errors', hookLog);

    // Session C: a folder that is not a course.
    const beforeC = api.requests.length;
    const outC = await claudeTurn(claude, { tmp, name: 'session-c', prompt: C_PROMPT, cwd: elsewhere, env });
    check(outC?.result === C_DONE, 'session C: the scripted final text', JSON.stringify(outC?.result));
    const firstC = api.requests.slice(beforeC).find((r) => r.main)?.body;
    check(!contextOf(firstC).includes(BRIEF_MARK), 'session C: no brief outside a workspace', '');
    check(readdirSync(elsewhere).length === 0, "session C: the plugin's hooks wrote nothing in a folder that is not a course", readdirSync(elsewhere).join(', '));
    const listC = await runAsync(claude, ['mcp', 'list'], { cwd: elsewhere, env, timeout: 60_000 });
    check(/plugin:tutor:tutor.*connected/i.test(listC.stdout), 'outside a workspace the server still starts (its tools say how to start a course)', listC.stdout.trim());
  } finally {
    api.server.close();
    git.server.close();
    finish(tmp, api.requests, 'requests.jsonl, session-*.json, home/, learn-rust/, snapshot/');
  }
  exitWithVerdict();
}

main().catch((error) => {
  console.error(`e2e aborted: ${error.stack ?? error}`);
  process.exit(2);
});
