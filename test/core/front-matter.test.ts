// Front matter of study notes (issue 18): the subset of YAML the learner's notes use, parsed
// strictly, every refusal with its line.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/core/front-matter.js';

const seed = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/notes', name), 'utf8');

function fields(text: string) {
  const result = parseFrontMatter(text);
  if (!result.ok) throw new Error(`refused: line ${result.line}: ${result.problem}`);
  return result;
}

describe('parseFrontMatter', () => {
  it('reads the seeds: a lone flag, none at all, and a long one with a tag list, quoted values and timestamps', () => {
    const s0 = fields(seed('seed-000-life-as-a-model.md'));
    expect(s0.fields.get('math')?.value).toBe('true');
    expect(s0.body.startsWith('\n## Model Training')).toBe(true);
    expect(s0.bodyLine).toBe(4);

    const s1 = fields(seed('seed-001-loss-and-training.md'));
    expect(s1.present).toBe(false);
    expect(s1.body).toBe(seed('seed-001-loss-and-training.md'));

    const s2 = fields(seed('seed-002-model-embryogenesis.md'));
    expect(s2.fields.get('title')?.value).toBe('Model Embryogenesis And Token Shocks');
    const tags = s2.fields.get('tags');
    expect(tags?.value).toHaveLength(11);
    expect(tags?.value).toContain('#S0_ProblemClarification');
    expect(tags?.itemLines[0]).toBe(3);
    expect(s2.fields.get('updated')?.value).toBe('2025-09-07 00:42:55');
    expect(String(s2.fields.get('emergence')?.value)).toMatch(/^The note's emergence potential/);
    // The body starts after the closing fence; later `---` rules stay in it.
    expect(s2.bodyLine).toBe(27);
    expect(s2.body).toContain('\n---\n');
  });

  it('reads inline lists, quoted strings with escapes, comments, and keeps the line of every list item', () => {
    const r = fields('---\ntitle: "Loss: a \\"measure\\""  # why\nconcepts: [a, "b, c", \'d\']\ntags:\n  - x   # first\n- y\nmodule: M1\n---\nbody');
    expect(r.fields.get('title')?.value).toBe('Loss: a "measure"');
    expect(r.fields.get('concepts')?.value).toEqual(['a', 'b, c', 'd']);
    expect(r.fields.get('tags')?.value).toEqual(['x', 'y']);
    expect(r.fields.get('tags')?.itemLines).toEqual([5, 6]);
    expect(r.fields.get('module')).toMatchObject({ value: 'M1', line: 7 });
    expect(r.body).toBe('body');
  });

  it('refuses what it does not support, naming the line', () => {
    const refusal = (text: string) => {
      const r = parseFrontMatter(text);
      if (r.ok) throw new Error('accepted');
      return r;
    };
    expect(refusal('---\ntitle: x\n')).toMatchObject({ line: 1, problem: expect.stringMatching(/never closes/) });
    expect(refusal('---\ntitle: x\nmap:\n  nested: 1\n---\n')).toMatchObject({ line: 4, problem: expect.stringMatching(/nested maps/) });
    expect(refusal('---\ndescription: |\n  text\n---\n')).toMatchObject({ line: 2, problem: expect.stringMatching(/block scalars/) });
    expect(refusal('---\ntitle: "open\n---\n')).toMatchObject({ line: 2, problem: expect.stringMatching(/does not close/) });
    expect(refusal('---\n- orphan\n---\n')).toMatchObject({ line: 2 });
    expect(refusal('---\ntitle: a\ntitle: b\n---\n')).toMatchObject({ line: 3, problem: expect.stringMatching(/twice/) });
    expect(refusal('---\njust words\n---\n')).toMatchObject({ line: 2, problem: expect.stringMatching(/key: value/) });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseFrontMatter(`---\n${text}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('gives back every key and value written as `key: value` and `- item` lines', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
    const value = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.()]{0,30}$/).map((v) => v.trim()).filter((v) => v.length > 0 && !v.includes(' #'));
    const entry = fc.oneof(value, fc.array(value, { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(fc.dictionary(key, entry, { maxKeys: 6 }), (dict) => {
        const lines = Object.entries(dict).map(([k, v]) => (Array.isArray(v) ? `${k}:\n${v.map((i) => `  - ${i}`).join('\n')}` : `${k}: ${v}`));
        const r = fields(`---\n${lines.join('\n')}\n---\nbody`);
        expect(Object.fromEntries([...r.fields].map(([k, f]) => [k, f.value]))).toEqual(dict);
      }),
      { numRuns: 300 },
    );
  });
});
