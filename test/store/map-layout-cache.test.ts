// The map's layout cache (issue 16): computed once per curriculum, read by every record after.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/core/domain.js';
import { layoutPrereqMaps } from '../../src/render/map-dagre.js';
import { MAP_LAYOUT_FILE, mapLayoutCacheFile, mapLayoutKey, mapLayoutsFor, readCachedMapLayouts } from '../../src/store/map-layout-cache.js';
import { workspaceAt } from '../../src/store/workspace.js';
import { largeDomainJson } from '../helpers/domain.js';
import { tinyDomain } from '../helpers/events.js';

const site = () => mkdtempSync(join(tmpdir(), 'tutor-map-cache-'));
const cacheOf = (dir: string) => JSON.parse(readFileSync(join(dir, MAP_LAYOUT_FILE), 'utf8')) as { key: string; layouts: { full: { nodes: { id: string; x: number }[] } } };

describe('mapLayoutsFor', () => {
  it('computes the layout once and reads it back after', async () => {
    const dir = site();
    const domain = tinyDomain();
    const first = await mapLayoutsFor(join(dir, MAP_LAYOUT_FILE), domain);
    expect(first).toEqual(layoutPrereqMaps(domain));
    expect(cacheOf(dir).key).toBe(mapLayoutKey(domain));
    // A cached layout is used as it is (this one moved by hand): nothing was recomputed.
    const cache = cacheOf(dir);
    (cache.layouts.full.nodes[0] as { x: number }).x = 999;
    writeFileSync(join(dir, MAP_LAYOUT_FILE), JSON.stringify(cache));
    expect((await mapLayoutsFor(join(dir, MAP_LAYOUT_FILE), domain)).full.nodes[0]?.x).toBe(999);
  });

  it('lays the course out again when a concept is renamed or relinked', async () => {
    const dir = site();
    const domain = tinyDomain();
    await mapLayoutsFor(join(dir, MAP_LAYOUT_FILE), domain);
    const renamed = tinyDomain({ concepts: domain.concepts.map((c) => (c.id === 'sampling' ? { ...c, name: 'Sampling and temperature' } : c)) });
    expect(readCachedMapLayouts(join(dir, MAP_LAYOUT_FILE), renamed)).toBeNull();
    const layouts = await mapLayoutsFor(join(dir, MAP_LAYOUT_FILE), renamed);
    expect(layouts.full.nodes.find((n) => n.id === 'sampling')?.lines).toEqual(['Sampling and temperature']);
    expect(cacheOf(dir).key).toBe(mapLayoutKey(renamed));
  });

  it('ignores a damaged or foreign cache and replaces it; never follows a link', async () => {
    const domain = tinyDomain();
    for (const damage of ['{not json', JSON.stringify({ key: mapLayoutKey(domain), layouts: { version: 1, full: { nodes: 'x' } } }), '']) {
      const dir = site();
      writeFileSync(join(dir, MAP_LAYOUT_FILE), damage);
      expect(readCachedMapLayouts(join(dir, MAP_LAYOUT_FILE), domain)).toBeNull();
      expect(await mapLayoutsFor(join(dir, MAP_LAYOUT_FILE), domain)).toEqual(layoutPrereqMaps(domain));
      expect(cacheOf(dir).key).toBe(mapLayoutKey(domain));
    }
    const dir = site();
    const elsewhere = join(site(), 'target.json');
    writeFileSync(elsewhere, 'keep me');
    symlinkSync(elsewhere, join(dir, MAP_LAYOUT_FILE));
    expect(await mapLayoutsFor(join(dir, MAP_LAYOUT_FILE), domain)).toEqual(layoutPrereqMaps(domain));
    expect(readFileSync(elsewhere, 'utf8')).toBe('keep me');
  });

  it('still gives the layout when the site folder cannot be written', async () => {
    const domain = tinyDomain();
    const file = join(site(), 'a-file');
    writeFileSync(file, '');
    expect(await mapLayoutsFor(join(file, 'site', MAP_LAYOUT_FILE), domain)).toEqual(layoutPrereqMaps(domain));
  });

  it('keeps the cache in .git/tutor in a repository, so git status never shows it', async () => {
    const root = site();
    execFileSync('git', ['init', '-q', root]);
    const file = mapLayoutCacheFile(workspaceAt(root));
    expect(file).toBe(join(root, '.git', 'tutor', 'map-layout.json'));
    await mapLayoutsFor(file, tinyDomain());
    expect(existsSync(file)).toBe(true);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' })).toBe('');
    expect(mapLayoutCacheFile(workspaceAt(site()))).toMatch(/[\\/]site[\\/]\.prereq-layout\.json$/);
  });

  it('does not cache the plain layered map of a very large course', async () => {
    const dir = site();
    const layouts = await mapLayoutsFor(join(dir, MAP_LAYOUT_FILE), parseDomain(largeDomainJson(1_000, 5, 100)));
    expect(layouts.full.ranker).toBe('layered');
    expect(existsSync(join(dir, MAP_LAYOUT_FILE))).toBe(false);
  });
});
