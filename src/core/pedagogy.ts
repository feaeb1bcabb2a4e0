// The tutor's next moves, ranked (DESIGN.md "pedagogy.json"). Derived from the learner state only.
import type { Domain } from './domain.js';
import type { LearnerState } from './recompute.js';

export type MoveKind = 'resolve_misconception' | 'attempt_exit' | 'backfill_prereq' | 'reprobe_stale' | 'continue_module';

export interface NextMove {
  kind: MoveKind;
  /** A concept id, or an exit item id for attempt_exit. */
  target: string;
  why: string;
  /** The misconception tag, for resolve_misconception. */
  tag?: string;
  /** The concept whose gap this backfills, for backfill_prereq. */
  for?: string;
}

export interface PedagogyState {
  schema: 1;
  source: { events: number; head: string | null };
  current_module: string | null;
  next: NextMove[];
  relapses: { tag: string; text: string; concepts: string[]; relapses: number; open: boolean }[];
  ready_to_learn: string[];
  stale: { concept: string; days: number; mastery: number }[];
}

/** How many moves of each kind make the list: enough to choose from, short enough to act on. */
const CAP = { resolve_misconception: 3, attempt_exit: 2, backfill_prereq: 2, reprobe_stale: 2, continue_module: 1 } as const;

const percent = (x: number) => `${Math.round(x * 100)}%`;
const exchanges = (n: number) => `${n} exchange${n === 1 ? '' : 's'}`;

function day(iso: string): string {
  return iso.slice(0, 10);
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function derivePedagogy(domain: Domain, learner: LearnerState): PedagogyState {
  const concepts = learner.concepts;
  const name = (id: string) => domain.conceptById.get(id)?.name ?? id;
  const next: NextMove[] = [];

  // 1. Open misconceptions: a wrong model in use is the most expensive thing to leave alone.
  //    Relapses first (they came back once already), then the oldest.
  const open = domain.concepts.flatMap((c) =>
    (concepts[c.id]?.misconceptions.open ?? []).map((m) => ({ concept: c.id, ...m })),
  );
  const relapsesByTag = new Map(learner.misconception_tags.map((t) => [t.tag, t.relapses]));
  open.sort(
    (a, b) =>
      (relapsesByTag.get(b.tag) ?? 0) - (relapsesByTag.get(a.tag) ?? 0) ||
      (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) ||
      byId(a.concept, b.concept) ||
      byId(a.tag, b.tag),
  );
  for (const m of open.slice(0, CAP.resolve_misconception)) {
    const relapses = relapsesByTag.get(m.tag) ?? 0;
    const relapse = relapses > 0 ? `; relapsed ${relapses}×` : '';
    next.push({
      kind: 'resolve_misconception',
      target: m.concept,
      tag: m.tag,
      why: `open misconception on ${name(m.concept)} since ${day(m.since)}${relapse}: "${m.text}"`,
    });
  }

  // 2. Exit items whose every required concept is mastered: the exit test is the goal.
  const readyExits = domain.exitTest.filter((e) => learner.exit[e.id]?.ready);
  for (const item of readyExits.slice(0, CAP.attempt_exit)) {
    const state = learner.exit[item.id];
    const failed = state && state.attempts > 0 ? `; ${state.attempts} earlier attempt(s), not passed` : '; not attempted yet';
    next.push({
      kind: 'attempt_exit',
      target: item.id,
      why: `${item.kind} item ${item.id} is ready: all ${item.requires.length} required concepts are mastered${failed}`,
    });
  }

  // 3. Prerequisite gaps on concepts being worked on, most recent work first.
  const gapped = domain.concepts
    .filter((c) => (concepts[c.id]?.prereq_gaps.length ?? 0) > 0)
    .sort((a, b) => {
      const la = concepts[a.id]?.last_evidence ?? '';
      const lb = concepts[b.id]?.last_evidence ?? '';
      return la > lb ? -1 : la < lb ? 1 : byId(a.id, b.id);
    });
  const backfilled = new Set<string>();
  for (const c of gapped) {
    for (const prereq of concepts[c.id]?.prereq_gaps ?? []) {
      if (backfilled.has(prereq) || backfilled.size >= CAP.backfill_prereq) continue;
      backfilled.add(prereq);
      const p = concepts[prereq];
      const where = p && p.observations > 0 ? `mastery ${percent(p.mastery)} over ${exchanges(p.observations)}` : 'not started';
      const standing = concepts[c.id]?.status === 'mastered' ? `${name(c.id)} is mastered, but it rests on` : `${name(c.id)} is being learned, but its prerequisite`;
      next.push({
        kind: 'backfill_prereq',
        target: prereq,
        for: c.id,
        why: `${standing} ${name(prereq)}, which is not mastered yet (${where})`,
      });
    }
  }

  // 4. Stale concepts: built up once, no evidence for a while; re-probe cold.
  const stale = domain.concepts
    .filter((c) => concepts[c.id]?.stale_days != null)
    .map((c) => ({ concept: c.id, days: concepts[c.id]?.stale_days as number, mastery: concepts[c.id]?.mastery as number }))
    .sort((a, b) => b.days - a.days || byId(a.concept, b.concept));
  for (const s of stale.slice(0, CAP.reprobe_stale)) {
    next.push({
      kind: 'reprobe_stale',
      target: s.concept,
      why: `${name(s.concept)}: mastery ${percent(s.mastery)} but no evidence for ${s.days} days (stale after ${learner.policy.stale_days})`,
    });
  }

  // 5. Continue the current module in teaching order.
  const continueMove = continueCurrentModule(domain, learner, new Set(next.map((m) => m.target)));
  if (continueMove) next.push(continueMove);

  const readyToLearn = domain.concepts.filter((c) => concepts[c.id]?.ready_to_learn).map((c) => c.id);
  return {
    schema: 1,
    source: { events: learner.source.events, head: learner.source.head },
    current_module: learner.current_module,
    next: onePerTarget(next),
    relapses: learner.misconception_tags
      .filter((t) => t.relapses > 0)
      .map((t) => ({ tag: t.tag, text: t.text, concepts: t.concepts, relapses: t.relapses, open: t.open })),
    ready_to_learn: readyToLearn,
    stale,
  };
}

/**
 * One move per concept or exit item: a later move on a target already suggested (a second open
 * misconception, a stale prerequisite) adds its reason to the first instead of repeating it.
 */
function onePerTarget(moves: readonly NextMove[]): NextMove[] {
  const kept: NextMove[] = [];
  const byTarget = new Map<string, number>();
  for (const move of moves) {
    const at = byTarget.get(move.target);
    if (at === undefined) {
      byTarget.set(move.target, kept.length);
      kept.push(move);
    } else {
      const first = kept[at] as NextMove;
      kept[at] = { ...first, why: `${first.why}; also: ${move.why}` };
    }
  }
  return kept;
}

function continueCurrentModule(domain: Domain, learner: LearnerState, alreadySuggested: ReadonlySet<string>): NextMove | null {
  const moduleId = learner.current_module;
  if (moduleId === null) return null;
  const module = domain.moduleById.get(moduleId);
  // A concept already named by an earlier move is not suggested twice.
  const members = domain.concepts.filter(
    (c) => c.module === moduleId && learner.concepts[c.id]?.status !== 'mastered' && !alreadySuggested.has(c.id),
  );
  // Prefer what is ready (every prerequisite mastered); started concepts before new ones.
  const ready = members.filter((c) => learner.concepts[c.id]?.ready_to_learn);
  const started = ready.find((c) => learner.concepts[c.id]?.status === 'learning');
  const pick = started ?? ready[0] ?? members[0];
  if (!pick) return null;
  const state = learner.concepts[pick.id];
  const where =
    state && state.observations > 0
      ? `in progress: mastery ${percent(state.mastery)} over ${exchanges(state.observations)}`
      : 'not started';
  const missing = (domain.conceptById.get(pick.id)?.prereqs ?? []).filter((p) => learner.concepts[p]?.status !== 'mastered').map((p) => domain.conceptById.get(p)?.name ?? p);
  const blocked = state && !state.ready_to_learn && missing.length > 0 ? `; not mastered yet among its prerequisites: ${missing.join(', ')}` : '';
  return {
    kind: 'continue_module',
    target: pick.id,
    why: `current module ${moduleId}${module ? ` "${module.name}"` : ''}: ${pick.name} is next in teaching order (${where})${blocked}`,
  };
}
