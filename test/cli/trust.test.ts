// Trust (issue 7): verify, two clones merged by real git, faults, and hostile input.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEventLine } from '../../src/core/events.js';
import { TINY_DOMAIN } from '../helpers/domain.js';
import { CLI, fingerprint, readJson, REPO, runCli, tempWorkspace, type TempWorkspace } from '../helpers/workspace.js';

const at = (minute: number) => `2026-06-18T${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
const log = (cwd: string, env: NodeJS.ProcessEnv, args: string[], minute: number) => runCli(['log', ...args], { cwd, env: { ...env, TUTOR_NOW: at(minute) } });
const ids = (root: string) =>
  readFileSync(join(root, 'memory/evidence.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const parsed = parseEventLine(l);
      return parsed.ok ? parsed.event.id : `unparsed:${l}`;
    });

describe('tutor verify', () => {
  it('passes a clean log and names line, id and reason for each break', async () => {
    const ws = tempWorkspace();
    for (let i = 0; i < 4; i++) await log(ws.root, ws.env, ['--concept', 'tokenization', '--quality', '0.5'], i);
    const clean = await runCli(['verify'], { cwd: ws.root, env: ws.env });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/verified 4 line\(s\), 4 event\(s\) against \d+ commit\(s\) of its history, 4 acknowledged record\(s\): OK/);

    const path = ws.file('memory/evidence.jsonl');
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    const second = parseEventLine(lines[1] as string);
    const id = second.ok ? second.event.id : '';
    lines[1] = (lines[1] as string).replace('"quality":0.5', '"quality":0.9');
    lines.push('not json at all', lines[0] as string);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const broken = await runCli(['verify'], { cwd: ws.root, env: ws.env });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('line 3 (');
    expect(broken.stdout).toMatch(/line 3 \(evt_\w+\): ERROR: its prev hash matches no earlier line: an earlier line was edited/);
    expect(broken.stdout).toContain('line 5: ERROR: does not parse: not valid JSON');
    expect(broken.stdout).toMatch(/line 6 \(evt_\w+\): ERROR: duplicate id \(first on line 1\)/);
    expect(broken.stderr).toMatch(/^tutor: the log does not verify: \d+ problem\(s\), first on line 2: line 2 \(evt_\w+\) differs from the record tutor log acknowledged: quality 0.5 → 0.9/);
    expect(id).toMatch(/^evt_/);
  });

  it('catches an edit of the last line through the head in learner.json and the git history', async () => {
    const ws = tempWorkspace();
    await log(ws.root, ws.env, ['--concept', 'tokenization', '--quality', '0.5'], 0);
    await log(ws.root, ws.env, ['--concept', 'tokenization', '--quality', '0.6'], 1);
    const path = ws.file('memory/evidence.jsonl');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"quality":0.6', '"quality":1'));
    const result = await runCli(['verify'], { cwd: ws.root, env: ws.env });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/ERROR: memory\/learner\.json records head \w+…, which is no line of the log/);
    expect(result.stdout).toMatch(/line 2 \(evt_\w+\) as of commit \w{7} \(2026-\d\d-\d\d, "tutor: exchange tokenization quality 0.6"\) was changed in the working copy of memory\/evidence.jsonl: quality 0.6 → 1/);
    expect(result.stdout).toMatch(/ERROR: line 2 \(evt_\w+\) differs from the record tutor log acknowledged: quality 0.6 → 1/);
  });

  it('log refuses a clock verify would flag; an event about a concept the curriculum dropped is a note, not an error', async () => {
    const ws = tempWorkspace({ git: false });
    await log(ws.root, ws.env, ['--concept', 'position', '--quality', '0.5'], 0);
    for (const now of ['2030-01-01T00:00:00Z', '1999-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '2026-02-30']) {
      const before = fingerprint(ws.root);
      const refused = await runCli(['log', '--concept', 'tokenization', '--quality', '0.5'], { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: now } });
      expect(refused.code, now).toBe(1);
      expect(refused.stderr).toMatch(/^tutor: TUTOR_NOW: /);
      expect(refused.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(fingerprint(ws.root)).toEqual(before);
    }
    writeFileSync(ws.file('memory/domain.json'), JSON.stringify({ ...TINY_DOMAIN, concepts: TINY_DOMAIN.concepts.filter((c) => c.id !== 'position'), exit_test: [] }));
    const result = await runCli(['verify'], { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: '2026-06-18T12:00:00Z' } });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('note: about concept "position", which memory/domain.json no longer has: kept, not counted');
  });

  it('names the time when a line carries a timestamp far in the future', async () => {
    const ws = tempWorkspace({ git: false });
    await log(ws.root, ws.env, ['--concept', 'position', '--quality', '0.5'], 0);
    const result = await runCli(['verify'], { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: '2026-06-10T00:00:00Z' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ERROR: timestamp 2026-06-18T09:00:00.000Z is in the future');
  });

  it('--json prints one JSON document, the report, and exits 1 when the log does not verify', async () => {
    const ws = tempWorkspace({ git: false });
    await log(ws.root, ws.env, ['--concept', 'position', '--quality', '0.5'], 0);
    writeFileSync(ws.file('memory/evidence.jsonl'), `${readFileSync(ws.file('memory/evidence.jsonl'), 'utf8')}not json\n`);
    const result = await runCli(['verify', '--json'], { cwd: ws.root, env: ws.env });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.findings[0].message).toContain('does not parse');
    expect(result.stderr).toBe('');
  });
});

describe('two clones of one workspace', () => {
  function clone(origin: string, env: NodeJS.ProcessEnv, name: string): TempWorkspace {
    const dir = join(mkdtempSync(join(tmpdir(), 'tutor-clone-')), name);
    execFileSync('git', ['clone', '-q', origin, dir], { env });
    // What `npm install` does in a clone: define the merge driver for derived files.
    execFileSync(process.execPath, [join(REPO, 'scripts/setup-git.mjs'), dir], { env });
    return { root: dir, env, file: (p) => join(dir, p), read: (p) => readFileSync(join(dir, p), 'utf8'), git: (...args) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }) };
  }

  it('merge without conflicts: every event of both present exactly once, verify passes, state agrees', async () => {
    const origin = tempWorkspace();
    copyFileSync(join(REPO, '.gitattributes'), origin.file('.gitattributes'));
    origin.git('add', '.gitattributes', 'memory/domain.json');
    origin.git('commit', '-qm', 'workspace');
    await log(origin.root, origin.env, ['--concept', 'tokenization', '--quality', '0.6'], 0);
    await log(origin.root, origin.env, ['--concept', 'tokenization', '--quality', '0.7'], 1);
    const a = clone(origin.root, origin.env, 'laptop');
    const b = clone(origin.root, origin.env, 'desktop');
    for (let i = 0; i < 3; i++) {
      await log(a.root, a.env, ['--concept', 'sampling', '--quality', '0.8'], 10 + 2 * i);
      await log(b.root, b.env, ['--concept', 'attention', '--quality', '0.4', ...(i === 0 ? ['--misconception', 'order-blind', '--tag', 'order-blind'] : [])], 11 + 2 * i);
    }
    const before = new Set([...ids(a.root), ...ids(b.root)]);
    expect(before.size).toBe(8);

    b.git('-c', 'pull.rebase=false', 'pull', '-q', '--no-edit', a.root, 'main');
    a.git('-c', 'pull.rebase=false', 'pull', '-q', '--no-edit', b.root, 'main');
    for (const side of [a, b]) {
      const merged = ids(side.root);
      expect(merged).toHaveLength(8);
      expect(new Set(merged)).toEqual(before);
      expect(side.git('status', '--porcelain').trim()).toBe('');
      const verified = await runCli(['verify'], { cwd: side.root, env: side.env });
      expect(verified.code, verified.stdout).toBe(0);
      expect(verified.stdout).toMatch(/continues from line \d+, not the line before it: a merge of two clones/);
      expect(verified.stdout).toMatch(/against \d+ commit\(s\) of its history/);
      expect((await runCli(['build'], { cwd: side.root, env: { ...side.env, TUTOR_NOW: at(30) } })).code).toBe(0);
    }
    const state = (ws: TempWorkspace) => readJson(ws.file('memory/learner.json')).concepts;
    expect(state(a)).toEqual(state(b));
    expect(readJson(b.file('memory/learner.json')).source.events).toBe(8);
    // Logging after the merge chains onto the merged log.
    await log(b.root, b.env, ['--concept', 'attention', '--quality', '0.9', '--resolved', 'order-blind'], 40);
    expect((await runCli(['verify'], { cwd: b.root, env: b.env })).code).toBe(0);
  });
});

describe('faults', () => {
  // Root ignores file modes; run the CLI as root without the capability that lets it (setpriv is
  // part of util-linux), so that a read-only folder is read-only for it too, wherever the checkout is.
  const asRoot = process.getuid?.() === 0;
  const withModesEnforced = (args: string[]): [string, string[]] =>
    asRoot
      ? ['setpriv', ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', '--', process.execPath, ...args]]
      : [process.execPath, args];

  it('a read-only memory/ gives a clear message and changes nothing', async () => {
    const ws = tempWorkspace({ git: false });
    await log(ws.root, ws.env, ['--concept', 'tokenization', '--quality', '0.5'], 0);
    chmodSync(ws.file('memory'), 0o555);
    const before = fingerprint(ws.root);
    const result = await new Promise<{ code: number; stderr: string; stdout: string }>((done) => {
      const [command, args] = withModesEnforced([CLI, 'log', '--concept', 'tokenization', '--quality', '0.6']);
      const child = spawn(command, args, { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: at(1) } });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (code) => done({ code: code ?? -1, stderr, stdout }));
    });
    chmodSync(ws.file('memory'), 0o755);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^tutor: .*memory\/\.tutor\.lock: permission denied \(EACCES\); nothing was changed/);
    expect(fingerprint(ws.root)).toEqual(before);
  });

  it('a full disk (a file-size limit) refuses the record and leaves no half line', async () => {
    const ws = tempWorkspace({ git: false });
    await log(ws.root, ws.env, ['--concept', 'tokenization', '--quality', '0.5'], 0);
    const size = readFileSync(ws.file('memory/evidence.jsonl')).length;
    const before = readFileSync(ws.file('memory/evidence.jsonl'));
    // 1-KB blocks: the next line does not fit.
    const limitBlocks = Math.ceil(size / 1024);
    const result = await new Promise<{ code: number; stderr: string; stdout: string }>((done) => {
      const child = spawn('bash', ['-c', `ulimit -f ${limitBlocks}; exec "$0" "$@"`, process.execPath, CLI, 'log', '--concept', 'tokenization', '--quality', '0.6', '--note', 'x'.repeat(1500)], {
        cwd: ws.root,
        env: { ...ws.env, TUTOR_NOW: at(1) },
      });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (code) => done({ code: code ?? -1, stderr, stdout }));
    });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/file too large|EFBIG|no space/i);
    expect(readFileSync(ws.file('memory/evidence.jsonl'))).toEqual(before);
    expect((await runCli(['verify'], { cwd: ws.root, env: ws.env })).code).toBe(0);
  });

  it('a lock held by a killed process is taken over', async () => {
    const ws = tempWorkspace({ git: false });
    const dead = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString();
    writeFileSync(ws.file('memory/.tutor.lock'), JSON.stringify({ pid: Number(dead), host: hostname(), nonce: 'killed' }));
    const result = await log(ws.root, ws.env, ['--concept', 'tokenization', '--quality', '0.5'], 0);
    expect(result.code, result.stderr).toBe(0);
    expect(ids(ws.root)).toHaveLength(1);
  });
});

describe('hostile curricula', () => {
  it.each([
    ['__proto__ keys', '{"__proto__": {"polluted": true}, "modules": [], "concepts": [], "exit_test": []}', /unknown key "__proto__"/],
    ['duplicate ids', JSON.stringify({ ...TINY_DOMAIN, concepts: [...TINY_DOMAIN.concepts, TINY_DOMAIN.concepts[0]] }), /concepts\[4\] "tokenization"\.id: duplicate id "tokenization"/],
    ['wrong types', JSON.stringify({ ...TINY_DOMAIN, modules: 'M1' }), /modules: expected array, got string/],
    ['a 10 MB file', `{"title": "${'x'.repeat(10 * 1024 * 1024)}"}`, /the file is \d+ bytes; a curriculum may be at most 2097152 bytes/],
  ])('%s: refused with file, path and reason; the last good derived files stay untouched', async (_name, domain, message) => {
    const ws = tempWorkspace({ git: false });
    await log(ws.root, ws.env, ['--concept', 'tokenization', '--quality', '0.5'], 0);
    writeFileSync(ws.file('memory/domain.json'), domain);
    const before = fingerprint(ws.root);
    for (const command of [['build'], ['log', '--concept', 'tokenization', '--quality', '0.5'], ['verify']]) {
      const result = await runCli(command, { cwd: ws.root, env: ws.env });
      expect(result.code, command[0]).toBe(1);
      expect(result.stderr).toMatch(/memory\/domain\.json/);
      expect(result.stderr).toMatch(message);
    }
    expect(fingerprint(ws.root)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

