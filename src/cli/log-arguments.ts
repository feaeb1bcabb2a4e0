// The fast path's parser for `tutor log` (issue 17). The tutor LLM runs `tutor log` after every
// exchange, and loading commander and registering every command cost it about 8 ms before the
// record even started. This parser accepts only argument lists it understands completely, and
// reads those exactly as commander 14 does; anything else (help, unknown or short options, a
// missing value, positional arguments, `--`, a repeated option other than --resolved, a value the
// program would take as its own flag) it declines with null, and main.ts hands the call to
// commander, which answers as it always has. test/cli/log-arguments.property.test.ts holds the two
// to the same reading.
import { LOG_OPTIONS, type LogFlags, type LogOption } from './commands/log.js';

/**
 * The program's own flags (program.ts registers them from here). Commander parses the whole line
 * for the program's flags before `log` sees it, even where `log` would read a value:
 * `tutor log --note -V` prints the version.
 */
export const VERSION_FLAGS = '-V, --version';
const PROGRAM_FLAGS: readonly string[] = VERSION_FLAGS.split(', ');

const OPTION_BY_FLAG = new Map(LOG_OPTIONS.map((option) => [`--${option.name}`, option]));

/** Commander's "looks like an option" (parseOptions' maybeOption). */
function looksLikeOption(arg: string): boolean {
  return arg.length > 1 && arg[0] === '-';
}

/** Commander takes a negative number as an optional value all the same (parseOptions' negativeNumberArg). */
function isNegativeNumber(arg: string): boolean {
  return /^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg);
}

/** A program flag, or a group of short flags led by one (`-Vx`): the program takes it wherever it stands. */
function claimedByProgram(arg: string): boolean {
  if (PROGRAM_FLAGS.includes(arg)) return true;
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-' && PROGRAM_FLAGS.includes(arg.slice(0, 2));
}

type Read = { value: string | null; next: number } | null;

/**
 * The value of `option` given as `arg` at args[next - 1], and where the next option starts: a
 * string, null for a flag without one, or (outer null) a form left to commander.
 */
function readValue(option: LogOption, arg: string, args: readonly string[], next: number): Read {
  const equals = arg.indexOf('=');
  if (equals >= 0) return option.kind === 'boolean' ? null : { value: arg.slice(equals + 1), next };
  if (option.kind === 'boolean') return { value: null, next };
  const following = args[next];
  if (option.kind === 'value') {
    // A required value is the next argument whatever it looks like, unless the program claims it.
    return following === undefined || claimedByProgram(following) ? null : { value: following, next: next + 1 };
  }
  const takes = following !== undefined && (!looksLikeOption(following) || isNegativeNumber(following));
  return takes ? { value: following, next: next + 1 } : { value: null, next };
}

/** The option named by `arg` (`--note` or `--note=…`), if it is one of log's. */
function optionOf(arg: string): LogOption | undefined {
  const equals = arg.indexOf('=');
  return OPTION_BY_FLAG.get(equals < 0 ? arg : arg.slice(0, equals));
}

/** The flags commander's log action would receive for `tutor log ...args`, or null to let commander decide. */
export function parseLogArguments(args: readonly string[]): LogFlags | null {
  const flags: Record<string, string | true | string[]> = {};
  let at = 0;
  while (at < args.length) {
    const arg = args[at] as string;
    const option = optionOf(arg);
    // A repeat keeps commander's last value; declined rather than copied (only collectors repeat).
    if (!option || (Object.hasOwn(flags, option.name) && !option.collect)) return null;
    const read = readValue(option, arg, args, at + 1);
    if (!read) return null;
    at = read.next;
    const previous = flags[option.name] as true | string[] | undefined;
    // Commander's rule: a flag, or an optional value not given, is true; a collector folds values.
    flags[option.name] = read.value === null ? true : option.collect ? option.collect(read.value, previous) : read.value;
  }
  return flags as LogFlags;
}
