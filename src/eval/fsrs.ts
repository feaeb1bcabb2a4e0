// FSRS-4.5's memory model with its published default weights: retrievability falls with the days
// since the last review as a power curve, R(t, S) = (1 + 19/81 · t/S)^-0.5, so R = 0.9 at t = S;
// stability S and difficulty D move with each graded review. Used only by the evaluation, to test
// a forgetting curve against the 14-day staleness cliff (issue 9). Pure.

export const FSRS_45_WEIGHTS = [0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755] as const;

const DECAY = -0.5;
const FACTOR = 19 / 81;

/** 1 again, 2 hard, 3 good, 4 easy. */
export type Grade = 1 | 2 | 3 | 4;

export interface MemoryState {
  stability: number;
  difficulty: number;
}

const w = (i: number) => FSRS_45_WEIGHTS[i] as number;
const clampDifficulty = (d: number) => Math.min(10, Math.max(1, d));

/** A tutor's quality as an FSRS grade: wrong is "again", shaky "hard", right "good". */
export function gradeOf(quality: number): Grade {
  return quality < 0.5 ? 1 : quality < 0.7 ? 2 : 3;
}

export function retrievability(elapsedDays: number, stability: number): number {
  return (1 + (FACTOR * Math.max(0, elapsedDays)) / stability) ** DECAY;
}

const initialDifficulty = (grade: Grade) => clampDifficulty(w(4) - (grade - 3) * w(5));

/** The memory state after a review graded `grade`, `elapsedDays` after the previous one. */
export function review(state: MemoryState | null, grade: Grade, elapsedDays: number): MemoryState {
  if (state === null) return { stability: w(grade - 1), difficulty: initialDifficulty(grade) };
  const { stability: s, difficulty: d } = state;
  const r = retrievability(elapsedDays, s);
  const stability =
    grade === 1
      ? w(11) * d ** -w(12) * ((s + 1) ** w(13) - 1) * Math.exp(w(14) * (1 - r))
      : s * (1 + Math.exp(w(8)) * (11 - d) * s ** -w(9) * (Math.exp(w(10) * (1 - r)) - 1) * (grade === 2 ? w(15) : 1));
  const moved = d - w(6) * (grade - 3);
  const difficulty = clampDifficulty(w(7) * initialDifficulty(3) + (1 - w(7)) * moved);
  return { stability, difficulty };
}
