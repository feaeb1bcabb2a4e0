// The replay: tutor's rule through the core's own fold (the same verdicts as learner.json), the
// baselines, and the verdict metrics on hand-computed sequences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/core/domain.js';
import type { TutorEvent } from '../../src/core/events.js';
import { recompute } from '../../src/core/recompute.js';
import type { Answer } from '../../src/eval/answers.js';
import { bkt, constantAverage, nInARow, tutorRule } from '../../src/eval/models.js';
import { replay } from '../../src/eval/replay.js';
import { answersToCsv, seededRandom, simulateAnswers } from '../../src/eval/simulate.js';
import { parseAnswerFile } from '../../src/eval/answers.js';

const T0 = Date.parse('2026-06-18T09:00:00Z');
const DAY = 86_400_000;

function sequence(qualities: readonly number[], known?: readonly boolean[], gapMs = 60_000): Answer[] {
  return qualities.map((quality, i) => ({ learner: 'a', skill: 's', quality, ms: T0 + i * gapMs, row: i + 1, ...(known ? { known: known[i] as boolean } : {}) }));
}

describe('tutor rule in the replay', () => {
  it('gives, after every answer, the mastery and verdict that recompute writes to learner.json', () => {
    const policy = { alpha: 0.6, mastery_threshold: 0.8, min_observations: 3, stale_days: 14, stale_min_mastery: 0.5 };
    const domain = parseDomain(
      JSON.stringify({ modules: [{ id: 'M1', name: 'm' }], concepts: [{ id: 'skill', name: 's', module: 'M1', behaviors: ['b'], prereqs: [] }], exit_test: [], policy }),
    );
    const step = fc.record({ quality: fc.integer({ min: 0, max: 20 }).map((n) => n / 20), gapDays: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 40 }), (steps, laterDays) => {
        const model = tutorRule(policy);
        const state = model.start();
        const events: TutorEvent[] = [];
        let ms = T0;
        steps.forEach(({ quality, gapDays }, i) => {
          ms += gapDays * DAY + 60_000;
          model.observe(state, quality, ms);
          events.push({ id: `evt_${String(i + 1).padStart(26, '0')}`, ts: new Date(ms).toISOString(), type: 'exchange', concept: 'skill', quality, prev: null });
          const at = ms + laterDays * DAY;
          const concept = recompute(domain, events, new Date(at)).learner.concepts.skill;
          expect(Math.round((model.predict(state, at) as number) * 10_000) / 10_000).toBe(concept?.mastery);
          expect(model.mastered(state, at)).toBe(concept?.status === 'mastered' && concept.stale_days === null);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('DESIGN.md worked example: 0.5, 0.9, 0.95 is mastered at the third answer', () => {
    const report = replay(tutorRule(), [sequence([0.5, 0.9, 0.95, 0.2])], 0.5);
    expect(report.attemptsToMastery).toEqual({ median: 3, mean: 3 });
    // Declared before the fourth answer, which was wrong: one premature call of one.
    expect(report.premature).toMatchObject({ declarations: 1, checked: 1, observed: 1 });
  });

  it('a concept gone stale is not counted as mastered until it is probed again', () => {
    const model = tutorRule({ stale_days: 14 });
    const state = model.start();
    for (const [i, q] of [1, 1, 1].entries()) model.observe(state, q, T0 + i * 60_000);
    expect(model.mastered(state, T0 + 13 * DAY)).toBe(true);
    expect(model.mastered(state, T0 + 15 * DAY)).toBe(false);
  });

  it('refuses a policy the curriculum would refuse, with the field', () => {
    expect(() => tutorRule({ alpha: 1.5 })).toThrow(/policy\.alpha/);
  });
});

describe('baselines and verdict metrics', () => {
  it('BKT with the textbook defaults: 0.18 before the first answer, 0.54 after a right one', () => {
    const model = bkt();
    const state = model.start();
    expect(model.predict(state, T0)).toBeCloseTo(0.18, 12);
    model.observe(state, 1, T0);
    // posterior 0.09 / 0.18 = 0.5; then learning: 0.5 + 0.5 · 0.1 = 0.55; predict 0.55 · 0.9 + 0.45 · 0.1.
    expect(state.known).toBeCloseTo(0.55, 12);
    expect(model.predict(state, T0)).toBeCloseTo(0.54, 12);
  });

  it('3 in a row: mastered at the third right answer; premature when the next is wrong, true rate from the hidden state', () => {
    const report = replay(nInARow(3), [sequence([1, 1, 1, 0, 1, 1, 1, 1], [false, true, true, false, true, true, true, true])], 0.5);
    expect(report.attemptsToMastery).toEqual({ median: 3, mean: 3 });
    // Calls: before answer 4 (wrong; the learner had forgotten) and before answer 8 (right, known).
    expect(report.premature).toEqual({ declarations: 2, checked: 2, observed: 0.5, hiddenChecked: 2, hidden: 0.5 });
    // Predictions: prior, then the share right among the last three answers.
    expect(report.answers).toBe(8);
  });

  it('counts a call made on the last answer, which nothing checks', () => {
    const report = replay(nInARow(2), [sequence([1, 1])], 0.5);
    expect(report.premature).toMatchObject({ declarations: 1, checked: 0, observed: null });
  });

  it('the constant average predicts the prior and never calls anything mastered', () => {
    const report = replay(constantAverage(), [sequence([1, 0, 1, 1])], 0.75);
    expect(report.rmse).toBeCloseTo(Math.sqrt((3 * 0.0625 + 0.5625) / 4), 12);
    expect(report.auc).toBe(0.5);
    expect(report.reachedMastery).toBe(0);
  });
});

describe('simulated learners', () => {
  it('are the same for the same seed, and read back from their CSV with the hidden state', () => {
    const options = { learners: 5, skills: 2, attempts: 6, graded: false, startMs: T0 };
    const a = simulateAnswers(options, seededRandom(3));
    expect(simulateAnswers(options, seededRandom(3))).toEqual(a);
    expect(simulateAnswers(options, seededRandom(4))).not.toEqual(a);
    const file = parseAnswerFile(answersToCsv(a));
    expect(file.bad.count).toBe(0);
    expect(file.answers.map((x) => [x.learner, x.skill, x.quality, x.ms, x.known])).toEqual(a.map((x) => [x.learner, x.skill, x.quality, x.ms, x.known]));
  });

  it('answer right far more often when they know the skill', () => {
    const answers = simulateAnswers({ learners: 200, skills: 4, attempts: 12, graded: false, startMs: T0 }, seededRandom(1));
    const rate = (known: boolean) => {
      const group = answers.filter((a) => a.known === known);
      return group.reduce((s, a) => s + a.quality, 0) / group.length;
    };
    expect(rate(true)).toBeGreaterThan(0.85); // slips: 3–15 %
    expect(rate(false)).toBeLessThan(0.3); // guesses: 5–30 %
  });
});
