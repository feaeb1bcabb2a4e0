// .claude/settings.json and .mcp.json are product parts: the hooks and the MCP server must be
// registered, and registered in a form that runs. package-lock.json's root entry must agree with
// package.json, or the first `npm install` of a fresh clone rewrites it (issue 13).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissionRules, SOURCE_REPOSITORY_COMMAND } from '../../src/core/workspace-files.js';

const read = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', name), 'utf8'));

describe('registration files', () => {
  it('registers the Stop and SessionStart hooks by path, with timeouts', () => {
    const { hooks } = read('.claude/settings.json');
    expect(hooks.Stop[0].hooks).toEqual([{ type: 'command', command: 'node "$CLAUDE_PROJECT_DIR/dist/bundle/main.js" hook stop', timeout: 15 }]);
    expect(hooks.SessionStart[0].matcher.split('|').sort()).toEqual(['clear', 'compact', 'resume', 'startup']);
    expect(hooks.SessionStart[0].hooks).toEqual([{ type: 'command', command: 'node "$CLAUDE_PROJECT_DIR/dist/bundle/main.js" hook session-start', timeout: 15 }]);
  });

  it('allows exactly tutor\'s own commands and MCP tools, so no record waits for an approval', () => {
    const settings = read('.claude/settings.json');
    expect(settings.permissions.allow).toEqual(permissionRules(SOURCE_REPOSITORY_COMMAND));
    expect(settings.enabledMcpjsonServers).toEqual(['tutor']);
  });

  it('registers the MCP server for the workspace', () => {
    expect(read('.mcp.json').mcpServers.tutor).toEqual({ type: 'stdio', command: 'node', args: ['${CLAUDE_PROJECT_DIR:-.}/dist/bundle/main.js', 'mcp'] });
  });
});

describe('package-lock.json', () => {
  it('its root entry says what package.json says, so npm install leaves it unchanged', () => {
    const pkg = read('package.json');
    const root = read('package-lock.json').packages[''];
    const fields = ['name', 'version', 'license', 'bin', 'engines', 'dependencies', 'devDependencies'] as const;
    const pick = (o: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, o[f]]));
    expect(pick(root)).toEqual(pick(pkg));
    expect(root.bin).toEqual({ tutor: 'dist/bundle/main.js' });
  });
});
