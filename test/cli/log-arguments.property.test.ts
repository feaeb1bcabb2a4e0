// The fast path's parser for `tutor log` against commander itself (issue 17): for any argument
// list drawn from log's options, their `=` forms, values that look like options, empty strings,
// `--`, help and version flags, unknown options, positional words and repeats, the parser either
// declines or reads exactly the flags commander's log action receives. And it does not decline
// what it exists for: every ordinary call, each option at most once (--resolved any number of times).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOG_OPTIONS } from '../../src/cli/commands/log.js';
import { parseLogArguments } from '../../src/cli/log-arguments.js';
import { commanderLogFlags } from '../helpers/commander-log.js';

const NAMES = LOG_OPTIONS.map((o) => `--${o.name}`);
const ODD = ['--', '-', '-h', '--help', '-V', '--version', '-Vx', '-hx', '-x', '-j', '--bogus', '--no-json', '--json=x', '--passed=', '--=x', '=', '-1', '-0.5', '-.5', '-1e3', '-1e', 'log', 'help', 'status', 'extra'];
const PLAIN = ['tokenization', 'sampling', 'exit_test', 'retract', 'et1', '0.5', '1', '0', 'a,b', ' , ', ',', '', ' ', '__proto__', 'constructor', 'two words'];

const value = fc.oneof(
  fc.constantFrom(...PLAIN),
  fc.constantFrom(...ODD, ...NAMES),
  fc.string({ maxLength: 6 }),
  fc.string({ maxLength: 4 }).map((s) => `-${s}`),
  fc.string({ maxLength: 4 }).map((s) => `--${s}`),
  fc.double({ noNaN: true }).map(String),
);
const name = fc.constantFrom(...NAMES);
const token = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(name, value) },
  { weight: 2, arbitrary: name.map((n) => [n]) },
  { weight: 2, arbitrary: fc.tuple(name, value).map(([n, v]) => [`${n}=${v}`]) },
  { weight: 1, arbitrary: value.map((v) => [v]) },
);
const argumentList = fc.array(token, { maxLength: 6 }).map((tokens) => tokens.flat());

describe('parseLogArguments against commander', () => {
  it('declines, or reads exactly the flags the commander action receives', async () => {
    let accepted = 0;
    const runs = 2_000;
    await fc.assert(
      fc.asyncProperty(argumentList, async (args) => {
        const fast = parseLogArguments(args);
        if (fast === null) return;
        accepted++;
        expect(await commanderLogFlags(args)).toStrictEqual(fast);
      }),
      { numRuns: runs },
    );
    // The property says nothing about calls the parser declines: make sure it reads many.
    expect(accepted).toBeGreaterThan(runs / 5);
  });

  it('reads every ordinary call: each option once, --resolved any number of times, values of any text', async () => {
    const plainValue = fc.oneof(fc.constantFrom(...PLAIN), fc.string({ maxLength: 8 }).filter((s) => !s.startsWith('-')));
    const once = fc.subarray(LOG_OPTIONS.filter((o) => !o.collect)).chain((options) =>
      fc.tuple(...options.map((o) => (o.kind === 'boolean' ? fc.constant([`--${o.name}`]) : fc.oneof(plainValue.map((v) => [`--${o.name}`, v]), fc.string().map((v) => [`--${o.name}=${v}`]))))),
    );
    const resolved = fc.array(fc.oneof(fc.constant(['--resolved']), plainValue.map((v) => ['--resolved', v])), { maxLength: 3 });
    const call = fc.tuple(once, resolved).chain(([a, b]) => fc.shuffledSubarray([...a, ...b], { minLength: a.length + b.length }).map((t) => t.flat()));
    await fc.assert(
      fc.asyncProperty(call, async (args) => {
        const fast = parseLogArguments(args);
        expect(fast, JSON.stringify(args)).not.toBeNull();
        expect(await commanderLogFlags(args)).toStrictEqual(fast);
      }),
      { numRuns: 500 },
    );
  });
});
