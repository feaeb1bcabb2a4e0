// npm run eval:mastery end to end: the built script on files a user would hand it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/workspace.js';

const SCRIPT = resolve(REPO, 'scripts/eval-mastery.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('eval:mastery', () => {
  it('simulates learners, then scores tutor (with the cliff and with a forgetting curve), BKT, 3 in a row and the constant average on them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-eval-'));
    const csv = join(dir, 'sim.csv');
    expect(run('--simulate', csv, '--learners', '30', '--skills', '3', '--attempts', '10', '--seed', '5').code).toBe(0);
    const json = join(dir, 'out.json');
    const result = run(csv, '--json', json);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('900 rows, 900 answers read, 0 refused');
    for (const rule of ['tutor (alpha 0.6, ≥ 0.8, ≥ 3 obs, stale 14 d)', 'tutor + forgetting curve (FSRS-4.5)', 'BKT (0.1/0.1/0.1/0.1, mastered at 0.95)', '3 in a row', 'constant average']) expect(result.out).toContain(rule);
    const written = JSON.parse(readFileSync(json, 'utf8')) as { reports: { model: string; answers: number; premature: { hidden: number | null } }[] };
    expect(written.reports.map((r) => r.answers)).toEqual([900, 900, 900, 900, 900]);
    expect(written.reports[0]?.premature.hidden).not.toBeNull();
  });

  it('reports the rows it cannot read and scores the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-eval-'));
    const csv = join(dir, 'public.csv');
    writeFileSync(csv, 'order_id,user_id,skill_name,correct\n1,u1,Addition,1\n2,u1,Addition,1\n3,u1,Addition,maybe\n4,u1,,1\n5,u1,Addition,1\n6,u1,Addition,0\n');
    const result = run(csv, '--policy', 'alpha=0.5,threshold=0.9', '--json', join(dir, 'out.json'));
    expect(result.code).toBe(0);
    expect(result.out).toContain('6 rows, 4 answers read, 2 refused');
    expect(result.out).toContain('refused 1× outcome not 0/1 or a number from 0 to 1 (e.g. row 4)');
    expect(result.out).toContain('refused 1× no skill (e.g. row 5)');
    expect(result.out).toContain('tutor (alpha 0.5, ≥ 0.9, ≥ 3 obs, stale 14 d)');
    expect(result.out).toContain('step numbers only');
  });

  it('refuses a file it cannot use, or a bad policy, with a message and no trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-eval-'));
    const csv = join(dir, 'other.csv');
    writeFileSync(csv, 'name,score\nx,1\n');
    const header = run(csv);
    expect(header.code).toBe(2);
    expect(header.err).toMatch(/has no column for learner \(one of: learner, learner_id, user, user_id/);
    expect(header.err).not.toMatch(/at .*\.js:\d+/);
    expect(run(join(dir, 'missing.csv')).err).toContain('no such file');
    writeFileSync(csv, 'learner,skill,correct,timestamp\na,s,1,2026-01-01\n');
    const policy = run(csv, '--policy', 'alpha=2');
    expect(policy.code).toBe(2);
    expect(policy.err).toContain('policy.alpha');
    expect(run(csv, '--policy', 'beta=1').err).toContain('refused "beta"; allowed keys: alpha, threshold, min, stale, stale_min');
    // Refusals write nothing: no results file, no simulated file.
    const json = join(dir, 'out.json');
    expect(run(csv, '--policy', 'alpha=2', '--json', json).code).toBe(2);
    expect(existsSync(json)).toBe(false);
    const simulated = join(dir, 'sim.csv');
    const tooMany = run('--simulate', simulated, '--learners', '100000', '--skills', '100');
    expect(tooMany.code).toBe(2);
    expect(tooMany.err).toContain('--learners × --skills × --attempts: refused 160,000,000 answers; allowed: at most 5,000,000');
    expect(run('--simulate', simulated, '--seed', 'x').err).toContain('--seed: refused "x"; allowed: a whole number from 1 to 1000000');
    expect(existsSync(simulated)).toBe(false);
  });
});
