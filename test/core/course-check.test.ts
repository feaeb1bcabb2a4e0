// `tutor course check` in the core: errors exactly as validation reports them, each warning both
// raised and not raised, and the recovery wording for a broken course mid-session.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCourse, checkCourseText, describeCurriculumRecovery, renderCourseCheck, unobservableLead, type WarningCode } from '../../src/core/course-check.js';
import { parseDomain } from '../../src/core/domain.js';
import { renderRulebook } from '../../src/core/rulebook.js';
import { CurriculumError } from '../../src/core/errors.js';
import { TINY_DOMAIN, tinyDomainJson } from '../helpers/domain.js';

type Course = typeof TINY_DOMAIN & Record<string, unknown>;
const tiny = (): Course => structuredClone(TINY_DOMAIN) as Course;
const codes = (raw: unknown, code: WarningCode) => checkCourse(raw).warnings.filter((w) => w.code === code);

describe('checkCourse: errors', () => {
  it('the tiny course has no errors and no warnings', () => {
    const check = checkCourse(tiny());
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
    expect(check.summary).toEqual({ concepts: 4, modules: 2, exitItems: 2, errors: 0, warnings: 0 });
  });

  it('errors are exactly what parseDomain refuses the course with', () => {
    const bad = tiny() as any;
    bad.concepts[1].module = 'M9';
    bad.concepts[3].prereqs = ['atention'];
    bad.exit_test[1].requires.push('tokenizaton');
    bad.modules.push({ id: 'M1', name: 'Again' });
    let refused: CurriculumError | null = null;
    try {
      parseDomain(JSON.stringify(bad));
    } catch (error) {
      refused = error as CurriculumError;
    }
    expect(refused).toBeInstanceOf(CurriculumError);
    expect(checkCourse(bad).errors).toEqual(refused?.problems);
    expect(checkCourse(bad).summary.errors).toBe(4);
  });

  it('every unknown id suggests the nearest known ones, and paths name the item by its id', () => {
    const bad = tiny() as any;
    bad.concepts[2].prereqs = ['tokenizaton'];
    bad.concepts[0].module = 'm2';
    bad.exit_test[0].requires = ['samplng'];
    bad.modules[0].layer = 'L2';
    expect(checkCourse(bad).errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'modules[0] "M1".layer: unknown layer "L2" (did you mean "L1"? known layers: L1)',
      'concepts[0] "tokenization".module: unknown module "m2" (did you mean "M2" or "M1"?)',
      'concepts[2] "attention".prereqs[0]: unknown concept "tokenizaton" (did you mean "tokenization"?)',
      'exit_test[0] "et1".requires[0]: unknown concept "samplng" (did you mean "sampling"?)',
    ]);
  });

  it('a schema error under an item names its id; a malformed id is not quoted into the path', () => {
    const bad = tiny() as any;
    bad.concepts[3].behaviors = [];
    bad.exit_test[1].kind = 'essay';
    bad.concepts[0].id = 'has space';
    const paths = checkCourse(bad).errors.map((e) => e.path);
    expect(paths).toContain('concepts[3] "position".behaviors');
    expect(paths).toContain('exit_test[1] "b1".kind');
    expect(paths).toContain('concepts[0].id');
  });

  it('text that is not JSON is one error with its line and column, and nothing else', () => {
    const check = checkCourseText('{\n  "modules": [\n    {"id": "M1",}\n  ]\n}');
    expect(check.errors).toEqual([{ path: '', message: 'not valid JSON: trailing comma before the closing bracket at line 3, column 16' }]);
    expect(check.warnings).toEqual([]);
  });

  it('a course whose references dangle still gets its warnings', () => {
    const bad = tiny() as any;
    bad.concepts[0].prereqs = ['ghost'];
    bad.modules.push({ id: 'M3', name: 'Empty' });
    const check = checkCourse(bad);
    expect(check.errors).toHaveLength(1);
    expect(check.warnings.map((w) => w.code)).toEqual(['empty_module']);
  });
});

describe('checkCourse: warnings', () => {
  it('uncovered_concept: a concept no exit item needs, directly or through prerequisites', () => {
    const course = tiny();
    // position needs attention, which needs sampling, which needs tokenization: one item covers all four.
    course.exit_test = [{ ...TINY_DOMAIN.exit_test[1]!, requires: ['position'] }];
    expect(codes(course, 'uncovered_concept')).toEqual([]);
    course.exit_test = [{ ...TINY_DOMAIN.exit_test[0]!, requires: ['sampling'] }, { ...TINY_DOMAIN.exit_test[1]!, requires: ['attention'] }];
    expect(codes(course, 'uncovered_concept').map((w) => [w.path, w.id])).toEqual([['concepts[3] "position"', 'position']]);
    expect(codes(tiny(), 'uncovered_concept')).toEqual([]);
  });

  it('empty_module: a module with no concepts', () => {
    const course = tiny();
    course.modules = [...TINY_DOMAIN.modules, { id: 'M3', name: 'Later', layer: 'L1' }];
    expect(codes(course, 'empty_module').map((w) => w.path)).toEqual(['modules[2] "M3"']);
    expect(codes(tiny(), 'empty_module')).toEqual([]);
  });

  it('exit_item_requires_nothing', () => {
    const course = tiny();
    course.exit_test = [...TINY_DOMAIN.exit_test, { id: 'b2', kind: 'build', prompt: 'Ship another thing', requires: [] }];
    expect(codes(course, 'exit_item_requires_nothing').map((w) => w.path)).toEqual(['exit_test[2] "b2"']);
    expect(codes(tiny(), 'exit_item_requires_nothing')).toEqual([]);
  });

  it('no_exit_test, and then no uncovered_concept for every concept', () => {
    const course = tiny();
    course.exit_test = [];
    expect(checkCourse(course).warnings.map((w) => w.code)).toEqual(['no_exit_test']);
    expect(codes(tiny(), 'no_exit_test')).toEqual([]);
  });

  it('behaviour_not_observable: the leading verb is a state of mind', () => {
    const course = tiny() as any;
    course.concepts[1].behaviors = ['Predicts the effect of temperature', 'Understands top-p', 'Can appreciate why greedy decoding repeats itself'];
    const found = codes(course, 'behaviour_not_observable');
    expect(found.map((w) => w.path)).toEqual(['concepts[1] "sampling".behaviors[1]', 'concepts[1] "sampling".behaviors[2]']);
    expect(found[0]?.message).toContain('"Understands top-p" starts with "understands"');
    expect(found[0]?.message).toContain('explains, derives, computes, predicts');
    expect(codes(tiny(), 'behaviour_not_observable')).toEqual([]);
  });

  it.each(['Understands attention', 'knows the KV cache', 'Is aware of prompt injection', 'Be familiar with LoRA', 'Learns the loss curve', 'Grasps tokenization', 'Realises a model has no memory', 'can understand why', 'Is able to know it', 'Appreciates scale'])(
    'unobservable: %s',
    (text) => expect(unobservableLead(text)).not.toBeNull(),
  );

  it.each(['Explains why counting letters is hard', 'Computes the n² cost', 'Predicts the effect of temperature', 'Describes generation', 'Knowledge-distils a model (a verb, not "know")', 'Compares two runs', 'Diagnoses a leak', 'Learner-facing: builds a page', 'Awareness checks: runs one'])(
    'observable: %s',
    (text) => expect(unobservableLead(text)).toBeNull(),
  );

  it('the bundled course: no errors, and its warnings read as one paragraph per code', () => {
    const check = checkCourseText(readFileSync(resolve(import.meta.dirname, '../../memory/domain.json'), 'utf8'));
    expect(check.errors).toEqual([]);
    const report = renderCourseCheck(check, 'memory/domain.json');
    const uncovered = check.warnings.filter((w) => w.code === 'uncovered_concept').length;
    if (uncovered > 3) expect(report).toContain(`warning ${uncovered} × uncovered_concept: no exit item needs these concepts`);
    expect(report.split('\n').length).toBeLessThan(15);
    expect(report.split('\n').every((line) => line.length <= 110)).toBe(true);
    expect(report.split('\n').at(-1)).toMatch(/^memory\/domain\.json: \d+ concepts, \d+ modules, 8 exit items; 0 errors, \d+ warnings?/);
  });

  it('a few warnings are listed one a line with their code; errors come first', () => {
    const course = tiny() as any;
    course.modules.push({ id: 'M3', name: 'Later' });
    course.concepts[0].prereqs = ['ghost'];
    const lines = renderCourseCheck(checkCourse(course), 'course.json').split('\n');
    expect(lines).toEqual([
      'error   concepts[0] "tokenization".prereqs[0]: unknown concept "ghost" (no concept id in "concepts" is close to it)',
      expect.stringMatching(/^warning modules\[2\] "M3": has no concepts.* \[empty_module\]$/),
      'course.json: 4 concepts, 3 modules, 2 exit items; 1 error, 1 warning',
    ]);
  });
});

describe('checkCourse: properties', () => {
  /** A course valid by construction: every prerequisite points at an earlier concept. */
  const courseArb = fc
    .record({
      modules: fc.integer({ min: 1, max: 4 }),
      concepts: fc.array(fc.record({ module: fc.nat(), prereqs: fc.uniqueArray(fc.nat(), { maxLength: 4 }) }), { minLength: 1, maxLength: 30 }),
      exits: fc.array(fc.uniqueArray(fc.nat(), { maxLength: 5 }), { maxLength: 4 }),
    })
    .map(({ modules, concepts, exits }) => {
      const ids = concepts.map((_, i) => `c${i}`);
      return {
        modules: Array.from({ length: modules }, (_, m) => ({ id: `m${m}`, name: `Module ${m}` })),
        concepts: concepts.map((c, i) => ({
          id: ids[i] as string,
          name: `Concept ${i}`,
          module: `m${c.module % modules}`,
          behaviors: ['Explains it'],
          prereqs: i === 0 ? [] : [...new Set(c.prereqs.map((p) => `c${p % i}`))],
        })),
        exit_test: exits.map((req, e) => ({ id: `e${e}`, kind: 'mechanism' as const, prompt: `Item ${e}`, requires: [...new Set(req.map((r) => `c${r % ids.length}`))] })),
      };
    });

  it('a course valid by construction has no errors; an exit item requiring every concept leaves none uncovered', () => {
    fc.assert(
      fc.property(courseArb, (course) => {
        expect(checkCourse(course).errors).toEqual([]);
        const all = { ...course, exit_test: [...course.exit_test, { id: 'all', kind: 'build', prompt: 'Everything', requires: course.concepts.map((c) => c.id) }] };
        const check = checkCourse(all);
        expect(check.warnings.filter((w) => w.code === 'uncovered_concept' || w.code === 'no_exit_test')).toEqual([]);
        expect(check.summary.warnings).toBe(check.warnings.length);
      }),
    );
  });

  it('requiring one concept covers exactly it and its prerequisite closure', () => {
    fc.assert(
      fc.property(courseArb, fc.nat(), (course, pick) => {
        const target = course.concepts[pick % course.concepts.length]!;
        const one = { ...course, exit_test: [{ id: 'one', kind: 'mechanism', prompt: 'One', requires: [target.id] }] };
        const byId = new Map(course.concepts.map((c) => [c.id, c]));
        const closure = new Set<string>();
        const visit = (id: string): void => {
          if (closure.has(id)) return;
          closure.add(id);
          byId.get(id)?.prereqs.forEach(visit);
        };
        visit(target.id);
        const uncovered = checkCourse(one).warnings.filter((w) => w.code === 'uncovered_concept').map((w) => w.id);
        expect(uncovered).toEqual(course.concepts.map((c) => c.id).filter((id) => !closure.has(id)));
      }),
    );
  });
});

describe('describeCurriculumRecovery', () => {
  const path = 'memory/domain.json';
  it('a committed, valid course: the checkout that restores it (HEAD when the broken file is staged)', () => {
    expect(describeCurriculumRecovery({ kind: 'committed', staged: false, valid: true }, 'git', path)).toBe(
      'run `tutor course check` to see every problem; to return to the last committed course (discarding the edits since): `git checkout -- memory/domain.json`',
    );
    expect(describeCurriculumRecovery({ kind: 'committed', staged: true, valid: true }, 'git', path)).toContain('`git checkout HEAD -- memory/domain.json`');
  });

  it('no committed course to return to: says so, and never offers a checkout', () => {
    for (const committed of [{ kind: 'no_repository' }, { kind: 'never_committed' }, { kind: 'committed', staged: false, valid: false }, { kind: 'unknown' }] as const) {
      const text = describeCurriculumRecovery(committed, 'git', path);
      expect(text).toMatch(/^run `tutor course check` to see every problem/);
      expect(text).not.toContain('checkout');
      expect(text).toContain('by hand');
    }
  });
});

describe('the rulebook', () => {
  it('tells the tutor to run course check after every edit and before committing, and that warnings are to judge', () => {
    const rulebook = renderRulebook(parseDomain(tinyDomainJson()), { command: 'npx --no tutor' });
    const building = rulebook.slice(rulebook.indexOf('## Building a course'), rulebook.indexOf('## Honesty'));
    expect(building.replace(/\s+/g, ' ')).toContain('Run `npx --no tutor course check` after every edit of `memory/domain.json` and before committing it');
    expect(building.replace(/\s+/g, ' ')).toContain("The warnings are yours and the learner's to judge");
  });
});
