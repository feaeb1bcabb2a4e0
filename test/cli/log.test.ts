// Black-box runs of the built CLI in temp workspaces with real git (issue 2 "What it must show").
import { createHash } from 'node:crypto';
import { appendFileSync, chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEventLine } from '../../src/core/events.js';
import { tinyDomainJson, TINY_DOMAIN } from '../helpers/domain.js';
import { fingerprint, readJson, runCli, tempWorkspace, type TempWorkspace } from '../helpers/workspace.js';

const NOW = '2026-06-18T09:00:00.000Z';

function log(ws: TempWorkspace, args: string[], now = NOW) {
  return runCli(['log', ...args], { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: now } });
}

const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('tutor log: the worked example end to end', () => {
  it('0.5, 0.9, 0.95 → learner.json 0.5, 0.74, 0.866; a lone 0.9 stays learning; one commit per event', async () => {
    const ws = tempWorkspace();
    const expected = [
      [0.5, 'learning'],
      [0.74, 'learning'],
      [0.866, 'mastered'],
    ] as const;
    const qualities = ['0.5', '0.9', '0.95'];
    for (const [i, quality] of qualities.entries()) {
      const result = await log(ws, ['--concept', 'tokenization', '--quality', quality], `2026-06-18T09:0${i}:00.000Z`);
      expect(result.code, result.stderr).toBe(0);
      const concept = readJson(ws.file('memory/learner.json')).concepts.tokenization;
      expect(concept.mastery).toBeCloseTo(expected[i]?.[0] as number, 3);
      expect(concept.status).toBe(expected[i]?.[1]);
    }
    const lone = await log(ws, ['--concept', 'attention', '--quality', '0.9']);
    expect(lone.stdout).toMatch(/attention quality 0\.9 → mastery none → 0\.90, learning/);
    const learner = readJson(ws.file('memory/learner.json'));
    expect(learner.concepts.attention).toMatchObject({ mastery: 0.9, status: 'learning', observations: 1 });
    expect(learner.source.events).toBe(4);
    expect(ws.git('rev-list', '--count', 'HEAD').trim()).toBe('4');
    expect(ws.git('log', '-1', '--format=%B')).toContain(`Evidence-Head: ${learner.source.head}`);
    expect(ws.git('status', '--porcelain', '--', 'memory/evidence.jsonl', 'memory/learner.json', 'site/index.html').trim()).toBe('');
  });

  it('prints one line saying what was recorded and how the concept moved; --json for machines', async () => {
    const ws = tempWorkspace();
    const first = await log(ws, ['--concept', 'sampling', '--quality', '0.4', '--misconception', 'Temperature can re-rank tokens', '--tag', 'temp-reranks']);
    expect(first.stdout.trim().split('\n')).toHaveLength(1);
    expect(first.stdout).toMatch(/^recorded evt_\w{26}: sampling quality 0\.4 → mastery none → 0\.40, learning .*opened misconception temp-reranks \[[0-9a-f]{7,}\]$/m);
    const json = await log(ws, ['--concept', 'sampling', '--quality', '0.9', '--resolved', 'temp-reranks', '--json']);
    const body = JSON.parse(json.stdout);
    expect(body).toMatchObject({ ok: true, committed: true, event: { type: 'exchange', concept: 'sampling', quality: 0.9, resolved: ['temp-reranks'] } });
    expect(body.concept).toMatchObject({ mastery: 0.7, observations: 2, misconceptions: { open: [], resolved: 1, relapses: 0 } });
  });

  it('records exit-test attempts and retractions', async () => {
    const ws = tempWorkspace();
    const passed = await log(ws, ['--type', 'exit_test', '--target', 'et1', '--passed', '--note', 'cold, precise']);
    expect(passed.stdout).toContain('exit item et1 passed (attempt 1); exit test Mechanism 1/1 · Build 0/1');
    const id = /recorded (evt_\w+)/.exec(passed.stdout)?.[1] as string;
    const retracted = await log(ws, ['--type', 'retract', '--target', id, '--note', 'it was a practice run']);
    expect(retracted.code, retracted.stderr).toBe(0);
    expect(retracted.stdout).toContain(`retracted ${id}: exit item et1 not passed, 0 attempt(s)`);
    expect(readJson(ws.file('memory/learner.json')).exit.et1).toMatchObject({ passed: false, attempts: 0 });
  });
});

describe('tutor log: concurrency', () => {
  it('8 processes logging 50 events each at once: 400 lines, all parse, 400 ids, chain intact, learner counts 400', async () => {
    const ws = tempWorkspace();
    const script = `
      import { recordEvent } from ${JSON.stringify(join(import.meta.dirname, '../../dist/app/record.js'))};
      import { workspaceAt } from ${JSON.stringify(join(import.meta.dirname, '../../dist/store/workspace.js'))};
      const ws = workspaceAt(process.argv.at(-1));
      const concepts = ['tokenization', 'sampling', 'attention', 'position'];
      for (let i = 0; i < 50; i++) {
        await recordEvent(ws, { concept: concepts[i % 4], quality: String((i % 10) / 10) }, { now: new Date() });
      }
    `;
    const runs = Array.from({ length: 8 }, () => runNode(script, [ws.root], ws.env));
    const results = await Promise.all(runs);
    for (const r of results) expect(r.code, r.stderr).toBe(0);

    const bytes = readFileSync(ws.file('memory/evidence.jsonl'));
    const lines = bytes.toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(400);
    const events = lines.map((l) => parseEventLine(l));
    expect(events.every((e) => e.ok)).toBe(true);
    const ids = new Set(events.map((e) => (e.ok ? e.event.id : '')));
    expect(ids.size).toBe(400);
    let prev: string | null = null;
    for (const [i, line] of lines.entries()) {
      const event = events[i];
      expect(event?.ok && event.event.prev, `line ${i + 1}`).toBe(prev);
      prev = sha(line);
    }
    const learner = readJson(ws.file('memory/learner.json'));
    expect(learner.source.events).toBe(400);
    expect(learner.source.head).toBe(prev);
    expect(Object.values(learner.concepts).reduce((n: number, c: any) => n + c.observations, 0)).toBe(400);
  });
});

function runNode(source: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return import('node:child_process').then(
    ({ spawn }) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', source, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
      }),
  );
}

describe('tutor log: refused input changes nothing', () => {
  const refusals: [string, string[], RegExp][] = [
    ['quality NaN', ['--concept', 'sampling', '--quality', 'NaN'], /--quality: refused "NaN"; allowed: a decimal number from 0 to 1/],
    ['quality 1e999', ['--concept', 'sampling', '--quality', '1e999'], /--quality: refused "1e999"/],
    ['quality -0.1', ['--concept', 'sampling', '--quality', '-0.1'], /--quality: refused "-0.1"/],
    ['quality empty', ['--concept', 'sampling', '--quality', ''], /--quality: refused ""/],
    ['quality 0x1', ['--concept', 'sampling', '--quality', '0x1'], /--quality: refused "0x1"/],
    ['unknown concept', ['--concept', 'atention', '--quality', '0.5'], /--concept: refused "atention"; allowed: one of the 4 concept ids .*; nearest: attention/],
    ['unknown exit target', ['--type', 'exit_test', '--target', 'et7', '--passed'], /--target: refused "et7"; allowed: an exit item id: et1, b1; nearest: et1/],
    ['100 KB note', ['--concept', 'sampling', '--quality', '0.5', '--note', 'x'.repeat(100 * 1024)], /--note: too long \(102400 characters\)/],
    ['unknown retract target', ['--type', 'retract', '--target', 'evt_01M83C1MJ7T164Y4D7C8C6ZCJ5', '--note', 'x'], /--target: refused "evt_01M83C1MJ7T164Y4D7C8C6ZCJ5"/],
  ];

  it.each(refusals)('%s: exit 1, a clear message, every file byte-identical', async (_name, args, message) => {
    const ws = tempWorkspace();
    await log(ws, ['--concept', 'tokenization', '--quality', '0.5']);
    const before = fingerprint(ws.root);
    const result = await log(ws, args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(fingerprint(ws.root)).toEqual(before);
  });

  it('usage errors exit 2 and change nothing', async () => {
    const ws = tempWorkspace();
    const before = fingerprint(ws.root);
    for (const args of [['--concept', 'sampling'], ['--bogus'], ['--concept', 'sampling', '--quality', '0.5', '--passed'], ['extra-arg']]) {
      const result = await log(ws, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^tutor: /);
    }
    expect(fingerprint(ws.root)).toEqual(before);
  });

  it.each([
    ['malformed', '{"modules": [', /memory\/domain\.json: \(top level\): not valid JSON: unexpected end of file .* at line 1, column 14/],
    ['cyclic', JSON.stringify({ ...TINY_DOMAIN, concepts: TINY_DOMAIN.concepts.map((c) => (c.id === 'tokenization' ? { ...c, prereqs: ['position'] } : c)) }), /prerequisite cycle: .*tokenization/],
  ])('a %s domain.json is refused with file, path and reason; nothing changes', async (_name, domain, message) => {
    const ws = tempWorkspace();
    await log(ws, ['--concept', 'tokenization', '--quality', '0.5']);
    writeFileSync(ws.file('memory/domain.json'), domain);
    const before = fingerprint(ws.root);
    for (const args of [['log', '--concept', 'tokenization', '--quality', '0.5'], ['build'], ['status']]) {
      const result = await runCli(args, { cwd: ws.root, env: ws.env });
      expect(result.code, args[0]).toBe(1);
      expect(result.stderr).toMatch(message);
    }
    expect(fingerprint(ws.root)).toEqual(before);
  });

  it('--json refusals also answer in JSON on stdout', async () => {
    const ws = tempWorkspace();
    const result = await log(ws, ['--concept', 'atention', '--quality', '0.5', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { kind: 'refused', field: '--concept', value: 'atention', nearest: ['attention'] } });
  });
});

describe('tutor log: the store', () => {
  it('a log ending in a torn line: the next log quarantines the fragment and records cleanly', async () => {
    const ws = tempWorkspace();
    await log(ws, ['--concept', 'tokenization', '--quality', '0.5']);
    const good = readFileSync(ws.file('memory/evidence.jsonl'));
    appendFileSync(ws.file('memory/evidence.jsonl'), '{"id":"evt_01M83C1MJ7T164Y4D7C8C6ZC');
    const result = await log(ws, ['--concept', 'tokenization', '--quality', '0.9'], '2026-06-18T10:00:00.000Z');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('torn last line (35 bytes');
    expect(readFileSync(ws.file('memory/evidence.torn.jsonl'), 'utf8')).toBe('{"id":"evt_01M83C1MJ7T164Y4D7C8C6ZC\n');
    const lines = readFileSync(ws.file('memory/evidence.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const second = parseEventLine(lines[1] as string);
    expect(second.ok && second.event.prev).toBe(sha(good.subarray(0, good.length - 1)));
    expect(readJson(ws.file('memory/learner.json')).concepts.tokenization.mastery).toBe(0.74);
  });

  it('tutor build twice gives byte-identical derived files', async () => {
    const ws = tempWorkspace();
    await log(ws, ['--concept', 'tokenization', '--quality', '0.5', '--misconception', 'reads letters']);
    await log(ws, ['--type', 'exit_test', '--target', 'et1', '--failed'], '2026-06-19T09:00:00.000Z');
    const derived = ['memory/learner.json', 'memory/pedagogy.json', 'site/index.html'];
    const env = { ...ws.env, TUTOR_NOW: '2026-07-01T00:00:00Z' };
    expect((await runCli(['build'], { cwd: ws.root, env })).code).toBe(0);
    const first = derived.map((p) => ws.read(p));
    expect((await runCli(['build'], { cwd: ws.root, env })).code).toBe(0);
    expect(derived.map((p) => ws.read(p))).toEqual(first);
  });

  it('with no git repository, log still records and says in one line why it did not commit', async () => {
    const ws = tempWorkspace({ git: false });
    const result = await log(ws, ['--concept', 'tokenization', '--quality', '0.5']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^recorded evt_/);
    expect(result.stderr.trim()).toBe(`tutor: not committed: not a git repository: run \`git init\` in ${ws.root} to keep one commit per record`);
    expect(ws.read('memory/evidence.jsonl').split('\n')).toHaveLength(2);
  });

  it('with git missing from the PATH, log still records', async () => {
    const ws = tempWorkspace();
    const result = await runCli(['log', '--concept', 'tokenization', '--quality', '0.5'], { cwd: ws.root, env: { ...ws.env, PATH: '/nonexistent' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('git is not installed');
    expect(ws.read('memory/evidence.jsonl')).toContain('"tokenization"');
  });

  it('keeps the mode of derived files (a learner.json made private stays private)', async () => {
    const ws = tempWorkspace();
    await log(ws, ['--concept', 'tokenization', '--quality', '0.5']);
    chmodSync(ws.file('memory/learner.json'), 0o600);
    await log(ws, ['--concept', 'tokenization', '--quality', '0.6']);
    expect(statSync(ws.file('memory/learner.json')).mode & 0o777).toBe(0o600);
  });
});

describe('finding the workspace', () => {
  it('works from any folder with --root or TUTOR_ROOT, and from a subfolder of the workspace', async () => {
    const ws = tempWorkspace();
    const elsewhere = tempWorkspace({ git: false });
    const viaRoot = await runCli(['log', '--root', ws.root, '--concept', 'tokenization', '--quality', '0.5'], { cwd: elsewhere.root, env: ws.env });
    expect(viaRoot.code, viaRoot.stderr).toBe(0);
    const viaEnv = await runCli(['status', '--json'], { cwd: '/', env: { ...ws.env, TUTOR_ROOT: ws.root } });
    expect(JSON.parse(viaEnv.stdout).learner.source.events).toBe(1);
    mkdirSync(ws.file('site/deep'), { recursive: true });
    const fromSub = await runCli(['status'], { cwd: ws.file('site/deep'), env: ws.env });
    expect(fromSub.stdout).toContain('Evidence: 1 event(s)');
    expect(elsewhere.read('memory/domain.json')).toBe(tinyDomainJson());
  });

  it('says how to point at a workspace when there is none, and refuses a bad TUTOR_NOW', async () => {
    const ws = tempWorkspace({ git: false });
    const none = await runCli(['status'], { cwd: '/', env: ws.env });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no workspace found in \/ or any folder above it; allowed: .*--root DIR/);
    const bad = await runCli(['status'], { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: 'yesterday' } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('TUTOR_NOW: refused "yesterday"; allowed: an ISO-8601 date or instant that exists');
  });
});

describe('tutor status', () => {
  it('tells a person where they stand, and a machine the same as JSON', async () => {
    const ws = tempWorkspace();
    await log(ws, ['--concept', 'sampling', '--quality', '0.3', '--misconception', 'the tail is the truth', '--tag', 'tail-is-truth']);
    const text = await runCli(['status'], { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: NOW } });
    expect(text.stdout).toContain('Exit test: Mechanism 0/1 · Build 0/1');
    expect(text.stdout).toContain('Overall mastery 8% over all 4 concepts · mastered 0/4');
    expect(text.stdout).toContain('Current module: M1 · The loop (0/2 mastered)');
    expect(text.stdout).toMatch(/1\. resolve misconception: sampling \[tail-is-truth\]/);
    const json = JSON.parse((await runCli(['status', '--json'], { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: NOW } })).stdout);
    expect(json.learner).toEqual(readJson(ws.file('memory/learner.json')));
    expect(json.pedagogy.next[0]).toMatchObject({ kind: 'resolve_misconception', target: 'sampling', tag: 'tail-is-truth' });
  });
});

describe('the dashboard follows the log', () => {
  it('is regenerated on every log, linking study pages found in site/ by their title', async () => {
    const ws = tempWorkspace();
    await log(ws, ['--concept', 'tokenization', '--quality', '0.5']);
    expect(ws.read('site/index.html')).not.toContain('notes.html');
    writeFileSync(ws.file('site/notes.html'), '<!doctype html><title>Tokens &amp; cost</title><p>notes</p>');
    await log(ws, ['--concept', 'tokenization', '--quality', '0.6']);
    const page = ws.read('site/index.html');
    expect(page).toContain('<a href="./notes.html">Tokens &amp; cost</a>');
    expect(page).toContain('<strong data-testid="mastered">0/4</strong> concepts mastered');
  });
});
