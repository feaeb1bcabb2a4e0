// Benchmarks of `tutor verify` against the log's git history (issue 13), imported by bench.mjs.
//
// The fixture is a repository with one commit per record, as `tutor log` makes them: each commit
// holds the whole log as it was after that record, and its message carries the Event,
// Evidence-Head and Evidence-Prefix trailers. Running `tutor log` thousands of times would take
// far longer than the benchmark, so the commits are streamed into `git fast-import`, which deltas
// each version of the log against the one before (the pack stays small). Building it is timed and
// printed, not counted.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleaved, logEvents } from './bench-log.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => join(repo, 'dist', p);
const EVIDENCE = 'memory/evidence.jsonl';
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@localhost', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@localhost' };

function git(root, args, input) {
  const result = spawnSync('git', args, { cwd: root, env: gitEnv, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout.toString('utf8');
}

/** The message `tutor log` commits a record with (src/app/record.ts, commitMessage). */
function recordMessage(event, head, attestation, attestationTrailer) {
  return `tutor: exchange ${event.concept} quality ${event.quality}\n\nEvent: ${event.id}\nEvidence-Head: ${head}\n${attestationTrailer(attestation)}\n`;
}

function packBytes(root) {
  const pack = join(root, '.git', 'objects', 'pack');
  return readdirSync(pack).reduce((sum, f) => sum + statSync(join(pack, f)).size, 0);
}

/**
 * A workspace whose log has `count` events, committed one per commit through `git fast-import`:
 * commit i holds the log's first i lines (memory/domain.json comes with the first). The working
 * copy is checked out, and the journal holds every record, as `tutor log` leaves a clone.
 */
export async function historyWorkspace(count) {
  const started = performance.now();
  const { attestationTrailer } = await import(dist('core/history.js'));
  const root = mkdtempSync(join(tmpdir(), `tutor-bench-verify-${count}-`));
  git(root, ['init', '-q']);
  git(root, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
  const records = [];
  let total = 0;
  for await (const record of logEvents(count)) {
    records.push(record);
    total += Buffer.byteLength(record.line) + 1;
  }
  const log = Buffer.alloc(total);
  const domain = readFileSync(join(repo, 'memory', 'domain.json'));

  const importer = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: root, env: gitEnv, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  importer.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const exited = once(importer, 'exit');
  const failed = exited.then(([code]) => {
    throw new Error(`git fast-import exited ${code} before the end of the stream: ${stderr}`);
  });
  failed.catch(() => undefined);
  importer.stdin.on('error', () => undefined); // EPIPE when it exits early: reported by `failed`
  const write = async (chunk) => {
    if (importer.stdin.write(chunk)) return;
    try {
      await Promise.race([once(importer.stdin, 'drain'), failed]);
    } catch {
      await failed; // its exit status and stderr, rather than the EPIPE
    }
  };
  // SHA-256 of the whole file after each append, as record.ts's digestAppended computes it.
  const hash = createHash('sha256');
  let bytes = 0;
  for (let i = 0; i < records.length; i++) {
    const { event, line, head, ms } = records[i];
    const appended = Buffer.from(`${line}\n`, 'utf8');
    appended.copy(log, bytes);
    hash.update(appended);
    bytes += appended.length;
    const message = Buffer.from(recordMessage(event, head, { bytes, digest: hash.copy().digest('hex') }, attestationTrailer), 'utf8');
    let header = `commit refs/heads/main\ncommitter bench <bench@localhost> ${Math.floor(ms / 1000)} +0000\ndata ${message.length}\n`;
    await write(header);
    await write(message);
    if (i === 0) {
      await write(`M 100644 inline memory/domain.json\ndata ${domain.length}\n`);
      await write(domain);
      await write('\n');
    }
    header = `M 100644 inline ${EVIDENCE}\ndata ${bytes}\n`;
    await write(header);
    // No copy: later appends write past `bytes`, so these bytes never change.
    await write(log.subarray(0, bytes));
    await write('\n');
  }
  await write('done\n');
  importer.stdin.end();
  const [code] = await exited;
  if (code !== 0) throw new Error(`git fast-import exited ${code}: ${stderr}`);
  git(root, ['reset', '-q', '--hard']);
  const journal = join(root, '.git', 'tutor');
  mkdirSync(journal, { recursive: true });
  writeFileSync(join(journal, 'journal.jsonl'), log);
  if (!readFileSync(join(root, EVIDENCE)).equals(log)) throw new Error('the checked-out log differs from the one imported');
  return { root, log, lines: records.map((r) => r.line), ms: performance.now() - started, packBytes: packBytes(root) };
}

function verifyArgs(root, ...more) {
  return [dist('bundle/main.js'), 'verify', '--root', root, ...more];
}

/** Wall time of one run, which must exit `expected`. */
function timed(command, args, expected, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: 'ignore', env: gitEnv, cwd: tmpdir(), ...options });
  if (result.status !== expected) throw new Error(`${command} ${args.join(' ')} exited ${result.status}, expected ${expected}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** The report of `tutor verify --json`, with its exit status. */
function verifyReport(root) {
  const result = spawnSync(process.execPath, verifyArgs(root, '--json'), { env: gitEnv, cwd: tmpdir(), maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, report: JSON.parse(result.stdout.toString('utf8')) };
}

const GIT_LOG = ['log', '--raw', '--no-abbrev', '--full-history', '-m', '--format=%H', '--', EVIDENCE];
const BASELINE = `git ${GIT_LOG.join(' ')}`;

const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

/** `tutor verify` on 1,000 and 10,000 commits, and on 10,000 with a line edited, against git reading the same history. */
export async function benchVerify(runs, sizes = [1_000, 10_000]) {
  const rows = [];
  for (const size of sizes) {
    const ws = await historyWorkspace(size);
    try {
      rows.push(...measureVerify(ws, size, runs, size === sizes[sizes.length - 1]));
    } finally {
      rmSync(ws.root, { recursive: true, force: true }); // tens of MB at 10,000 commits
    }
  }
  return rows;
}

/** The rows of one fixture: verify on it, and with `withEdit` verify on it with a line of the working copy edited. */
function measureVerify(ws, size, runs, withEdit) {
  const rows = [];
  const count = size.toLocaleString('en');
  console.log(`verify fixture: ${count} events in ${count} commits built in ${fmtMs(ws.ms)} (pack ${(ws.packBytes / 1024 / 1024).toFixed(1)} MB, log ${(ws.log.length / 1024 / 1024).toFixed(1)} MB); not counted`);
  // The fixture verifies, and verify vouches for every version by its attestation.
  const clean = verifyReport(ws.root);
  if (clean.status !== 0 || !clean.report.ok) throw new Error(`verify of the ${count}-commit fixture failed: ${JSON.stringify(clean.report.findings.slice(0, 3))}`);
  if (clean.report.history?.commits !== size) throw new Error(`verify checked ${clean.report.history?.commits} commits, not ${size}`);
  const verify = () => timed(process.execPath, verifyArgs(ws.root), 0);
  const gitLog = () => timed('git', GIT_LOG, 0, { cwd: ws.root });
  const { subject: s, baseline: b } = interleaved(runs, verify, gitLog);
  rows.push({
    name: `verify: ${count} events, ${count} commits`,
    unit: 'ms',
    subject: { ...s, versionsRead: clean.report.history.versionsRead },
    baseline: { ...b, what: BASELINE },
    ratio: s.median / b.median,
    fixture: { buildMs: Math.round(ws.ms), packBytes: ws.packBytes, logBytes: ws.log.length },
    note: `one record per commit (git fast-import, ${fmtMs(ws.ms)} to build, not counted); ${clean.report.history.versionsRead} version(s) read from git; process start to exit; lower is better`,
  });
  if (!withEdit) return rows;

  // The attack: one line in the middle of the working copy edited (its quality changed).
  const middle = Math.floor(size / 2);
  const original = ws.lines[middle];
  const edited = original.replace(/"quality":([0-9.]+)/, (_, q) => `"quality":${Number(q) >= 0.5 ? 0.1 : 0.9}`);
  if (edited === original) throw new Error('the edit changed nothing');
  const path = join(ws.root, EVIDENCE);
  writeFileSync(path, `${[...ws.lines.slice(0, middle), edited, ...ws.lines.slice(middle + 1)].join('\n')}\n`);
  try {
    const attacked = verifyReport(ws.root);
    if (attacked.status !== 1 || attacked.report.ok) throw new Error(`verify of the edited log exited ${attacked.status}, expected 1`);
    // The history itself must catch it, not only the chain or the journal.
    const fromHistory = attacked.report.findings.find((f) => f.severity === 'error' && / as of commit [0-9a-f]{7} .* was changed in the working copy/.test(f.message));
    if (!fromHistory) throw new Error(`no finding from the history: ${JSON.stringify(attacked.report.findings)}`);
    const verifyEdited = () => timed(process.execPath, verifyArgs(ws.root), 1);
    const { subject: se, baseline: be } = interleaved(runs, verifyEdited, gitLog);
    rows.push({
      name: `verify: ${count} commits, line ${(middle + 1).toLocaleString('en')} edited`,
      unit: 'ms',
      subject: { ...se, versionsRead: attacked.report.history.versionsRead, errors: attacked.report.findings.filter((f) => f.severity === 'error').length },
      baseline: { ...be, what: BASELINE },
      ratio: se.median / be.median,
      note: `the working copy's line ${middle + 1} has its quality changed; verify exits 1 (asserted), ${attacked.report.history.versionsRead} version(s) read from git; first history finding: ${fromHistory.message.slice(0, 120)}`,
    });
  } finally {
    writeFileSync(path, ws.log);
  }
  return rows;
}
