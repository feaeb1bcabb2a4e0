import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockTimeoutError, withLock } from '../../src/store/lock.js';

const pause = () => new Promise((r) => setTimeout(r, Math.random() * 3));

describe('withLock', () => {
  it('serialises read-modify-write sections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-lock-'));
    const counter = join(dir, 'n');
    writeFileSync(counter, '0');
    await Promise.all(
      Array.from({ length: 25 }, () =>
        withLock(join(dir, '.lock'), async () => {
          const n = Number(readFileSync(counter, 'utf8'));
          await pause();
          writeFileSync(counter, String(n + 1));
        }),
      ),
    );
    expect(readFileSync(counter, 'utf8')).toBe('25');
    expect(existsSync(join(dir, '.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, '.lock'), JSON.stringify({ pid: Number(dead.stdout), host: hostname(), nonce: 'dead' }));
    expect(await withLock(join(dir, '.lock'), () => 'taken', { timeoutMs: 2_000 })).toBe('taken');
  });

  it('waits for a live holder and times out with a message naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-lock-'));
    writeFileSync(join(dir, '.lock'), JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'alive' }));
    await expect(withLock(join(dir, '.lock'), () => 'never', { timeoutMs: 300 })).rejects.toThrow(LockTimeoutError);
    await expect(withLock(join(dir, '.lock'), () => 'never', { timeoutMs: 300 })).rejects.toThrow(`process ${process.pid}`);
  });
});
