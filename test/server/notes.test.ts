// `tutor serve` and study note pages (issue 18): a workspace built with a note is served with the
// note page plus only the server's reload script (the page on disk allows no script at all),
// KaTeX's CSS and fonts with their types, and the dashboard linking the note from the last build's index.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { rebuildWorkspace } from '../../src/app/rebuild.js';
import { startServer, type RunningServer } from '../../src/app/serve.js';
import { workspaceAt } from '../../src/store/workspace.js';
import { tempWorkspace } from '../helpers/workspace.js';

const NOW = new Date('2026-06-21T19:00:00.000Z');
const running: RunningServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

describe('serving note pages', () => {
  it('serves the page with only the reload script, the stylesheet and fonts with their types, and links the note on the dashboard', async () => {
    const ws = tempWorkspace({ git: false });
    mkdirSync(ws.file('notes'));
    writeFileSync(ws.file('notes/loop.md'), '---\ntitle: The loop\nmodule: M1\n---\n$$x^2$$\n');
    await rebuildWorkspace(workspaceAt(ws.root), NOW);
    const server = await startServer({ workspace: workspaceAt(ws.root), host: '127.0.0.1', port: 0, portGiven: true, now: () => NOW, say: () => undefined });
    running.push(server);

    const page = await fetch(`${server.url}notes/loop.html`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const disk = ws.read('site/notes/loop.html');
    expect(disk).not.toContain('<script');
    expect(disk).toContain("script-src 'none'");
    // Served: the same page, its CSP letting in this server's reload script and event stream only.
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="/__tutor/live.js" defer>']);
    expect(html).toContain("script-src 'self'; connect-src 'self'");
    expect(html.replace('<script src="/__tutor/live.js" defer></script>\n', '').replace("script-src 'self'; connect-src 'self'", "script-src 'none'")).toBe(disk);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");

    const css = await fetch(`${server.url}assets/katex/katex.min.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await fetch(`${server.url}assets/katex/fonts/KaTeX_Main-Regular.woff2`);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect((await font.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    // The cache is never served (a dot folder).
    expect((await fetch(`${server.url}notes/.cache/index.json`)).status).toBe(404);

    const dashboard = await (await fetch(server.url)).text();
    expect(dashboard).toContain('<a href="./notes/loop.html">The loop</a>');
  });
});
