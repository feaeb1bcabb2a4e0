// `tutor course check` run as a person runs it (the built CLI, a temp workspace with real git), and
// a domain.json broken mid-session: the refusal says how to get back, and what it says works.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, fingerprint, runCli, tempWorkspace, type TempWorkspace } from '../helpers/workspace.js';
import { TINY_DOMAIN, tinyDomainJson } from '../helpers/domain.js';

const tutor = (ws: TempWorkspace, args: string[], cwd = ws.root) => runCli(args, { cwd, env: ws.env });

/** The tiny course with one typo in a prerequisite: attention's "sampling" spelled "samplng". */
const typoed = () => tinyDomainJson({ concepts: TINY_DOMAIN.concepts.map((c) => (c.id === 'attention' ? { ...c, prereqs: ['samplng'] } : c)) });

/** A workspace with one record and its course committed, as after a first session. */
async function committedWorkspace(): Promise<TempWorkspace> {
  const ws = tempWorkspace();
  expect((await tutor(ws, ['log', '--concept', 'tokenization', '--quality', '0.5'])).code).toBe(0);
  ws.git('add', 'memory/domain.json');
  ws.git('commit', '-q', '-m', 'the course');
  return ws;
}

/** The command a refusal tells the person to run, from its backticks. */
function recoveryCommand(stderr: string): string {
  const match = /to return to the last committed course[^`]*`([^`]+)`/.exec(stderr);
  expect(match, stderr).not.toBeNull();
  return match![1]!;
}

describe('tutor course check', () => {
  it('a clean course: the summary line, exit 0, nothing written', async () => {
    const ws = tempWorkspace({ git: false });
    const before = fingerprint(ws.root);
    const result = await tutor(ws, ['course', 'check']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe('memory/domain.json: 4 concepts, 2 modules, 2 exit items; 0 errors, 0 warnings: OK');
    expect(fingerprint(ws.root)).toEqual(before);
  });

  it('warnings alone: listed with their codes, still exit 0', async () => {
    const ws = tempWorkspace({ git: false, domain: tinyDomainJson({ modules: [...TINY_DOMAIN.modules, { id: 'M3', name: 'Later' }], exit_test: [TINY_DOMAIN.exit_test[0]] }) });
    const result = await tutor(ws, ['course', 'check']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^warning modules\[2\] "M3": has no concepts.*\[empty_module\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^warning concepts\[2\] "attention": no exit item depends on it.*\[uncovered_concept\]$/));
    expect(lines.at(-1)).toBe("memory/domain.json: 4 concepts, 3 modules, 1 exit item; 0 errors, 3 warnings (the author's to judge)");
  });

  it('errors: listed first with the id-named path and a suggestion, exit 1', async () => {
    const ws = tempWorkspace({ git: false, domain: typoed() });
    const result = await tutor(ws, ['course', 'check']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('error   concepts[2] "attention".prereqs[0]: unknown concept "samplng" (did you mean "sampling"?)');
    expect(lines.at(-1)).toMatch(/; 1 error, \d+ warnings?/);
    expect(result.stderr).toMatch(/^tutor: memory\/domain\.json is invalid \(1 error, listed above\)/);
  });

  it('--json: one document with errors, warnings and counts; the exit code says whether it is valid', async () => {
    const ws = tempWorkspace({ git: false, domain: typoed() });
    const bad = await tutor(ws, ['course', 'check', '--json']);
    expect(bad).toMatchObject({ code: 1, stderr: '' });
    const report = JSON.parse(bad.stdout);
    expect(report).toMatchObject({
      ok: false,
      file: 'memory/domain.json',
      errors: [{ path: 'concepts[2] "attention".prereqs[0]', message: 'unknown concept "samplng" (did you mean "sampling"?)' }],
      summary: { concepts: 4, modules: 2, exit_items: 2, errors: 1 },
    });
    // Every concept is still required by an exit item directly: the broken link uncovers none.
    expect(report.warnings).toEqual([]);
    writeFileSync(ws.file('memory/domain.json'), tinyDomainJson({ exit_test: [] }));
    const good = await tutor(ws, ['course', 'check', '--json']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, errors: [], warnings: [{ code: 'no_exit_test', path: 'exit_test', id: null }], summary: { exit_items: 0, warnings: 1 } });
  });

  it('a file that is not JSON: the syntax error with its line and column, exit 1', async () => {
    const ws = tempWorkspace({ git: false, domain: '{\n  "modules": [\n    {"id": "M1", "name": "x"}\n  \n' });
    const result = await tutor(ws, ['course', 'check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^error   \(top level\): not valid JSON: unexpected end of file inside an array at line 5, column 1$/m);
    expect(result.stdout).toContain('memory/domain.json: 0 concepts, 0 modules, 0 exit items; 1 error, 0 warnings');
  });

  it('FILE: checks a course file outside any workspace, before `tutor init --course FILE` uses it', async () => {
    const ws = tempWorkspace({ git: false });
    const folder = mkdtempSync(join(tmpdir(), 'tutor-course-'));
    writeFileSync(join(folder, 'rust.json'), typoed());
    const result = await tutor(ws, ['course', 'check', 'rust.json'], folder);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error   concepts[2] "attention".prereqs[0]: unknown concept "samplng"');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^rust\.json: 4 concepts/);

    const missing = await tutor(ws, ['course', 'check', 'nope.json'], folder);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('error   (top level): the file does not exist');

    const both = await tutor(ws, ['course', 'check', 'rust.json', '--root', ws.root], folder);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/^tutor: --root: refused .*; allowed: either a FILE or --root DIR, not both/);
  });
});

describe('a domain.json broken mid-session', () => {
  it('`tutor log` is refused with the id-named problem and the checkout that restores the course; running it works', async () => {
    const ws = await committedWorkspace();
    writeFileSync(ws.file('memory/domain.json'), typoed());
    const before = fingerprint(ws.root);
    const refused = await tutor(ws, ['log', '--concept', 'sampling', '--quality', '0.6']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('memory/domain.json: concepts[2] "attention".prereqs[0]: unknown concept "samplng" (did you mean "sampling"?)');
    expect(refused.stderr).toContain('run `tutor course check` to see every problem');
    expect(recoveryCommand(refused.stderr)).toBe('git checkout -- memory/domain.json');
    expect(fingerprint(ws.root)).toEqual(before);

    execSync(recoveryCommand(refused.stderr), { cwd: ws.root, env: ws.env, stdio: 'ignore' });
    const logged = await tutor(ws, ['log', '--concept', 'sampling', '--quality', '0.6']);
    expect(logged.code, logged.stderr).toBe(0);
    expect(logged.stdout).toMatch(/^recorded evt_/);
  });

  it('a staged broken file: the refusal says checkout HEAD, which restores the committed course', async () => {
    const ws = await committedWorkspace();
    writeFileSync(ws.file('memory/domain.json'), '{"modules": [}');
    ws.git('add', 'memory/domain.json');
    const refused = await tutor(ws, ['status']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not valid JSON: .* at line 1, column 14/);
    expect(recoveryCommand(refused.stderr)).toBe('git checkout HEAD -- memory/domain.json');
    execSync(recoveryCommand(refused.stderr), { cwd: ws.root, env: ws.env, stdio: 'ignore' });
    expect(ws.read('memory/domain.json')).toBe(tinyDomainJson());
    expect((await tutor(ws, ['build'])).code).toBe(0);
  });

  it('run from a subfolder, the command names the workspace with git -C', async () => {
    const ws = await committedWorkspace();
    writeFileSync(ws.file('memory/domain.json'), typoed());
    const refused = await tutor(ws, ['status'], ws.file('memory'));
    expect(refused.code).toBe(1);
    const command = recoveryCommand(refused.stderr);
    expect(command).toMatch(/^git -C \S+ checkout -- memory\/domain\.json$/);
    execSync(command, { cwd: ws.file('memory'), env: ws.env, stdio: 'ignore' });
    expect((await tutor(ws, ['status'])).code).toBe(0);
  });

  it('no committed course to return to: says so instead of offering a checkout', async () => {
    const never = tempWorkspace({ domain: typoed() });
    const a = await tutor(never, ['log', '--concept', 'sampling', '--quality', '0.6']);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('memory/domain.json has never been committed, so there is no committed course to return to: fix it by hand');

    const noGit = tempWorkspace({ git: false, domain: typoed() });
    const b = await tutor(noGit, ['build']);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('the workspace is not a git repository');
    expect(b.stderr).not.toContain('checkout');

    const ws = await committedWorkspace();
    writeFileSync(ws.file('memory/domain.json'), typoed());
    ws.git('commit', '-q', '-am', 'a broken course, committed');
    const c = await tutor(ws, ['status']);
    expect(c.stderr).toContain('the last committed memory/domain.json is invalid too, so fix it by hand');
  });

  it('the SessionStart hook does not fail the session: its brief says the course is broken and how to get back', async () => {
    const ws = await committedWorkspace();
    writeFileSync(ws.file('memory/domain.json'), typoed());
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [CLI, 'hook', 'session-start'], { cwd: ws.root, env: ws.env, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
      child.stdin.end(JSON.stringify({ hook_event_name: 'SessionStart', cwd: ws.root, source: 'startup' }));
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const context: string = JSON.parse(result.stdout).hookSpecificOutput.additionalContext;
    expect(context).toMatch(/^Tutor memory is unavailable for this session: the course file is broken/);
    expect(context).toContain('concepts[2] "attention".prereqs[0]: unknown concept "samplng" (did you mean "sampling"?)');
    expect(context).toContain('`git checkout -- memory/domain.json`');
  });
});
