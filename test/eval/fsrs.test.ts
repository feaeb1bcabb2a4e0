// FSRS-4.5's memory model, checked against its published formulas and default weights.
import { describe, expect, it } from 'vitest';
import { FSRS_45_WEIGHTS, gradeOf, retrievability, review } from '../../src/eval/fsrs.js';
import { tutorWithForgettingCurve } from '../../src/eval/models.js';

describe('FSRS-4.5', () => {
  it('retrievability is 0.9 when the days elapsed equal the stability, and falls as a power curve', () => {
    expect(retrievability(10, 10)).toBeCloseTo(0.9, 12);
    expect(retrievability(0, 10)).toBe(1);
    expect(retrievability(30, 10)).toBeCloseTo((1 + (19 / 81) * 3) ** -0.5, 12);
  });

  it('a first "good" starts at w2 and w4; a same-day review keeps the stability; a lapse lowers it', () => {
    const first = review(null, 3, 0);
    expect(first).toEqual({ stability: FSRS_45_WEIGHTS[2], difficulty: FSRS_45_WEIGHTS[4] });
    expect(review(first, 3, 0).stability).toBeCloseTo(first.stability, 12);
    const later = review(first, 3, 4);
    expect(later.stability).toBeGreaterThan(first.stability);
    expect(review(later, 1, 4).stability).toBeLessThan(later.stability);
    expect(review(first, 1, 4).difficulty).toBeGreaterThan(first.difficulty);
  });

  it('grades a quality: wrong is again, shaky hard, right good', () => {
    expect([0, 0.49, 0.5, 0.69, 0.7, 1].map(gradeOf)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('with the curve, a mastered concept is due for review once recall falls under 0.9', () => {
    const model = tutorWithForgettingCurve();
    const state = model.start();
    const t0 = Date.parse('2026-06-18T09:00:00Z');
    for (const [i, q] of [1, 1, 1].entries()) model.observe(state, q, t0 + i * 60_000);
    const s = state.memory?.stability as number;
    const last = t0 + 2 * 60_000;
    expect(model.mastered(state, last + (s - 0.1) * 86_400_000)).toBe(true);
    expect(model.mastered(state, last + (s + 0.1) * 86_400_000)).toBe(false);
    expect(model.predict(state, last + s * 86_400_000)).toBeCloseTo(0.9, 6);
  });
});
