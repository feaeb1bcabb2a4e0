// The validated curriculum kept between commands (issue 17): a record whose course file is the
// one last validated skips validation; any other bytes, or a damaged cache, are validated again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/core/domain.js';
import { CurriculumError } from '../../src/core/errors.js';
import { curriculumCacheFile, digestCourse, loadDomain, readCachedCurriculum } from '../../src/store/curriculum-cache.js';
import { workspaceAt } from '../../src/store/workspace.js';
import { tinyDomainJson } from '../helpers/domain.js';
import { tempWorkspace } from '../helpers/workspace.js';

describe('loadDomain', () => {
  it('gives what full validation gives, keeps it once asked, and reads it back for the same bytes', async () => {
    const ws = tempWorkspace();
    const workspace = workspaceAt(ws.root);
    const file = curriculumCacheFile(workspace) as string;
    const first = await loadDomain(workspace);
    expect(first.domain).toEqual(parseDomain(tinyDomainJson()));
    expect(readCachedCurriculum(file, digestCourse(readFileSync(workspace.domain)))).toBeNull();
    first.keep();
    const cached = readCachedCurriculum(file, digestCourse(readFileSync(workspace.domain)));
    expect(cached).toEqual(first.domain);
    expect(cached?.conceptById.get('tokenization')?.name).toBe(first.domain.conceptById.get('tokenization')?.name);
    expect((await loadDomain(workspace)).domain).toEqual(first.domain);
  });

  it('validates again when the course file changed, and refuses a broken one though a valid one was kept', async () => {
    const ws = tempWorkspace();
    const workspace = workspaceAt(ws.root);
    (await loadDomain(workspace)).keep();
    const renamed = JSON.parse(tinyDomainJson());
    renamed.concepts[0].name = 'Tokens, renamed';
    writeFileSync(workspace.domain, JSON.stringify(renamed));
    expect((await loadDomain(workspace)).domain.concepts[0]?.name).toBe('Tokens, renamed');
    writeFileSync(workspace.domain, '{"modules": [');
    await expect(loadDomain(workspace)).rejects.toBeInstanceOf(CurriculumError);
  });

  it('ignores a cache that is damaged, of another version or for other bytes; build always validates', async () => {
    const ws = tempWorkspace();
    const workspace = workspaceAt(ws.root);
    const file = curriculumCacheFile(workspace) as string;
    (await loadDomain(workspace)).keep();
    const digest = digestCourse(readFileSync(workspace.domain));
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    const variants = [
      '{"version":1,"digest":"',
      JSON.stringify({ ...entry, version: 0 }),
      JSON.stringify({ ...entry, digest: '0'.repeat(64) }),
      JSON.stringify({ ...entry, domain: { ...entry.domain, concepts: [{ id: 7 }] } }),
      JSON.stringify({ ...entry, domain: { ...entry.domain, policy: { alpha: 'high' } } }),
    ];
    for (const text of variants) {
      writeFileSync(file, text);
      expect(readCachedCurriculum(file, digest)).toBeNull();
      expect((await loadDomain(workspace)).domain).toEqual(parseDomain(tinyDomainJson()));
    }
    // A cache that says another thing for these bytes is what `tutor build` corrects.
    writeFileSync(file, JSON.stringify({ ...entry, domain: { ...entry.domain, title: 'planted' } }));
    expect((await loadDomain(workspace)).domain.title).toBe('planted');
    const rebuilt = await loadDomain(workspace, { revalidate: true });
    expect(rebuilt.domain.title).toBe(parseDomain(tinyDomainJson()).title);
    rebuilt.keep();
    expect((await loadDomain(workspace)).domain.title).toBe(parseDomain(tinyDomainJson()).title);
  });

  it('outside a git repository there is no cache: every call validates', async () => {
    const ws = tempWorkspace({ git: false });
    const workspace = workspaceAt(ws.root);
    expect(curriculumCacheFile(workspace)).toBeNull();
    const loaded = await loadDomain(workspace);
    loaded.keep();
    expect(loaded.domain).toEqual(parseDomain(tinyDomainJson()));
    expect(readFileSync(join(ws.root, 'memory', 'domain.json'), 'utf8')).toBe(tinyDomainJson());
  });
});
