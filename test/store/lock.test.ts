import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockTimeoutError, processStart, withLock } from '../../src/store/lock.js';

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

describe('withLock and a reused pid (issue 14)', () => {
  it('takes over a lock whose pid now belongs to another live process (started at another time)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-lock-'));
    const path = join(dir, '.lock');
    // pid 1 is always alive; the lock says its owner started at a time pid 1 did not.
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    writeFileSync(path, JSON.stringify({ pid: 1, host: hostname(), nonce: 'crashed', start: '1', boot }));
    const started = Date.now();
    expect(await withLock(path, () => 'mine', { timeoutMs: 3_000 })).toBe('mine');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock from before a reboot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-lock-'));
    const path = join(dir, '.lock');
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'old-boot', start: processStart(process.pid), boot: 'another-boot' }));
    expect(await withLock(path, () => 'mine', { timeoutMs: 3_000 })).toBe('mine');
  });

  it('keeps waiting on a lock whose owner is this very live process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-lock-'));
    const path = join(dir, '.lock');
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'live', start: processStart(process.pid), boot }));
    await expect(withLock(path, () => 'mine', { timeoutMs: 300 })).rejects.toBeInstanceOf(LockTimeoutError);
  });

  it('a lock that cannot be written (a full disk) leaves no file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-lock-'));
    const path = join(dir, '.lock');
    const script = `import('${join(import.meta.dirname, '../../dist/store/lock.js')}').then(({ withLock }) => withLock(${JSON.stringify(path)}, () => 0)).then(() => process.exit(0), (e) => { console.error(e.code); process.exit(1); })`;
    const result = spawnSync('bash', ['-c', `ulimit -f 0; exec "${process.execPath}" -e "$0"`, script], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('EFBIG');
    expect(existsSync(path)).toBe(false);
  });
});
