// Prediction metrics for the mastery evaluation (issue 9). Pure; every function takes the
// predictions p (probability that the answer is right) and the outcomes y (quality in [0, 1]).

/** Predictions are clipped to this range for log-loss: a rule that says 1.0 and meets a wrong
 * answer would otherwise score infinity, which hides every other difference. */
export const LOG_LOSS_CLIP = 0.01;

/** An answer counts as right, for AUC and for "the next answer was wrong", at this quality. */
export const RIGHT_AT = 0.5;

/**
 * Area under the ROC curve: the probability that a right answer got a higher prediction than a
 * wrong one, ties counting one half (the Mann–Whitney statistic). null when only one class occurs.
 */
export function auc(p: readonly number[], y: readonly number[]): number | null {
  const order = p.map((_, i) => i).sort((a, b) => (p[a] as number) - (p[b] as number));
  let positives = 0;
  let rankSumPositives = 0;
  for (let i = 0; i < order.length; ) {
    // Tied predictions share the mean of their ranks (1-based).
    let j = i;
    while (j + 1 < order.length && p[order[j + 1] as number] === p[order[i] as number]) j += 1;
    const meanRank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) {
      if ((y[order[k] as number] as number) >= RIGHT_AT) {
        positives += 1;
        rankSumPositives += meanRank;
      }
    }
    i = j + 1;
  }
  const negatives = p.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean cross-entropy, in nats; y may be graded (a quality), p clipped to [0.01, 0.99]. */
export function logLoss(p: readonly number[], y: readonly number[]): number | null {
  if (p.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - LOG_LOSS_CLIP, Math.max(LOG_LOSS_CLIP, p[i] as number));
    const t = y[i] as number;
    sum -= t * Math.log(q) + (1 - t) * Math.log(1 - q);
  }
  return sum / p.length;
}

/** Root of the mean squared difference between prediction and outcome. */
export function rmse(p: readonly number[], y: readonly number[]): number | null {
  if (p.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += ((p[i] as number) - (y[i] as number)) ** 2;
  return Math.sqrt(sum / p.length);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}
