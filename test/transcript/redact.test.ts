import { describe, expect, it } from 'vitest';
import { redact } from '../../src/transcript/redact.js';

describe('redact', () => {
  it.each([
    ['mail me at jane.doe+tutor@example.com today', 'mail me at [redacted: email] today'],
    ['key sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', 'key [redacted: API key]'],
    ['OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwx', 'OPENAI_API_KEY=[redacted: API key]'],
    ['token ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'token [redacted: token]'],
    ['Authorization: Bearer abcdefghijklmnop1234567890', 'Authorization: Bearer [redacted: token]'],
    ['aws AKIAIOSFODNN7EXAMPLE', 'aws [redacted: access key]'],
    ['password: hunter2hunter2', 'password: [redacted: secret]'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', '[redacted: private key]'],
  ])('%j', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it('leaves ordinary tutoring text alone', () => {
    const text = 'At T = 2 the logits 4 and 1 give about 82% and 18%; see https://example.com/softmax.';
    expect(redact(text)).toBe(text);
  });
});
