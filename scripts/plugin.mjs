// Brings the Claude Code plugin (.claude-plugin/tutor) up to the build: a plugin install copies
// the plugin's folder from git and runs no build, so what it runs is committed there. Copies the
// bundle (dist/bundle → lib/) and the bundled course, and writes the plugin's manifests at the
// package's version. Run by `npm run build`; .ci/run fails when the committed copy is not current.
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const plugin = join(repo, '.claude-plugin', 'tutor');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes only what differs, so an unchanged build leaves git and mtimes alone. */
function writeIfChanged(path, content) {
  if (existsSync(path) && readFileSync(path).equals(Buffer.from(content))) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return true;
}

function filesUnder(dir) {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))) : [];
}

/** lib/ mirrors dist/bundle exactly: new files copied, changed ones rewritten, stale chunks removed. */
function mirror(from, to) {
  const wanted = new Set(filesUnder(from));
  if (wanted.size === 0) throw new Error(`plugin: ${relative(repo, from)} is empty: the bundle must be built first`);
  let changed = 0;
  for (const file of wanted) if (writeIfChanged(join(to, file), readFileSync(join(from, file)))) changed++;
  for (const file of filesUnder(to)) {
    if (!wanted.has(file)) {
      rmSync(join(to, file));
      changed++;
    }
  }
  return changed;
}

const description = 'A Socratic tutor that keeps an honest record: every exchange logged, the learner\'s standing derived from the log alone, a dashboard to see it. Start a course in any folder with /tutor:init.';
const author = { name: 'The tutor authors' };
let changed = mirror(join(repo, 'dist', 'bundle'), join(plugin, 'lib'));
chmodSync(join(plugin, 'lib', 'main.js'), 0o755);
changed += writeIfChanged(join(plugin, 'memory', 'domain.json'), readFileSync(join(repo, 'memory', 'domain.json'))) ? 1 : 0;
// The bundle finds its version and its course through the nearest package.json named tutor-harness;
// "type": "module" makes Node read lib/*.js as the ES modules they are.
changed += writeIfChanged(join(plugin, 'package.json'), json({ name: pkg.name, version: pkg.version, description: pkg.description, license: pkg.license, private: true, type: 'module', engines: pkg.engines })) ? 1 : 0;
changed += writeIfChanged(
  join(plugin, '.claude-plugin', 'plugin.json'),
  json({ name: 'tutor', version: pkg.version, description, author, license: pkg.license, keywords: ['tutoring', 'learning', 'socratic', 'spaced-repetition', 'mastery'] }),
) ? 1 : 0;
changed += writeIfChanged(
  join(repo, '.claude-plugin', 'marketplace.json'),
  json({
    name: 'tutor-harness',
    owner: author,
    description: 'The tutor plugin for Claude Code: Socratic tutoring with an append-only evidence log.',
    plugins: [{ name: 'tutor', source: './.claude-plugin/tutor', description, version: pkg.version, author, license: pkg.license, category: 'learning' }],
  }),
) ? 1 : 0;
if (changed > 0) console.log(`plugin: ${changed} file(s) of .claude-plugin brought up to the build`);
