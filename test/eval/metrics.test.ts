// The evaluation's metrics on cases small enough to compute by hand.
import { describe, expect, it } from 'vitest';
import { auc, logLoss, mean, median, rmse } from '../../src/eval/metrics.js';

describe('metrics', () => {
  it('AUC: the share of (right, wrong) pairs ranked right, ties counting one half', () => {
    // Pairs (right, wrong): (0.35, 0.1) ✓, (0.35, 0.4) ✗, (0.8, 0.1) ✓, (0.8, 0.4) ✓ → 3/4.
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
    expect(auc([0.5, 0.5, 0.5], [0, 1, 1])).toBeCloseTo(0.5, 12);
    expect(auc([0.2, 0.9], [1, 0])).toBe(0);
    // Graded outcomes count as right from 0.5 up.
    expect(auc([0.3, 0.6], [0.4, 0.7])).toBe(1);
    expect(auc([0.3, 0.6], [1, 1])).toBeNull();
  });

  it('log-loss: mean cross-entropy in nats, predictions clipped to [0.01, 0.99]', () => {
    expect(logLoss([0.9, 0.2], [1, 0])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 12);
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(0.01), 12);
    // A graded outcome: 0.7·(−ln 0.6) + 0.3·(−ln 0.4).
    expect(logLoss([0.6], [0.7])).toBeCloseTo(-(0.7 * Math.log(0.6) + 0.3 * Math.log(0.4)), 12);
    expect(logLoss([], [])).toBeNull();
  });

  it('RMSE, median and mean', () => {
    expect(rmse([0.5, 1], [1, 0])).toBeCloseTo(Math.sqrt(0.625), 12);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([1, 2, 6])).toBe(3);
    expect(median([])).toBeNull();
  });
});
