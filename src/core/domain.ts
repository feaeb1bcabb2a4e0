// The curriculum (memory/domain.json): schema, cross-reference checks, and the typed model.
// Validation fails closed with the file, the JSON path and what is wrong (DESIGN.md "Curriculum").
// zod/mini: the same validation as zod's classic API at a fraction of its load time, which every
// `tutor log` pays (issue 8: the full zod bundle cost ~45 ms of a record).
import { array, enum as oneOf, gt, gte, int, literal, lte, maxLength, minLength, number, optional, regex, strictObject, string, trim, type core, type infer as Infer, type ZodMiniType } from 'zod/mini';
import { CurriculumError, type CurriculumProblem } from './errors.js';
import { CURRICULUM_ID, CURRICULUM_ID_ALLOWED } from './ids.js';
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

/** Above this the file is refused before parsing: a curriculum is kilobytes, not megabytes. */
export const MAX_DOMAIN_BYTES = 2 * 1024 * 1024;

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

/** Renders a zod path as JSON-path-like text: concepts[3].prereqs[0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
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

/** Parses and validates the curriculum text. Throws CurriculumError listing every problem found. */
export function parseDomain(text: string, file = 'memory/domain.json'): Domain {
  // Editors on some systems save a byte-order mark; it is not part of the JSON.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    throw new CurriculumError(file, [{ path: '', message: `not valid JSON: ${explainJsonError(source, error)}` }]);
  }
  const parsed = domainSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: explainIssue(issue, raw),
    }));
    throw new CurriculumError(file, problems);
  }
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) throw new CurriculumError(file, problems);
  return toDomain(parsed.data);
}

function checkDuplicates(items: readonly { id: string }[], section: string, problems: CurriculumProblem[]): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      problems.push({ path: `${section}[${index}].id`, message: `duplicate id "${item.id}" (first at ${section}[${first}])` });
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
      const known = layers.size > 0 ? `known layers: ${[...layers].join(', ')}` : 'no "layers" are declared';
      problems.push({ path: `modules[${index}].layer`, message: `unknown layer "${module.layer}" (${known})` });
    }
  });
  data.concepts.forEach((concept, index) => {
    if (!modules.has(concept.module)) {
      problems.push({ path: `concepts[${index}].module`, message: `unknown module "${concept.module}"` });
    }
    concept.prereqs.forEach((prereq, j) => {
      if (prereq === concept.id) {
        problems.push({ path: `concepts[${index}].prereqs[${j}]`, message: `"${concept.id}" cannot be its own prerequisite` });
      } else if (!concepts.has(prereq)) {
        problems.push({ path: `concepts[${index}].prereqs[${j}]`, message: `unknown concept "${prereq}"` });
      }
    });
  });
  data.exit_test.forEach((item, index) => {
    item.requires.forEach((required, j) => {
      if (!concepts.has(required)) {
        problems.push({ path: `exit_test[${index}].requires[${j}]`, message: `unknown concept "${required}"` });
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
          path: `concepts[${indexById.get(frame.id)}].prereqs[${j}]`,
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
