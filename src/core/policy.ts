// The mastery rules' numbers (DESIGN.md "Recompute"), overridable per curriculum.

export interface Policy {
  /** EWMA weight of the newest observation; the first observation sets mastery outright. */
  readonly alpha: number;
  /** Mastery at or above which a concept can count as mastered… */
  readonly masteryThreshold: number;
  /** …once it has at least this many observations: no single exchange can master a concept. */
  readonly minObservations: number;
  /** Days without evidence after which a built-up concept is stale. */
  readonly staleDays: number;
  /** Only concepts at or above this mastery can go stale (untouched ones are not "forgotten"). */
  readonly staleMinMastery: number;
}

export const DEFAULT_POLICY: Policy = Object.freeze({
  alpha: 0.6,
  masteryThreshold: 0.8,
  minObservations: 3,
  staleDays: 14,
  staleMinMastery: 0.5,
});

/** The policy as written in domain.json and learner.json (snake_case is the JSON contract). */
export interface PolicyJson {
  alpha: number;
  mastery_threshold: number;
  min_observations: number;
  stale_days: number;
  stale_min_mastery: number;
}

export function policyToJson(policy: Policy): PolicyJson {
  return {
    alpha: policy.alpha,
    mastery_threshold: policy.masteryThreshold,
    min_observations: policy.minObservations,
    stale_days: policy.staleDays,
    stale_min_mastery: policy.staleMinMastery,
  };
}

/** Floating-point EWMA can land a hair under a threshold it mathematically reaches (0.8 → 0.7999…). */
const EPSILON = 1e-9;

export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - EPSILON;
}
