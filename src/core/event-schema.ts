// The rules of a stored event line as a zod schema: the reference that parseEventLine's
// hand-written checks are held to by a property test (test/core/events.property.test.ts).
// Kept apart from events.ts so that `tutor log` never loads it.
import { z } from 'zod';
import { LIMITS, ISO_INSTANT } from './events.js';
import { EVENT_ID, TAG } from './ids.js';

const base = {
  id: z.string().regex(EVENT_ID),
  ts: z.string().regex(ISO_INSTANT).refine((ts) => Number.isFinite(Date.parse(ts)), 'not a real instant'),
  prev: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  note: z.string().max(LIMITS.note).optional(),
};
const quality = z.number().min(0).max(1);

/** Unknown keys are allowed (a newer tutor may add some); the keys we use are checked strictly. */
export const eventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('exchange'),
    concept: z.string().min(1).max(40),
    quality,
    misconception: z.string().min(1).max(LIMITS.misconception).optional(),
    tag: z.string().regex(TAG).optional(),
    resolved: z.union([z.literal(true), z.array(z.string().regex(TAG)).min(1).max(LIMITS.resolvedTags)]).optional(),
  }),
  z.object({ ...base, type: z.literal('exit_test'), target: z.string().min(1).max(40), passed: z.boolean() }),
  z.object({ ...base, type: z.literal('retract'), target: z.string().regex(EVENT_ID), note: z.string().min(1).max(LIMITS.note) }),
]);
