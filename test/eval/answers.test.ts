// Reading knowledge-tracing CSVs: the public sets' column names, any delimiter, bad rows counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerFileError, csvRecords, parseAnswerFile, sequencesOf } from '../../src/eval/answers.js';

describe('parseAnswerFile', () => {
  it('reads the column names of the public sets, in any order, and orders each sequence by time', () => {
    const file = parseAnswerFile('order_id,user_id,skill_name,correct\n3,u1,Addition,1\n1,u1,Addition,0\n2,u2,"Fractions, mixed",1\n');
    expect(file.columns).toEqual({ learner: 'user_id', skill: 'skill_name', outcome: 'correct', time: 'order_id', known: null });
    expect(file.bad.count).toBe(0);
    expect(file.time).toBe('order');
    const sequences = sequencesOf(file.answers, { stepsOnly: true });
    expect(sequences.map((s) => s.map((a) => `${a.learner}/${a.skill}/${a.quality}`))).toEqual([['u1/Addition/0', 'u1/Addition/1'], ['u2/Fractions, mixed/1']]);
    // Step numbers say what came first, not how long ago: each sequence is re-timed a minute apart.
    expect(sequences[0]?.map((a) => a.ms)).toEqual([0, 60_000]);
  });

  it('takes tabs or semicolons, graded qualities, ISO times and epoch seconds', () => {
    const tsv = parseAnswerFile('student\tkc\tquality\ttimestamp\na\tk\t0.7\t2026-06-18T09:00:00Z\na\tk\t0.9\t1781773200\n');
    expect(tsv.answers.map((a) => a.quality)).toEqual([0.7, 0.9]);
    expect(tsv.answers.map((a) => a.ms)).toEqual([Date.parse('2026-06-18T09:00:00Z'), 1781773200 * 1000]);
    expect(tsv.time).toBe('instant');
    expect(parseAnswerFile('learner;skill;correct;time\nx;y;1;5\n').answers).toHaveLength(1);
  });

  it('counts each unreadable row with its reason and keeps the rest', () => {
    const file = parseAnswerFile(['learner,skill,correct,timestamp', 'a,s,1,2026-01-01', ',s,1,2026-01-01', 'a,,1,2026-01-01', 'a,s,2,2026-01-01', 'a,s,yes,2026-01-01', 'a,s,1,yesterday', 'a,s', '', 'b,s,0,2026-01-02'].join('\n'));
    expect(file.answers.map((a) => a.learner)).toEqual(['a', 'b']);
    expect(file.rows).toBe(8);
    expect(file.bad.count).toBe(6);
    expect(file.bad.reasons).toEqual({
      'no learner': 1,
      'no skill': 1,
      'outcome not 0/1 or a number from 0 to 1': 3,
      'time not a date, an epoch time or a step number': 1,
    });
    expect(file.bad.examples[0]).toEqual({ row: 3, reason: 'no learner' });
  });

  it('refuses a header without the needed columns, naming them and the names it accepts', () => {
    expect(() => parseAnswerFile('name,score\nx,1\n')).toThrow(AnswerFileError);
    expect(() => parseAnswerFile('name,score\nx,1\n')).toThrow(/no column for learner \(one of: learner, .*user_id.*\); skill \(one of: .*\); time/);
    expect(() => parseAnswerFile('')).toThrow(/empty/);
  });

  it('never throws on any rows under a valid header', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (lines) => {
        const file = parseAnswerFile(`learner,skill,correct,timestamp,known\n${lines.join('\n')}`);
        expect(file.answers.length + file.bad.count).toBe(file.rows);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back any table written as CSV: quotes, delimiters and line breaks inside fields', () => {
    const quote = (field: string) => (/[",\r\n]/.test(field) || field === '' ? `"${field.replace(/"/g, '""')}"` : field);
    const table = fc.array(fc.array(fc.string({ maxLength: 8 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
        expect([...csvRecords(text, ',')]).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
