// Typed errors. Only src/cli/main.ts turns them into stderr text and exit codes
// (DESIGN.md "Commands": 1 refused input or failed check, 2 usage error).

import { escapeInvisible } from './text.js';

const MAX_SHOWN = 80;

/** Cuts a received value short so a 100 KB note never floods the terminal. */
export function showValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = '(missing)';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  // A refusal echoes what it received: never a bidi override or a control character raw.
  text = escapeInvisible(text);
  if (text.length <= MAX_SHOWN) return text;
  const length = typeof value === 'string' ? `${value.length} characters` : `${text.length} characters`;
  return `${text.slice(0, MAX_SHOWN - 1)}… (${length})`;
}

/** A value the user (or the tutor) gave that is refused. Changes nothing. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly allowed: string,
    readonly nearest: readonly string[] = [],
    readonly problem?: string,
  ) {
    super(formatInputError(field, value, allowed, nearest, problem));
  }
}

function formatInputError(
  field: string,
  value: unknown,
  allowed: string,
  nearest: readonly string[],
  problem?: string,
): string {
  const head = problem ? `${field}: ${problem}` : `${field}: refused ${showValue(value)}`;
  const received = problem && value !== undefined ? ` (received ${showValue(value)})` : '';
  const near = nearest.length > 0 ? `; nearest: ${nearest.join(', ')}` : '';
  return `${head}${received}; allowed: ${allowed}${near}`;
}

/** The command line itself is malformed (unknown option, missing required option). Exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** One problem found in the curriculum file, located by its JSON path. */
export interface CurriculumProblem {
  readonly path: string;
  readonly message: string;
}

/** memory/domain.json is invalid. Validation fails closed: nothing is derived from it. */
export class CurriculumError extends Error {
  override readonly name = 'CurriculumError';
  constructor(
    readonly file: string,
    readonly problems: readonly CurriculumProblem[],
    /** How to get back to a working course (describeCurriculumRecovery), when the file is the workspace's. */
    readonly recovery: string | null = null,
  ) {
    super(formatCurriculumError(file, problems, recovery));
  }
}

const MAX_PROBLEMS_SHOWN = 12;

function formatCurriculumError(file: string, problems: readonly CurriculumProblem[], recovery: string | null): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  ${file}: ${p.path || '(top level)'}: ${p.message}`);
  const more = problems.length > MAX_PROBLEMS_SHOWN ? [`  … and ${problems.length - MAX_PROBLEMS_SHOWN} more`] : [];
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`the curriculum is invalid (${problems.length} ${noun}); nothing was changed:`, ...shown, ...more, ...(recovery ? [recovery] : [])].join('\n');
}

/** The evidence log itself is damaged at a known place. */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
  constructor(
    readonly line: number,
    readonly id: string | null,
    message: string,
  ) {
    super(message);
  }
}

/** A failed check whose report is already printed (verify --json): exit 1 and nothing more on any stream. */
export class SilentFailure extends Error {
  override readonly name = 'SilentFailure';
  constructor() {
    super('failed check, reported');
  }
}

/** Something the program did not expect: a bug. The CLI prints the stack and asks for a report. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/** Exhaustiveness check for every switch on a discriminated union. */
export function assertNever(value: never, what: string): never {
  throw new InternalError(`unexpected ${what}: ${showValue(value)}`);
}
