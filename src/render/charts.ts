// Geometry for the dashboard's inline SVG: sparklines, the mastery-over-time chart, the activity
// calendar, the prerequisite map. Pure: numbers in, coordinates out (the template draws them).
import type { Domain } from '../core/domain.js';
import { LINE_HEIGHT, PAD_Y, type GraphLayout } from './map-layout.js';
import type { Activity } from '../core/activity.js';
import { DAY_MS, type LearnerState, type TimelinePoint } from '../core/recompute.js';

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

/** Points of a small line of mastery values (0..1) in a width × height box. */
export function sparklinePoints(values: readonly number[], width = 84, height = 22): { points: string; last: { x: string; y: string } | null } {
  if (values.length === 0) return { points: '', last: null };
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const coords = values.map((v, i) => ({ x: fmt(2 + i * step), y: fmt(height - 2 - v * (height - 4)) }));
  return { points: coords.map((c) => `${c.x},${c.y}`).join(' '), last: coords[coords.length - 1] ?? null };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** UTC day number of a YYYY-MM-DD date (days since 1970-01-01). */
function dayOf(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}
function utc(day: number): Date {
  return new Date(day * DAY_MS);
}
/** "18 Jun"; with the year ("18 Jun 2026") when asked. UTC, like the dates it formats. */
export function humanDate(date: string, withYear = false): string {
  const d = utc(dayOf(date));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${withYear ? ` ${d.getUTCFullYear()}` : ''}`;
}
/** "Thu 18 Jun 2026": tooltips and the chart's accessible title. */
export function fullDate(date: string): string {
  const day = dayOf(date);
  return `${WEEKDAYS[(((day + 3) % 7) + 7) % 7]} ${humanDate(date, true)}`;
}

export interface AxisTick {
  x: string;
  label: string;
}
/** One size of the mastery-over-time chart: its own width, and ticks as many as fit. */
export interface TimelineChart {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: string; right: string; top: string; bottom: string; labelX: string; tickEnd: string };
  points: string;
  dots: { x: string; y: string; label: string }[];
  gridlines: { y: string; label: string }[];
  ticks: AxisTick[];
  tickY: string;
  /** The x of each timeline point, unrounded: the time axis is a linear map of the date. */
  xs: number[];
}
export interface Timeline {
  first: string;
  last: string;
  wide: TimelineChart;
  narrow: TimelineChart;
}

const fmt2 = (x: number) => (Math.round(x * 100) / 100).toString();

/**
 * Tick days for [lo, hi] (UTC day numbers) on an axis of `pxPerDay`: the finest of every day,
 * every other day, Mondays, every other Monday, the 1st of every 1/2/3/6 months, 1 January of
 * every 1/2/5/10… years, whose closest two ticks are at least `minSpacing` px apart (a month is
 * counted as its shortest, 28 days). Human labels: "18 Jun" for days and weeks; months as "Jun",
 * with the year on the first tick and on January; years as "2026".
 */
export function timeTicks(lo: number, hi: number, pxPerDay: number, minSpacing: number): { day: number; label: string }[] {
  const fits = (days: number) => days * pxPerDay >= minSpacing;
  const firstMonday = (d: number) => d + ((7 - ((((d + 3) % 7) + 7) % 7)) % 7);
  for (const [step, first] of [
    [1, (d: number) => d],
    [2, (d: number) => d],
    [7, firstMonday],
    [14, firstMonday],
  ] as const) {
    if (!fits(step)) continue;
    const out: { day: number; label: string }[] = [];
    for (let day = first(lo); day <= hi; day += step) out.push({ day, label: humanDate(utc(day).toISOString()) });
    return out;
  }
  // Months (and years) are labelled wider: "Jan 2027" next to "Dec".
  const monthSpacing = minSpacing * 1.2;
  const start = utc(lo);
  const monthStarts = (every: number) => {
    const out: number[] = [];
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); ; m === 11 ? ((m = 0), (y += 1)) : (m += 1)) {
      const day = Math.floor(Date.UTC(y, m, 1) / DAY_MS);
      if (day > hi) return out;
      if (day >= lo && m % every === 0) out.push(day);
    }
  };
  for (const [months, shortest] of [
    [1, 28],
    [2, 59],
    [3, 89],
    [6, 181],
  ] as const) {
    if (!(shortest * pxPerDay >= monthSpacing)) continue;
    return monthStarts(months).map((day, i) => {
      const d = utc(day);
      return { day, label: i === 0 || d.getUTCMonth() === 0 ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : `${MONTHS[d.getUTCMonth()]}` };
    });
  }
  // Every 1, 2, 5, 10, 20, 50… years.
  let every = 1;
  for (let i = 1; 365 * every * pxPerDay < monthSpacing && i < 30; i++) every = ([1, 2, 5][i % 3] as number) * 10 ** Math.floor(i / 3);
  return monthStarts(12)
    .filter((day) => utc(day).getUTCFullYear() % every === 0)
    .map((day) => ({ day, label: `${utc(day).getUTCFullYear()}` }));
}

interface ChartSize {
  width: number;
  height: number;
  fontSize: number;
}

function timelineGeometry(timeline: readonly TimelinePoint[], size: ChartSize): TimelineChart {
  const { width, height, fontSize } = size;
  // Room for "100%" left of the plot, and for half a date label right of its last tick.
  const left = Math.ceil(fontSize * 3.2);
  const right = Math.ceil(fontSize * 2);
  const top = Math.ceil(fontSize * 0.8);
  const bottom = Math.ceil(fontSize * 2.2);
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const firstDay = dayOf(timeline[0]?.date ?? '1970-01-01');
  const lastDay = dayOf(timeline[timeline.length - 1]?.date ?? '1970-01-01');
  // A single day sits in the middle, between its neighbours.
  const lo = lastDay > firstDay ? firstDay : firstDay - 1;
  const hi = lastDay > firstDay ? lastDay : lastDay + 1;
  const x = (day: number) => left + ((day - lo) * plotW) / (hi - lo);
  const y = (m: number) => top + plotH - m * plotH;
  const xs = timeline.map((p) => x(dayOf(p.date)));
  const dots = timeline.map((p, i) => ({
    x: fmt2(xs[i] as number),
    y: fmt2(y(p.mastery)),
    label: `${fullDate(p.date)}: overall mastery ${Math.round(p.mastery * 100)}%, ${p.mastered} mastered, ${plural(p.exit_passed, 'exit item')} passed`,
  }));
  // A step line: overall mastery holds from the end of one day with evidence to the next.
  const points: string[] = [];
  dots.forEach((d, i) => {
    const previous = dots[i - 1];
    if (previous) points.push(`${d.x},${previous.y}`);
    points.push(`${d.x},${d.y}`);
  });
  return {
    width,
    height,
    fontSize,
    plot: { left: fmt2(left), right: fmt2(left + plotW), top: fmt2(top), bottom: fmt2(top + plotH), labelX: fmt2(left - 6), tickEnd: fmt2(top + plotH + 4) },
    points: points.join(' '),
    dots,
    gridlines: [0, 0.25, 0.5, 0.75, 1].map((m) => ({ y: fmt2(y(m)), label: `${m * 100}%` })),
    // A date label is about five characters wide, plus a gap.
    ticks: timeTicks(lo, hi, plotW / (hi - lo), fontSize * 5.5).map((t) => ({ x: fmt2(x(t.day)), label: t.label })),
    tickY: fmt2(top + plotH + fontSize * 1.5),
    xs,
  };
}

/**
 * Mastery over time on a real time axis (issue 16): x is proportional to the date, so gaps show.
 * Two sizes, switched by a media query: SVG text scales with its viewBox, so one 640-wide drawing
 * shrinks its labels to ~6 px on a phone. The narrow one is drawn at about a phone's width (340)
 * and shown only below 700 px, the wide one at 640 and shown only above, where the page gives it at
 * least 640 px: at 13 px in user units neither renders a label under 11 px from a 320 px phone up.
 */
export function timelineChart(timeline: readonly TimelinePoint[]): Timeline | null {
  if (timeline.length === 0) return null;
  return {
    first: fullDate(timeline[0]?.date ?? ''),
    last: fullDate(timeline[timeline.length - 1]?.date ?? ''),
    wide: timelineGeometry(timeline, { width: 640, height: 220, fontSize: 13 }),
    narrow: timelineGeometry(timeline, { width: 340, height: 200, fontSize: 13 }),
  };
}

export interface CalendarCell {
  date: string;
  count: number;
  level: number;
  label: string;
  today: boolean;
}
export interface CalendarView {
  weeks: { label: string; start: string }[];
  levels: typeof ACTIVITY_LEVELS;
  rows: { weekday: string; cells: (CalendarCell | null)[] }[];
  streak: string;
  due: { name: string; stale: boolean; when: string; date: string }[];
  moreDue: number;
}

/** Shade levels for a day's count (the count itself is written in the cell: colour is a hint). */
export const ACTIVITY_LEVELS = [
  { level: 0, label: '0', min: 0 },
  { level: 1, label: '1–2', min: 1 },
  { level: 2, label: '3–5', min: 3 },
  { level: 3, label: '6–9', min: 6 },
  { level: 4, label: '10+', min: 10 },
] as const;

function levelOf(count: number): number {
  let level = 0;
  for (const l of ACTIVITY_LEVELS) if (count >= l.min) level = l.level;
  return level;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function dueWhen(days: number, stale: boolean, date: string): string {
  if (stale) return days === 0 ? 'since today' : `since ${humanDate(date)} (${plural(-days, 'day')} ago)`;
  return days === 0 ? 'due later today' : days === 1 ? 'due tomorrow' : `due in ${days} days`;
}

/**
 * The activity calendar as a table: a column per week (Monday first), a row per weekday, as
 * GitHub's and Anki's calendars are drawn. Days after today are empty cells.
 */
export function activityCalendar(activity: Activity, maxDue = 12): CalendarView {
  const start = dayOf(activity.start);
  const today = dayOf(activity.today);
  const byDay = new Map(activity.days.map((d) => [dayOf(d.date), d.count]));
  const weeks = Array.from({ length: activity.weeks }, (_, w) => {
    const monday = start + 7 * w;
    // A month's name over the week its 1st falls in, and over the first week unless a month
    // begins within two weeks of it (the labels would collide).
    let label = '';
    for (let d = monday; d < monday + 7; d++) if (utc(d).getUTCDate() === 1) label = MONTHS[utc(d).getUTCMonth()] as string;
    return { label, start: humanDate(utc(monday).toISOString().slice(0, 10), true) };
  });
  const first = weeks[0];
  if (first && first.label === '' && !weeks.slice(1, 3).some((w) => w.label !== '')) first.label = MONTHS[utc(start).getUTCMonth()] as string;
  const rows = WEEKDAYS.map((weekday, r) => ({
    weekday,
    cells: weeks.map((_, w) => {
      const day = start + 7 * w + r;
      if (day > today) return null;
      const date = utc(day).toISOString().slice(0, 10);
      const count = byDay.get(day) ?? 0;
      return { date, count, level: levelOf(count), label: `${fullDate(date)}${day === today ? ' (today)' : ''}: ${count === 0 ? 'no exchanges' : plural(count, 'exchange')}`, today: day === today };
    }),
  }));
  const streak = [
    activity.currentStreak > 0 ? `${activity.currentStreak}-day streak` : 'No streak running',
    `longest ${plural(activity.longestStreak, 'day')}`,
    `${plural(activity.activeDays, 'active day')} in the last ${plural(activity.weeks, 'week')}`,
  ].join(' · ');
  const due = activity.due.slice(0, maxDue).map((d) => ({
    name: d.name,
    stale: d.stale,
    when: dueWhen(d.days, d.stale, d.due),
    date: humanDate(d.due, d.due.slice(0, 4) !== activity.today.slice(0, 4)),
  }));
  return { weeks, levels: ACTIVITY_LEVELS, rows, streak, due, moreDue: activity.due.length - due.length };
}

/** How to colour a concept: by status and, while learning, by how far along it is. */
export function masteryTone(status: string, mastery: number): string {
  if (status === 'mastered') return 'mastered';
  if (status === 'untouched') return 'untouched';
  return mastery >= 0.5 ? 'learning-high' : 'learning-low';
}

// Not `width`: Handlebars looks helpers up before fields, and `width` is a helper (see masteryPercent).
export interface MapNode {
  readonly x: number;
  readonly y: number;
  readonly boxWidth: number;
  readonly boxHeight: number;
  /** One <text> line each: the full name, wrapped, then the standing. */
  readonly lines: readonly { readonly x: string; readonly y: string; readonly text: string; readonly status: boolean }[];
  readonly title: string;
  readonly tone: string;
  readonly fill: string;
  /** Outline: heavy for the current module's concepts, dashed for another module's in a neighbourhood map. */
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dashed: boolean;
}
export interface PrereqMapView {
  readonly svgWidth: number;
  readonly svgHeight: number;
  readonly nodes: readonly MapNode[];
  readonly edges: readonly { readonly d: string; readonly gap: boolean }[];
  readonly crossings: number | null;
}

/** Text inset from a box's left edge; the line height and top padding are the layout's own. */
const MAP_PAD_X = 6;

const STANDING: Record<string, string> = { mastered: '✓ mastered', untouched: 'not started' };
/** The map's box colours, by tone (the chips' colours, as SVG fills). */
const TONE_FILL: Record<string, string> = { mastered: '#d2f4dc', 'learning-high': '#fff1c2', 'learning-low': '#ffe2e0', untouched: '#eef1f4' };

/**
 * The laid-out map (store/map-layout-cache.ts gives the geometry, computed once per curriculum)
 * coloured by the learner's standing. `module`: the module whose concepts are outlined; in its
 * neighbourhood map, concepts of other modules are dashed.
 */
export function prereqMapView(layout: GraphLayout, domain: Domain, learner: LearnerState, module: string | null, neighbourhood = false): PrereqMapView {
  const nodes = layout.nodes.map((n) => {
    const state = learner.concepts[n.id];
    const concept = domain.conceptById.get(n.id);
    const status = state?.status ?? 'untouched';
    const percent = Math.round((state?.mastery ?? 0) * 100);
    const standing = status === 'learning' ? `learning · ${percent}%` : (STANDING[status] ?? status);
    const texts = [...n.lines.map((text) => ({ text, status: false })), { text: standing, status: true }];
    const tone = masteryTone(status, state?.mastery ?? 0);
    const current = module !== null && concept?.module === module;
    return {
      x: n.x,
      y: n.y,
      boxWidth: n.width,
      boxHeight: n.height,
      lines: texts.map((t, i) => ({ x: fmt2(n.x + MAP_PAD_X), y: fmt2(n.y + PAD_Y + (i + 1) * LINE_HEIGHT - 3), ...t })),
      title: `${concept?.name ?? n.id}: ${standing}`,
      tone,
      fill: TONE_FILL[tone] ?? '#eef1f4',
      stroke: current ? '#1f2328' : '#8c959f',
      strokeWidth: current ? 2 : 1,
      dashed: neighbourhood && concept?.module !== module,
    };
  });
  const edges = layout.edges.map((e) => ({ d: smoothPath(e.points), gap: learner.concepts[e.to]?.prereq_gaps.includes(e.from) ?? false }));
  return { svgWidth: layout.width, svgHeight: layout.height, nodes, edges, crossings: layout.crossings };
}

/** A polyline through dagre's points, its corners rounded by quadratic curves through the midpoints. */
function smoothPath(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  const first = points[0] as { x: number; y: number };
  if (points.length < 3) return `M${points.map((p) => `${fmt2(p.x)},${fmt2(p.y)}`).join(' L')}`;
  let d = `M${fmt2(first.x)},${fmt2(first.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i] as { x: number; y: number };
    const q = points[i + 1] as { x: number; y: number };
    const mid = i === points.length - 2 ? q : { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    d += ` Q${fmt2(p.x)},${fmt2(p.y)} ${fmt2(mid.x)},${fmt2(mid.y)}`;
  }
  return d;
}
