// The curriculum as last validated, kept in .git/tutor/curriculum.json and keyed by the SHA-256 of
// memory/domain.json's exact bytes (issue 17). Validation (zod's schema, then every reference and
// cycle) runs whenever those bytes change; a record whose course file is the one last validated
// loads neither zod nor the checks: about 8 ms of every `tutor log`. Trusted like the fold's
// checkpoint beside it: written only after a full validation, and a file that is damaged, of another
// version, or for other bytes is ignored (the course is validated again). Outside a git repository
// there is no cache: every command validates.
import { createHash } from 'node:crypto';
import type { Concept, Domain, ExitItem, Layer, Module } from '../core/domain.js';
import { MAX_DOMAIN_BYTES } from '../core/domain-limits.js';
import type { Policy } from '../core/policy.js';
import { writeFileAtomic } from './atomic-write.js';
import { gitSideFiles } from './journal.js';
import { readRegularFile, regularFileSize } from './regular-file.js';
import type { Workspace } from './workspace.js';

/** Bumped whenever validation changes what it accepts or how it reads a course: older entries are then ignored. */
export const CURRICULUM_CACHE_VERSION = 1;

interface CachedCurriculum {
  version: number;
  digest: string;
  domain: { title: string | null; description: string | null; layers: Layer[]; modules: Module[]; concepts: Concept[]; exitTest: ExitItem[]; policy: Policy };
}

export function curriculumCacheFile(workspace: Workspace): string | null {
  return gitSideFiles(workspace.root, 'curriculum.json')?.[0] ?? null;
}

export function digestCourse(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const isNullableString = (x: unknown) => x === null || isString(x);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const listOf = (x: unknown, item: (v: Record<string, unknown>) => boolean) => Array.isArray(x) && x.every((v) => isRecord(v) && item(v));

/** The shape toDomain gives, checked by hand: a torn or garbled file must not reach the fold. */
function isCachedDomain(x: unknown): x is CachedCurriculum['domain'] {
  if (!isRecord(x) || !isNullableString(x.title) || !isNullableString(x.description) || !isRecord(x.policy)) return false;
  const p = x.policy;
  if (![p.alpha, p.masteryThreshold, p.minObservations, p.staleDays, p.staleMinMastery].every(isNumber)) return false;
  return (
    listOf(x.layers, (l) => isString(l.id) && isString(l.name)) &&
    listOf(x.modules, (m) => isString(m.id) && isString(m.name) && isNullableString(m.layer) && isNullableString(m.summary)) &&
    listOf(x.concepts, (c) => isString(c.id) && isString(c.name) && isString(c.module) && isStrings(c.behaviors) && isStrings(c.prereqs)) &&
    listOf(x.exitTest, (e) => isString(e.id) && (e.kind === 'mechanism' || e.kind === 'build') && isString(e.prompt) && isStrings(e.requires))
  );
}

/** The curriculum validated for exactly these bytes, or null (the caller validates them). */
export function readCachedCurriculum(file: string, digest: string): Domain | null {
  try {
    const bytes = readRegularFile(file);
    if (bytes === null) return null;
    const cached = JSON.parse(bytes.toString('utf8')) as Partial<CachedCurriculum>;
    if (cached.version !== CURRICULUM_CACHE_VERSION || cached.digest !== digest || !isCachedDomain(cached.domain)) return null;
    const d = cached.domain;
    return {
      ...d,
      conceptById: new Map(d.concepts.map((c) => [c.id, c])),
      moduleById: new Map(d.modules.map((m) => [m.id, m])),
      exitById: new Map(d.exitTest.map((e) => [e.id, e])),
    };
  } catch {
    return null;
  }
}

/** Keeps a curriculum that was just validated from the bytes with `digest`. Never throws: only a cache. */
export function writeCachedCurriculum(file: string, digest: string, domain: Domain): void {
  const { title, description, layers, modules, concepts, exitTest, policy } = domain;
  const entry: CachedCurriculum = { version: CURRICULUM_CACHE_VERSION, digest, domain: { title, description, layers: [...layers], modules: [...modules], concepts: [...concepts], exitTest: [...exitTest], policy } };
  try {
    writeFileAtomic(file, JSON.stringify(entry), { durable: false });
  } catch {
    // The next command validates again.
  }
}

/** memory/domain.json's bytes, or null when it is missing, too large or not a regular file (the full read says why). */
function readCourseBytes(path: string): Buffer | null {
  try {
    const size = regularFileSize(path);
    return size === null || size > MAX_DOMAIN_BYTES ? null : readRegularFile(path);
  } catch {
    return null;
  }
}

/** A validated curriculum, and how to keep it for the next command: only once this one has succeeded (a refused call changes no file). */
export interface LoadedCourse {
  domain: Domain;
  /** Writes the cache when this curriculum was validated now; nothing when it came from the cache. */
  keep: () => void;
}

/**
 * memory/domain.json validated: from the cache when its bytes are the ones last validated, else by
 * the full validation (store/domain-file.ts, loaded only then). `revalidate` (tutor build) always
 * validates.
 */
export async function loadDomain(workspace: Workspace, options: { revalidate?: boolean } = {}): Promise<LoadedCourse> {
  const file = curriculumCacheFile(workspace);
  const bytes = file ? readCourseBytes(workspace.domain) : null;
  if (file && bytes) {
    const digest = digestCourse(bytes);
    const cached = options.revalidate ? null : readCachedCurriculum(file, digest);
    if (cached) return { domain: cached, keep: () => undefined };
    const { domainFromBytes } = await import('./domain-file.js');
    const domain = domainFromBytes(workspace, bytes);
    return { domain, keep: () => writeCachedCurriculum(file, digest, domain) };
  }
  const { readDomain } = await import('./domain-file.js');
  return { domain: readDomain(workspace), keep: () => undefined };
}
