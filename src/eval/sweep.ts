// The policy sweep (issue 9): tutor's rule replayed under every combination of its numbers, to
// show the trade-off between how soon a skill is called mastered and how often that is premature.
import { DEFAULT_POLICY, policyToJson, type PolicyJson } from '../core/policy.js';
import type { Answer } from './answers.js';
import { tutorRule } from './models.js';
import { replay, type ModelReport } from './replay.js';

export interface PolicyGrid {
  alpha: readonly number[];
  mastery_threshold: readonly number[];
  min_observations: readonly number[];
  stale_days: readonly number[];
}

export const DEFAULT_GRID: PolicyGrid = {
  alpha: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
  mastery_threshold: [0.7, 0.8, 0.9],
  min_observations: [2, 3, 4, 5],
  stale_days: [7, 14, 30],
};

export interface SweepRow {
  policy: PolicyJson;
  report: ModelReport;
  isDefault: boolean;
  /** No other policy is at least as good on both premature rate and attempts, and better on one. */
  pareto: boolean;
}

/** The premature rate a sweep compares: the hidden truth when the data has it, else the next answer. */
export function prematureRate(report: ModelReport): number | null {
  return report.premature.hidden ?? report.premature.observed;
}

export function sweepPolicies(sequences: readonly (readonly Answer[])[], prior: number, grid: PolicyGrid = DEFAULT_GRID): SweepRow[] {
  const base = policyToJson(DEFAULT_POLICY);
  const rows: SweepRow[] = [];
  for (const alpha of grid.alpha) {
    for (const mastery_threshold of grid.mastery_threshold) {
      for (const min_observations of grid.min_observations) {
        for (const stale_days of grid.stale_days) {
          const policy: PolicyJson = { ...base, alpha, mastery_threshold, min_observations, stale_days };
          const report = replay(tutorRule(policy), sequences, prior);
          const isDefault = alpha === base.alpha && mastery_threshold === base.mastery_threshold && min_observations === base.min_observations && stale_days === base.stale_days;
          rows.push({ policy, report, isDefault, pareto: false });
        }
      }
    }
  }
  markPareto(rows);
  return rows;
}

function markPareto(rows: SweepRow[]): void {
  const point = (row: SweepRow) => ({ premature: prematureRate(row.report) ?? Infinity, attempts: row.report.attemptsToMastery.mean ?? Infinity });
  for (const row of rows) {
    const a = point(row);
    row.pareto =
      Number.isFinite(a.attempts) &&
      !rows.some((other) => {
        const b = point(other);
        return b.premature <= a.premature && b.attempts <= a.attempts && (b.premature < a.premature || b.attempts < a.attempts);
      });
  }
}
