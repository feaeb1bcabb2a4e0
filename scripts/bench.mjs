#!/usr/bin/env node
// npm run bench: figures as ratios against a baseline measured in the same run, on this machine.
// Not part of the tests. Prints a table and writes bench/results/bench.json.
//
// serve: dashboard requests per second from `tutor serve` vs `python3 -m http.server` serving the
// same site/ folder, both loaded by the same keep-alive client; median of several runs after a
// warm-up, with min and max to show the machine's noise.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repo, 'dist', 'cli', 'main.js');
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

const rows = [await benchServe()];
const fmt = (x) => (x >= 100 ? Math.round(x).toString() : x.toFixed(2));
console.log('benchmark                       subject median (min–max)        baseline median (min–max)       ratio');
for (const row of rows) {
  const s = `${fmt(row.subject.median)} ${row.unit} (${fmt(row.subject.min)}–${fmt(row.subject.max)})`;
  const b = `${fmt(row.baseline.median)} ${row.unit} (${fmt(row.baseline.min)}–${fmt(row.baseline.max)})`;
  console.log(`${row.name.padEnd(32)}${s.padEnd(32)}${b.padEnd(32)}${row.ratio.toFixed(2)}×`);
  console.log(`  baseline: ${row.baseline.what}; ${row.note}`);
}
const out = join(repo, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'bench.json'), `${JSON.stringify({ machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, rows }, null, 2)}\n`);
console.log(`written: ${join('bench', 'results', 'bench.json')}`);
