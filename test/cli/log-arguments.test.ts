// The fast path's parser for `tutor log` (issue 17), case by case: each case states what the
// parser reads, and checks that commander's log action receives exactly that (or, where the
// parser declines, what commander does instead).
import { describe, expect, it } from 'vitest';
import type { LogFlags } from '../../src/cli/commands/log.js';
import { parseLogArguments } from '../../src/cli/log-arguments.js';
import { commanderLogFlags } from '../helpers/commander-log.js';

const read: [string, string[], LogFlags][] = [
  ['no arguments (the record then refuses)', [], {}],
  ['a typical exchange', ['--concept', 'sampling', '--quality', '0.4', '--misconception', 'Temperature re-ranks', '--tag', 'temp'], { concept: 'sampling', quality: '0.4', misconception: 'Temperature re-ranks', tag: 'temp' }],
  ['--name=value', ['--concept=sampling', '--quality=0.4'], { concept: 'sampling', quality: '0.4' }],
  ['= inside the value', ['--note=a=b'], { note: 'a=b' }],
  ['an empty value, both forms', ['--note', '', '--tag='], { note: '', tag: '' }],
  ['a required value that looks like an option', ['--note', '--json', '--quality', '-1'], { note: '--json', quality: '-1' }],
  ['a required value that is a help flag', ['--note', '--help', '--tag', '-h'], { note: '--help', tag: '-h' }],
  ['a required value that is a command name', ['--note', 'status', '--root', 'log'], { note: 'status', root: 'log' }],
  ['a version flag inside = is only a value', ['--note=-V', '--tag=--version'], { note: '-V', tag: '--version' }],
  ['--resolved alone', ['--resolved'], { resolved: true }],
  ['--resolved before an option takes no value', ['--resolved', '--json'], { resolved: true, json: true }],
  ['--resolved with tags, repeated and comma-separated', ['--resolved', 'a', '--resolved', 'b, c'], { resolved: ['a', 'b', 'c'] }],
  ['--resolved=tags', ['--resolved=a,b'], { resolved: ['a', 'b'] }],
  ['--resolved mixing a bare one and tags is every one', ['--resolved', 'a', '--resolved'], { resolved: true }],
  ['--resolved bare then tagged is still every one', ['--resolved', '--resolved', 'a'], { resolved: true }],
  ['--resolved takes a negative number', ['--resolved', '-1'], { resolved: ['-1'] }],
  ['--resolved takes a lone dash and an empty string', ['--resolved', '-', '--resolved', ''], { resolved: ['-', ''] }],
  ['--resolved with nothing but commas keeps the text', ['--resolved', ' , '], { resolved: [' , '] }],
  ['booleans', ['--type', 'exit_test', '--target', 'et1', '--passed', '--json'], { type: 'exit_test', target: 'et1', passed: true, json: true }],
  ['both outcomes (the record refuses them)', ['--passed', '--failed'], { passed: true, failed: true }],
  ['values that are property names', ['--type', '__proto__', '--note', 'constructor'], { type: '__proto__', note: 'constructor' }],
];

const declined: [string, string[]][] = [
  ['--help', ['--help']],
  ['-h', ['-h']],
  ['--help after options', ['--concept', 'x', '--help']],
  ['--version', ['--version']],
  ['-V', ['-V']],
  ['-V as a value: the program prints its version', ['--note', '-V']],
  ['--version as a value: the program prints its version', ['--note', '--version']],
  ['a short group led by -V as a value', ['--note', '-Vx']],
  ['a missing value', ['--quality']],
  ['a missing value after others', ['--concept', 'sampling', '--quality']],
  ['an unknown option', ['--bogus']],
  ['an unknown option with a value', ['--bogus=1']],
  ['a short flag', ['-x']],
  ['a boolean given a value', ['--json=x']],
  ['a boolean given an empty value', ['--passed=']],
  ['a positional argument', ['extra']],
  ['a positional argument after a boolean', ['--json', 'extra']],
  ['a negative number where an option belongs', ['-1']],
  ['a lone dash', ['-']],
  ['--', ['--']],
  ['-- before options', ['--', '--note', 'x']],
  ['-- after options', ['--note', 'x', '--']],
  ['--resolved before --', ['--resolved', '--']],
  ['--resolved before a non-number starting with -', ['--resolved', '-1e']],
  ['a repeated value option (commander keeps the last)', ['--quality', '1', '--quality', '2']],
  ['a repeated value option, = form', ['--quality=1', '--quality=2']],
  ['a repeated boolean', ['--json', '--json']],
  ['a negated flag commander does not know', ['--no-json']],
  ['an option named by its prefix', ['--qual', '1']],
  ['an option in capitals', ['--JSON']],
  ['an empty argument', ['']],
  ['--=', ['--=x']],
];

describe('parseLogArguments: what it reads, commander reads the same', () => {
  it.each(read)('%s', async (_name, args, expected) => {
    expect(parseLogArguments(args)).toStrictEqual(expected);
    expect(await commanderLogFlags(args)).toStrictEqual(expected);
  });
});

describe('parseLogArguments: what it declines, for commander to answer', () => {
  it.each(declined)('%s', (_name, args) => {
    expect(parseLogArguments(args)).toBeNull();
  });

  it('commander keeps the last value of a repeated option, so declining loses nothing', async () => {
    expect(await commanderLogFlags(['--quality', '1', '--quality', '2'])).toStrictEqual({ quality: '2' });
  });

  it('commander never runs the action for help, version or a usage error', async () => {
    for (const args of [['--help'], ['--note', '-V'], ['--quality'], ['--bogus'], ['extra'], ['--json=x'], ['-x'], ['--', '--note', 'x']]) {
      expect(await commanderLogFlags(args), args.join(' ')).toBeNull();
    }
  });
});
