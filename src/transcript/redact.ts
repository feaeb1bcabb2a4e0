// Redaction, on by default (issue 5): a transcript is made to be shown, and session logs hold
// whatever was pasted into them. Pure: text in, text with visible markers out.

const PATTERNS: [RegExp, string][] = [
  [/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g, '[redacted: private key]'],
  [/\b(?:sk|rk|pk)-(?:ant-|proj-|live-|test-)?[A-Za-z0-9_-]{20,}/g, '[redacted: API key]'],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, '[redacted: token]'],
  [/\bgithub_pat_[A-Za-z0-9_]{30,}\b/g, '[redacted: token]'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, '[redacted: token]'],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, '[redacted: access key]'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/g, '[redacted: API key]'],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g, '[redacted: token]'],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{16,}/g, '$1 [redacted: token]'],
  [/\b((?:api[_-]?key|secret|token|password|passwd)["']?\s*[:=]\s*["']?)[^\s"']{8,}/gi, '$1[redacted: secret]'],
  [/\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g, '[redacted: email]'],
];

export function redact(text: string): string {
  let out = text;
  for (const [pattern, marker] of PATTERNS) out = out.replace(pattern, marker);
  return out;
}
