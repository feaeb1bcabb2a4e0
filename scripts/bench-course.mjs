// Benchmarks of what the learner waits on over a whole course (issue 17), imported by bench.mjs:
// the record command through the paths workspaces really use, the hooks, .git's size and the
// latency over many consecutive records, and a paired comparison with an ancestor-style Python
// write path (scripts/ancestor-write.py).
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitWorkspace, interleaved, time, writeLog } from './bench-log.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_BUNDLE: a copy of dist/bundle/main.js to run (a long run should not see a rebuild mid-way).
const bundle = process.env.BENCH_BUNDLE ?? join(repo, 'dist', 'bundle', 'main.js');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs });
const GIT_ENV = { GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@localhost', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@localhost' };

/** Bytes a folder takes on disk (allocated blocks, as `du` counts), and its files' own sizes. */
export function folderSize(dir) {
  let allocated = 0;
  let apparent = 0;
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d);
    } catch {
      return; // removed while walking (git's packing renames and deletes)
    }
    for (const name of entries) {
      const path = join(d, name);
      let stat;
      try {
        stat = lstatSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(path);
      else {
        allocated += stat.blocks * 512;
        apparent += stat.size;
      }
    }
  };
  walk(dir);
  return { allocated, apparent };
}

/** A workspace made by `tutor init` (the bundled course, standalone wiring), with `events` events logged before. */
export async function initWorkspace(events, name = `init-${events}`) {
  const parent = mkdtempSync(join(tmpdir(), `tutor-bench-${name}-`));
  const root = join(parent, 'course');
  const env = { ...process.env, ...GIT_ENV };
  execFileSync(process.execPath, [bundle, 'init', root], { env, stdio: 'ignore' });
  if (events > 0) {
    await writeLog(join(root, 'memory', 'evidence.jsonl'), events);
    execFileSync(process.execPath, [bundle, 'build', '--root', root], { env, stdio: 'ignore' });
    execFileSync('git', ['add', '-A'], { cwd: root, env });
    execFileSync('git', ['commit', '-qm', 'setup'], { cwd: root, env });
    execFileSync('git', ['repack', '-adq'], { cwd: root, env });
  }
  return { root, env };
}

/** The installed command: the package packed and installed as a learner installs it (`npm install -g`, into a temporary prefix). */
function installPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'tutor-bench-install-'));
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop();
  const prefix = join(dir, 'prefix');
  execFileSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--silent', join(dir, packed)], { stdio: 'ignore' });
  return join(prefix, 'bin', 'tutor');
}

const logArgs = (i) => ['log', '--concept', ['tokenization', 'attention', 'sampling_temperature', 'embeddings'][i % 4] ?? 'tokenization', '--quality', String(((i * 37) % 100) / 100)];

/**
 * The rulebook's record command end to end: `tutor log …` as a workspace made by `tutor init` runs
 * it (the installed package's `tutor` on PATH), as the plugin runs it (its bin/tutor), and as the
 * source repository's rulebook runs it (`node dist/bundle/main.js`; `npx --no tutor` before), against the bundle called directly.
 */
export async function benchRecordCommand(runs, events = 1_000) {
  const installed = installPackage();
  const plugin = join(repo, '.claude-plugin', 'tutor', 'bin', 'tutor');
  const ws = await initWorkspace(events, 'command');
  const PATH = `${dirname(installed)}:${process.env.PATH}`;
  let i = 0;
  const run = (command, args, extra = {}) => () => time(command, [...args, ...logArgs(i++)], { cwd: ws.root, env: { ...ws.env, PATH }, ...extra });
  const direct = run(process.execPath, [bundle]);
  const viaPath = run('tutor', []);
  const viaPlugin = run(plugin, []);
  // This repository's own rulebook (it is a workspace too): the bundle from the repository's root.
  const viaRepository = () => time(process.execPath, [join('dist', 'bundle', 'main.js'), ...logArgs(i++), '--root', ws.root], { cwd: repo, env: { ...ws.env } });
  // What that rulebook ran before: npx resolving the local package (kept as a reference).
  const viaNpx = () => time('npx', ['--no', 'tutor', ...logArgs(i++), '--root', ws.root], { cwd: repo, env: { ...ws.env } });
  const { subject: s, baselines: [b, p, r, n] } = interleaved(runs, viaPath, direct, viaPlugin, viaRepository, viaNpx);
  const baseline = { ...b, what: `node dist/bundle/main.js log … (the bundle itself), same workspace (${events.toLocaleString('en')} events)` };
  return [
    { name: `record command: installed tutor, ${events.toLocaleString('en')} events`, unit: 'ms', subject: s, baseline, ratio: s.median / b.median, note: 'what CLAUDE.md of a workspace made by `tutor init` runs: `tutor log …` on PATH (npm install -g of the packed package); commit included' },
    { name: `record command: plugin bin/tutor`, unit: 'ms', subject: p, baseline, ratio: p.median / b.median, note: "the plugin's POSIX sh wrapper running its committed bundle, same runs" },
    { name: `record command: this repository's rulebook`, unit: 'ms', subject: r, baseline, ratio: r.median / b.median, note: "what this repository's own CLAUDE.md runs: node dist/bundle/main.js log … from the repository's root, same runs" },
    { name: `record command: npx --no tutor (repo, before)`, unit: 'ms', subject: n, baseline, ratio: n.median / b.median, note: "what this repository's CLAUDE.md ran before (npx resolving the local package), same runs" },
  ];
}

/** The Claude Code hooks as a workspace runs them: JSON on stdin, against node -e ''. */
export async function benchHooks(runs, events = 1_000) {
  const ws = await initWorkspace(events, 'hooks');
  const transcript = join(repo, 'test', 'fixtures', 'claude-code-transcripts', readdirSync(join(repo, 'test', 'fixtures', 'claude-code-transcripts')).find((f) => f.endsWith('.jsonl')));
  const hook = (event, input) => () => time(process.execPath, [bundle, 'hook', event], { cwd: ws.root, env: { ...ws.env, CLAUDE_PROJECT_DIR: ws.root }, input: JSON.stringify(input), stdio: ['pipe', 'ignore', 'ignore'] });
  const start = hook('session-start', { session_id: 'bench', hook_event_name: 'SessionStart', source: 'startup', cwd: ws.root });
  const stop = hook('stop', { session_id: 'bench', hook_event_name: 'Stop', transcript_path: transcript, cwd: ws.root, stop_hook_active: false });
  const floor = () => time(process.execPath, ['-e', ''], {});
  const a = interleaved(runs, start, floor);
  const z = interleaved(runs, stop, floor);
  return [
    { name: `hook session-start, ${events.toLocaleString('en')} events`, unit: 'ms', subject: a.subject, baseline: { ...a.baseline, what: "node -e ''" }, ratio: a.subject.median / a.baseline.median, note: 'the brief Claude Code injects at session start' },
    { name: 'hook stop (one session log)', unit: 'ms', subject: z.subject, baseline: { ...z.baseline, what: "node -e ''" }, ratio: z.subject.median / z.baseline.median, note: 'rebuilds site/transcript.html from a fixture session log, in a bounded child' },
  ];
}

/**
 * `count` consecutive records on the bundled course in a workspace made by `tutor init`, as fast as
 * they come: each one's latency, and .git's size after each (measured outside the timed part).
 * Packing runs in the background as it does for a learner. BENCH_RECORDS sets the count.
 */
export async function benchConsecutive(count = Number(process.env.BENCH_RECORDS ?? 10_000), progress = process.env.BENCH_PROGRESS, startEvents = Number(process.env.BENCH_START_EVENTS ?? 0)) {
  // BENCH_START_EVENTS: start from a log of that many events (packed, as packing leaves it), to
  // measure the end of a long course without making every record before it.
  const ws = await initWorkspace(startEvents, 'course');
  const gitDir = join(ws.root, '.git');
  const latencies = [];
  let peak = { allocated: 0, apparent: 0, at: 0 };
  for (let i = 0; i < count; i++) {
    latencies.push(time(process.execPath, [bundle, ...logArgs(i)], { cwd: ws.root, env: ws.env }));
    const size = folderSize(gitDir);
    if (size.allocated > peak.allocated) peak = { ...size, at: i + 1 };
    if (progress && (i + 1) % 500 === 0) appendFileSync(progress, `${JSON.stringify({ records: i + 1, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), last500max: Math.max(...latencies.slice(-500)), gitMb: size.allocated / 2 ** 20, peakMb: peak.allocated / 2 ** 20, peakAt: peak.at })}\n`);
  }
  // Wait for a packing run still going, then the size git itself reaches fully packed.
  for (let t = 0; t < 600 && existsSync(join(gitDir, 'tutor', 'maintenance.lock')); t++) await new Promise((r) => setTimeout(r, 100));
  const end = folderSize(gitDir);
  execFileSync('git', ['repack', '-adq'], { cwd: ws.root, env: ws.env });
  const packed = folderSize(gitDir);
  const p50 = quantile(latencies, 0.5);
  const p99 = quantile(latencies, 0.99);
  const mb = (x) => x / 2 ** 20;
  return [
    {
      name: `${count.toLocaleString('en')} consecutive records${startEvents ? ` from ${startEvents.toLocaleString('en')} events` : ''}: latency`,
      unit: 'ms',
      subject: { median: p99, min: Math.min(...latencies), max: Math.max(...latencies), p50, p99, p999: quantile(latencies, 0.999) },
      baseline: { median: p50, what: 'p50 of the same records' },
      ratio: p99 / p50,
      note: `p99 / p50 (p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, p99.9 ${quantile(latencies, 0.999).toFixed(0)} ms, min ${Math.min(...latencies).toFixed(0)}, max ${Math.max(...latencies).toFixed(0)}); each record a process, commit included, packing in the background`,
    },
    {
      name: `${count.toLocaleString('en')} consecutive records${startEvents ? ` from ${startEvents.toLocaleString('en')} events` : ''}: .git size`,
      unit: 'MB',
      subject: { median: mb(peak.allocated), min: mb(end.allocated), max: mb(peak.allocated), peakAt: peak.at, endMb: mb(end.allocated), apparentPeakMb: mb(peak.apparent) },
      baseline: { median: mb(packed.allocated), what: 'the same .git after `git repack -ad` at the end' },
      ratio: peak.allocated / packed.allocated,
      note: `peak ${mb(peak.allocated).toFixed(1)} MB after record ${peak.at} (allocated blocks, as du counts; files' own sizes ${mb(peak.apparent).toFixed(1)} MB), ${mb(end.allocated).toFixed(1)} MB at the end, ${mb(packed.allocated).toFixed(1)} MB fully packed`,
    },
  ];
}

/**
 * `tutor log` paired with scripts/ancestor-write.py (append, recompute an EWMA over the whole log,
 * write a JSON state file and an HTML page, git commit), each in its own workspace holding the same
 * log of the bundled course, run by run.
 */
export async function benchAncestor(runs, sizes = [0, 1_000, 10_000, 100_000]) {
  const rows = [];
  const script = join(repo, 'scripts', 'ancestor-write.py');
  for (const size of sizes) {
    const ours = await initWorkspace(size, `pair-tutor-${size}`);
    const theirs = gitWorkspace(`pair-py-${size}`);
    if (size > 0) await writeLog(join(theirs.root, 'memory', 'evidence.jsonl'), size);
    else writeFileSync(join(theirs.root, 'memory', 'evidence.jsonl'), '');
    execFileSync('git', ['add', '-A'], { cwd: theirs.root, env: { ...theirs.env, ...GIT_ENV } });
    execFileSync('git', ['commit', '-qm', 'setup'], { cwd: theirs.root, env: { ...theirs.env, ...GIT_ENV } });
    execFileSync('git', ['repack', '-adq'], { cwd: theirs.root, env: theirs.env });
    let i = 0;
    let j = 0;
    const tutor = () => time(process.execPath, [bundle, ...logArgs(i++)], { cwd: ours.root, env: ours.env });
    const python = () => {
      const [, , concept, , quality] = logArgs(j++);
      return time('python3', [script, theirs.root, concept, quality], { env: { ...theirs.env, ...GIT_ENV } });
    };
    const { subject: s, baseline: b } = interleaved(runs, tutor, python);
    rows.push({ name: `log vs ancestor (Python): ${size.toLocaleString('en')} events`, unit: 'ms', subject: s, baseline: { ...b, what: 'scripts/ancestor-write.py in a workspace with the same log' }, ratio: s.median / b.median, note: 'paired run by run; both commit each record' });
  }
  return rows;
}

/**
 * What durability costs: one line appended to a log of `events` events and committed by git as a
 * record commits it (`--only`, quiet, no gc), with and without fsyncing objects and the ref.
 */
export async function benchFsync(runs, events = 10_000) {
  const ws = gitWorkspace(`fsync-${events}`);
  const env = { ...ws.env, ...GIT_ENV };
  const log = join(ws.root, 'memory', 'evidence.jsonl');
  await writeLog(log, events);
  execFileSync('git', ['add', '-A'], { cwd: ws.root, env });
  execFileSync('git', ['commit', '-qm', 'setup'], { cwd: ws.root, env });
  execFileSync('git', ['repack', '-adq'], { cwd: ws.root, env });
  const base = ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false', '-c', 'core.looseCompression=1'];
  const commit = (extra) => () => {
    appendFileSync(log, '{"a line":"of the size of an event, give or take","n":1}\n');
    return time('git', [...base, ...extra, 'commit', '--quiet', '--no-verify', '-m', 'x', '--only', '--', 'memory/evidence.jsonl'], { cwd: ws.root, env });
  };
  const { subject: s, baseline: b } = interleaved(runs, commit(['-c', 'core.fsync=committed,reference', '-c', 'core.fsyncMethod=fsync']), commit(['-c', 'core.fsync=none']));
  return [{ name: `git commit of a record, ${events.toLocaleString('en')} events, fsynced`, unit: 'ms', subject: s, baseline: { ...b, what: 'the same commit with core.fsync=none (git\'s default)' }, ratio: s.median / b.median, note: `durability costs ${(s.median - b.median).toFixed(1)} ms per record (objects and the branch ref fsynced)` }];
}
