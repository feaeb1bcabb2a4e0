
// src/core/ids.ts
var CURRICULUM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
var CURRICULUM_ID_ALLOWED = '1\u201340 characters: letters, digits, "_" or "-", starting with a letter or digit';
var TAG = /^[a-z0-9][a-z0-9-]{0,47}$/;
var TAG_ALLOWED = '1\u201348 characters: lowercase letters, digits and "-", starting with a letter or digit';
var EVENT_ID = /^evt_[0-9A-HJKMNP-TV-Z]{26}$/;
var EVENT_ID_ALLOWED = "an event id as printed by `tutor log`, e.g. evt_01JZ8K3V6Q9X2M4N7P8R0S1T2V";
function slugifyTag(text) {
  const slug = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 48).replace(/-+$/g, "");
  return slug.length > 0 ? slug : `m-${fnv1a(text)}`;
}
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
function editDistance(a, b) {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
function nearestIds(typed, known, limit = 3) {
  const wanted = typed.toLowerCase().replace(/[\s-]+/g, "_");
  const scored = [];
  for (const id of known) {
    const candidate = id.toLowerCase().replace(/[\s-]+/g, "_");
    let score;
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

// src/core/policy.ts
var DEFAULT_POLICY = Object.freeze({
  alpha: 0.6,
  masteryThreshold: 0.8,
  minObservations: 3,
  staleDays: 14,
  staleMinMastery: 0.5
});
function policyToJson(policy) {
  return {
    alpha: policy.alpha,
    mastery_threshold: policy.masteryThreshold,
    min_observations: policy.minObservations,
    stale_days: policy.staleDays,
    stale_min_mastery: policy.staleMinMastery
  };
}
var EPSILON = 1e-9;
function atLeast(value, threshold) {
  return value >= threshold - EPSILON;
}

export {
  CURRICULUM_ID,
  CURRICULUM_ID_ALLOWED,
  TAG,
  TAG_ALLOWED,
  EVENT_ID,
  EVENT_ID_ALLOWED,
  slugifyTag,
  nearestIds,
  DEFAULT_POLICY,
  policyToJson,
  atLeast
};
