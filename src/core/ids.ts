// Identifiers: curriculum ids, misconception tags, event ids, and "did you mean" suggestions.

/** Curriculum ids are short slugs (DESIGN.md "Curriculum"). */
export const CURRICULUM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
export const CURRICULUM_ID_ALLOWED = '1–40 characters: letters, digits, "_" or "-", starting with a letter or digit';

/** Misconception tags: lowercase kebab-case slugs, so the tutor can reuse them verbatim. */
export const TAG = /^[a-z0-9][a-z0-9-]{0,47}$/;
export const TAG_ALLOWED = '1–48 characters: lowercase letters, digits and "-", starting with a letter or digit';

/** Event ids: "evt_" + 10 Crockford base32 characters of milliseconds + 16 of randomness (a ULID). */
export const EVENT_ID = /^evt_[0-9A-HJKMNP-TV-Z]{26}$/;
export const EVENT_ID_ALLOWED = 'an event id as printed by `tutor log`, e.g. evt_01JZ8K3V6Q9X2M4N7P8R0S1T2V';

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
