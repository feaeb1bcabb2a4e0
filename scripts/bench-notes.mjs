// The record path's cost with and without study notes (issue 18): `tutor log` wall time in a
// workspace with no notes, with 20 unchanged notes (bodies from the cache, pages re-wrapped), and
// with one of them edited before every record (that one rendered again); plus the in-process time
// of the notes step alone. Run after `npm run build`: node scripts/bench-notes.mjs [runs]
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repo, 'dist', 'bundle', 'main.js');
const runs = Number(process.argv[2] ?? 15);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const env = { ...process.env, TUTOR_NOW: '2026-06-21T19:00:00.000Z' };

/** `spread`: note i names concept i of the course (a record changes one page); else all name the logged one. */
function workspace(notes, spread = false) {
  const root = join(mkdtempSync(join(tmpdir(), 'tutor-bench-notes-')), 'ws');
  mkdirSync(join(root, 'memory'), { recursive: true });
  copyFileSync(join(repo, 'memory', 'domain.json'), join(root, 'memory', 'domain.json'));
  mkdirSync(join(root, 'notes'));
  const seeds = join(repo, 'test', 'fixtures', 'notes');
  const names = readdirSync(seeds);
  const concepts = JSON.parse(readFileSync(join(repo, 'memory', 'domain.json'), 'utf8')).concepts;
  for (let i = 0; i < notes; i++) {
    const seed = names[i % names.length];
    // Each note names two concepts of a module, so every page shows a live standing.
    const named = spread ? `${concepts[i].module}\nconcepts: [${concepts[i].id}]` : 'M1\nconcepts: [tokenization, autoregressive_loop]';
    const body = readFileSync(join(seeds, seed), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    writeFileSync(join(root, 'notes', `n${i}.md`), `---\ntitle: Note ${i}\nmodule: ${named}\n---\n${body}`);
  }
  const built = spawnSync(process.execPath, [cli, 'build', '--root', root], { env });
  if (built.status !== 0) throw new Error(built.stderr.toString());
  return root;
}

function log(root) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'log', '--concept', 'tokenization', '--quality', '0.7', '--root', root], { env, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`log exited ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const none = workspace(0);
const spread = workspace(20, true);
const unchanged = workspace(20);
const edited = workspace(20, true);
let edits = 0;
const cases = {
  'no notes': () => log(none),
  '20 notes on 20 concepts, unchanged (one page re-wrapped)': () => log(spread),
  '20 notes all on the logged concept, unchanged (20 pages re-wrapped)': () => log(unchanged),
  '20 notes, one edited before each record': () => {
    appendFileSync(join(edited, 'notes', 'n0.md'), `\nEdit ${edits++}: $x_${edits}^2$\n`);
    return log(edited);
  },
};
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (const run of Object.values(cases)) run();
for (let i = 0; i < runs; i++) for (const [name, run] of Object.entries(cases)) times[name].push(run());
for (const [name, xs] of Object.entries(times)) console.log(`tutor log, ${name}: median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, ${xs.length} runs)`);

// The notes step alone, in process (the tsc build, dist/): what a record adds for 20 notes.
const { refreshNotes } = await import(pathToFileURL(join(repo, 'dist', 'app', 'notes.js')).href);
const { readSnapshot } = await import(pathToFileURL(join(repo, 'dist', 'app', 'snapshot.js')).href);
const { workspaceAt } = await import(pathToFileURL(join(repo, 'dist', 'store', 'workspace.js')).href);
for (const [name, root] of [['no notes', none], ['20 notes, unchanged', spread]]) {
  const ws = workspaceAt(root);
  const snapshot = readSnapshot(ws, new Date(env.TUTOR_NOW));
  const xs = [];
  for (let i = 0; i < runs + 1; i++) {
    const started = process.hrtime.bigint();
    await refreshNotes(ws, snapshot.domain, snapshot.derived, { mode: 'record' });
    xs.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  xs.shift();
  console.log(`notes step of a record, ${name}: median ${median(xs).toFixed(2)} ms`);
}
