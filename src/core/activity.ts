// The activity calendar (issue 16): days with evidence, streaks, and reviews falling due as
// built-up concepts turn stale. Pure: the learner state and `now` in, numbers out; no clock.
//
// Days are UTC days, like learner.json's timeline (recompute.ts TimelinePoint): the dashboard is
// derived byte-identically from the log and `now` on any machine (DESIGN.md "The one idea"), so it
// cannot depend on the machine's time zone. A learner far from UTC sees a late-evening session on
// the next UTC day; the calendar and the mastery-over-time chart at least agree on it.
import { DAY_MS, type LearnerState } from './recompute.js';
import { atLeast } from './policy.js';

/** The largest time a Date holds (ECMA-262: ±8.64e15 ms), less the window: every day has an ISO date. */
const MAX_MS = 8.64e15 - 200 * 7 * DAY_MS;

export interface ActivityDay {
  /** YYYY-MM-DD, UTC. */
  date: string;
  /** Exchanges recorded that day (retracted ones not counted). */
  count: number;
}
export interface DueReview {
  concept: string;
  name: string;
  /** The instant the concept turns (or turned) stale: last evidence + policy stale_days. */
  due: string;
  /** Whole UTC calendar days from today to the due day: negative once stale, 0 today. */
  days: number;
  stale: boolean;
}
export interface Activity {
  weeks: number;
  /** Today, UTC (the day of `now`). */
  today: string;
  /** The Monday the window starts on: the grid is `weeks` columns of Monday..Sunday. */
  start: string;
  /** Every day from `start` to `today`, in order (days after today are not in the window). */
  days: ActivityDay[];
  /** Exchanges and days with evidence inside the window. */
  total: number;
  activeDays: number;
  /** Consecutive days with evidence ending today or yesterday (alive), else 0. */
  currentStreak: number;
  /** The longest run of consecutive days with evidence in the whole log. */
  longestStreak: number;
  /** Stale concepts, then those turning stale within `horizonDays`, by due date then name. */
  due: DueReview[];
}
export interface ActivityOptions {
  weeks?: number;
  horizonDays?: number;
}

/** YYYY-MM-DD of a UTC day number (days since the epoch). */
export function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
/** The UTC day number of an ISO timestamp. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(iso) / DAY_MS);
}

/**
 * The calendar at `now`. Its counts are the timeline's (one point per UTC day with evidence, each
 * counting that day's live exchanges on known concepts), so the work is proportional to the
 * number of distinct days, not of exchanges: concepts' histories are cut (HISTORY_KEPT), the
 * timeline is not (issue 17).
 */
export function deriveActivity(learner: LearnerState, now: Date, options: ActivityOptions = {}): Activity {
  const weeks = Math.max(1, Math.min(200, Math.floor(options.weeks ?? 12)));
  const horizonDays = options.horizonDays ?? 14;
  // Total like recompute: a clock that is not a time reads as the epoch, one beyond the range of
  // dates as its end, rather than throwing.
  const nowMs = Math.max(-MAX_MS, Math.min(MAX_MS, Number.isNaN(now.getTime()) ? 0 : now.getTime()));
  const today = Math.floor(nowMs / DAY_MS);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const monday = today - ((((today + 3) % 7) + 7) % 7);
  const start = monday - 7 * (weeks - 1);

  // A day is active when it has an exchange: a point of 0 (an exit attempt alone, orphaned
  // exchanges) is not, and must not be in the map (the streaks ask `has`). The timeline holds
  // each day once, in order; adding up anyway costs nothing and assumes neither.
  const perDay = new Map<number, number>();
  for (const point of learner.timeline) {
    if (point.exchanges <= 0) continue;
    const day = dayNumber(`${point.date}T00:00:00Z`);
    perDay.set(day, (perDay.get(day) ?? 0) + point.exchanges);
  }

  const days: ActivityDay[] = [];
  let total = 0;
  let activeDays = 0;
  for (let day = start; day <= today; day++) {
    const count = perDay.get(day) ?? 0;
    days.push({ date: dayKey(day), count });
    total += count;
    if (count > 0) activeDays += 1;
  }

  const active = [...perDay.keys()].sort((a, b) => a - b);
  let longestStreak = 0;
  let run = 0;
  for (let i = 0; i < active.length; i++) {
    run = i > 0 && (active[i] as number) === (active[i - 1] as number) + 1 ? run + 1 : 1;
    if (run > longestStreak) longestStreak = run;
  }
  // A streak is alive while its last day is today or yesterday (today may not have started yet).
  let currentStreak = 0;
  const lastActive = [...active].reverse().find((day) => day <= today);
  if (lastActive !== undefined && lastActive >= today - 1) {
    for (let day = lastActive; perDay.has(day); day--) currentStreak += 1;
  }

  const due: DueReview[] = [];
  // recompute calls a concept stale once its whole days since evidence reach stale_days, so a
  // fractional policy value turns stale at the next whole day; for whole days (the default, 14)
  // this is exactly last evidence + stale_days.
  const staleMs = Math.ceil(learner.policy.stale_days) * DAY_MS;
  const horizonMs = nowMs + horizonDays * DAY_MS;
  for (const [id, c] of Object.entries(learner.concepts)) {
    if (c.last_evidence === null) continue;
    const dueMs = Date.parse(c.last_evidence) + staleMs;
    // "Stale" is recompute's verdict (stale_days set), the one place that decides it; the rest
    // are concepts built up the same way (DESIGN.md: mastery ≥ stale_min_mastery) not stale yet.
    const stale = c.stale_days !== null;
    const upcoming = !stale && atLeast(c.mastery, learner.policy.stale_min_mastery) && dueMs > nowMs && dueMs <= horizonMs;
    if ((!stale && !upcoming) || !(Math.abs(dueMs) <= 8.64e15)) continue;
    due.push({ concept: id, name: c.name, due: new Date(dueMs).toISOString(), days: Math.floor(dueMs / DAY_MS) - today, stale });
  }
  due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  return { weeks, today: dayKey(today), start: dayKey(start), days, total, activeDays, currentStreak, longestStreak, due };
}
