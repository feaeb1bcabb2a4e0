// `tutor course check`: the curriculum's errors, exactly as `build` reports them (validateDomain),
// plus the warnings a course author needs (issue: "tutor course check"). Pure: the text or the
// parsed JSON in, a report out. Warnings never stop anything; they are the author's to judge.
import { itemPath, parseDomainJson, validateDomain, type Domain } from './domain.js';
import { assertNever, type CurriculumProblem } from './errors.js';

export type WarningCode = 'uncovered_concept' | 'empty_module' | 'exit_item_requires_nothing' | 'behaviour_not_observable' | 'no_exit_test';

export interface CourseWarning {
  readonly code: WarningCode;
  /** Where, naming the item by its id: concepts[12] "kv_cache". */
  readonly path: string;
  /** The id of the concept, module or exit item the warning is about (null for the whole course). */
  readonly id: string | null;
  readonly message: string;
  /** The item itself, shown when many warnings of a code are listed together (a behaviour's text). */
  readonly detail: string | null;
}

export interface CourseSummary {
  readonly concepts: number;
  readonly modules: number;
  readonly exitItems: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface CourseCheck {
  readonly errors: readonly CurriculumProblem[];
  readonly warnings: readonly CourseWarning[];
  readonly summary: CourseSummary;
}

/**
 * Leading words of a behaviour that name a state of mind, not something one can watch the learner
 * do (CLAUDE.md "Building a course": "never 'understands …'"). Matched on whole words after an
 * optional "can"/"is able to"; each in the base form and the third person. Kept short on purpose:
 * a heuristic that flags "describes" or "recognises" would teach authors to ignore it.
 */
const UNOBSERVABLE = [
  'understand', 'understands',
  'know', 'knows',
  'appreciate', 'appreciates',
  'learn', 'learns',
  'grasp', 'grasps',
  'realize', 'realizes', 'realise', 'realises',
  'be aware of', 'is aware of', 'aware of',
  'be familiar with', 'is familiar with', 'familiar with',
  'get a feel for', 'gets a feel for',
];

/** What to write instead: verbs whose result the tutor can see or hear. */
export const OBSERVABLE_VERBS = ['explains', 'derives', 'computes', 'predicts', 'compares', 'implements', 'diagnoses'];

const LEAD_IN = /^(?:the learner\s+)?(?:can|could|will|should|is able to|be able to)\s+/;

/** The unobservable leading phrase of a behaviour ("understand"), or null when it starts with something one can watch. */
export function unobservableLead(behaviour: string): string | null {
  const text = behaviour.trim().toLowerCase().replace(/\s+/g, ' ').replace(LEAD_IN, '');
  for (const phrase of UNOBSERVABLE) {
    if (text === phrase || text.startsWith(`${phrase} `) || text.startsWith(`${phrase},`)) return phrase;
  }
  return null;
}

/** Every concept an exit item depends on: its `requires` and, through prerequisites, everything they need. */
function coveredConcepts(domain: Domain): Set<string> {
  const covered = new Set<string>();
  const pending = domain.exitTest.flatMap((e) => e.requires);
  // Iterative, and each concept visited once: a draft may hold a prerequisite cycle.
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (covered.has(id)) continue;
    covered.add(id);
    for (const prereq of domain.conceptById.get(id)?.prereqs ?? []) if (!covered.has(prereq)) pending.push(prereq);
  }
  return covered;
}

function courseWarnings(domain: Domain): CourseWarning[] {
  const warnings: CourseWarning[] = [];
  if (domain.exitTest.length === 0) {
    warnings.push({
      code: 'no_exit_test',
      path: 'exit_test',
      id: null,
      detail: null,
      message: 'the course has no exit items: nothing says when the learner is done; write the goals as exit items first (mechanism: explain or predict something cold; build: an artifact with numbers)',
    });
  }

  const populated = new Set(domain.concepts.map((c) => c.module));
  domain.modules.forEach((module, index) => {
    if (populated.has(module.id)) return;
    warnings.push({ code: 'empty_module', path: itemPath('modules', index, module.id), id: module.id, detail: null, message: 'has no concepts; give it concepts (a concept names it in "module") or remove it' });
  });

  domain.exitTest.forEach((item, index) => {
    if (item.requires.length > 0) return;
    warnings.push({
      code: 'exit_item_requires_nothing',
      path: itemPath('exit_test', index, item.id),
      id: item.id,
      detail: null,
      message: 'requires no concept, so it counts as ready from the first session; list in "requires" the concepts it depends on',
    });
  });

  // With no exit test at all every concept would be uncovered: no_exit_test says it once.
  if (domain.exitTest.length > 0) {
    const covered = coveredConcepts(domain);
    domain.concepts.forEach((concept, index) => {
      if (covered.has(concept.id)) return;
      warnings.push({
        code: 'uncovered_concept',
        path: itemPath('concepts', index, concept.id),
        id: concept.id,
        detail: null,
        message: 'no exit item depends on it, directly or through prerequisites; add it to the "requires" of the item it serves, or drop it if the course does not need it',
      });
    });
  }

  domain.concepts.forEach((concept, index) => {
    concept.behaviors.forEach((behaviour, j) => {
      const lead = unobservableLead(behaviour);
      if (lead === null) return;
      warnings.push({
        code: 'behaviour_not_observable',
        path: `${itemPath('concepts', index, concept.id)}.behaviors[${j}]`,
        id: concept.id,
        detail: JSON.stringify(behaviour),
        message: `${JSON.stringify(behaviour)} starts with "${lead}", which no one can watch the learner do; start with what they do to show it (${OBSERVABLE_VERBS.join(', ')} …)`,
      });
    });
  });
  return warnings;
}

const countOf = (raw: unknown, key: string): number => {
  const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value.length : 0;
};

/** Checks a parsed curriculum: errors exactly as validation reports them, warnings whenever its shape is right. */
export function checkCourse(raw: unknown): CourseCheck {
  const { problems, draft } = validateDomain(raw);
  const warnings = draft ? courseWarnings(draft) : [];
  return {
    errors: problems,
    warnings,
    summary: {
      concepts: countOf(raw, 'concepts'),
      modules: countOf(raw, 'modules'),
      exitItems: countOf(raw, 'exit_test'),
      errors: problems.length,
      warnings: warnings.length,
    },
  };
}

/** Checks a curriculum text: a JSON syntax error is the one error, with its line and column. */
export function checkCourseText(text: string): CourseCheck {
  const json = parseDomainJson(text);
  if (json.ok) return checkCourse(json.raw);
  return { errors: [json.problem], warnings: [], summary: { concepts: 0, modules: 0, exitItems: 0, errors: 1, warnings: 0 } };
}

/** A problem found before the text could be checked (the file is missing, too large): the report of it. */
export function courseCheckOf(problem: CurriculumProblem): CourseCheck {
  return { errors: [problem], warnings: [], summary: { concepts: 0, modules: 0, exitItems: 0, errors: 1, warnings: 0 } };
}

/** The report as `course check --json` prints it: snake_case keys, as in domain.json. */
export function courseCheckJson(check: CourseCheck, file: string): object {
  const s = check.summary;
  const summary = { concepts: s.concepts, modules: s.modules, exit_items: s.exitItems, errors: s.errors, warnings: s.warnings };
  return { ok: check.errors.length === 0, file, errors: check.errors, warnings: check.warnings, summary };
}

/** Above this many warnings of one code, the report lists them under one heading. */
const GROUP_ABOVE = 3;
const WIDTH = 100;
const INDENT = ' '.repeat('warning '.length + 2);

/** What every warning of a code says, and what to do about it, for the grouped form. */
const GROUP_TEXT: Record<WarningCode, { what: string; fix: string }> = {
  uncovered_concept: { what: 'no exit item needs these concepts, directly or through prerequisites', fix: 'add each to the "requires" of the item it serves, or drop it' },
  empty_module: { what: 'these modules have no concepts', fix: 'give them concepts or remove them' },
  exit_item_requires_nothing: { what: 'these exit items require no concept', fix: 'list in "requires" the concepts each depends on' },
  behaviour_not_observable: { what: 'no one can watch the learner do these behaviours', fix: `start each with what the learner does: ${OBSERVABLE_VERBS.join(', ')} …` },
  no_exit_test: { what: 'the course has no exit items', fix: 'write the goals as exit items first' },
};

/** Ids packed onto indented lines at most WIDTH wide. */
function packIds(ids: readonly string[], indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const id of ids) {
    const next = line ? `${line}, ${id}` : id;
    if (line && indent.length + next.length > WIDTH) {
      lines.push(`${indent}${line},`);
      line = id;
    } else line = next;
  }
  if (line) lines.push(`${indent}${line}`);
  return lines;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The report for a person: errors, then warnings (a code with many is grouped under one heading so
 * that 19 uncovered concepts stay one paragraph), then one summary line.
 */
export function renderCourseCheck(check: CourseCheck, file: string): string {
  const lines: string[] = [];
  for (const e of check.errors) lines.push(`error   ${e.path || '(top level)'}: ${e.message}`);
  const codes = [...new Set(check.warnings.map((w) => w.code))];
  for (const code of codes) {
    const group = check.warnings.filter((w) => w.code === code);
    if (group.length <= GROUP_ABOVE) {
      for (const w of group) lines.push(`warning ${w.path}: ${w.message} [${code}]`);
    } else {
      const { what, fix } = GROUP_TEXT[code];
      lines.push(`warning ${group.length} × ${code}: ${what}:`);
      if (group.some((w) => w.detail !== null)) for (const w of group) lines.push(`${INDENT}${w.path}: ${w.detail ?? w.message}`);
      else lines.push(...packIds(group.map((w) => w.id ?? w.path), INDENT));
      lines.push(`${INDENT}→ ${fix}`);
    }
  }
  const s = check.summary;
  lines.push(
    `${file}: ${plural(s.concepts, 'concept')}, ${plural(s.modules, 'module')}, ${plural(s.exitItems, 'exit item')}; ` +
      `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${s.errors === 0 ? (s.warnings === 0 ? ': OK' : ' (the author\'s to judge)') : ''}`,
  );
  return lines.join('\n');
}

/** What git holds of the curriculum file, as the store finds it when the file is broken. */
export type CommittedCourse =
  | { readonly kind: 'no_repository' }
  | { readonly kind: 'never_committed' }
  | { readonly kind: 'committed'; readonly staged: boolean; readonly valid: boolean }
  /** git could not be asked (not installed, timed out). */
  | { readonly kind: 'unknown' };

/**
 * How to get back from a broken curriculum mid-session (issue: "the refusal must say exactly how
 * to get back"), the one place this is worded. `git` is how to run git on the workspace from where
 * the command ran (`git`, or `git -C DIR`); `path` the file as git is given it.
 */
export function describeCurriculumRecovery(committed: CommittedCourse, git: string, path: string): string {
  const check = 'run `tutor course check` to see every problem';
  switch (committed.kind) {
    case 'no_repository':
      return `${check}; the workspace is not a git repository, so there is no committed course to return to: fix ${path} by hand`;
    case 'unknown':
      return `${check}, and fix ${path} by hand (or return to its committed version with git, if it has one)`;
    case 'never_committed':
      return `${check}; ${path} has never been committed, so there is no committed course to return to: fix it by hand`;
    case 'committed':
      if (!committed.valid) {
        return `${check}; the last committed ${path} is invalid too, so fix it by hand (\`${git} log -p -- ${path}\` shows its earlier versions)`;
      }
      // A staged edit: `checkout -- path` would restore the staged (broken) text, so take HEAD's.
      return `${check}; to return to the last committed course (discarding the edits since): \`${git} checkout ${committed.staged ? 'HEAD ' : ''}-- ${path}\``;
    default:
      return assertNever(committed, 'committed course');
  }
}
