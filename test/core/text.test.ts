// Issue 14: invisible characters are refused in what the tutor writes, and shown escaped in what
// tutor echoes (refusals, the brief a model reads).
import { describe, expect, it } from 'vitest';
import { describeContext } from '../../src/core/context.js';
import { checkText } from '../../src/core/decide.js';
import { InputError } from '../../src/core/errors.js';
import { recompute } from '../../src/core/recompute.js';
import { escapeInvisible } from '../../src/core/text.js';
import { exchange, T0, tinyDomain } from '../helpers/events.js';

describe('invisible characters', () => {
  it.each([['a bidi override', 'ok \u202Egnp.exe'], ['a C1 control', 'next\u0085line'], ['a line separator', 'one\u2028two'], ['an isolate', 'x\u2066y']])('%s in a note is refused, and the refusal shows it escaped', (_name, note) => {
    let error: unknown;
    try {
      checkText('--note', note, 2000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).toContain('contains an invisible control character');
    expect(message).not.toMatch(/[\u0085\u2028\u202E\u2066]/);
    expect(message).toMatch(/\\u(0085|2028|202E|2066)/);
  });

  it('text from an old log reaches the brief escaped', () => {
    const domain = tinyDomain();
    const events = [exchange('tokenization', 0.5, T0, { note: 'evil \u202Eroot\u2028' })];
    const brief = describeContext(domain, recompute(domain, events, new Date(T0)), events, new Date(T0));
    expect(brief).toContain('evil \\u202Eroot\\u2028');
    expect(brief).not.toMatch(/[\u202E\u2028]/);
  });

  it('keeps ordinary text, newlines, tabs and right-to-left marks as they are', () => {
    expect(escapeInvisible('naïve\ttext\nשלום\u200f 🙂')).toBe('naïve\ttext\nשלום\u200f 🙂');
  });
});
