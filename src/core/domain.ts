// The curriculum (memory/domain.json): schema, cross-reference checks, and the typed model.
// Validation fails closed with the file, the JSON path and what is wrong (DESIGN.md "Curriculum").
// zod/mini: the same validation as zod's classic API at a fraction of its load time, which every
// `tutor log` pays (issue 8: the full zod bundle cost ~45 ms of a record).
import { array, enum as oneOf, gt, gte, int, literal, lte, maxLength, minLength, number, optional, regex, strictObject, string, trim, type core, type infer as Infer, type ZodMiniType } from 'zod/mini';
import { CurriculumError, type CurriculumProblem } from './errors.js';
import { CURRICULUM_ID, CURRICULUM_ID_ALLOWED, nearestIds } from './ids.js';
import { locateJsonError } from './json-locate.js';
import { DEFAULT_POLICY, type Policy } from './policy.js';

export type ExitKind = 'mechanism' | 'build';

export interface Layer {
  readonly id: string;
  readonly name: string;
}
export interface Module {
  readonly id: string;
  readonly name: string;
  readonly layer: string | null;
  readonly summary: string | null;
}
export interface Concept {
  readonly id: string;
  readonly name: string;
  readonly module: string;
  readonly behaviors: readonly string[];
  readonly prereqs: readonly string[];
}
export interface ExitItem {
  readonly id: string;
  readonly kind: ExitKind;
  readonly prompt: string;
  readonly requires: readonly string[];
}
export interface Domain {
  readonly title: string | null;
  readonly description: string | null;
  readonly layers: readonly Layer[];
  readonly modules: readonly Module[];
  readonly concepts: readonly Concept[];
  readonly exitTest: readonly ExitItem[];
  readonly policy: Policy;
  /** Lookups built once; the arrays above keep the teaching order. */
  readonly conceptById: ReadonlyMap<string, Concept>;
  readonly moduleById: ReadonlyMap<string, Module>;
  readonly exitById: ReadonlyMap<string, ExitItem>;
}

export { MAX_DOMAIN_BYTES } from './domain-limits.js';

const id = string().check(regex(CURRICULUM_ID));
const text = (max: number) => string().check(trim(), minLength(1), maxLength(max));
const list = <T extends ZodMiniType>(item: T, min: number, max: number) => array(item).check(minLength(min), maxLength(max));
const fraction = (lower: 'gt' | 'gte') => number().check(lower === 'gt' ? gt(0) : gte(0), lte(1));

const policySchema = strictObject({
  alpha: optional(fraction('gt')),
  mastery_threshold: optional(fraction('gt')),
  min_observations: optional(int().check(gte(1), lte(100))),
  stale_days: optional(number().check(gt(0), lte(3650))),
  stale_min_mastery: optional(fraction('gte')),
});

const domainSchema = strictObject({
  schema: optional(literal(1)),
  title: optional(text(200)),
  description: optional(text(2000)),
  layers: optional(list(strictObject({ id, name: text(120) }), 0, 100)),
  modules: list(strictObject({ id, name: text(120), layer: optional(id), summary: optional(text(1000)) }), 1, 500),
  concepts: list(
    strictObject({
      id,
      name: text(120),
      module: id,
      behaviors: list(text(500), 1, 20),
      prereqs: list(id, 0, 50),
    }),
    1,
    5000,
  ),
  exit_test: list(
    strictObject({
      id,
      kind: oneOf(['mechanism', 'build']),
      prompt: text(2000),
      requires: list(id, 0, 200),
    }),
    0,
    200,
  ),
  policy: optional(policySchema),
});

type DomainJson = Infer<typeof domainSchema>;

/** The sections whose items carry an id: a path into one names the item by its id too. */
const ID_SECTIONS = new Set(['layers', 'modules', 'concepts', 'exit_test']);

/**
 * An item of a section, named by index and id: concepts[3] "attention". An index alone sends the
 * author counting array items in a 76-concept file (issue: "errors name the concept id").
 */
export function itemPath(section: string, index: number, id: unknown): string {
  // Only a well-formed id is quoted: a malformed one is the problem itself, reported in full.
  return typeof id === 'string' && CURRICULUM_ID.test(id) ? `${section}[${index}] "${id}"` : `${section}[${index}]`;
}

/** Renders a zod path as JSON-path-like text, naming items by id: concepts[3] "attention".prereqs[0]. */
export function formatPath(path: readonly PropertyKey[], raw?: unknown): string {
  const [section, index, ...rest] = path;
  if (typeof section === 'string' && ID_SECTIONS.has(section) && typeof index === 'number') {
    const item = itemPath(section, index, (valueAt(raw, [section, index]) as { id?: unknown } | undefined)?.id);
    return formatKeys(rest, item);
  }
  return formatKeys(path, '');
}

function formatKeys(path: readonly PropertyKey[], start: string): string {
  let out = start;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** "did you mean "y"?" for a dangling reference, from the ids nearest to it; null when none is close. */
function didYouMean(value: string, known: ReadonlySet<string>): string | null {
  const near = nearestIds(value, [...known]);
  return near.length > 0 ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : null;
}

/** `unknown concept "x" (did you mean "y"?)`: every dangling reference names the ids nearest to it. */
function unknownId(kind: string, value: string, known: ReadonlySet<string>, section: string): string {
  return `unknown ${kind} "${value}" (${didYouMean(value, known) ?? `no ${kind} id in "${section}" is close to it`})`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key as string)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function explainIssue(issue: core.$ZodIssue, raw: unknown): string {
  const received = valueAt(raw, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_type':
      if (received === undefined) return `missing (expected ${issue.expected})`;
      if (issue.expected === 'int' && typeof received === 'number') return `expected a whole number, got ${JSON.stringify(received)}`;
      return `expected ${issue.expected}, got ${describeType(received)}`;
    case 'invalid_format':
      return `${JSON.stringify(received)} is not a valid id (${CURRICULUM_ID_ALLOWED})`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s)`;
      return `must be ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}, got ${JSON.stringify(received)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${String(issue.maximum)})`;
      return `must be ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}, got ${JSON.stringify(received)}`;
    case 'invalid_value':
      return `${JSON.stringify(received)} is not allowed (allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
    default:
      return issue.message;
  }
}

function explainJsonError(source: string, error: unknown): string {
  const located = locateJsonError(source);
  if (located) return `${located.message} at line ${located.line}, column ${located.column}`;
  return error instanceof Error ? error.message : String(error);
}

/** The JSON value of a curriculum text, or the syntax problem with its line and column. */
export function parseDomainJson(text: string): { ok: true; raw: unknown } | { ok: false; problem: CurriculumProblem } {
  // Editors on some systems save a byte-order mark; it is not part of the JSON.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, raw: JSON.parse(source) };
  } catch (error) {
    return { ok: false, problem: { path: '', message: `not valid JSON: ${explainJsonError(source, error)}` } };
  }
}

export interface DomainValidation {
  /** Every problem found; empty when the curriculum is valid. */
  readonly problems: readonly CurriculumProblem[];
  /** The curriculum, when there are no problems. */
  readonly domain: Domain | null;
  /**
   * The curriculum as written whenever its shape is right, even when references dangle or cycle:
   * for the course author's warnings (course check), never for deriving state.
   */
  readonly draft: Domain | null;
}

/** Validates a parsed curriculum: the schema, then cross-references (DESIGN.md "Curriculum"). */
export function validateDomain(raw: unknown): DomainValidation {
  const parsed = domainSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path, raw), message: explainIssue(issue, raw) }));
    return { problems, domain: null, draft: null };
  }
  const problems = checkReferences(parsed.data);
  const draft = toDomain(parsed.data);
  return { problems, domain: problems.length === 0 ? draft : null, draft };
}

/** Parses and validates the curriculum text. Throws CurriculumError listing every problem found. */
export function parseDomain(text: string, file = 'memory/domain.json'): Domain {
  const json = parseDomainJson(text);
  if (!json.ok) throw new CurriculumError(file, [json.problem]);
  const { problems, domain } = validateDomain(json.raw);
  if (!domain) throw new CurriculumError(file, problems);
  return domain;
}

function checkDuplicates(items: readonly { id: string }[], section: string, problems: CurriculumProblem[]): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      problems.push({ path: `${itemPath(section, index, item.id)}.id`, message: `duplicate id "${item.id}" (first at ${section}[${first}])` });
    } else seen.set(item.id, index);
  });
  return new Set(seen.keys());
}

function checkReferences(data: DomainJson): CurriculumProblem[] {
  const problems: CurriculumProblem[] = [];
  const layers = checkDuplicates(data.layers ?? [], 'layers', problems);
  const modules = checkDuplicates(data.modules, 'modules', problems);
  const concepts = checkDuplicates(data.concepts, 'concepts', problems);
  checkDuplicates(data.exit_test, 'exit_test', problems);

  data.modules.forEach((module, index) => {
    if (module.layer !== undefined && !layers.has(module.layer)) {
      const path = `${itemPath('modules', index, module.id)}.layer`;
      if (layers.size === 0) problems.push({ path, message: `unknown layer "${module.layer}" (no "layers" are declared)` });
      else {
        const hint = didYouMean(module.layer, layers);
        problems.push({ path, message: `unknown layer "${module.layer}" (${hint ? `${hint} ` : ''}known layers: ${[...layers].join(', ')})` });
      }
    }
  });
  data.concepts.forEach((concept, index) => {
    const at = itemPath('concepts', index, concept.id);
    if (!modules.has(concept.module)) {
      problems.push({ path: `${at}.module`, message: unknownId('module', concept.module, modules, 'modules') });
    }
    concept.prereqs.forEach((prereq, j) => {
      if (prereq === concept.id) {
        problems.push({ path: `${at}.prereqs[${j}]`, message: `"${concept.id}" cannot be its own prerequisite` });
      } else if (!concepts.has(prereq)) {
        problems.push({ path: `${at}.prereqs[${j}]`, message: unknownId('concept', prereq, concepts, 'concepts') });
      }
    });
  });
  data.exit_test.forEach((item, index) => {
    item.requires.forEach((required, j) => {
      if (!concepts.has(required)) {
        problems.push({ path: `${itemPath('exit_test', index, item.id)}.requires[${j}]`, message: unknownId('concept', required, concepts, 'concepts') });
      }
    });
  });
  if (problems.length === 0) problems.push(...findPrereqCycles(data.concepts));
  return problems;
}

/** Reports each prerequisite cycle once, as a path a → b → a, at the concept that closes it. */
function findPrereqCycles(concepts: DomainJson['concepts']): CurriculumProblem[] {
  const indexById = new Map(concepts.map((c, i) => [c.id, i]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: CurriculumProblem[] = [];
  const stack: string[] = [];

  // Iterative DFS: a hostile curriculum can have a prerequisite chain deeper than the call stack.
  for (const start of concepts) {
    if (state.has(start.id)) continue;
    const frames: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    state.set(start.id, 'visiting');
    stack.push(start.id);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { id: string; next: number };
      const concept = concepts[indexById.get(frame.id) as number] as DomainJson['concepts'][number];
      if (frame.next >= concept.prereqs.length) {
        state.set(frame.id, 'done');
        frames.pop();
        stack.pop();
        continue;
      }
      const j = frame.next++;
      const prereq = concept.prereqs[j] as string;
      const seen = state.get(prereq);
      if (seen === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(prereq)), prereq];
        problems.push({
          path: `${itemPath('concepts', indexById.get(frame.id) as number, frame.id)}.prereqs[${j}]`,
          message: `prerequisite cycle: ${cycle.join(' → ')}`,
        });
      } else if (seen === undefined) {
        state.set(prereq, 'visiting');
        stack.push(prereq);
        frames.push({ id: prereq, next: 0 });
      }
    }
  }
  return problems;
}

function toDomain(data: DomainJson): Domain {
  const layers = (data.layers ?? []).map((l) => ({ id: l.id, name: l.name }));
  const modules = data.modules.map((m) => ({ id: m.id, name: m.name, layer: m.layer ?? null, summary: m.summary ?? null }));
  const concepts = data.concepts.map((c) => ({
    id: c.id,
    name: c.name,
    module: c.module,
    behaviors: [...c.behaviors],
    prereqs: [...c.prereqs],
  }));
  const exitTest = data.exit_test.map((e) => ({ id: e.id, kind: e.kind, prompt: e.prompt, requires: [...e.requires] }));
  const p = data.policy ?? {};
  const policy: Policy = {
    alpha: p.alpha ?? DEFAULT_POLICY.alpha,
    masteryThreshold: p.mastery_threshold ?? DEFAULT_POLICY.masteryThreshold,
    minObservations: p.min_observations ?? DEFAULT_POLICY.minObservations,
    staleDays: p.stale_days ?? DEFAULT_POLICY.staleDays,
    staleMinMastery: p.stale_min_mastery ?? DEFAULT_POLICY.staleMinMastery,
  };
  return {
    title: data.title ?? null,
    description: data.description ?? null,
    layers,
    modules,
    concepts,
    exitTest,
    policy,
    conceptById: new Map(concepts.map((c) => [c.id, c])),
    moduleById: new Map(modules.map((m) => [m.id, m])),
    exitById: new Map(exitTest.map((e) => [e.id, e])),
  };
}
