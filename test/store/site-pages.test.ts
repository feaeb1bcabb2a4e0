// Study-page discovery reads titles from site/*.html, and nothing but regular files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readStudyPages } from '../../src/store/site-pages.js';
import { runCli, tempWorkspace } from '../helpers/workspace.js';

describe('readStudyPages', () => {
  it('skips a FIFO, a socket and a link to a FIFO without opening them; tutor build finishes', async () => {
    const ws = tempWorkspace({ git: false });
    mkdirSync(ws.file('site'));
    writeFileSync(ws.file('site/notes.html'), '<!doctype html><title>My notes</title>');
    execFileSync('mkfifo', [ws.file('site/pipe.html')]);
    symlinkSync(ws.file('site/pipe.html'), ws.file('site/link-to-pipe.html'));
    const unix = createServer().listen(ws.file('site/socket.html'));
    await new Promise((r) => unix.once('listening', r));
    try {
      expect(readStudyPages(ws.file('site')).map((p) => p.title)).toEqual(['My notes']);
      // A read of the pipe would wait for a writer: the build would never finish.
      const built = await runCli(['build'], { cwd: ws.root, env: ws.env, timeoutMs: 10_000 });
      expect(built.code, built.stderr).toBe(0);
      const page = readFileSync(ws.file('site/index.html'), 'utf8');
      expect(page).toContain('My notes');
      expect(page).not.toMatch(/pipe\.html|socket\.html/);
    } finally {
      unix.close();
    }
  });
});
