// Knowledge-tracing logs as CSV (issue 9): one answer per row, with the learner, the skill, how
// the answer went (correct 0/1 or a quality in [0, 1]) and when. The column names of the public
// sets are accepted as they come (user_id, skill_name, correct, order_id, …), and so are commas,
// tabs or semicolons. A row that cannot be read is counted with its reason, never fatal.

export interface Answer {
  learner: string;
  skill: string;
  /** 0..1; 0/1 for right/wrong datasets. */
  quality: number;
  /** Time of the answer in ms since the epoch (or, for order-only data, a minute per step). */
  ms: number;
  /** Row number, to keep the file's order among answers with the same time. */
  row: number;
  /** Simulated data only: whether the learner really knew the skill when answering. */
  known?: boolean;
}

export interface BadRows {
  count: number;
  reasons: Record<string, number>;
  examples: { row: number; reason: string }[];
}

export interface AnswerFile {
  answers: Answer[];
  rows: number;
  bad: BadRows;
  /** "instant": real times, so staleness means something; "order": step numbers only. */
  time: 'instant' | 'order' | 'mixed';
  columns: { learner: string; skill: string; outcome: string; time: string; known: string | null };
}

export class AnswerFileError extends Error {}

const ALIASES = {
  learner: ['learner', 'learner_id', 'user', 'user_id', 'userid', 'student', 'student_id', 'studentid', 'anon_student_id'],
  skill: ['skill', 'skill_id', 'skillid', 'skill_name', 'kc', 'kc_id', 'kc_default', 'concept', 'knowledge_component'],
  outcome: ['correct', 'quality', 'outcome', 'is_correct', 'correct_first_attempt', 'score'],
  time: ['timestamp', 'time', 'ts', 'datetime', 'date', 'start_time', 'first_transaction_time', 'step_start_time', 'order_id', 'order'],
  known: ['known'],
} as const;

const normalize = (name: string) => name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/**
 * The records of CSV text, one at a time (RFC 4180: quoted fields may hold the delimiter, quotes
 * and newlines). A generator, so that a large public set never holds all its fields at once.
 */
export function* csvRecords(text: string, delimiter: string): Generator<string[]> {
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    if (i === n) {
      if (record.length > 0) yield record;
      return;
    }
    let field: string;
    if (text[i] === '"') {
      // Quoted: up to the closing quote; "" is a quote inside.
      let value = '';
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close === -1) {
          value += text.slice(j);
          j = n;
          break;
        }
        value += text.slice(j, close);
        if (text[close + 1] === '"') {
          value += '"';
          j = close + 2;
        } else {
          j = close + 1;
          break;
        }
      }
      // Anything between the closing quote and the next delimiter is kept, as spreadsheets do.
      let k = j;
      while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k += 1;
      field = value + text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k += 1;
      field = text.slice(i, k);
      i = k;
    }
    record.push(field);
    if (i >= n) continue;
    if (text[i] === delimiter) {
      i += 1;
      if (i === n) record.push('');
      continue;
    }
    // End of line (\n, \r\n or \r).
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    yield record;
    record = [];
  }
}

function detectDelimiter(firstLine: string): string {
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] ? counts[0][0] : ',';
}

function findColumn(header: readonly string[], role: keyof typeof ALIASES): number {
  const names = header.map(normalize);
  for (const alias of ALIASES[role]) {
    const index = names.indexOf(alias);
    if (index !== -1) return index;
  }
  return -1;
}

const MINUTE = 60_000;

/** Real instants (ISO text or epoch seconds/ms), or step numbers for order-only data. */
function parseTime(value: string): { ms: number; kind: 'instant' | 'order' } | null {
  const text = value.trim();
  if (text === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    if (n >= 1e11) return { ms: n, kind: 'instant' }; // epoch milliseconds
    if (n >= 1e8) return { ms: n * 1000, kind: 'instant' }; // epoch seconds
    return { ms: n * MINUTE, kind: 'order' }; // a step number: a minute apart, never stale
  }
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? { ms, kind: 'instant' } : null;
}

function parseOutcome(value: string): number | null {
  const text = value.trim().toLowerCase();
  if (text === 'true') return 1;
  if (text === 'false') return 0;
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  return n >= 0 && n <= 1 ? n : null;
}

function parseKnown(value: string): boolean | null {
  const text = value.trim();
  return text === '1' ? true : text === '0' ? false : null;
}

/** Reads a knowledge-tracing CSV. Throws AnswerFileError only when the header is unusable. */
export function parseAnswerFile(text: string): AnswerFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const records = csvRecords(source, detectDelimiter(firstLine));
  const first = records.next();
  const header = first.done ? undefined : first.value;
  if (!header || header.every((h) => h.trim() === '')) throw new AnswerFileError('the file is empty: expected a header row, then one answer per row');
  const at = {
    learner: findColumn(header, 'learner'),
    skill: findColumn(header, 'skill'),
    outcome: findColumn(header, 'outcome'),
    time: findColumn(header, 'time'),
    known: findColumn(header, 'known'),
  };
  const missing = (['learner', 'skill', 'outcome', 'time'] as const).filter((role) => at[role] === -1);
  if (missing.length > 0) {
    const wanted = missing.map((role) => `${role} (one of: ${ALIASES[role].join(', ')})`).join('; ');
    throw new AnswerFileError(`the header ${JSON.stringify(header.join(','))} has no column for ${wanted}`);
  }

  const bad: BadRows = { count: 0, reasons: {}, examples: [] };
  const refuse = (row: number, reason: string) => {
    bad.count += 1;
    bad.reasons[reason] = (bad.reasons[reason] ?? 0) + 1;
    if (bad.examples.length < 5) bad.examples.push({ row, reason });
  };
  const answers: Answer[] = [];
  const kinds = new Set<'instant' | 'order'>();
  let rows = 0;
  let row = 1; // 1-based, counting the header
  for (const record of records) {
    row += 1;
    if (record.length === 1 && (record[0] as string).trim() === '') continue; // blank line
    rows += 1;
    const learner = (record[at.learner] ?? '').trim();
    const skill = (record[at.skill] ?? '').trim();
    if (learner === '') {
      refuse(row, 'no learner');
      continue;
    }
    if (skill === '') {
      refuse(row, 'no skill');
      continue;
    }
    const quality = parseOutcome(record[at.outcome] ?? '');
    if (quality === null) {
      refuse(row, 'outcome not 0/1 or a number from 0 to 1');
      continue;
    }
    const time = parseTime(record[at.time] ?? '');
    if (time === null) {
      refuse(row, 'time not a date, an epoch time or a step number');
      continue;
    }
    let known: boolean | undefined;
    if (at.known !== -1) {
      const value = parseKnown(record[at.known] ?? '');
      if (value === null) {
        refuse(row, 'known not 0 or 1');
        continue;
      }
      known = value;
    }
    kinds.add(time.kind);
    answers.push({ learner, skill, quality, ms: time.ms, row, ...(known !== undefined ? { known } : {}) });
  }
  const names = (i: number) => (i === -1 ? null : (header[i] as string).trim());
  return {
    answers,
    rows,
    bad,
    time: kinds.size > 1 ? 'mixed' : kinds.has('order') ? 'order' : 'instant',
    columns: { learner: names(at.learner) as string, skill: names(at.skill) as string, outcome: names(at.outcome) as string, time: names(at.time) as string, known: names(at.known) },
  };
}

/**
 * One learner's answers on one skill, in time order (file order among equal times). With step
 * numbers only (`time: "order"`) a sequence's answers are re-timed a minute apart: a step number
 * says what came first, not how long ago, so nothing may go stale between them.
 */
export function sequencesOf(answers: readonly Answer[], options: { stepsOnly?: boolean } = {}): Answer[][] {
  const bySequence = new Map<string, Answer[]>();
  for (const answer of answers) {
    const key = `${answer.learner}\u0000${answer.skill}`;
    const list = bySequence.get(key);
    if (list) list.push(answer);
    else bySequence.set(key, [answer]);
  }
  const sequences = [...bySequence.values()];
  for (const sequence of sequences) {
    sequence.sort((a, b) => a.ms - b.ms || a.row - b.row);
    if (options.stepsOnly) sequence.forEach((answer, i) => (answer.ms = i * MINUTE));
  }
  return sequences;
}
