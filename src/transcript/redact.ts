// Redaction, on by default (issues 5 and 14): a transcript is made to be shown, and session logs
// hold whatever was pasted into them. Pure: texts in, where their secrets are out.
//
// Detection is secretlint's recommended preset (a rule set maintained for finding credentials in
// text) run through @secretlint/core, plus the few rules below that the preset does not have. What
// is searched is the text as the reader will see it: the renderer hands over Markdown already
// decoded (src/render/transcript.ts), so entities and backslash escapes cannot hide a key.
import { lintSource } from '@secretlint/core';
import { rules as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import type { SecretLintCoreConfig } from '@secretlint/types';

/** A secret in a text: [start, end), and the visible marker that replaces it. */
export interface SecretSpan {
  start: number;
  end: number;
  marker: string;
}

const marker = (kind: string) => `[redacted: ${kind}]`;

/** Rules of the preset left out, with why. */
const LEFT_OUT = new Set([
  // Both report the whole URL, host included, and pass passwords they take for placeholders
  // ("password", "admin") or short ones ("pw"): the URL rule below replaces them.
  '@secretlint/secretlint-rule-basicauth',
  '@secretlint/secretlint-rule-database-connection-string',
  // `secretlint-disable` comments are for a repository's own files: in a transcript, anyone who
  // typed one would switch redaction off for what follows.
  '@secretlint/secretlint-rule-filter-comments',
]);

// The preset's rules one by one rather than the preset itself: @secretlint/core 12.0.0 ignores
// `disabled` for a rule inside a preset.
const PRESET: SecretLintCoreConfig = {
  rules: recommended
    .filter((rule) => !LEFT_OUT.has(rule.meta.id))
    .map((rule) => ({
      id: rule.meta.id,
      rule,
      // Access key ids (AKIA…) are only scanned when asked for.
      options: rule.meta.id === '@secretlint/secretlint-rule-aws' ? { enableIDScanRule: true } : {},
    })),
};

/** Marker kinds for the preset's findings, by rule; any other rule's secret is a "token". */
const PRESET_KINDS: Record<string, string> = {
  '@secretlint/secretlint-rule-aws': 'access key',
  '@secretlint/secretlint-rule-privatekey': 'private key',
};

/**
 * Characters a key is made of: a reported range is carried to the end of a run of them, since a
 * rule may stop short (secretlint-rule-aws 12.0.0 reports a secret access key from the start of
 * its name, for the length of the key, leaving the key's tail out).
 */
const KEY_CHAR = /[A-Za-z0-9+/=_-]/;

interface OwnRule {
  kind: string;
  /** Global, with the `d` flag; the `secret` group (or the whole match) is what gets redacted. */
  pattern: RegExp;
  /** A match that is not a secret after all (a variable, a placeholder). */
  skip?: (value: string) => boolean;
}

// `NAME = value`, `NAME: value`, `"name": "value"`: the value of a key whose name says secret
// (DB_PASSWORD, SECRET_KEY, client_secret, access_token, AccountKey). The preset's rules look for a
// provider's key format, or a name of its own (aws_secret_access_key), never a value by its name.
const SECRET_NAME = String.raw`(?:pass(?:word|wd|phrase)|secret|(?:api|access|secret|private|account|master|signing|encryption)[_-]?key|(?:access|refresh|auth|api|bearer|session|oauth|csrf|xsrf|secret|private|client|personal)[_-]?token|credentials?)`;
const ASSIGNED = String.raw`["']?\s*(?:=>|:=|:|=)\s*(?:"(?<dq>[^"\n]+)"|'(?<sq>[^'\n]+)'|(?<bare>[^\s"'\`,;&<>]{4,}))`;
/** An unquoted value that is code, not a secret: `process.env.X`, `getpass()`, `os.environ[…]`, `$VAR`. */
const CODE_VALUE = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|[A-Za-z_$][\w$.]*[([].*|\$\{?\w+\}?)$/;

const OWN_RULES: OwnRule[] = [
  { kind: 'secret', pattern: new RegExp(SECRET_NAME + ASSIGNED, 'gid'), skip: (v) => CODE_VALUE.test(v) },
  // Environment variables ending in _TOKEN (GH_TOKEN, HF_TOKEN, SLACK_BOT_TOKEN), upper case only
  // so that Python's pad_token = … stays.
  { kind: 'secret', pattern: new RegExp(String.raw`(?<=[A-Z0-9]_)TOKEN` + ASSIGNED, 'gd'), skip: (v) => CODE_VALUE.test(v) },
  // scheme://user:password@host: the password only, so the reader still sees where it pointed.
  { kind: 'password', pattern: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#@:]*:(?<secret>[^\s/?#]+)@/dg },
  // HTTP credentials: their format is the issuer's, so no provider rule can know them.
  { kind: 'token', pattern: /\b(?:Bearer|Basic)\s+(?<secret>[A-Za-z0-9._~+/=-]{16,})/dg },
  // Any private key block, even unterminated: the preset's rule requires an ASN.1 or OpenSSH body
  // of 100 characters or more, so PGP blocks and short or cut keys pass it.
  { kind: 'private key', pattern: /-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/dg },
  // Stripe secret and restricted keys: secretlint has a rule from 13.0, which needs Node 22.
  { kind: 'API key', pattern: /(?<![A-Za-z0-9_])[sr]k_(?:live|test)_[A-Za-z0-9]{24,99}(?![A-Za-z0-9])/dg },
  // Google API keys and JSON web tokens, redacted since issue 5: the preset's GCP rule only knows
  // service-account files, and it has no rule for JWTs.
  { kind: 'API key', pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/dg },
  { kind: 'token', pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/dg },
  // E-mail addresses (not secrets, but personal): not the password of a URL (`//user:pw@host`).
  { kind: 'email', pattern: /(?<![A-Za-z0-9._%+\-@])(?<!\/\/[^\s/@]*:)[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/dg },
];

function ownSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const rule of OWN_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const groups = match.indices?.groups;
      const range = groups?.secret ?? groups?.dq ?? groups?.sq ?? groups?.bare ?? match.indices?.[0];
      if (!range) continue;
      if (rule.skip && groups?.bare && rule.skip(text.slice(range[0], range[1]))) continue;
      spans.push({ start: range[0], end: range[1], marker: marker(rule.kind) });
    }
  }
  return spans;
}

/** Overlapping spans become one, with the marker of the one that starts first. */
function mergeSpans(spans: SecretSpan[]): SecretSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SecretSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

// The texts are linted as one: setting the preset's rules up costs more than scanning a turn. A
// line holding only NUL keeps one text's match from running into the next.
const SEPARATOR = '\n\u0000\n';

async function presetSpans(texts: readonly string[]): Promise<SecretSpan[][]> {
  const out: SecretSpan[][] = texts.map(() => []);
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + SEPARATOR.length;
  }
  const content = texts.join(SEPARATOR);
  const result = await lintSource({ source: { content, filePath: 'transcript.txt', contentType: 'text' }, options: { config: PRESET, noPhysicFilePath: true } });
  for (const message of result.messages) {
    let [start, end] = message.range;
    while (end < content.length && KEY_CHAR.test(content[end] ?? '')) end += 1;
    const kind = PRESET_KINDS[message.ruleId] ?? 'token';
    // The text the range starts in, and any it runs into, each get their part.
    let i = lastStartAtOrBefore(starts, start);
    for (; i < texts.length && (starts[i] ?? Infinity) < end; i++) {
      const from = Math.max(start, starts[i] ?? 0) - (starts[i] ?? 0);
      const to = Math.min(end - (starts[i] ?? 0), texts[i]?.length ?? 0);
      if (to > from) out[i]?.push({ start: from, end: to, marker: marker(kind) });
    }
  }
  return out;
}

function lastStartAtOrBefore(starts: readonly number[], position: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] ?? 0) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The secrets of each text, sorted and not overlapping. */
export async function findSecrets(texts: readonly string[]): Promise<SecretSpan[][]> {
  if (texts.length === 0) return [];
  const fromPreset = await presetSpans(texts);
  return texts.map((text, i) => mergeSpans([...(fromPreset[i] ?? []), ...ownSpans(text)]));
}

/** The text with each span replaced by its marker (spans sorted, not overlapping). */
export function applySpans(text: string, spans: readonly SecretSpan[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + span.marker;
    at = span.end;
  }
  return out + text.slice(at);
}

/** Plain text, shown as it is, with its secrets replaced by markers. */
export async function redact(text: string): Promise<string> {
  const [spans] = await findSecrets([text]);
  return applySpans(text, spans ?? []);
}
