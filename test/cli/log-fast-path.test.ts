// `tutor log` without commander (issue 17), on the built bundle: what main.js loads before it
// runs, and that the fast path records and answers exactly as the commander path does.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_OPTIONS } from '../../src/cli/commands/log.js';
import { CLI, fingerprint, REPO, runCli, tempWorkspace, type TempWorkspace } from '../helpers/workspace.js';

/** The files `file` loads before any of its code runs: its static imports, followed, not its import() calls. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/^(?:import|export)\s[^;]*?\bfrom\s*"(\.{1,2}\/[^"]+)"|^import\s*"(\.{1,2}\/[^"]+)"/gm)) {
    staticGraph(join(dirname(file), (match[1] ?? match[2]) as string), seen);
  }
  return seen;
}

/** The source modules esbuild marks in an output file (`// src/cli/main.ts`, `// node_modules/commander/lib/command.js`). */
function sourcesOf(files: Iterable<string>): string[] {
  return [...files].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((m) => m[1] as string));
}

function programChunk(): string {
  const name = /import\("\.\/(chunks\/program-[\w-]+\.js)"\)/.exec(readFileSync(CLI, 'utf8'))?.[1];
  if (!name) throw new Error('dist/bundle/main.js does not import the program chunk lazily');
  return join(dirname(CLI), name);
}

describe('what dist/bundle/main.js loads at start-up', () => {
  const graph = staticGraph(CLI);
  const sources = sourcesOf(graph);

  it('follows main.js into its chunks (the graph is read, not empty)', () => {
    expect([...graph].map((f) => relative(dirname(CLI), f))).toContain('main.js');
    expect(sources).toEqual(expect.arrayContaining(['src/cli/main.ts', 'src/cli/log-arguments.ts', 'src/cli/commands/log.ts', 'src/cli/runtime.ts', 'src/core/errors.ts']));
  });

  it('holds no commander, no other command and no record code: those load lazily', () => {
    expect(sources.filter((s) => s.startsWith('node_modules/'))).toEqual([]);
    for (const lazy of ['src/cli/program.ts', 'src/cli/commands/hook.ts', 'src/store/manifest.ts', 'src/store/package-root.ts', 'src/app/record.ts']) {
      expect(sources, lazy).not.toContain(lazy);
    }
  });

  it('commander is in the lazily loaded program chunk (so the check above looks in the right place)', () => {
    expect(sourcesOf(staticGraph(programChunk()))).toContain('node_modules/commander/lib/command.js');
  });
});

const NOW = '2026-06-18T09:00:00.000Z';
const run = (ws: TempWorkspace, args: string[], cli?: string) => runCli(args, { cwd: ws.root, env: { ...ws.env, TUTOR_NOW: NOW }, cli });
const log = (ws: TempWorkspace, args: string[]) => run(ws, ['log', ...args]);
/** Ids and hashes differ from run to run; what the command says and writes otherwise must not. */
const scrub = (text: string) => text.replace(/evt_\w{26}/g, 'evt_ID').replace(/\b[0-9a-f]{7,64}\b/g, 'SHA');

describe('tutor log, built', () => {
  it('the fast path records and prints what the commander path does', async () => {
    const calls = [
      ['--concept', 'sampling', '--quality', '0.4', '--misconception', 'Temperature re-ranks', '--tag', 'temp', '--json'],
      ['--concept', 'sampling', '--quality', '0.9', '--resolved', 'temp'],
    ];
    const [fast, slow] = [tempWorkspace(), tempWorkspace()];
    for (const call of calls) {
      const viaFast = await log(fast, call);
      // The parser declines a repeated option, so this goes through commander, which keeps the last value.
      const viaCommander = await log(slow, ['--quality', '0.1', ...call]);
      expect(viaFast.code, viaFast.stderr).toBe(0);
      expect(scrub(viaFast.stdout)).toBe(scrub(viaCommander.stdout));
      expect(viaFast.stderr).toBe(viaCommander.stderr);
    }
    expect(scrub(fast.read('memory/learner.json'))).toBe(scrub(slow.read('memory/learner.json')));
    expect(fast.git('rev-list', '--count', 'HEAD').trim()).toBe('2');
    const last = await log(fast, ['--concept', 'sampling', '--quality', '0.5', '--json']);
    expect(JSON.parse(last.stdout)).toMatchObject({ ok: true, committed: true, event: { type: 'exchange', concept: 'sampling', quality: 0.5 } });
  });

  it('never loads the program chunk: with it broken, log still records, and anything else fails', async () => {
    const pkg = mkdtempSync(join(tmpdir(), 'tutor-pkg-'));
    cpSync(dirname(CLI), join(pkg, 'dist', 'bundle'), { recursive: true });
    cpSync(join(REPO, 'package.json'), join(pkg, 'package.json'));
    writeFileSync(join(pkg, 'dist', 'bundle', relative(dirname(CLI), programChunk())), "throw new Error('the program chunk was loaded');\n");
    const broken = join(pkg, 'dist', 'bundle', 'main.js');
    const ws = tempWorkspace();
    const recorded = await run(ws, ['log', '--concept', 'tokenization', '--quality', '0.5'], broken);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).toMatch(/^recorded evt_\w{26}: tokenization quality 0\.5/);
    const help = await run(ws, ['log', '--help'], broken);
    expect(help.stderr).toContain('the program chunk was loaded');
  });

  it('tutor log --help is still commander\'s help, listing every option of the table', async () => {
    const ws = tempWorkspace({ git: false });
    const result = await log(ws, ['--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Usage: tutor log \[options\]\n\nrecord one exchange, exit-test attempt or retraction\n\nOptions:\n/);
    for (const option of LOG_OPTIONS) expect(result.stdout).toContain(`--${option.name}`);
    expect(result.stdout).toContain('--quality <q>');
    expect(result.stdout).toContain('--resolved [tag]');
    expect(result.stdout).toContain('-h, --help');
  });

  it.each([
    [['--quality'], "tutor: option '--quality <q>' argument missing (see: tutor log --help)\n"],
    [['--concept', 'sampling', '--quality'], "tutor: option '--quality <q>' argument missing (see: tutor log --help)\n"],
    [['--bogus'], "tutor: unknown option '--bogus' (see: tutor log --help)\n"],
    [['--json=x'], "tutor: unknown option '--json=x'\n(Did you mean --json?) (see: tutor log --help)\n"],
    [['extra'], "tutor: too many arguments for 'log'. Expected 0 arguments but got 1. (see: tutor log --help)\n"],
  ])('a malformed call %j is commander\'s usage error, exit 2, nothing changed', async (args, message) => {
    const ws = tempWorkspace();
    const before = fingerprint(ws.root);
    const result = await log(ws, args);
    expect(result).toEqual({ code: 2, stdout: '', stderr: message });
    expect(fingerprint(ws.root)).toEqual(before);
  });

  it('a value the program takes for its own flag is still the version, as before', async () => {
    const ws = tempWorkspace({ git: false });
    const result = await log(ws, ['--note', '-V']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
