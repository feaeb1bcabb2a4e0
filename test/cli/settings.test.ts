// .claude/settings.json is a product part: the Stop hook must be registered and runnable.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('.claude/settings.json', () => {
  it('registers `tutor hook stop` for Stop, by path, with a timeout', () => {
    const settings = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.claude/settings.json'), 'utf8'));
    const commands = settings.hooks.Stop.flatMap((group: { hooks: { type: string; command: string; timeout: number }[] }) => group.hooks);
    expect(commands).toEqual([{ type: 'command', command: 'node "$CLAUDE_PROJECT_DIR/dist/cli/main.js" hook stop', timeout: 15 }]);
  });
});
