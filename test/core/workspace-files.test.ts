// The files init writes are product parts: the permission rules must be exactly tutor's own, and
// the rulebook must speak of the course it was written for.
import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/core/domain.js';
import { blankCourse, ownedFiles, permissionRules, titleFromFolder } from '../../src/core/workspace-files.js';
import { tinyDomainJson } from '../helpers/domain.js';

describe('workspace files', () => {
  it('permission rules cover each tutor subcommand and MCP tool, with no wildcard over other programs', () => {
    const rules = permissionRules('tutor');
    expect(rules).toContain('Bash(tutor log:*)');
    expect(rules).toContain('Bash(tutor course check:*)');
    expect(rules.filter((r) => r.startsWith('mcp__'))).toEqual(['mcp__tutor__log_exchange', 'mcp__tutor__log_exit_test', 'mcp__tutor__retract', 'mcp__tutor__status', 'mcp__tutor__context']);
    for (const rule of rules) expect(rule).not.toMatch(/^Bash\(\*|Bash\(tutor:\*\)|mcp__tutor__\*$/);
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
