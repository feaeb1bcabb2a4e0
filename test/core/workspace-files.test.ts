// The files init writes are product parts: the permission rules must be exactly tutor's own, and
// the rulebook must speak of the course it was written for.
import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/core/domain.js';
import { blankCourse, ownedFiles, permissionRules, settingsRunTutorHooks, titleFromFolder } from '../../src/core/workspace-files.js';
import { tinyDomainJson } from '../helpers/domain.js';

const MCP_NAMES = ['log_exchange', 'log_exit_test', 'retract', 'status', 'context'];

describe('workspace files', () => {
  it('permission rules cover each tutor subcommand and MCP tool, with no wildcard over other programs', () => {
    const rules = permissionRules('tutor');
    expect(rules).toContain('Bash(tutor log:*)');
    expect(rules).toContain('Bash(tutor course check:*)');
    expect(rules.filter((r) => r.startsWith('mcp__'))).toEqual(['mcp__tutor__log_exchange', 'mcp__tutor__log_exit_test', 'mcp__tutor__retract', 'mcp__tutor__status', 'mcp__tutor__context']);
    for (const rule of rules) expect(rule).not.toMatch(/^Bash\(\*|Bash\(tutor:\*\)|mcp__tutor__\*$/);
  });

  it('under the plugin: the MCP rules name the plugin\'s server, and the workspace owns no hooks and no .mcp.json', () => {
    expect(permissionRules('tutor', 'plugin').filter((r) => r.startsWith('mcp__'))).toEqual(MCP_NAMES.map((t) => `mcp__plugin_tutor_tutor__${t}`));
    const files = ownedFiles(parseDomain(blankCourse('Rust')), 'tutor', 'plugin');
    expect(files.map((f) => f.path)).not.toContain('.mcp.json');
    const settings = JSON.parse(files.find((f) => f.path === '.claude/settings.json')!.content);
    expect(Object.keys(settings)).toEqual(['permissions']);
    expect(settingsRunTutorHooks(settings)).toBe(false);
  });

  it("knows a workspace whose own settings run tutor's hooks (standalone, or the source repository's npx form)", () => {
    const standalone = JSON.parse(ownedFiles(parseDomain(blankCourse('Rust')), 'tutor').find((f) => f.path === '.claude/settings.json')!.content);
    expect(settingsRunTutorHooks(standalone)).toBe(true);
    expect(settingsRunTutorHooks({ hooks: { Stop: [{ hooks: [{ type: 'command', command: 'npx --no tutor hook stop' }] }] } })).toBe(true);
    expect(settingsRunTutorHooks({ hooks: { Stop: [{ hooks: [{ type: 'command', command: 'my-linter --hook stop' }] }] } })).toBe(false);
    for (const odd of [null, 'x', {}, { hooks: null }, { hooks: 'tutor hook stop' }]) expect(settingsRunTutorHooks(odd)).toBe(false);
  });

  it('the blank course is valid, and its rulebook names its title and every command with the given command', () => {
    const domain = parseDomain(blankCourse(titleFromFolder('learn-rust')));
    const files = ownedFiles(domain, 'tutor');
    const rulebook = files.find((f) => f.path === 'CLAUDE.md')!.content;
    expect(rulebook).toContain('**Learn rust**');
    expect(rulebook).toContain('--concept course_goals --quality 0.8');
    expect(rulebook).not.toContain('npx');
    expect(rulebook).toContain('the course has no exit test');
  });

  it('a course file\'s exit items are listed with their prompts', () => {
    const domain = parseDomain(tinyDomainJson());
    const rulebook = ownedFiles(domain, 'npx --no tutor').find((f) => f.path === 'CLAUDE.md')!.content;
    for (const item of domain.exitTest) expect(rulebook).toContain(`\`${item.id}\` (${item.kind})`);
    expect(rulebook).toContain('npx --no tutor log --type retract');
  });
});
