// The one error boundary: typed errors → message + exit code; anything else → "a bug", trace, 3.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../src/cli/main.js';
import { CLI, runCli, tempWorkspace } from '../helpers/workspace.js';

function capture(env: NodeJS.ProcessEnv, cwd: string, out?: (t: string) => void) {
  const io = { out: out ?? ((t: string) => void lines.out.push(t)), err: (t: string) => void lines.err.push(t), env, cwd };
  const lines = { out: [] as string[], err: [] as string[] };
  return { io, lines };
}

describe('main', () => {
  it('an unexpected exception is reported as a bug with its trace, exit 3', async () => {
    const ws = tempWorkspace({ git: false });
    const { io, lines } = capture(ws.env, ws.root, () => {
      throw new TypeError('boom');
    });
    expect(await main(['status'], io)).toBe(EXIT.internal);
    expect(lines.err.join('\n')).toMatch(/internal error — a bug in tutor, not in what you typed[\s\S]*TypeError: boom\n\s+at /);
  });

  it('a file system refusal names the path and changes nothing, exit 1', async () => {
    const ws = tempWorkspace({ git: false });
    mkdirSync(ws.file('memory/evidence.jsonl'));
    const { io, lines } = capture(ws.env, ws.root);
    expect(await main(['status'], io)).toBe(EXIT.refused);
    expect(lines.err.join('\n')).toContain(`${ws.file('memory/evidence.jsonl')} is a folder, not a regular file: refused`);
    rmSync(ws.file('memory/evidence.jsonl'), { recursive: true });
  });

  it('--help and --version exit 0', async () => {
    const ws = tempWorkspace({ git: false });
    const { io, lines } = capture(ws.env, ws.root);
    expect(await main(['--version'], io)).toBe(EXIT.ok);
    expect(lines.out.join('')).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await main(['log', '--help'], io)).toBe(EXIT.ok);
    expect(lines.out.join('\n')).toContain('--quality <q>');
  });
});

describe('a command that only groups subcommands, run bare', () => {
  it('tutor and tutor hook alone print their help to stdout and exit 0 (issue 13: was "(outputHelp)", exit 2)', async () => {
    const ws = tempWorkspace({ git: false });
    for (const [args, lists] of [[[], 'transcript'], [['hook'], 'session-start']] as const) {
      const bare = await runCli(args, { cwd: ws.root, env: ws.env });
      const help = await runCli([...args, '--help'], { cwd: ws.root, env: ws.env });
      expect(bare).toMatchObject({ code: 0, stderr: '' });
      expect(bare.stdout).toMatch(new RegExp(`^Usage: ${['tutor', ...args].join(' ')} \\[options\\] \\[command\\]`));
      expect(bare.stdout).toContain(lists);
      expect(bare.stdout).toBe(help.stdout);
    }
  });

  it('an unknown subcommand is still a usage error, exit 2', async () => {
    const ws = tempWorkspace({ git: false });
    for (const args of [['bogus'], ['hook', 'bogus']]) {
      const result = await runCli(args, { cwd: ws.root, env: ws.env });
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toContain("unknown command 'bogus'");
    }
  });
});

describe('started through a symlink', () => {
  it("runs as npm's bin link runs it (argv[1] is the link, not main.js)", async () => {
    const ws = tempWorkspace({ git: false });
    const bin = mkdtempSync(join(tmpdir(), 'tutor-bin-'));
    symlinkSync(CLI, join(bin, 'tutor'));
    const version = await runCli(['--version'], { cwd: ws.root, env: ws.env, cli: join(bin, 'tutor') });
    expect(version).toMatchObject({ code: 0, stderr: '' });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const log = await runCli(['log', '--concept', 'tokenization', '--quality', '0.5'], { cwd: ws.root, env: ws.env, cli: join(bin, 'tutor') });
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout).toMatch(/^recorded evt_\w{26}: tokenization/);
  });
});
