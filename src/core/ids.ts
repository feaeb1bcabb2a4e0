// Identifiers: curriculum ids, misconception tags, event ids, and "did you mean" suggestions.
import { InternalError } from './errors.js';

/** Curriculum ids are short slugs (DESIGN.md "Curriculum"). */
export const CURRICULUM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
export const CURRICULUM_ID_ALLOWED = '1–40 characters: letters, digits, "_" or "-", starting with a letter or digit';

/** Misconception tags: lowercase kebab-case slugs, so the tutor can reuse them verbatim. */
export const TAG = /^[a-z0-9][a-z0-9-]{0,47}$/;
export const TAG_ALLOWED = '1–48 characters: lowercase letters, digits and "-", starting with a letter or digit';

/** Event ids: "evt_" + 10 Crockford base32 characters of milliseconds + 16 of randomness (a ULID). */
export const EVENT_ID = /^evt_[0-9A-HJKMNP-TV-Z]{26}$/;
export const EVENT_ID_ALLOWED = 'an event id as printed by `tutor log`, e.g. evt_01JZ8K3V6Q9X2M4N7P8R0S1T2V';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const MAX_TIME = 2 ** 48 - 1;

function encodeTime(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_TIME) throw new InternalError(`event time out of range: ${ms}`);
  let out = '';
  let rest = ms;
  for (let i = 0; i < TIME_CHARS; i++) {
    out = CROCKFORD[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  if (bytes.length < 10) throw new InternalError('an event id needs 10 random bytes');
  // 80 bits → 16 characters of 5 bits each.
  let bits = 0;
  let value = 0;
  let out = '';
  for (let i = 0; i < 10; i++) {
    value = (value << 8) | (bytes[i] as number);
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** Adds one to a Crockford base32 string; null when it would overflow. */
function incrementBase32(text: string): string | null {
  const digits = text.split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    const index = CROCKFORD.indexOf(digits[i] as string);
    if (index < 31) {
      digits[i] = CROCKFORD[index + 1] as string;
      return digits.join('');
    }
    digits[i] = '0';
  }
  return null;
}

/**
 * A time-sortable, random event id: unique across clones whose logs git merges, ordered
 * within one log even when many events share a millisecond (TUTOR_NOW fixed, fast loops).
 * `greatestId` is the largest id already in the log; when it carries the same millisecond the
 * new id is that one plus one, as ULID's monotonic mode does, so (ts, id) order = append order.
 */
export function makeEventId(ms: number, random: Uint8Array, greatestId: string | null): string {
  const time = encodeTime(ms);
  if (greatestId && greatestId.slice(4, 4 + TIME_CHARS) === time) {
    const next = incrementBase32(greatestId.slice(4 + TIME_CHARS));
    if (next === null) throw new InternalError('event id space for this millisecond is exhausted');
    return `evt_${time}${next}`;
  }
  return `evt_${time}${encodeRandom(random).slice(0, RANDOM_CHARS)}`;
}

/** The tag a misconception gets when the tutor gives none: a slug of its text. */
export function slugifyTag(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug.length > 0 ? slug : `m-${fnv1a(text)}`;
}

/** A small stable hash for text with no ASCII letters (a slug would be empty). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** Up to `limit` known ids closest to what was typed, best first; ties broken by id. */
export function nearestIds(typed: string, known: readonly string[], limit = 3): string[] {
  const wanted = typed.toLowerCase().replace(/[\s-]+/g, '_');
  const scored: { id: string; score: number }[] = [];
  for (const id of known) {
    const candidate = id.toLowerCase().replace(/[\s-]+/g, '_');
    let score: number;
    if (candidate === wanted) score = 0;
    else if (wanted.length >= 3 && (candidate.includes(wanted) || wanted.includes(candidate))) score = 1;
    else {
      const distance = editDistance(wanted, candidate);
      if (distance > Math.max(2, Math.floor(wanted.length / 3))) continue;
      score = 1 + distance;
    }
    scored.push({ id, score });
  }
  scored.sort((x, y) => x.score - y.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.id);
}
