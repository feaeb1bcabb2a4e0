// decide: the one validation of a `log` request (STYLE.md: validate once, when deciding whether to
// append). Every refusal names the field, the value and what is allowed; nearest ids for unknown ids.
import type { Domain } from './domain.js';
import { assertNever, InputError, UsageError } from './errors.js';
import { EVENT_TYPES, LIMITS, type EventType, type TutorEvent } from './events.js';
import { EVENT_ID, EVENT_ID_ALLOWED, nearestIds, slugifyTag, TAG, TAG_ALLOWED } from './ids.js';
import type { LearnerState } from './recompute.js';
import { FORBIDDEN_IN_TEXT } from './text.js';

/** The `log` command's options as the command line gives them: strings and flags, unchecked. */
export interface LogRequest {
  type?: string;
  concept?: string;
  quality?: string;
  misconception?: string;
  tag?: string;
  /** `--resolved` alone is true; `--resolved T` (repeatable, or comma-separated) a list. */
  resolved?: true | readonly string[];
  note?: string;
  target?: string;
  passed?: boolean;
  failed?: boolean;
}

/** What the store supplies: the event's identity and its place in the chain. */
export interface Stamp {
  id: string;
  ts: string;
  prev: string | null;
}

/** What decide needs to know about the log so far. */
export interface LogView {
  learner: LearnerState;
  /** The log's events, in file order. */
  events: readonly TutorEvent[];
  /** Ids withdrawn by a retraction that is itself in force. */
  retracted: ReadonlySet<string>;
}

// A plain decimal in [0, 1]: no exponent, no hex, no sign, no NaN or Infinity (issue 2).
const QUALITY = /^(?:0(?:\.\d{1,20})?|1(?:\.0{1,20})?|\.\d{1,20})$/;
const QUALITY_ALLOWED = 'a decimal number from 0 to 1, e.g. 0.7';

const FIELDS_BY_TYPE: Record<EventType, readonly (keyof LogRequest)[]> = {
  exchange: ['concept', 'quality', 'misconception', 'tag', 'resolved', 'note'],
  exit_test: ['target', 'passed', 'failed', 'note'],
  retract: ['target', 'note'],
};

function flag(field: keyof LogRequest): string {
  return `--${field}`;
}

export function parseQuality(value: string | undefined): number {
  if (value === undefined) throw new UsageError('--quality', '--quality is required: how well this exchange went, from 0 to 1 (e.g. --quality 0.7)');
  const trimmed = value.trim();
  if (!QUALITY.test(trimmed)) throw new InputError('--quality', value, QUALITY_ALLOWED);
  return Number(trimmed);
}

/** Free text the tutor writes: bounded, well-formed Unicode, no control characters but newline and tab. */
export function checkText(field: string, value: string, max: number): string {
  const text = value.trim();
  const allowed = `1 to ${max} characters of text`;
  if (text.length === 0) throw new InputError(field, value, allowed, [], 'must not be empty');
  if (text.length > max) throw new InputError(field, value, allowed, [], `too long (${text.length} characters)`);
  if (!text.isWellFormed()) throw new InputError(field, value, allowed, [], 'contains invalid Unicode (a lone surrogate)');
  if (FORBIDDEN_IN_TEXT.test(text)) {
    throw new InputError(field, value, `${allowed}, without control characters, line separators or bidirectional overrides`, [], 'contains an invisible control character');
  }
  return text;
}

function checkTag(field: string, value: string): string {
  if (!TAG.test(value)) throw new InputError(field, value, TAG_ALLOWED);
  return value;
}

function parseType(value: string | undefined): EventType {
  const type = value ?? 'exchange';
  if (!(EVENT_TYPES as readonly string[]).includes(type)) {
    throw new InputError('--type', value, EVENT_TYPES.join(', '), nearestIds(type, EVENT_TYPES));
  }
  return type as EventType;
}

function refuseForeignFields(type: EventType, request: LogRequest): void {
  const allowed = FIELDS_BY_TYPE[type];
  for (const [key, value] of Object.entries(request) as [keyof LogRequest, unknown][]) {
    if (key === 'type' || value === undefined || allowed.includes(key)) continue;
    const owners = (Object.keys(FIELDS_BY_TYPE) as EventType[]).filter((t) => FIELDS_BY_TYPE[t].includes(key));
    throw new UsageError(
      flag(key),
      `${flag(key)} does not apply to --type ${type} (it belongs to --type ${owners.join(' or ')}); options for ${type}: ${allowed.map(flag).join(', ')}`,
    );
  }
}

function requireValue(field: keyof LogRequest, value: string | undefined, what: string): string {
  if (value === undefined) throw new UsageError(flag(field), `${flag(field)} is required: ${what}`);
  return value;
}

function decideExchange(domain: Domain, view: LogView, request: LogRequest, stamp: Stamp): TutorEvent {
  const conceptId = requireValue('concept', request.concept, 'the id of the concept this exchange was about');
  if (!domain.conceptById.has(conceptId)) {
    const known = domain.concepts.map((c) => c.id);
    throw new InputError('--concept', conceptId, `one of the ${known.length} concept ids in memory/domain.json`, nearestIds(conceptId, known));
  }
  const quality = parseQuality(request.quality);
  const open = view.learner.concepts[conceptId]?.misconceptions.open.map((m) => m.tag) ?? [];

  let misconception: string | undefined;
  let tag: string | undefined;
  if (request.tag !== undefined && request.misconception === undefined) {
    throw new UsageError('--tag', '--tag names a misconception: give --misconception "TEXT" with it');
  }
  if (request.misconception !== undefined) {
    misconception = checkText('--misconception', request.misconception, LIMITS.misconception);
    tag = request.tag !== undefined ? checkTag('--tag', request.tag) : slugifyTag(misconception);
  }

  let resolved: string[] | undefined;
  if (request.resolved === true) {
    if (open.length === 0) {
      throw new InputError('--resolved', true, 'only when a misconception is open on this concept', [], `no misconception is open on ${conceptId}`);
    }
    // "All open" is stored as the tags open now: the event then closes exactly what the tutor
    // saw open, wherever a merge with another clone's events places it (issue 13).
    resolved = open.filter((t) => t !== tag);
    if (resolved.length === 0) {
      throw new InputError('--resolved', true, 'a misconception open on this concept other than the one this exchange opens', [], `only ${tag} is open on ${conceptId}`);
    }
    if (resolved.length > LIMITS.resolvedTags) {
      throw new InputError('--resolved', true, `at most ${LIMITS.resolvedTags} tags in one record: name them (--resolved TAG)`, [], `${resolved.length} misconceptions are open on ${conceptId}`);
    }
  } else if (request.resolved !== undefined) {
    const tags = [...new Set(request.resolved.map((t) => checkTag('--resolved', t)))];
    if (tags.length > LIMITS.resolvedTags) throw new InputError('--resolved', tags, `at most ${LIMITS.resolvedTags} tags`);
    for (const t of tags) {
      if (t === tag) throw new InputError('--resolved', t, 'a tag other than the one this exchange opens', [], 'cannot open and resolve the same misconception at once');
      if (!open.includes(t)) {
        const allowed = open.length > 0 ? `a tag open on ${conceptId}: ${open.join(', ')}` : `none: no misconception is open on ${conceptId}`;
        throw new InputError('--resolved', t, allowed, nearestIds(t, open));
      }
    }
    resolved = tags;
  }
  const note = request.note !== undefined ? checkText('--note', request.note, LIMITS.note) : undefined;
  return {
    id: stamp.id,
    ts: stamp.ts,
    type: 'exchange',
    concept: conceptId,
    quality,
    ...(misconception !== undefined ? { misconception, tag } : {}),
    ...(resolved !== undefined ? { resolved } : {}),
    ...(note !== undefined ? { note } : {}),
    prev: stamp.prev,
  } as TutorEvent;
}

function decideExitTest(domain: Domain, request: LogRequest, stamp: Stamp): TutorEvent {
  const target = requireValue('target', request.target, 'the exit item attempted, e.g. et2 or b1');
  if (!domain.exitById.has(target)) {
    const known = domain.exitTest.map((e) => e.id);
    throw new InputError('--target', target, `an exit item id: ${known.join(', ')}`, nearestIds(target, known));
  }
  if (Boolean(request.passed) === Boolean(request.failed)) {
    throw new UsageError('--passed', 'give exactly one of --passed or --failed for an exit-test attempt');
  }
  const note = request.note !== undefined ? checkText('--note', request.note, LIMITS.note) : undefined;
  return {
    id: stamp.id,
    ts: stamp.ts,
    type: 'exit_test',
    target,
    passed: Boolean(request.passed),
    ...(note !== undefined ? { note } : {}),
    prev: stamp.prev,
  };
}

function decideRetract(view: LogView, request: LogRequest, stamp: Stamp): TutorEvent {
  const target = requireValue('target', request.target, 'the id of the event to withdraw (printed by `tutor log`)');
  if (!EVENT_ID.test(target)) throw new InputError('--target', target, EVENT_ID_ALLOWED);
  // A linear search: only retractions need it, and it spares every record an index of the log.
  const event = view.events.find((e) => e.id === target);
  if (!event) {
    // Only recent ids are candidates: a typo is almost always of something just logged.
    const recent = view.events.slice(-500).map((e) => e.id);
    throw new InputError('--target', target, 'the id of an event in memory/evidence.jsonl', nearestIds(target, recent));
  }
  if (view.retracted.has(target)) {
    throw new InputError('--target', target, 'an event that is not already retracted', [], 'this event is already retracted');
  }
  const note = checkText('--note', requireValue('note', request.note, 'why the event is withdrawn'), LIMITS.note);
  return { id: stamp.id, ts: stamp.ts, type: 'retract', target, note, prev: stamp.prev };
}

/** Validates a request against the curriculum and the log, and returns the event to append. */
export function decideEvent(domain: Domain, view: LogView, request: LogRequest, stamp: Stamp): TutorEvent {
  const type = parseType(request.type);
  refuseForeignFields(type, request);
  switch (type) {
    case 'exchange':
      return decideExchange(domain, view, request, stamp);
    case 'exit_test':
      return decideExitTest(domain, request, stamp);
    case 'retract':
      return decideRetract(view, request, stamp);
    default:
      return assertNever(type, 'event type');
  }
}
