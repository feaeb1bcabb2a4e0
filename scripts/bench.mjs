#!/usr/bin/env node
// npm run bench: figures as ratios against a baseline measured in the same run, on this machine.
// Not part of the tests. Prints a table and writes bench/results/bench.json.
//
// serve: dashboard requests per second from `tutor serve` vs `python3 -m http.server` serving the
// same site/ folder, both loaded by the same keep-alive client; median of several runs after a
// warm-up, with min and max to show the machine's noise.
//
// command, hooks, ancestor, course: what the learner waits on over a course (scripts/bench-course.mjs,
// issue 17); BENCH_RECORDS sets how many consecutive records `course` makes (default 10,000).
//
// verify: `tutor verify` on a repository of one record per commit (1,000 and 10,000), and on the
// 10,000 with a line of the working copy edited, against `git log --raw` of the same history
// (scripts/bench-verify.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repo, 'dist', 'bundle', 'main.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const CONCURRENCY = 8;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function freePort() {
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url, deadlineMs = 10_000) {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${deadlineMs} ms`);
    await sleep(50);
  }
}

/** Completed GETs per second over `seconds`, with `CONCURRENCY` keep-alive clients in a loop. */
async function requestsPerSecond(url, seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const target = new URL(url);
  let done = 0;
  let failed = 0;
  const stopAt = performance.now() + seconds * 1000;
  const one = () =>
    new Promise((resolveOne) => {
      const req = request({ host: target.hostname, port: target.port, path: target.pathname, agent, headers: { Host: target.host } }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => {
          if (res.statusCode === 200) done += 1;
          else failed += 1;
          resolveOne();
        });
      });
      req.on('error', () => {
        failed += 1;
        resolveOne();
      });
      req.end();
    });
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < stopAt) await one();
  }));
  agent.destroy();
  if (failed > done / 100) throw new Error(`${failed} failed requests against ${url}`);
  return done / ((performance.now() - started) / 1000);
}

async function measure(url) {
  await requestsPerSecond(url, 0.5); // warm-up
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await requestsPerSecond(url, SECONDS));
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs };
}

async function benchServe() {
  const workspace = join(mkdtempSync(join(tmpdir(), 'tutor-bench-')), 'demo');
  await runQuiet([cli, 'demo', '--out', workspace]);
  const tutorPort = await freePort();
  const pythonPort = await freePort();
  const tutor = spawn(process.execPath, [cli, 'serve', '--root', workspace, '--port', String(tutorPort)], { stdio: 'ignore' });
  const python = spawn('python3', ['-m', 'http.server', String(pythonPort), '--bind', '127.0.0.1', '--directory', join(workspace, 'site')], { stdio: 'ignore' });
  try {
    const tutorUrl = `http://127.0.0.1:${tutorPort}/`;
    const pythonUrl = `http://127.0.0.1:${pythonPort}/index.html`;
    await Promise.all([waitForHttp(tutorUrl), waitForHttp(pythonUrl)]);
    // One after the other, same client, same folder, same page bytes.
    const baseline = await measure(pythonUrl);
    const subject = await measure(tutorUrl);
    return {
      name: 'serve: dashboard requests/s',
      unit: 'req/s',
      subject,
      baseline: { ...baseline, what: 'python3 -m http.server on the same site/ folder' },
      ratio: subject.median / baseline.median,
      note: `${CONCURRENCY} concurrent keep-alive clients, ${SECONDS} s per run, ${RUNS} runs after a 0.5 s warm-up; higher is better`,
    };
  } finally {
    tutor.kill('SIGTERM');
    python.kill('SIGTERM');
  }
}

function runQuiet(args) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

/** A session log of about `megabytes` MB: the real fixtures repeated with fresh uuids, an hour apart. */
function makeSessionLog(path, megabytes, mode = 'conversation') {
  const folder = join(repo, 'test', 'fixtures', 'claude-code-transcripts');
  const sources = readdirSync(folder).filter((f) => f.endsWith('.jsonl')).map((f) => readFileSync(join(folder, f), 'utf8').split('\n').filter(Boolean));
  const lines = [];
  let bytes = 0;
  if (mode === 'tool-output') {
    // The conversation once, then tool results (what real logs are mostly made of) up to the size.
    for (const source of sources) for (const line of source) {
      lines.push(line);
      bytes += line.length + 1;
    }
    const payload = 'x'.repeat(64 * 1024);
    for (let i = 0; bytes < megabytes * 1024 * 1024; i++) {
      const text = JSON.stringify({ type: 'user', uuid: `tool-${i}`, timestamp: '2026-04-18T12:00:00.000Z', message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: `t${i}`, content: payload }] } });
      lines.push(text);
      bytes += text.length + 1;
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    return bytes;
  }
  for (let copy = 0; bytes < megabytes * 1024 * 1024; copy++) {
    for (const source of sources) {
      for (const line of source) {
        const record = JSON.parse(line);
        if (record.uuid) record.uuid = `${record.uuid.slice(0, 24)}${String(copy).padStart(12, '0')}`;
        if (record.timestamp) record.timestamp = new Date(Date.parse(record.timestamp) + copy * 3_600_000).toISOString();
        const text = JSON.stringify(record);
        lines.push(text);
        bytes += text.length + 1;
      }
    }
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return bytes;
}

function measureChild(args) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(repo, 'scripts', 'bench-child.mjs'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolveRun(JSON.parse(out)) : reject(new Error(`bench-child ${args[0]} exited ${code}`))));
  });
}

async function benchTranscripts() {
  const dir = mkdtempSync(join(tmpdir(), 'tutor-bench-transcript-'));
  const rows = [];
  const series = [
    ['conversation', 'the fixtures repeated: conversation grows with the log'],
    ['tool-output', 'the fixtures once, then tool output: the conversation stays the same'],
  ];
  for (const [mode, description] of series) for (const megabytes of [12.5, 25, 50]) {
    const log = join(dir, `session-${mode}-${megabytes}.jsonl`);
    const size = makeSessionLog(log, megabytes, mode);
    const runs = [];
    const floors = [];
    for (let i = 0; i < Math.max(3, Math.min(RUNS, 3)); i++) {
      floors.push(await measureChild(['readlines', log]));
      runs.push(await measureChild(['transcript', log, join(dir, 'transcript.html')]));
    }
    const ms = runs.map((r) => r.ms);
    const rss = runs.map((r) => r.maxRssMb);
    const floorMs = floors.map((r) => r.ms);
    const floorRss = floors.map((r) => r.maxRssMb);
    rows.push({
      name: `transcript: ${(size / 1024 / 1024).toFixed(1)} MB, ${mode}`,
      unit: 'ms',
      subject: { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), peakMemoryMb: median(rss) },
      baseline: { median: median(floorMs), min: Math.min(...floorMs), max: Math.max(...floorMs), peakMemoryMb: median(floorRss), what: 'streaming the same file line by line in Node, keeping nothing' },
      ratio: median(ms) / median(floorMs),
      memoryRatio: median(rss) / median(floorRss),
      note: `${description}; peak memory ${median(rss).toFixed(0)} MB vs ${median(floorRss).toFixed(0)} MB for the floor; lower is better`,
    });
  }
  return rows;
}

const only = process.argv[2];
const rows = [];
const partial = join(repo, 'bench', 'results', `partial-${only ?? 'all'}.json`);
// Each group's rows are saved as soon as they exist: a group that fails later loses nothing before it.
const save = () => { mkdirSync(dirname(partial), { recursive: true }); writeFileSync(partial, `${JSON.stringify({ rows }, null, 2)}\n`); };
const push = (more) => { rows.push(...more); save(); };
const { benchLog, benchRecompute, benchBuild } = await import('./bench-log.mjs');
if (!only || only === 'log') push(await benchLog(Number(process.env.BENCH_RUNS ?? 7)));
if (!only || only === 'recompute') push(await benchRecompute());
if (!only || only === 'build') push(await benchBuild(Number(process.env.BENCH_RUNS ?? 7)));
if (!only || only === 'serve') push([await benchServe()]);
if (!only || only === 'transcript') push(await benchTranscripts());
if (!only || only === 'verify') push(await (await import('./bench-verify.mjs')).benchVerify(RUNS));
const course = await import('./bench-course.mjs');
const RECORD_RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAIR_SIZES = (process.env.BENCH_PAIR_SIZES ?? '0,1000,10000,100000').split(',').map(Number);
if (!only || only === 'command') push(await course.benchRecordCommand(RECORD_RUNS));
if (!only || only === 'hooks') push(await course.benchHooks(RECORD_RUNS));
if (!only || only === 'ancestor') push(await course.benchAncestor(RECORD_RUNS, PAIR_SIZES));
if (!only || only === 'fsync') push(await course.benchFsync(Math.max(RECORD_RUNS, 15)));
if (!only || only === 'course') push(await course.benchConsecutive());
const fmt = (x) => (x >= 100 ? Math.round(x).toString() : x.toFixed(2));
console.log(`${'benchmark'.padEnd(42)}${'subject median (min–max)'.padEnd(32)}${'baseline median (min–max)'.padEnd(32)}ratio`);
for (const row of rows) {
  const range = (x) => (x.min === undefined ? '' : ` (${fmt(x.min)}–${fmt(x.max)})`);
  const s = `${fmt(row.subject.median)} ${row.unit}${range(row.subject)}`;
  const b = `${fmt(row.baseline.median)} ${row.unit}${range(row.baseline)}`;
  console.log(`${row.name.padEnd(42)}${s.padEnd(32)}${b.padEnd(32)}${row.ratio.toFixed(2)}×`);
  console.log(`  baseline: ${row.baseline.what}; ${row.note}`);
}
const out = join(repo, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, only ? `bench-${only}.json` : 'bench.json'), `${JSON.stringify({ machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, rows }, null, 2)}\n`);
console.log(`written: ${join('bench', 'results', only ? `bench-${only}.json` : 'bench.json')}`);
