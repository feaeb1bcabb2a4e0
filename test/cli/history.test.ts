// Issue 13: nothing accepted is lost or silently changed, whatever git does. Real repositories,
// the built CLI, the git commands a learner may run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEventLine, serializeEvent, type TutorEvent } from '../../src/core/events.js';
import { readJson, REPO, runCli, tempWorkspace, type TempWorkspace } from '../helpers/workspace.js';

const at = (minute: number) => new Date(Date.parse('2026-06-18T09:00:00.000Z') + minute * 60_000).toISOString();
const log = (ws: TempWorkspace, args: string[], minute: number, env: NodeJS.ProcessEnv = {}) =>
  runCli(['log', ...args], { cwd: ws.root, env: { ...ws.env, ...env, TUTOR_NOW: at(minute) } });
const verify = (ws: TempWorkspace) => runCli(['verify'], { cwd: ws.root, env: ws.env });
const lines = (ws: TempWorkspace) => ws.read('memory/evidence.jsonl').split('\n').filter(Boolean);
const idsOf = (ws: TempWorkspace) => lines(ws).map((l) => (parseEventLine(l) as { ok: true; event: TutorEvent }).event.id);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A workspace with the repository's .gitattributes and a first commit, as a learner's is. */
async function committedWorkspace(records = 2): Promise<TempWorkspace> {
  const ws = tempWorkspace();
  copyFileSync(join(REPO, '.gitattributes'), ws.file('.gitattributes'));
  writeFileSync(ws.file('notes.txt'), 'mine\n');
  ws.git('add', '.');
  ws.git('commit', '-qm', 'workspace');
  for (let i = 0; i < records; i++) expect((await log(ws, ['--concept', 'tokenization', '--quality', '0.5'], i)).code).toBe(0);
  return ws;
}

describe('the clock behind the log', () => {
  it('issue 13: a misconception then its resolution, logged with TUTOR_NOW set back, is resolved in status', async () => {
    const ws = await committedWorkspace(0);
    const run = (args: string[], now: string) => runCli(['log', ...args], { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: now } });
    expect((await run(['--concept', 'sampling', '--quality', '0.5'], '2026-06-18T11:30:00Z')).code).toBe(0);
    expect((await run(['--concept', 'sampling', '--quality', '0.4', '--misconception', 'm5', '--tag', 'tag5'], '2026-06-18T11:00:00Z')).code).toBe(0);
    const resolved = await run(['--concept', 'sampling', '--quality', '0.9', '--resolved', 'tag5'], '2026-06-18T11:00:00Z');
    expect(resolved.stdout).toContain('resolved tag5');
    const status = await runCli(['status'], { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: '2026-06-18T12:00:00Z' } });
    expect(status.stdout).not.toContain('tag5 (open)');
    expect(status.stdout).not.toContain('Open misconceptions');
    expect((await verify(ws)).code).toBe(0);
  });
});

describe('git operations never take an acknowledged record away unnoticed', () => {
  it('a record made during a rebase that stopped, then the rebase aborted: verify names it, restore puts it back', async () => {
    const ws = await committedWorkspace();
    ws.git('checkout', '-qb', 'side');
    writeFileSync(ws.file('notes.txt'), 'side\n');
    ws.git('commit', '-qam', 'side notes');
    ws.git('checkout', '-q', 'main');
    writeFileSync(ws.file('notes.txt'), 'main\n');
    ws.git('commit', '-qam', 'main notes');
    ws.git('checkout', '-q', 'side');
    expect(() => ws.git('rebase', 'main')).toThrow();
    const during = await log(ws, ['--concept', 'sampling', '--quality', '0.7'], 10);
    expect(during.code).toBe(0);
    expect(during.stderr).toMatch(/not committed: a rebase is in progress.*`tutor restore` puts it back/);
    const id = /recorded (evt_\w+)/.exec(during.stdout)?.[1] as string;
    ws.git('rebase', '--abort');
    expect(idsOf(ws)).not.toContain(id);

    const broken = await verify(ws);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`the record ${id}, acknowledged by tutor log in this clone, is missing from the log`);
    const restored = await runCli(['restore'], { cwd: ws.root, env: ws.env });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(new RegExp(`restored 1 record\\(s\\): ${id} \\[\\w+\\]`));
    expect(idsOf(ws)).toContain(id);
    expect((await verify(ws)).code).toBe(0);
    expect(readJson(ws.file('memory/learner.json')).concepts.sampling.observations).toBe(1);
    expect((await runCli(['restore'], { cwd: ws.root, env: ws.env })).stdout).toContain('nothing to restore');
  });

  it('on a detached HEAD records are not committed (they would be left behind); stash and checkout cannot lose them', async () => {
    const ws = await committedWorkspace();
    ws.git('checkout', '-q', '--detach');
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await log(ws, ['--concept', 'sampling', '--quality', '0.6'], 10 + i);
      expect(result.stderr).toContain('not committed: HEAD is detached');
      made.push(/recorded (evt_\w+)/.exec(result.stdout)?.[1] as string);
    }
    ws.git('stash', '-q');
    ws.git('checkout', '-q', 'main');
    for (const id of made) expect(idsOf(ws)).not.toContain(id);
    const broken = await verify(ws);
    expect(broken.code).toBe(1);
    for (const id of made) expect(broken.stdout).toContain(`the record ${id}, acknowledged by tutor log in this clone, is missing`);
    expect((await runCli(['restore'], { cwd: ws.root, env: ws.env })).stdout).toMatch(/restored 3 record\(s\)/);
    expect(idsOf(ws).slice(-3)).toEqual(made);
    expect((await verify(ws)).code).toBe(0);
    expect(ws.git('status', '--porcelain').trim()).toBe('');
  });

  it('with GIT_DIR pointing at another repository, the record is committed in the workspace, not there', async () => {
    const ws = await committedWorkspace(0);
    const other = mkdtempSync(join(tmpdir(), 'tutor-other-'));
    execFileSync('git', ['init', '-q', '-b', 'main', other], { env: ws.env });
    const result = await log(ws, ['--concept', 'tokenization', '--quality', '0.5'], 0, { GIT_DIR: join(other, '.git'), GIT_WORK_TREE: other });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(ws.git('log', '--format=%s', '-1')).toContain('tutor: exchange tokenization');
    expect(() => execFileSync('git', ['-C', other, 'rev-parse', 'HEAD'], { env: ws.env, stdio: 'pipe' })).toThrow();
  });
});

describe('edits are evident for as long as history holds them', () => {
  it('an edited last line is not laundered by the next record: verify names the commit, log warns, the dashboard says so', async () => {
    const ws = await committedWorkspace(3);
    const path = ws.file('memory/evidence.jsonl');
    const all = lines(ws);
    all[2] = (all[2] as string).replace('"quality":0.5', '"quality":1');
    writeFileSync(path, `${all.join('\n')}\n`);
    const next = await log(ws, ['--concept', 'tokenization', '--quality', '0.5'], 10);
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(/warning: the log does not verify: \d+ problem\(s\); first, line 3/);
    expect(ws.read('site/index.html')).toContain('The log does not verify.');
    const result = await verify(ws);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/line 3 \(evt_\w+\) as of commit \w{7} .* was changed in commit \w{7} .*: quality 0\.5 → 1/);
    // And it stays evident: another record does not make it go away.
    expect((await log(ws, ['--concept', 'tokenization', '--quality', '0.5'], 11)).stderr).toContain('the log does not verify');
    expect((await verify(ws)).code).toBe(1);
  });

  it('rewriting every line with recomputed prev hashes is evident', async () => {
    const ws = await committedWorkspace(3);
    let prev: string | null = null;
    const rewritten = lines(ws).map((l) => {
      const event = (parseEventLine(l) as { ok: true; event: TutorEvent }).event;
      const line = serializeEvent({ ...event, quality: 1, prev } as TutorEvent);
      prev = sha256(line);
      return line;
    });
    writeFileSync(ws.file('memory/evidence.jsonl'), `${rewritten.join('\n')}\n`);
    // With the journal gone too (a clone on another device has none), history alone tells.
    execFileSync('rm', ['-rf', ws.file('.git/tutor')]);
    expect((await log(ws, ['--concept', 'sampling', '--quality', '0.5'], 10)).stderr).toContain('the log does not verify');
    const result = await verify(ws);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/was changed in commit \w{7}.*quality 0\.5 → 1/);
  });

  it('a forged line inserted mid-log with a valid prev is an insertion, not a merge', async () => {
    const ws = await committedWorkspace(3);
    const all = lines(ws);
    const second = (parseEventLine(all[1] as string) as { ok: true; event: TutorEvent }).event;
    const forged = serializeEvent({ id: 'evt_01KVCZCN70AV50DQBW2E0F43YB', ts: second.ts, type: 'exit_test', target: 'et1', passed: true, prev: sha256(all[1] as string) });
    all.splice(2, 0, forged);
    writeFileSync(ws.file('memory/evidence.jsonl'), `${all.join('\n')}\n`);
    const result = await verify(ws);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/has a line inserted at line 3 \(evt_01KVCZCN70AV50DQBW2E0F43YB\), before lines already committed/);
  });

  it('a line duplicated three times counts once: one exchange masters nothing', async () => {
    const ws = await committedWorkspace(0);
    await log(ws, ['--concept', 'tokenization', '--quality', '0.95'], 0);
    const line = lines(ws)[0] as string;
    writeFileSync(ws.file('memory/evidence.jsonl'), `${[line, line, line].join('\n')}\n`);
    const status = JSON.parse((await runCli(['status', '--json'], { cwd: ws.root, env: ws.env })).stdout);
    expect(status.learner?.concepts?.tokenization?.status ?? status.concepts?.tokenization?.status).toBe('learning');
    expect((await runCli(['build'], { cwd: ws.root, env: ws.env })).code).toBe(0);
    const learner = readJson(ws.file('memory/learner.json'));
    expect(learner.concepts.tokenization.observations).toBe(1);
    expect(learner.source.events).toBe(1);
    const result = await verify(ws);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/duplicate id \(first on line 1\)/);
  });
});

describe('two devices', () => {
  function clone(origin: string, env: NodeJS.ProcessEnv, name: string, config: string[] = []): TempWorkspace {
    const dir = join(mkdtempSync(join(tmpdir(), 'tutor-clone-')), name);
    execFileSync('git', ['clone', '-q', ...config.flatMap((c) => ['-c', c]), origin, dir], { env });
    execFileSync(process.execPath, [join(REPO, 'scripts/setup-git.mjs'), dir], { env });
    return { root: dir, env, file: (p) => join(dir, p), read: (p) => readFileSync(join(dir, p), 'utf8'), git: (...args) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }) };
  }

  it('pull --rebase replays records after the other side: verify still passes (old attestations are re-read, not trusted)', async () => {
    const origin = await committedWorkspace(1);
    const a = clone(origin.root, origin.env, 'laptop');
    const b = clone(origin.root, origin.env, 'desktop');
    for (let i = 0; i < 2; i++) {
      await log(a, ['--concept', 'sampling', '--quality', '0.8'], 10 + i);
      await log(b, ['--concept', 'attention', '--quality', '0.4'], 20 + i);
    }
    b.git('-c', 'pull.rebase=true', 'pull', '-q', a.root, 'main');
    expect(idsOf(b)).toHaveLength(5);
    const result = await verify(b);
    expect(result.code, result.stdout).toBe(0);
    expect((await log(b, ['--concept', 'attention', '--quality', '0.5'], 30)).stderr).toBe('');
  });

  it('with core.autocrlf=true (Git for Windows) the log stays byte-exact and every clone verifies after a pull', async () => {
    const origin = await committedWorkspace(2);
    const windows = clone(origin.root, origin.env, 'windows', ['core.autocrlf=true']);
    expect(windows.read('memory/evidence.jsonl')).not.toContain('\r');
    await log(windows, ['--concept', 'sampling', '--quality', '0.8'], 10);
    expect((await verify(windows)).code).toBe(0);
    const linux = clone(origin.root, origin.env, 'linux');
    linux.git('-c', 'pull.rebase=false', 'pull', '-q', '--no-edit', windows.root, 'main');
    const result = await verify(linux);
    expect(result.code, result.stdout).toBe(0);
    expect(idsOf(linux)).toHaveLength(3);
  });

  it('without -text in .gitattributes, verify names the line endings as the cause', async () => {
    const ws = await committedWorkspace(2);
    writeFileSync(ws.file('memory/evidence.jsonl'), ws.read('memory/evidence.jsonl').replace(/\n/g, '\r\n'));
    const result = await verify(ws);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/2 line\(s\) end in CRLF, not LF: git converted the log's line endings \(core\.autocrlf\)/);
  });
});
