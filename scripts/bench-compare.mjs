#!/usr/bin/env node
// Paired A/B of the record path: `tutor log` from two builds (say, main before a change and the
// working tree after it), each on its own copy of the same workspace, run by run interleaved so
// that the machine's drift hits both. Prints min / median / max and the ratio after/before.
//
//   node scripts/bench-compare.mjs BEFORE/dist/bundle/main.js AFTER/dist/bundle/main.js [events=10000] [runs=15]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleaved, time, writeLog } from './bench-log.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [before, after, eventsArg = '10000', runsArg = '15'] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/bench-compare.mjs BEFORE_MAIN_JS AFTER_MAIN_JS [events] [runs]');
  process.exit(2);
}
const events = Number(eventsArg);
const runs = Number(runsArg);
const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@localhost', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@localhost' };

async function workspace(cli, name) {
  const root = mkdtempSync(join(tmpdir(), `tutor-bench-compare-${name}-`));
  mkdirSync(join(root, 'memory'));
  copyFileSync(join(repo, 'memory', 'domain.json'), join(root, 'memory', 'domain.json'));
  if (events > 0) await writeLog(join(root, 'memory', 'evidence.jsonl'), events);
  execFileSync('git', ['init', '-q'], { cwd: root, env });
  execFileSync(process.execPath, [cli, 'build', '--root', root], { stdio: 'ignore', env });
  execFileSync('git', ['add', '-A'], { cwd: root, env });
  execFileSync('git', ['commit', '-qm', 'setup'], { cwd: root, env });
  return root;
}

const a = await workspace(resolve(before), 'before');
const b = await workspace(resolve(after), 'after');
const record = (cli, root) => () => time(process.execPath, [resolve(cli), 'log', '--concept', 'tokenization', '--quality', '0.7'], { cwd: root, env });
const { subject, baseline } = interleaved(runs, record(after, b), record(before, a));
const fmt = (s) => `median ${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
console.log(`tutor log at ${events.toLocaleString('en')} events, ${runs} paired runs`);
console.log(`  before: ${fmt(baseline)}`);
console.log(`  after:  ${fmt(subject)}`);
console.log(`  after/before: ${(subject.median / baseline.median).toFixed(3)}`);
