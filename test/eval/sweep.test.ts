// The policy sweep: every combination replayed, the default marked, the Pareto frontier right.
import { describe, expect, it } from 'vitest';
import { sequencesOf } from '../../src/eval/answers.js';
import { priorOf } from '../../src/eval/replay.js';
import { seededRandom, simulateAnswers } from '../../src/eval/simulate.js';
import { prematureRate, sweepPolicies } from '../../src/eval/sweep.js';

describe('sweepPolicies', () => {
  const answers = simulateAnswers({ learners: 60, skills: 3, attempts: 12, graded: true, startMs: Date.parse('2026-01-05T09:00:00Z') }, seededRandom(9));
  const sequences = sequencesOf(answers);
  const grid = { alpha: [0.4, 0.6, 0.8], mastery_threshold: [0.7, 0.8], min_observations: [2, 3], stale_days: [14] };
  const rows = sweepPolicies(sequences, priorOf(answers), grid);

  it('replays every combination once and marks the default policy', () => {
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => JSON.stringify(r.policy))).size).toBe(12);
    expect(rows.filter((r) => r.isDefault).map((r) => r.policy)).toEqual([{ alpha: 0.6, mastery_threshold: 0.8, min_observations: 3, stale_days: 14, stale_min_mastery: 0.5 }]);
  });

  it('a stricter rule calls mastery later and less often wrongly', () => {
    const at = (alpha: number, threshold: number, min: number) => rows.find((r) => r.policy.alpha === alpha && r.policy.mastery_threshold === threshold && r.policy.min_observations === min)?.report;
    const lenient = at(0.8, 0.7, 2);
    const strict = at(0.4, 0.8, 3);
    expect(strict?.attemptsToMastery.mean).toBeGreaterThan(lenient?.attemptsToMastery.mean as number);
    expect(prematureRate(strict as never)).toBeLessThan(prematureRate(lenient as never) as number);
  });

  it('marks exactly the policies no other beats on both premature rate and attempts', () => {
    const point = (r: (typeof rows)[number]) => [prematureRate(r.report) as number, r.report.attemptsToMastery.mean as number] as const;
    for (const row of rows) {
      const [p, a] = point(row);
      const dominated = rows.some((o) => {
        const [q, b] = point(o);
        return q <= p && b <= a && (q < p || b < a);
      });
      expect(row.pareto).toBe(!dominated);
    }
    expect(rows.some((r) => r.pareto)).toBe(true);
  });
});
