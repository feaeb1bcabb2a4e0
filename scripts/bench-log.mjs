// Benchmarks of the record path (issue 8), imported by bench.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => join(repo, 'dist', p);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs });

/**
 * The events of a log of `count` exchanges over the bundled curriculum, chained like real ones, one
 * per minute: each with its serialized line (no newline) and that line's hash (the next one's prev).
 */
export async function* logEvents(count) {
  const { makeEventId } = await import(dist('core/clock.js'));
  const { serializeEvent } = await import(dist('core/events.js'));
  const { hashLine } = await import(dist('store/evidence.js'));
  const domain = JSON.parse(readFileSync(join(repo, 'memory', 'domain.json'), 'utf8'));
  const concepts = domain.concepts.map((c) => c.id);
  const start = Date.parse('2025-01-01T00:00:00Z');
  let prev = null;
  let last = null;
  for (let i = 0; i < count; i++) {
    const ms = start + i * 60_000;
    const random = new Uint8Array(16).map((_, j) => (i * 31 + j * 7) & 255);
    const id = makeEventId(ms, random, last);
    last = id;
    const event = { id, ts: new Date(ms).toISOString(), type: 'exchange', concept: concepts[i % concepts.length], quality: ((i * 37) % 100) / 100, ...(i % 50 === 0 ? { note: 'a note of ordinary length about what happened in this exchange' } : {}), prev };
    const line = serializeEvent(event);
    const head = hashLine(Buffer.from(line));
    prev = head;
    yield { event, line, head, ms };
  }
}

/** A log of `count` exchanges (logEvents), written to `path`. */
export async function writeLog(path, count) {
  const chunks = [];
  for await (const { line } of logEvents(count)) chunks.push(line, '\n');
  writeFileSync(path, chunks.join(''));
}

export function time(command, args, options) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: 'ignore', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Subject and baselines after one warm-up each, interleaved run by run so that drift hits all. */
export function interleaved(runs, subject, ...baselines) {
  subject();
  for (const baseline of baselines) baseline();
  const s = [];
  const b = baselines.map(() => []);
  for (let i = 0; i < runs; i++) {
    baselines.forEach((baseline, k) => b[k].push(baseline()));
    s.push(subject());
  }
  return { subject: stats(s), baseline: stats(b[0]), baselines: b.map(stats) };
}

export function gitWorkspace(events) {
  const root = mkdtempSync(join(tmpdir(), `tutor-bench-log-${events}-`));
  mkdirSync(join(root, 'memory'));
  copyFileSync(join(repo, 'memory', 'domain.json'), join(root, 'memory', 'domain.json'));
  const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@localhost', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@localhost' };
  execFileSync('git', ['init', '-q'], { cwd: root, env });
  return { root, env };
}

/** `tutor log` end to end, against node -e '' plus one git commit of one line, on the same machine. */
export async function benchLog(runs, sizes = (process.env.BENCH_LOG_SIZES ?? '0,1000,10000,100000').split(',').map(Number)) {
  const rows = [];
  const floorWs = gitWorkspace('floor');
  writeFileSync(join(floorWs.root, 'line.txt'), 'x\n');
  execFileSync('git', ['add', 'line.txt'], { cwd: floorWs.root, env: floorWs.env });
  execFileSync('git', ['commit', '-qm', 'x'], { cwd: floorWs.root, env: floorWs.env });
  const floorRun = () => {
    appendFileSync(join(floorWs.root, 'line.txt'), 'x\n');
    return time(process.execPath, ['-e', ''], {}) + time('git', ['commit', '-qm', 'x', '--', 'line.txt'], { cwd: floorWs.root, env: floorWs.env });
  };
  for (const size of sizes) {
    const ws = gitWorkspace(size);
    // As `tutor init` leaves a workspace: the derived files not committed (its .gitignore), the history packed.
    writeFileSync(join(ws.root, '.gitignore'), 'memory/learner.json\nmemory/pedagogy.json\nsite/index.html\n');
    if (size > 0) await writeLog(join(ws.root, 'memory', 'evidence.jsonl'), size);
    execFileSync(process.execPath, [dist('bundle/main.js'), 'build', '--root', ws.root], { stdio: 'ignore' });
    execFileSync('git', ['add', '-A'], { cwd: ws.root, env: ws.env });
    execFileSync('git', ['commit', '-qm', 'setup'], { cwd: ws.root, env: ws.env });
    execFileSync('git', ['repack', '-adq'], { cwd: ws.root, env: ws.env });
    const logRun = () => time(process.execPath, [dist('bundle/main.js'), 'log', '--concept', 'tokenization', '--quality', '0.7'], { cwd: ws.root, env: ws.env });
    // A second floor that grows with the log: node, then one line appended to a log of the same
    // size and committed. git hashes and compresses the whole file on every commit, so this is
    // what any implementation committing the log after each record pays at that size.
    const sized = gitWorkspace(`floor-${size}`);
    const sizedLog = join(sized.root, 'memory', 'evidence.jsonl');
    await writeLog(sizedLog, size);
    appendFileSync(sizedLog, '');
    execFileSync('git', ['add', '-A'], { cwd: sized.root, env: sized.env });
    execFileSync('git', ['commit', '-qm', 'setup', '--allow-empty'], { cwd: sized.root, env: sized.env });
    execFileSync('git', ['repack', '-adq'], { cwd: sized.root, env: sized.env });
    const sizedFloorRun = () => {
      appendFileSync(sizedLog, '{"a line":"of the size of an event, give or take","n":1}\n');
      return time(process.execPath, ['-e', ''], {}) + time('git', ['commit', '-qm', 'x', '--', 'memory/evidence.jsonl'], { cwd: sized.root, env: sized.env });
    };
    // The same floor with the git settings a record's commit uses (store/git.ts): loose objects
    // stored uncompressed, objects and the ref fsynced, no hooks, no gc. Shown beside the issue's
    // floor (git's defaults), so that what the settings give and what tutor adds are told apart.
    const tutorGit = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'core.looseCompression=0', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', '-c', 'core.fsync=committed,reference', '-c', 'core.fsyncMethod=fsync'];
    const settingsFloorRun = () => {
      appendFileSync(sizedLog, '{"a line":"of the size of an event, give or take","n":1}\n');
      return time(process.execPath, ['-e', ''], {}) + time('git', [...tutorGit, 'commit', '--quiet', '--no-verify', '-m', 'x', '--only', '--', 'memory/evidence.jsonl'], { cwd: sized.root, env: sized.env });
    };
    const { subject: s, baselines: [b, bSized, bSettings] } = interleaved(runs, logRun, floorRun, sizedFloorRun, settingsFloorRun);
    rows.push({ name: `log: ${size.toLocaleString('en')} events`, unit: 'ms', subject: s, baseline: { ...b, what: "node -e '' + one git commit of one line" }, ratio: s.median / b.median, note: 'process start to exit, git commit included; lower is better' });
    rows.push({ name: `log: ${size.toLocaleString('en')} events, vs the log`, unit: 'ms', subject: s, baseline: { ...bSized, what: `node -e '' + one line appended to a log of ${size.toLocaleString('en')} events and committed` }, ratio: s.median / bSized.median, note: 'the same runs as the row above, against a floor that grows with the log' });
    rows.push({ name: `log: ${size.toLocaleString('en')} events, vs the log, tutor's git settings`, unit: 'ms', subject: s, baseline: { ...bSettings, what: `the same, committed as a record commits (loose objects uncompressed, fsynced, no hooks)` }, ratio: s.median / bSettings.median, note: 'the same runs, against the growing floor with the git settings tutor uses' });
  }
  return rows;
}

/** recompute + render alone (in this process), from 1k to 1M events: how cost grows. */
export async function benchRecompute(sizes = [1_000, 10_000, 100_000, 1_000_000]) {
  const { parseDomain } = await import(dist('core/domain.js'));
  const { recompute } = await import(dist('core/recompute.js'));
  const { renderDashboard } = await import(dist('render/dashboard.js'));
  const { layoutPrereqMaps } = await import(dist('render/map-dagre.js'));
  const { parseEvidence } = await import(dist('store/evidence.js'));
  const domain = parseDomain(readFileSync(join(repo, 'memory', 'domain.json'), 'utf8'));
  // Laid out once per curriculum (a record reads it from its cache), so outside the timed part.
  const mapLayouts = layoutPrereqMaps(domain);
  const dir = mkdtempSync(join(tmpdir(), 'tutor-bench-recompute-'));
  const rows = [];
  let perEventAtFirst = null;
  const now = new Date('2027-01-01T00:00:00Z');
  const measure = (log) => {
    const started = performance.now();
    const derived = recompute(domain, log.events, now, { head: log.head, unreadable: 0 });
    renderDashboard(domain, derived, [], { mapLayouts });
    return performance.now() - started;
  };
  // Warm the JIT on a mid-sized log first: otherwise the smallest size measures the compiler,
  // and every larger size looks better than linear.
  const warmPath = join(dir, 'log-warm.jsonl');
  await writeLog(warmPath, 20_000);
  const warm = parseEvidence(readFileSync(warmPath));
  for (let i = 0; i < 10; i++) measure(warm);
  for (const size of sizes) {
    const path = join(dir, `log-${size}.jsonl`);
    await writeLog(path, size);
    const log = parseEvidence(readFileSync(path));
    // About a second of measuring per size, at least 3 runs.
    const repeat = Math.max(3, Math.min(50, Math.round(1_000_000 / size)));
    measure(log);
    const runs = [];
    for (let i = 0; i < repeat; i++) runs.push(measure(log));
    const s = stats(runs);
    const perSecond = size / (s.median / 1000);
    perEventAtFirst ??= s.median / size;
    rows.push({
      name: `recompute+render: ${size.toLocaleString('en')} events`,
      unit: 'ms',
      subject: { ...s, eventsPerSecond: Math.round(perSecond) },
      baseline: { median: perEventAtFirst * size, what: `linear extrapolation from ${sizes[0].toLocaleString('en')} events` },
      ratio: s.median / (perEventAtFirst * size),
      note: `${Math.round(perSecond).toLocaleString('en')} events/s; ratio 1 = linear`,
    });
  }
  return rows;
}

/** `tutor build` on the bundled curriculum with 10,000 events. */
export async function benchBuild(runs) {
  const ws = gitWorkspace('build');
  await writeLog(join(ws.root, 'memory', 'evidence.jsonl'), 10_000);
  const build = () => time(process.execPath, [dist('bundle/main.js'), 'build', '--root', ws.root], {});
  const floor = () => time(process.execPath, ['-e', ''], {});
  const { subject: s, baseline: b } = interleaved(runs, build, floor);
  return [{ name: 'build: 10,000 events', unit: 'ms', subject: s, baseline: { ...b, what: "node -e ''" }, ratio: s.median / b.median, note: 'validate, recompute, render, write three files' }];
}
