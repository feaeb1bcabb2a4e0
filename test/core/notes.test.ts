// What a note says it teaches, checked against the curriculum (issue 18): unknown ids are warnings
// naming the note, the line and the nearest ids; the note is linked with the ids that exist.
import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/core/domain.js';
import { parseFrontMatter } from '../../src/core/front-matter.js';
import { deriveNoteMeta, linkNote, noteConcepts, noteModules, noteSlug } from '../../src/core/notes.js';
import { tinyDomainJson } from '../helpers/domain.js';

const domain = parseDomain(tinyDomainJson());

function meta(file: string, text: string) {
  const front = parseFrontMatter(text);
  if (!front.ok) throw new Error(front.problem);
  return deriveNoteMeta(file, front.fields, front.body);
}

describe('study notes against the curriculum', () => {
  it('names the note, the line and the nearest ids for an unknown concept or module, and links the rest', () => {
    const m = meta('m1.md', '---\ntitle: The loop\nmodule: M3\nconcepts:\n  - tokenization\n  - samplng\n---\n# body');
    const { link, warnings } = linkNote(domain, 'notes/m1.md', 'm1', m);
    expect(link.concepts).toEqual(['tokenization']);
    expect(link.modules).toEqual([]);
    expect(warnings).toEqual([
      'notes/m1.md line 3: unknown module "M3" (nearest: M1, M2); the page is linked without it',
      'notes/m1.md line 6: unknown concept "samplng" (nearest: sampling); the page is linked without it',
    ]);
  });

  it('falls back for the title (first heading, then file name) and shows a note under its concepts\' module', () => {
    expect(meta('loss.md', '# Loss & Training\n\ntext').title).toBe('Loss & Training');
    expect(meta('loss-notes.md', 'no heading').title).toBe('loss-notes');
    const { link } = linkNote(domain, 'notes/a.md', 'a', meta('a.md', '---\nconcepts: [attention, sampling]\n---\n'));
    expect(noteModules(domain, link)).toEqual(['M2', 'M1']);
    const { link: moduleOnly } = linkNote(domain, 'notes/b.md', 'b', meta('b.md', '---\nmodule: M2\n---\n'));
    expect(noteConcepts(domain, moduleOnly)).toEqual(['attention', 'position']);
  });

  it('warns about a field of the wrong shape and keeps going', () => {
    const m = meta('x.md', '---\ntitle:\n  - one\n  - two\ntags: single\n---\n');
    expect(m.title).toBe('x');
    expect(m.tags).toEqual(['single']);
    expect(m.problems[0]).toMatch(/line 2: "title" should be one line of text/);
  });

  it('makes page names safe in a URL', () => {
    expect(noteSlug('m1-inference-loop.md')).toBe('m1-inference-loop');
    expect(noteSlug('Ünïcode notes & "quotes".md')).toBe('Unicode-notes-quotes');
    expect(noteSlug('../../etc.md')).toBe('etc');
    expect(noteSlug('....md')).toBe('note');
  });
});
