// The MCP server driven through the SDK's own client over stdio, as an agent would (issue 6).
import { chmodSync, existsSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { describe, expect, it } from 'vitest';
import { CLI, readJson, tempWorkspace } from '../helpers/workspace.js';

type TextResult = { content: { type: string; text: string }[]; isError?: boolean };
const textOf = (result: unknown) => (result as TextResult).content.map((c) => c.text).join('\n');

describe('tutor mcp', () => {
  it('lists its tools, logs through the same write path, and returns refusals as tool errors', async () => {
    const ws = tempWorkspace();
    const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', '--root', ws.root], env: ws.env as Record<string, string>, stderr: 'pipe' });
    const client = new Client({ name: 'test-client', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['context', 'log_exchange', 'log_exit_test', 'retract', 'status']);

      const logged = await client.callTool({ name: 'log_exchange', arguments: { concept: 'tokenization', quality: 0.8, misconception: 'reads letters', tag: 'reads-letters' } });
      expect(logged.isError).toBeFalsy();
      expect(textOf(logged)).toMatch(/^recorded evt_\w+: tokenization quality 0\.8 → mastery none → 0\.80, learning .*opened misconception reads-letters/);
      const learner = readJson(ws.file('memory/learner.json'));
      expect(learner.concepts.tokenization).toMatchObject({ mastery: 0.8, observations: 1 });
      expect(ws.git('log', '--format=%s').trim()).toBe('tutor: exchange tokenization quality 0.8');

      const unknown = await client.callTool({ name: 'log_exchange', arguments: { concept: 'atention', quality: 0.5 } });
      expect(unknown.isError).toBe(true);
      expect(textOf(unknown)).toBe('--concept: refused "atention"; allowed: one of the 4 concept ids in memory/domain.json; nearest: attention');
      const badQuality = await client.callTool({ name: 'log_exchange', arguments: { concept: 'sampling', quality: '1e999' } });
      expect(badQuality.isError).toBe(true);
      expect(textOf(badQuality)).toContain('--quality: refused "1e999"');
      expect(readJson(ws.file('memory/learner.json')).source.events).toBe(1);

      const exit = await client.callTool({ name: 'log_exit_test', arguments: { target: 'et1', passed: false, note: 'vague' } });
      expect(textOf(exit)).toContain('exit item et1 failed (attempt 1)');
      expect(textOf(await client.callTool({ name: 'status', arguments: {} }))).toContain('Exit test: Mechanism 0/1 · Build 0/1');
      const brief = textOf(await client.callTool({ name: 'context', arguments: {} }));
      expect(brief).toContain('Open misconceptions:\n- [reads-letters] on tokenization');
      expect(brief.length).toBeLessThanOrEqual(4_000);
    } finally {
      await client.close();
    }
  });

  it('issue 13: with the clock behind the log, a misconception and its resolution logged through MCP stay resolved', async () => {
    const ws = tempWorkspace();
    const start = (now: string) =>
      new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', '--root', ws.root], env: { ...(ws.env as Record<string, string>), TUTOR_NOW: now }, stderr: 'pipe' });
    const first = new Client({ name: 'test-client', version: '1.0.0' });
    await first.connect(start('2026-06-18T11:30:00Z'));
    await first.callTool({ name: 'log_exchange', arguments: { concept: 'sampling', quality: 0.5 } });
    await first.close();
    const behind = new Client({ name: 'test-client', version: '1.0.0' });
    await behind.connect(start('2026-06-18T11:00:00Z'));
    try {
      await behind.callTool({ name: 'log_exchange', arguments: { concept: 'sampling', quality: 0.4, misconception: 'm5', tag: 'tag5' } });
      const resolved = await behind.callTool({ name: 'log_exchange', arguments: { concept: 'sampling', quality: 0.9, resolved: ['tag5'] } });
      expect(textOf(resolved)).toContain('resolved tag5');
      expect(readJson(ws.file('memory/learner.json')).concepts.sampling.misconceptions).toMatchObject({ open: [], resolved: 1 });
      expect(textOf(await behind.callTool({ name: 'status', arguments: {} }))).not.toContain('tag5 (open)');
    } finally {
      await behind.close();
    }
  });

  it('refuses a message over 10 MB with an error and answers the next call', async () => {
    const ws = tempWorkspace();
    const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', '--root', ws.root], env: ws.env as Record<string, string>, stderr: 'pipe' });
    let stderr = '';
    transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    let exited = false;
    transport.onclose = () => (exited = true);
    const client = new Client({ name: 'test-client', version: '1.0.0' });
    await client.connect(transport);
    try {
      // One JSON-RPC line of 11 MB on the server's stdin (the SDK writes the whole request as one line).
      const huge = client.callTool({ name: 'log_exchange', arguments: { concept: 'tokenization', quality: 0.5, note: 'x'.repeat(11 * 1024 * 1024) } }, undefined, { timeout: 10_000 });
      await expect(huge).rejects.toThrow(/^MCP error -32600: message refused: \d+ bytes, more than the 10485760 bytes a message may have$/);
      // Refused, not closed: the same process answers the next call at once.
      const status = await client.callTool({ name: 'status', arguments: {} }, undefined, { timeout: 5_000 });
      expect(textOf(status)).toContain('Exit test: Mechanism 0/1 · Build 0/1');
      expect(exited).toBe(false);
      expect(existsSync(ws.file('memory/evidence.jsonl'))).toBe(false);
      expect(stderr).toMatch(/tutor mcp: message refused: \d+ bytes, .* \(request \d+\)/);
    } finally {
      await client.close();
    }
  });

  it('a file system refusal is a tool error saying what the system refused, not an internal error (issue 14)', async () => {
    const ws = tempWorkspace({ git: false });
    // Root ignores file modes: drop the capability that lets it (as the trust tests do).
    const asRoot = process.getuid?.() === 0;
    const command = asRoot ? 'setpriv' : process.execPath;
    const args = asRoot ? ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', '--', process.execPath, CLI, 'mcp', '--root', ws.root] : [CLI, 'mcp', '--root', ws.root];
    chmodSync(ws.file('memory'), 0o555);
    const client = new Client({ name: 'test-client', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command, args, env: ws.env as Record<string, string>, stderr: 'pipe' }));
    try {
      const result = await client.callTool({ name: 'log_exchange', arguments: { concept: 'tokenization', quality: 0.5 } });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/memory\/\.tutor\.lock: the system refused \(EACCES\); nothing was recorded/);
      expect(textOf(result)).not.toContain('internal error');
    } finally {
      await client.close();
      chmodSync(ws.file('memory'), 0o755);
    }
  });
});
