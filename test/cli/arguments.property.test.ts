// Arbitrary strings and numbers as CLI arguments (issue 7): never a crash, and no file changes
// unless the call is accepted.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../src/cli/main.js';
import { fingerprint, tempWorkspace } from '../helpers/workspace.js';

const FLAGS = ['--concept', '--quality', '--misconception', '--tag', '--resolved', '--note', '--type', '--target', '--passed', '--failed', '--json', '--root'];
const VALUES = ['tokenization', 'sampling', 'exit_test', 'retract', 'exchange', 'et1', 'b1', '0.5', '1', '0', '-1', 'NaN', '1e999', '0x1', '', ' ', '__proto__', 'constructor'];
const argument = fc.oneof(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES), fc.string(), fc.double().map(String), fc.integer().map(String), fc.string({ unit: 'binary' }));

describe('tutor log with arbitrary arguments', () => {
  it('exits 0, 1 or 2, never crashes, and changes files only when it accepted the record', async () => {
    const ws = tempWorkspace({ git: false });
    await fc.assert(
      fc.asyncProperty(fc.array(argument, { maxLength: 8 }), async (args) => {
        const before = fingerprint(ws.root);
        const lines = { out: [] as string[], err: [] as string[] };
        const code = await main(['log', ...args], { out: (t) => void lines.out.push(t), err: (t) => void lines.err.push(t), env: ws.env, cwd: ws.root });
        expect([EXIT.ok, EXIT.refused, EXIT.usage], lines.err.join('\n')).toContain(code);
        expect(lines.err.join('\n')).not.toContain('internal error');
        // Exit 0 is also help or the version (`-h`, or `-V` anywhere: commander's program takes it), which record nothing.
        const recorded = code === EXIT.ok && /^(recorded |\{"ok":true)/.test(lines.out[0] ?? '');
        if (!recorded) {
          expect(fingerprint(ws.root)).toEqual(before);
        } else {
          const count = (f: Record<string, string>) => Object.keys(f).length;
          expect(count(fingerprint(ws.root))).toBeGreaterThanOrEqual(count(before));
          expect(readFileSync(ws.file('memory/evidence.jsonl'), 'utf8').endsWith('\n')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
