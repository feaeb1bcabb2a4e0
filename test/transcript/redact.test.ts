import { describe, expect, it } from 'vitest';
import { applySpans, findSecrets, redact } from '../../src/transcript/redact.js';
import { fakeKey, leaks, missing, SECRET_CASES } from './secret-corpus.js';

describe('redact', () => {
  it.each(SECRET_CASES.map((c) => [c.kind, c] as const))('%s', async (_kind, c) => {
    const out = await redact(c.text);
    expect(out).toContain('[redacted: ');
    expect(leaks(out, [c])).toEqual([]);
    expect(missing(out, [c])).toEqual([]);
  });

  it.each([
    ['mail me at jane.doe+tutor@example.com today', 'mail me at [redacted: email] today'],
    ['password: hunter2', 'password: [redacted: secret]'],
    ['DB_PASSWORD=Xk9mQ2vLp8 next', 'DB_PASSWORD=[redacted: secret] next'],
    ['{"client_secret": "GOCSPX-abc123", "x": 1}', '{"client_secret": "[redacted: secret]", "x": 1}'],
    ['?access_token=EAAGm0PX4ZCps&fields=id', '?access_token=[redacted: secret]&fields=id'],
    ['HF_TOKEN=hf_notreallyatoken', 'HF_TOKEN=[redacted: secret]'],
    ['postgres://user:password@db.internal.lan:5432/app', 'postgres://user:[redacted: password]@db.internal.lan:5432/app'],
    ['https://admin:pw@host.example.org/x', 'https://admin:[redacted: password]@host.example.org/x'],
    ['https://a:p@ss@host.example.org/x', 'https://a:[redacted: password]@host.example.org/x'],
    ['Authorization: Bearer abcdefghijklmnop1234567890', 'Authorization: Bearer [redacted: token]'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY----- done', '[redacted: private key] done'],
    ['pasted half: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA', 'pasted half: [redacted: private key]'],
  ])('%j', async (input, output) => {
    expect(await redact(input)).toBe(output);
  });

  it('leaves ordinary tutoring text and code alone', async () => {
    const texts = [
      'At T = 2 the logits 4 and 1 give about 82% and 18%; see https://example.com/softmax.',
      'tokenizer.pad_token = tokenizer.eos_token\nmax_tokens=1024\nnum_tokens: 512',
      'password = getpass()\napi_key = os.environ["OPENAI_API_KEY"]\nsecret: ${SECRET}\ntoken = settings.SECRET_TOKEN',
      'Serve it on http://localhost:8080/x or https://host.example.org:8443/path?q=a@b',
      'The word password: a secret you know. A token is a unit of text. Bearer tokens expire.',
      'sort by the primary key: id; the learning rate is 3e-4 and batch size 32.',
    ];
    for (const text of texts) expect(await redact(text)).toBe(text);
  });

  it('keeps the e-mail of a mailto link and of a URL without password', async () => {
    expect(await redact('write to mailto:jane@mailbox.test')).toBe('write to mailto:[redacted: email]');
  });

  it('finds the same secrets in many texts at once as in each alone, never across them', async () => {
    const texts = ['-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBGZ', 'safe text after it', ...SECRET_CASES.map((c) => c.text), 'the end'];
    const together = await findSecrets(texts);
    const alone = await Promise.all(texts.map(async (t) => (await findSecrets([t]))[0]));
    expect(together).toEqual(alone);
    expect(applySpans(texts[1] ?? '', together[1] ?? [])).toBe('safe text after it');
    expect(await findSecrets([])).toEqual([]);
  });

  it('marks the whole key when a rule reports only part of it', async () => {
    const key = fakeKey(99, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
    // secretlint-rule-aws 12.0.0 reports [start of the name, + length of the key].
    expect(await redact(`aws_secret_access_key  =   ${key} ok`)).not.toContain(key.slice(-12));
  });
});
