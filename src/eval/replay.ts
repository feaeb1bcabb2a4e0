// Replays answer sequences through a mastery rule (issue 9): each answer is predicted from the
// state before it, then observed. Measures the prediction (AUC, log-loss, RMSE) and the verdict:
// how many attempts it takes to be called mastered, and how often that call is premature.
import type { Answer } from './answers.js';
import { auc, logLoss, mean, median, RIGHT_AT, rmse } from './metrics.js';
import type { MasteryModel } from './models.js';

export interface ModelReport {
  model: string;
  answers: number;
  auc: number | null;
  logLoss: number | null;
  rmse: number | null;
  sequences: number;
  /** Sequences in which the rule called the skill mastered at some point. */
  reachedMastery: number;
  /** Answers seen when the rule first called the skill mastered (sequences that got there). */
  attemptsToMastery: { median: number | null; mean: number | null };
  /**
   * Each time the rule turns to "mastered" (the first time, and again after it had withdrawn
   * the call), the next answer checks it: `observed` is the share of those answers that were
   * wrong; `hidden` (simulated data) the share given while the learner did not know the skill.
   */
  premature: { declarations: number; checked: number; observed: number | null; hiddenChecked: number; hidden: number | null };
}

/** The mean outcome of all answers: the constant baseline's prediction, and every rule's prior. */
export function priorOf(answers: readonly Answer[]): number {
  return answers.length === 0 ? 0.5 : answers.reduce((sum, a) => sum + a.quality, 0) / answers.length;
}

export function replay<S>(model: MasteryModel<S>, sequences: readonly (readonly Answer[])[], prior: number): ModelReport {
  const predictions: number[] = [];
  const outcomes: number[] = [];
  const attempts: number[] = [];
  let declarations = 0;
  let checked = 0;
  let wrongAfter = 0;
  let hiddenChecked = 0;
  let unknownAfter = 0;
  for (const sequence of sequences) {
    const state = model.start();
    let calledBefore = false;
    let reached = false;
    sequence.forEach((answer, k) => {
      const called = model.mastered(state, answer.ms);
      predictions.push(model.predict(state, answer.ms) ?? prior);
      outcomes.push(answer.quality);
      if (called && !calledBefore) {
        declarations += 1;
        checked += 1;
        if (answer.quality < RIGHT_AT) wrongAfter += 1;
        if (answer.known !== undefined) {
          hiddenChecked += 1;
          if (!answer.known) unknownAfter += 1;
        }
      }
      calledBefore = called;
      model.observe(state, answer.quality, answer.ms);
      if (!reached && model.mastered(state, answer.ms)) {
        reached = true;
        attempts.push(k + 1);
      }
    });
    // A call made on the last answer has no next answer to check it.
    const last = sequence[sequence.length - 1];
    if (last && !calledBefore && model.mastered(state, last.ms)) declarations += 1;
  }
  return {
    model: model.name,
    answers: predictions.length,
    auc: auc(predictions, outcomes),
    logLoss: logLoss(predictions, outcomes),
    rmse: rmse(predictions, outcomes),
    sequences: sequences.length,
    reachedMastery: attempts.length,
    attemptsToMastery: { median: median(attempts), mean: mean(attempts) },
    premature: {
      declarations,
      checked,
      observed: checked === 0 ? null : wrongAfter / checked,
      hiddenChecked,
      hidden: hiddenChecked === 0 ? null : unknownAfter / hiddenChecked,
    },
  };
}
