// The mastery rules under evaluation (issue 9). `tutorRule` is tutor's own rule, run through the
// core's fold (foldLog/extendFold/conceptStanding), the same code that writes learner.json: there
// is no second implementation of it here. The baselines are the usual ones of the field.
import { parseDomain, type Domain } from '../core/domain.js';
import { conceptStanding, extendFold, foldLog, type LogFold } from '../core/recompute.js';
import type { PolicyJson } from '../core/policy.js';
import { gradeOf, retrievability, review, type MemoryState } from './fsrs.js';
import { RIGHT_AT } from './metrics.js';

/** A rule that predicts the next answer and says when a skill is mastered. */
export interface MasteryModel<S> {
  readonly name: string;
  start(): S;
  /** P(the next answer is right) before an answer at `ms`; null: no opinion (the prior is used). */
  predict(state: S, ms: number): number | null;
  /** Does the rule call the skill mastered just before an answer at `ms`? */
  mastered(state: S, ms: number): boolean;
  observe(state: S, quality: number, ms: number): void;
}

const SKILL = 'skill';

/** A one-concept curriculum carrying `policy`, validated like any domain.json. */
function skillDomain(policy: Partial<PolicyJson>): Domain {
  return parseDomain(
    JSON.stringify({
      modules: [{ id: 'M1', name: 'evaluated skill' }],
      concepts: [{ id: SKILL, name: 'evaluated skill', module: 'M1', behaviors: ['answers'], prereqs: [] }],
      exit_test: [],
      policy,
    }),
    'the evaluated policy',
  );
}

interface TutorState {
  fold: LogFold;
  answers: number;
}

/**
 * tutor's rule: each answer becomes an exchange event with the answer's quality, folded by the
 * core; "mastered" is learner.json's status, and a stale concept does not count as mastered
 * (the tutor re-probes it before relying on it). The prediction is the mastery itself.
 */
export function tutorRule(policy: Partial<PolicyJson> = {}, name = 'tutor (EWMA)'): MasteryModel<TutorState> {
  const domain = skillDomain(policy);
  return {
    name,
    start: () => ({ fold: foldLog(domain, []), answers: 0 }),
    predict: (state, ms) => conceptStanding(domain, state.fold, SKILL, ms)?.mastery ?? null,
    mastered: (state, ms) => {
      const standing = conceptStanding(domain, state.fold, SKILL, ms);
      return standing !== null && standing.mastered && !standing.stale;
    },
    observe: (state, quality, ms) => {
      state.answers += 1;
      const id = `evt_${String(state.answers).padStart(26, '0')}`;
      const event = { id, ts: new Date(ms).toISOString(), type: 'exchange', concept: SKILL, quality, prev: null } as const;
      // Answers arrive in time order with increasing ids, so each one extends the fold.
      if (!extendFold(domain, state.fold, event)) throw new Error(`answer ${state.answers} did not extend the fold (answers out of order)`);
    },
  };
}

const DAY_MS = 86_400_000;

/** Below this retrievability a mastered concept is "due for review" (FSRS's usual target). */
export const DUE_BELOW = 0.9;

/**
 * tutor's rule with a forgetting curve instead of the staleness cliff: the same fold gives mastery
 * and "mastered"; FSRS-4.5's model gives the retrievability R of the last evidence, which
 * scales the prediction (mastery × R), and a mastered concept whose R fell under 0.9 is "due for
 * review" instead of mastered. Evaluated beside the cliff; not (yet) what the dashboard shows.
 */
export function tutorWithForgettingCurve(policy: Partial<PolicyJson> = {}): MasteryModel<TutorState & { memory: MemoryState | null; lastMs: number }> {
  const rule = tutorRule({ ...policy, stale_days: 3650 });
  const recall = (state: { memory: MemoryState | null; lastMs: number }, ms: number) =>
    state.memory === null ? 1 : retrievability((ms - state.lastMs) / DAY_MS, state.memory.stability);
  return {
    name: 'tutor + forgetting curve (FSRS-4.5)',
    start: () => ({ ...rule.start(), memory: null, lastMs: 0 }),
    predict: (state, ms) => {
      const mastery = rule.predict(state, ms);
      return mastery === null ? null : mastery * recall(state, ms);
    },
    mastered: (state, ms) => rule.mastered(state, ms) && recall(state, ms) >= DUE_BELOW,
    observe: (state, quality, ms) => {
      rule.observe(state, quality, ms);
      state.memory = review(state.memory, gradeOf(quality), state.memory === null ? 0 : (ms - state.lastMs) / DAY_MS);
      state.lastMs = ms;
    },
  };
}

export interface BktParameters {
  init: number;
  learn: number;
  guess: number;
  slip: number;
  /** P(known) at or above which the skill counts as mastered. */
  mastery: number;
}

/** Corbett & Anderson's textbook defaults. */
export const BKT_DEFAULTS: BktParameters = { init: 0.1, learn: 0.1, guess: 0.1, slip: 0.1, mastery: 0.95 };

/**
 * Bayesian Knowledge Tracing with fixed parameters. A graded answer (a quality between 0 and 1)
 * updates as that mixture of a right and a wrong answer; for 0/1 data this is plain BKT.
 */
export function bkt(parameters: BktParameters = BKT_DEFAULTS): MasteryModel<{ known: number }> {
  const { init, learn, guess, slip, mastery } = parameters;
  return {
    name: `BKT (${init}/${learn}/${guess}/${slip}, mastered at ${mastery})`,
    start: () => ({ known: init }),
    predict: (state) => state.known * (1 - slip) + (1 - state.known) * guess,
    mastered: (state) => state.known >= mastery,
    observe: (state, quality) => {
      const k = state.known;
      const ifRight = (k * (1 - slip)) / (k * (1 - slip) + (1 - k) * guess);
      const ifWrong = (k * slip) / (k * slip + (1 - k) * (1 - guess));
      const posterior = quality * ifRight + (1 - quality) * ifWrong;
      state.known = posterior + (1 - posterior) * learn;
    },
  };
}

/** Mastered after `n` right answers in a row; predicts the share right among the last `n`. */
export function nInARow(n = 3): MasteryModel<{ streak: number; recent: number[] }> {
  return {
    name: `${n} in a row`,
    start: () => ({ streak: 0, recent: [] }),
    predict: (state) => (state.recent.length === 0 ? null : state.recent.reduce((a, b) => a + b, 0) / state.recent.length),
    mastered: (state) => state.streak >= n,
    observe: (state, quality) => {
      state.streak = quality >= RIGHT_AT ? state.streak + 1 : 0;
      state.recent.push(quality);
      if (state.recent.length > n) state.recent.shift();
    },
  };
}

/** Predicts the prior (the file's mean outcome) for every answer; never calls anything mastered. */
export function constantAverage(): MasteryModel<null> {
  return { name: 'constant average', start: () => null, predict: () => null, mastered: () => false, observe: () => undefined };
}
