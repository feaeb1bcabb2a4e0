#!/usr/bin/env node
// npm run eval:mastery -- FILE.csv [--policy alpha=0.6,threshold=0.8,min=3,stale=14] [--sweep]
// npm run eval:mastery -- --simulate OUT.csv [--learners 400] [--skills 8] [--attempts 16] [--seed 1] [--graded]
//
// Replays a knowledge-tracing log (learner, skill, correct 0/1 or quality 0..1, timestamp) through
// tutor's mastery rule, by the core's own fold, and through the baselines (BKT with default
// parameters, 3 in a row, the constant average); prints a table and writes it as JSON beside the
// benchmarks (bench/results/eval-mastery.json). Not a learner command: a tool to choose the
// defaults from data (issue 9). The logic lives in src/eval (tested); this file reads and prints.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => join(repo, 'dist', p);
const { AnswerFileError, parseAnswerFile, sequencesOf } = await import(dist('eval/answers.js'));
const { bkt, constantAverage, nInARow, tutorRule, tutorWithForgettingCurve } = await import(dist('eval/models.js'));
const { priorOf, replay } = await import(dist('eval/replay.js'));
const { answersToCsv, seededRandom, simulateAnswers, SIMULATION_DEFAULTS } = await import(dist('eval/simulate.js'));
const { DEFAULT_GRID, prematureRate, sweepPolicies } = await import(dist('eval/sweep.js'));
const { DEFAULT_POLICY, policyToJson } = await import(dist('core/policy.js'));

const USAGE = `usage: npm run eval:mastery -- FILE.csv [--policy alpha=0.6,threshold=0.8,min=3,stale=14] [--sweep] [--json OUT]
       npm run eval:mastery -- --simulate OUT.csv [--learners N] [--skills N] [--attempts N] [--seed N] [--graded]`;

function fail(message) {
  process.stderr.write(`eval:mastery: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      sweep: { type: 'boolean' },
      json: { type: 'string' },
      simulate: { type: 'string' },
      learners: { type: 'string' },
      skills: { type: 'string' },
      attempts: { type: 'string' },
      seed: { type: 'string' },
      graded: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

function positiveInteger(name, text, fallback) {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 1_000_000) fail(`--${name}: refused ${JSON.stringify(text)}; allowed: a whole number from 1 to 1000000`);
  return Number(text);
}

if (values.simulate !== undefined) {
  const options = {
    ...SIMULATION_DEFAULTS,
    learners: positiveInteger('learners', values.learners, SIMULATION_DEFAULTS.learners),
    skills: positiveInteger('skills', values.skills, SIMULATION_DEFAULTS.skills),
    attempts: positiveInteger('attempts', values.attempts, SIMULATION_DEFAULTS.attempts),
    graded: Boolean(values.graded),
  };
  const total = options.learners * options.skills * options.attempts;
  if (total > 5_000_000) fail(`--learners × --skills × --attempts: refused ${total.toLocaleString('en')} answers; allowed: at most 5,000,000`);
  const seed = positiveInteger('seed', values.seed, 1);
  const answers = simulateAnswers(options, seededRandom(seed));
  writeFileSync(values.simulate, answersToCsv(answers));
  process.stdout.write(`wrote ${answers.length.toLocaleString('en')} simulated answers (${options.learners} learners × ${options.skills} skills × ${options.attempts} attempts, seed ${seed}${options.graded ? ', graded' : ''}) to ${values.simulate}\n`);
  process.exit(0);
}

if (positionals.length !== 1) fail(positionals.length === 0 ? 'no CSV file given' : `one CSV file at a time (got ${positionals.length})`);

/** --policy alpha=0.6,threshold=0.8,min=3,stale=14 (any subset; the rest from the defaults). */
function parsePolicy(text) {
  const keys = { alpha: 'alpha', threshold: 'mastery_threshold', min: 'min_observations', stale: 'stale_days', stale_min: 'stale_min_mastery' };
  const policy = {};
  for (const part of text.split(',').filter(Boolean)) {
    const [key, value] = part.split('=');
    if (!(key in keys)) fail(`--policy: refused ${JSON.stringify(key)}; allowed keys: ${Object.keys(keys).join(', ')}`);
    if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) fail(`--policy: ${key} refused ${JSON.stringify(value ?? '')}; allowed: a plain number`);
    policy[keys[key]] = Number(value);
  }
  return policy;
}
const policy = values.policy === undefined ? {} : parsePolicy(values.policy);

let file;
try {
  file = parseAnswerFile(readFileSync(positionals[0], 'utf8'));
} catch (error) {
  if (error instanceof AnswerFileError) fail(`${positionals[0]}: ${error.message}`);
  if (error.code === 'ENOENT') fail(`${positionals[0]}: no such file`);
  if (error.code === 'ERR_STRING_TOO_LONG') fail(`${positionals[0]}: too large to read at once (over ~500 MB); split it by learner`);
  if (error.code) fail(`${positionals[0]}: cannot read it (${error.code})`);
  throw error;
}

const sequences = sequencesOf(file.answers, { stepsOnly: file.time === 'order' });
const prior = priorOf(file.answers);
const learners = new Set(file.answers.map((a) => a.learner)).size;
const skills = new Set(file.answers.map((a) => a.skill)).size;
const hasHidden = file.answers.some((a) => a.known !== undefined);

const out = (line = '') => process.stdout.write(`${line}\n`);
// Piped into head: stop quietly when the reader goes away.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1));
const pct = (x) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x, digits = 3) => (x === null || x === undefined ? '—' : x.toFixed(digits));

out(`${positionals[0]}: ${file.rows.toLocaleString('en')} rows, ${file.answers.length.toLocaleString('en')} answers read, ${file.bad.count.toLocaleString('en')} refused`);
for (const [reason, count] of Object.entries(file.bad.reasons)) out(`  refused ${count.toLocaleString('en')}× ${reason} (e.g. row ${file.bad.examples.find((e) => e.reason === reason)?.row ?? '?'})`);
out(`  columns: learner=${file.columns.learner}, skill=${file.columns.skill}, outcome=${file.columns.outcome}, time=${file.columns.time}${file.columns.known ? `, hidden state=${file.columns.known}` : ''}`);
out(`  ${learners.toLocaleString('en')} learners, ${skills.toLocaleString('en')} skills, ${sequences.length.toLocaleString('en')} learner×skill sequences; mean outcome ${prior.toFixed(3)}; times: ${file.time === 'instant' ? 'real instants (staleness applies)' : file.time === 'order' ? 'step numbers only (each sequence re-timed a minute apart: nothing goes stale)' : 'mixed instants and step numbers'}`);
if (file.answers.length === 0) fail('no answer could be read; nothing to evaluate');
out();

const chosen = { ...policyToJson(DEFAULT_POLICY), ...policy };
const tutorName = `tutor (alpha ${chosen.alpha}, ≥ ${chosen.mastery_threshold}, ≥ ${chosen.min_observations} obs, stale ${chosen.stale_days} d)`;
let models;
try {
  models = [tutorRule(policy, tutorName), tutorWithForgettingCurve(policy), bkt(), nInARow(3), constantAverage()];
} catch (error) {
  fail(`--policy: ${error.message.replace(/\n/g, '; ')}`);
}
const reports = models.map((model) => replay(model, sequences, prior));

const header = ['rule', 'AUC', 'log-loss', 'RMSE', 'mastered', 'attempts (median / mean)', 'premature: next answer wrong', ...(hasHidden ? ['premature: not known (true)'] : [])];
const rows = reports.map((r) => [
  r.model,
  num(r.auc),
  num(r.logLoss),
  num(r.rmse),
  r.model === 'constant average' ? '—' : `${pct(r.reachedMastery / r.sequences)} of ${r.sequences.toLocaleString('en')}`,
  r.reachedMastery === 0 ? '—' : `${num(r.attemptsToMastery.median, 1)} / ${num(r.attemptsToMastery.mean, 1)}`,
  r.premature.checked === 0 ? '—' : `${pct(r.premature.observed)} of ${r.premature.checked.toLocaleString('en')}`,
  ...(hasHidden ? [r.premature.hiddenChecked === 0 ? '—' : pct(r.premature.hidden)] : []),
]);
printTable(header, rows);
out();
out('Predictions are made before each answer from the answers before it; a rule with no opinion yet predicts the mean outcome.');
out(`Log-loss clips predictions to [0.01, 0.99]. "premature": each time a rule turns to "mastered", the next answer checks it${hasHidden ? '; "true" uses the simulated hidden state' : ''}.`);

let sweep = null;
if (values.sweep) {
  out();
  const started = performance.now();
  sweep = sweepPolicies(sequences, prior, DEFAULT_GRID);
  const shown = sweep.filter((row) => row.pareto || row.isDefault).sort((a, b) => (a.report.attemptsToMastery.mean ?? Infinity) - (b.report.attemptsToMastery.mean ?? Infinity));
  out(`policy sweep: ${sweep.length} policies in ${((performance.now() - started) / 1000).toFixed(1)} s; the Pareto frontier (fewest attempts for a given premature rate) and the default (*):`);
  printTable(
    ['alpha', 'threshold', 'min obs', 'stale days', 'mastered', 'mean attempts', `premature${hasHidden ? ' (true)' : ' (next wrong)'}`, 'AUC', 'log-loss'],
    shown.map((row) => [
      `${row.isDefault ? '*' : ''}${row.policy.alpha}`,
      String(row.policy.mastery_threshold),
      String(row.policy.min_observations),
      String(row.policy.stale_days),
      pct(row.report.reachedMastery / row.report.sequences),
      num(row.report.attemptsToMastery.mean, 2),
      pct(prematureRate(row.report)),
      num(row.report.auc),
      num(row.report.logLoss),
    ]),
  );
}

const jsonPath = values.json ?? join(repo, 'bench', 'results', 'eval-mastery.json');
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify({ file: positionals[0], rows: file.rows, refused: file.bad, learners, skills, sequences: sequences.length, prior, time: file.time, reports, sweep }, null, 2)}\n`);
out();
out(`written: ${jsonPath}`);

function printTable(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  out(line(head));
  out(line(widths.map((w) => '-'.repeat(w))));
  for (const r of body) out(line(r));
}
