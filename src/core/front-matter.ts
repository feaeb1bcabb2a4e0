// Front matter of a study note (issue 18): the YAML block between a first line `---` and the next
// `---`. A small strict subset of YAML, the one the learner's notes use: `key: value` lines, a
// `key:` followed by `- item` lines, `[a, b]` inline lists, quoted strings, `#` comments. Anything
// else (nested maps, block scalars, anchors) is a problem with its line, never a guess: a note
// whose front matter does not parse is refused with that line, not shown with half its fields.
// Pure: text in, fields out.

export type FrontMatterValue = string | readonly string[];

export interface FrontMatterField {
  readonly value: FrontMatterValue;
  /** 1-based line of the note where the key stands. */
  readonly line: number;
  /** Lines of each list item (the key's line for a scalar or an inline list). */
  readonly itemLines: readonly number[];
}

export type FrontMatterResult =
  | { readonly ok: true; readonly fields: ReadonlyMap<string, FrontMatterField>; readonly body: string; readonly bodyLine: number; readonly present: boolean }
  | { readonly ok: false; readonly line: number; readonly problem: string };

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const ITEM = /^[ \t]+-(?:[ \t]+(.*))?$|^-(?:[ \t]+(.*))?$/;
const FENCE = /^---[ \t]*$/;

function fail(line: number, problem: string): FrontMatterResult {
  return { ok: false, line, problem };
}

/** A comment starts at a `#` after whitespace (a `#` inside a word stays: `C#`). */
function stripComment(text: string): string {
  const at = text.search(/(^|[ \t])#/);
  return (at === -1 ? text : text.slice(0, at)).trim();
}

/** One scalar: a quoted string (with YAML's escapes for "…" and '' for '…') or a plain one. */
function parseScalar(raw: string, line: number): { value: string } | { problem: string } {
  const text = raw.trim();
  if (text.startsWith('"')) {
    const match = /^"((?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?$/.exec(text);
    if (!match) return { problem: `line ${line}: a "…" string that does not close` };
    const value = (match[1] as string).replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
      if (e.startsWith('u') && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
      return ({ n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/', '0': '' } as Record<string, string>)[e] ?? e;
    });
    return { value };
  }
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')*)'[ \t]*(?:#.*)?$/.exec(text);
    if (!match) return { problem: `line ${line}: a '…' string that does not close` };
    return { value: (match[1] as string).replace(/''/g, "'") };
  }
  const plain = stripComment(text);
  if (/^[|>]/.test(plain)) return { problem: `line ${line}: block scalars (| or >) are not supported; write the text on one line` };
  if (/^[&*!]/.test(plain)) return { problem: `line ${line}: anchors, aliases and tags (&, *, !) are not supported` };
  if (/^[{]/.test(plain)) return { problem: `line ${line}: nested maps ({…}) are not supported` };
  return { value: plain };
}

function parseInlineList(text: string, line: number): { value: string[] } | { problem: string } {
  const inner = stripComment(text);
  if (!inner.endsWith(']')) return { problem: `line ${line}: a [ … ] list that does not close on its line` };
  const body = inner.slice(1, -1).trim();
  if (body === '') return { value: [] };
  const items: string[] = [];
  // Items split on commas outside quotes.
  const parts = body.match(/\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+)/g) ?? [];
  for (const part of parts) {
    const scalar = parseScalar(part, line);
    if ('problem' in scalar) return scalar;
    if (scalar.value !== '') items.push(scalar.value);
  }
  return { value: items };
}

/**
 * Splits a note into its front matter and its body. A note that does not start with `---` has no
 * front matter (present: false) and all of it is the body.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const lines = source.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return { ok: true, fields: new Map(), body: source, bodyLine: 1, present: false };
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end === -1) return fail(1, 'the front matter opened by `---` on line 1 never closes (no second `---` line)');
  const fields = new Map<string, FrontMatterField>();
  let list: { key: string; line: number; items: string[]; lines: number[] } | null = null;
  const closeList = () => {
    if (list) fields.set(list.key, { value: list.items, line: list.line, itemLines: list.lines });
    list = null;
  };
  for (let i = 1; i < end; i++) {
    const lineNo = i + 1;
    const raw = lines[i] as string;
    if (raw.trim() === '' || /^[ \t]*#/.test(raw)) continue;
    if (/\t/.test(/^[ \t]*/.exec(raw)?.[0] ?? '')) return fail(lineNo, 'a tab in the indentation (YAML indents with spaces)');
    const item = ITEM.exec(raw);
    if (item) {
      if (!list) return fail(lineNo, 'a list item (`- …`) with no `key:` line above it');
      const scalar = parseScalar(item[1] ?? item[2] ?? '', lineNo);
      if ('problem' in scalar) return fail(lineNo, scalar.problem.replace(/^line \d+: /, ''));
      const current = list as { items: string[]; lines: number[] };
      if (scalar.value !== '') {
        current.items.push(scalar.value);
        current.lines.push(lineNo);
      }
      continue;
    }
    if (/^[ \t]/.test(raw)) return fail(lineNo, 'an indented line that is not a list item (nested maps are not supported)');
    closeList();
    const match = KEY.exec(raw.trimEnd());
    if (!match) return fail(lineNo, `expected \`key: value\`, received ${JSON.stringify(raw.slice(0, 60))}`);
    const key = (match[1] as string).toLowerCase();
    if (fields.has(key)) return fail(lineNo, `the key "${key}" appears twice (first on line ${fields.get(key)?.line})`);
    const rest = (match[2] ?? '').trim();
    if (rest === '' || rest.startsWith('#')) {
      list = { key, line: lineNo, items: [], lines: [] };
      continue;
    }
    const parsed = rest.startsWith('[') ? parseInlineList(rest, lineNo) : parseScalar(rest, lineNo);
    if ('problem' in parsed) return fail(lineNo, parsed.problem.replace(/^line \d+: /, ''));
    const value = parsed.value;
    fields.set(key, { value, line: lineNo, itemLines: Array.isArray(value) ? value.map(() => lineNo) : [lineNo] });
  }
  closeList();
  return { ok: true, fields, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, present: true };
}
