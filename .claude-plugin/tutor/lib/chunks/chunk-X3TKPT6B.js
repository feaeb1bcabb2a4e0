import {
  rebuildWorkspace
} from "./chunk-X2QPWIT2.js";
import {
  packageRoot
} from "./chunk-E37M6WDH.js";
import {
  workspaceAt
} from "./chunk-KMBL56AR.js";
import {
  recordEvent
} from "./chunk-YFBFAT3W.js";
import {
  InputError
} from "./chunk-755X2O5T.js";

// src/app/demo.ts
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
var DEMO_NOW = "2026-06-21T19:00:00.000Z";
var TRAINING_DATA = "Thinks the model looks things up in its training data while answering";
var RERANKS = "Thinks a high temperature can make a lower-ranked token overtake the top one";
var DEMO_STEPS = [
  // Day 1, a short first session: tokens, then logits (never revisited: stale by the last day).
  ["2026-06-01T18:05:00Z", { concept: "tokenization", quality: "0.4", note: 'Strawberry: guessed "bad at counting"; needed the token-id fact' }],
  ["2026-06-01T18:12:00Z", { concept: "tokenization", quality: "0.7", note: "Derived that letters are fused inside opaque ids" }],
  ["2026-06-01T18:20:00Z", { concept: "logits_softmax", quality: "0.6", note: "Softmax by hand with help" }],
  ["2026-06-01T18:31:00Z", { concept: "logits_softmax", quality: "0.8", note: "Computed 4 and 1 \u2192 95/5 unaided" }],
  // Day 2: the loop, sampling with a wobble, knowledge in weights vs context, attention.
  ["2026-06-18T09:10:00Z", { concept: "autoregressive_loop", quality: "0.4", misconception: TRAINING_DATA, tag: "training-data-at-inference", note: '"recalls from the training data"' }],
  ["2026-06-18T09:18:00Z", { concept: "autoregressive_loop", quality: "0.7", note: "Append-only: cannot delete emitted tokens" }],
  ["2026-06-18T09:30:00Z", { concept: "sampling_temperature", quality: "0.5", note: "Right direction, muddled mechanism" }],
  ["2026-06-18T09:41:00Z", { concept: "sampling_temperature", quality: "0.3", misconception: RERANKS, tag: "temperature-reranks", note: '"Sydney tends to 1"; restated it vaguer twice' }],
  ["2026-06-18T09:50:00Z", { concept: "sampling_temperature", quality: "0.6", note: "T\u21920 greedy, after scaffolding" }],
  ["2026-06-18T10:02:00Z", { concept: "parametric_vs_in_context", quality: "0.4", note: '"No clue": fact given, consequence probed' }],
  ["2026-06-18T10:09:00Z", { concept: "parametric_vs_in_context", quality: "0.8", note: "Context changes which distribution comes out" }],
  ["2026-06-18T10:20:00Z", { concept: "attention", quality: "0.5", note: '"No idea" how to weight earlier tokens' }],
  ["2026-06-18T10:26:00Z", { concept: "attention_cost", quality: "0.9", note: "n x n, doubling quadruples" }],
  ["2026-06-18T10:31:00Z", { concept: "attention_cost", quality: "0.9", note: "1,000\xB2 vs 10 x 100\xB2: 10x cheaper to split" }],
  ["2026-06-18T10:38:00Z", { concept: "attention", quality: "0.85", note: "Interaction need decides what shares a context" }],
  ["2026-06-18T10:47:00Z", { concept: "position_encoding", quality: "0.7", note: "Lost in the middle: put the clause first" }],
  ["2026-06-18T10:52:00Z", { concept: "context_window", quality: "0.8", note: "Separate calls lose cross-file attention" }],
  ["2026-06-18T10:55:00Z", { concept: "kv_cache", quality: "0.6", note: "Logged by mistake: this was about context windows" }],
  ["2026-06-18T10:56:00Z", { type: "retract", target: "#17", note: "Recorded against kv_cache; the exchange was about context windows" }],
  ["2026-06-18T11:05:00Z", { concept: "autoregressive_loop", quality: "0.8", resolved: ["training-data-at-inference"], note: "Weights are frozen; the corpus is gone" }],
  // Day 3: the residual stream, and the training-data model comes back (a relapse).
  ["2026-06-20T14:00:00Z", { concept: "residual_stream", quality: "0.3", misconception: "Thinks each layer reads from the training data", tag: "training-data-at-inference", note: '"softmax dance from the training data"' }],
  ["2026-06-20T14:12:00Z", { concept: "residual_stream", quality: "0.7", note: "Early layers: what the token is; late: what is inferred" }],
  ["2026-06-20T14:20:00Z", { concept: "residual_stream", quality: "0.8", note: "Add, do not replace: earlier work persists" }],
  ["2026-06-20T14:28:00Z", { concept: "residual_stream", quality: "0.85", resolved: ["training-data-at-inference"], note: "Cold: the weights do the work, no corpus anywhere" }],
  ["2026-06-20T14:40:00Z", { concept: "parameters_vs_activations", quality: "0.6", note: "Parameters vs the vectors being transformed" }],
  ["2026-06-20T14:48:00Z", { concept: "model_memory_footprint", quality: "0.8", note: "70B x 2 bytes = 140 GB" }],
  // Day 4: temperature cold, tokenization cost, the cost exit item (failed, then passed).
  ["2026-06-21T10:00:00Z", { concept: "quantization", quality: "0.5", note: '"Quantize until it stops getting smarter": backwards' }],
  ["2026-06-21T10:10:00Z", { concept: "sampling_temperature", quality: "0.8", resolved: ["temperature-reranks"], note: "Both limits cold, no scaffolding" }],
  ["2026-06-21T10:18:00Z", { concept: "sampling_temperature", quality: "0.9", note: "Ranking preserved at every T" }],
  ["2026-06-21T10:30:00Z", { concept: "tokenization", quality: "0.7", note: "Hindi costs more tokens; named context budget" }],
  ["2026-06-21T10:36:00Z", { concept: "tokenization", quality: "0.8", note: "Cost, context and latency all follow from token count" }],
  ["2026-06-21T10:45:00Z", { concept: "attention_cost", quality: "0.85", note: "Bill linear, compute quadratic" }],
  ["2026-06-21T10:50:00Z", { type: "exit_test", target: "et2", failed: true, note: '"B, quadratic": no magnitude, no mechanism' }],
  ["2026-06-21T11:02:00Z", { concept: "kv_cache", quality: "0.7", note: "Prefill vs decode; cache grows per token" }],
  ["2026-06-21T11:10:00Z", { concept: "context_window", quality: "0.8", note: "Budgeted a 20k-token prompt" }],
  ["2026-06-21T11:20:00Z", { type: "exit_test", target: "et2", passed: true, note: "~200x tokens; linear bill; n\xB2 in prefill latency and GPU memory" }],
  ["2026-06-21T11:30:00Z", { concept: "attention", quality: "0.9", note: "Relevance, not distance, explained cold" }]
];
var STUDY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>M1 \xB7 The inference loop: study notes</title></head>
<body><main><h1>M1 \xB7 The inference loop</h1>
<p>Tokens in, fixed weights, one next-token distribution per step, one token sampled and appended. Temperature reshapes the distribution but never re-ranks it.</p>
<p><a href="./index.html">Back to the dashboard</a></p></main></body></html>
`;
var OBSERVATIONS = `# Observations (written by the tutor)

- Transfers software-engineering structure onto the mechanism quickly (single responsibility for prompts).
- Under pressure, restates a precise claim as a vaguer one; named twice on day 2.
- Relapsed once into "the training data is there at inference"; resolved cold on day 3.
`;
function bundledDomainPath() {
  return join(packageRoot(), "memory", "domain.json");
}
function prepareFolder(out) {
  if (out === void 0) return mkdtempSync(join(tmpdir(), "tutor-demo-"));
  const dir = resolve(out);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new InputError("--out", out, "a new or empty folder (the demo never writes over files)", [], "the folder is not empty");
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}
function gitInit(dir) {
  try {
    execFileSync("git", ["init", "-q"], { cwd: dir, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
async function runDemo(options = {}) {
  const dir = prepareFolder(options.out);
  mkdirSync(join(dir, "memory"), { recursive: true });
  mkdirSync(join(dir, "site"), { recursive: true });
  copyFileSync(bundledDomainPath(), join(dir, "memory", "domain.json"));
  writeFileSync(join(dir, "memory", "observations.md"), OBSERVATIONS);
  writeFileSync(join(dir, "site", "m1-inference-loop.html"), STUDY_PAGE);
  const workspace = workspaceAt(dir);
  const git = options.commit !== false && gitInit(dir);
  const ids = [];
  for (const [at, request] of DEMO_STEPS) {
    const target = request.target?.startsWith("#") ? ids[Number(request.target.slice(1))] : request.target;
    const outcome = await recordEvent(workspace, { ...request, ...target !== void 0 ? { target } : {} }, { now: new Date(at), commit: git });
    ids.push(outcome.event.id);
  }
  await rebuildWorkspace(workspace, new Date(DEMO_NOW));
  return { workspace, events: ids.length, git };
}

export {
  DEMO_NOW,
  DEMO_STEPS,
  bundledDomainPath,
  runDemo
};
