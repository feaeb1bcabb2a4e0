// Simulated learners with a known hidden state (issue 9), written as a knowledge-tracing CSV with
// a `known` column, so that a premature "mastered" can be counted exactly. Each learner works
// on each skill in sessions spread over weeks. BKT-style: a learner who does not know the skill
// answers right by guessing and may learn from each attempt; one who knows it answers right unless
// they slip, and may forget between sessions (the longer the gap, the likelier). Every learner and
// skill gets its own parameters, drawn from ranges, so no rule under test is the true model.
// Pure: randomness comes in as a function (seeded by the caller).
import type { Answer } from './answers.js';

export interface SimulationOptions {
  learners: number;
  skills: number;
  /** Answers per learner and skill (practice continues after learning, as in a course). */
  attempts: number;
  /** Graded answers (a tutor's quality, 0.1 steps) instead of right/wrong. */
  graded: boolean;
  /** The first session's time. */
  startMs: number;
}

export const SIMULATION_DEFAULTS: SimulationOptions = { learners: 400, skills: 8, attempts: 16, graded: false, startMs: Date.parse('2026-01-05T09:00:00Z') };

/** The parameter ranges the simulated learners are drawn from (stated in the README). */
export const SIMULATION_RANGES = {
  init: [0, 0.2],
  learn: [0.05, 0.3],
  guess: [0.05, 0.3],
  slip: [0.03, 0.15],
  /** Days after which half of what is known is forgotten, with no practice in between. */
  halfLifeDays: [15, 90],
  /** Answers per session. */
  session: [1, 4],
  /** Mean days between sessions (exponential). */
  meanGapDays: 4,
} as const;

/** A small, fast, seedable generator (mulberry32): the same seed gives the same learners. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

export function simulateAnswers(options: SimulationOptions, random: () => number): Answer[] {
  const between = (range: readonly [number, number]) => range[0] + random() * (range[1] - range[0]);
  const r = SIMULATION_RANGES;
  const answers: Answer[] = [];
  let row = 1;
  for (let l = 0; l < options.learners; l++) {
    for (let s = 0; s < options.skills; s++) {
      const init = between(r.init);
      const learn = between(r.learn);
      const guess = between(r.guess);
      const slip = between(r.slip);
      const halfLife = between(r.halfLifeDays);
      let known = random() < init;
      // Skills start at different points of the course.
      let ms = options.startMs + Math.floor(random() * 30) * DAY + s * 3_600_000;
      let left = options.attempts;
      let first = true;
      while (left > 0) {
        if (!first) {
          const gapDays = -Math.log(1 - random()) * r.meanGapDays;
          ms += Math.round(gapDays * DAY);
          if (known && random() < 1 - 2 ** (-gapDays / halfLife)) known = false;
        }
        first = false;
        const size = Math.min(left, Math.floor(between([r.session[0], r.session[1] + 1])));
        for (let i = 0; i < size; i++) {
          const right = known ? random() >= slip : random() < guess;
          const quality = options.graded ? Math.round((right ? 0.6 + random() * 0.4 : random() * 0.5) * 10) / 10 : right ? 1 : 0;
          answers.push({ learner: `L${l + 1}`, skill: `S${s + 1}`, quality, ms, row: row++, known });
          if (!known && random() < learn) known = true;
          ms += 2 * 60_000;
        }
        left -= size;
      }
    }
  }
  return answers;
}

/** The CSV text of simulated answers: learner,skill,correct (or quality),timestamp,known. */
export function answersToCsv(answers: readonly Answer[]): string {
  const graded = answers.some((a) => a.quality !== 0 && a.quality !== 1);
  const lines = [`learner,skill,${graded ? 'quality' : 'correct'},timestamp,known`];
  for (const a of answers) lines.push(`${a.learner},${a.skill},${a.quality},${new Date(a.ms).toISOString()},${a.known ? 1 : 0}`);
  return `${lines.join('\n')}\n`;
}
