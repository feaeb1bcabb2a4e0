import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_STEPS, runDemo } from '../../src/app/demo.js';
import { InputError } from '../../src/core/errors.js';
import { isolatedEnv, readJson } from '../helpers/workspace.js';

describe('tutor demo', () => {
  it('replays four days through the write path: a relapse resolved, et2 passed, one stale concept', async () => {
    const env = isolatedEnv();
    const saved = { ...process.env };
    Object.assign(process.env, { HOME: env.HOME, GIT_CONFIG_GLOBAL: env.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: '1' });
    try {
      const out = join(mkdtempSync(join(tmpdir(), 'tutor-demo-test-')), 'ws');
      const result = await runDemo({ out });
      expect(result.events).toBe(DEMO_STEPS.length);
      const learner = readJson(join(out, 'memory', 'learner.json'));
      expect(learner.source).toMatchObject({ events: DEMO_STEPS.length, retracted: 1 });
      expect(learner.timeline.map((p: { date: string }) => p.date)).toEqual(['2026-06-01', '2026-06-18', '2026-06-20', '2026-06-21']);
      expect(learner.exit.et2).toMatchObject({ passed: true, attempts: 2 });
      expect(learner.exit_summary).toEqual({ mechanism: { passed: 1, total: 4 }, build: { passed: 0, total: 4 } });
      const tag = learner.misconception_tags.find((t: { tag: string }) => t.tag === 'training-data-at-inference');
      expect(tag).toMatchObject({ relapses: 1, open: false });
      const stale = Object.entries(learner.concepts).filter(([, c]) => (c as { stale_days: number | null }).stale_days !== null);
      expect(stale.map(([id]) => id)).toEqual(['logits_softmax']);
      expect(result.git).toBe(true);
    } finally {
      process.env = saved;
    }
  });

  it('never writes into a folder that has files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tutor-demo-full-'));
    writeFileSync(join(out, 'keep.txt'), 'mine');
    await expect(runDemo({ out, commit: false })).rejects.toThrow(InputError);
  });
});
