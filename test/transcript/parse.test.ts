import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExchanges, parseTranscriptLine, withLastReply, type TranscriptEntry } from '../../src/transcript/parse.js';
import { readTranscripts } from '../../src/transcript/read.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/claude-code-transcripts');
const fixture = (name: string) => join(FIXTURES, name);
const parseText = (text: string, sequence = 0): TranscriptEntry[] =>
  text.split('\n').flatMap((line) => parseTranscriptLine(line, sequence) ?? []);

/**
 * The prompts a person typed in each fixture's main thread, in order (read off the files by hand).
 * 2.1.42 holds a real rewind: its second to fourth prompts were abandoned (see below).
 */
const TYPED: Record<string, string[]> = {
  'cc-1.0.55-slash-bash-wrappers-71c9afe9.jsonl': ['Please have a look at this patch diff'],
  'cc-2.0.28-ide-parallel-tools-5ed31c36.jsonl': ['I keep getting mysterious build errors'],
  'cc-2.1.114-attachments-teammates-ef958aa1.jsonl': ["OK, we're going to make a little experiment", 'Well, the subagents seem to be either stuck or done'],
  'cc-2.1.42-conversation-thinking-03eb5929.jsonl': [
    "Ok, so there's isn't much to see here",
    "I actually don't like much this idea",
    'Ok, so, to be fair, maybe also list 5 strengths',
    'Fair enough. Can you write a balanced opinion',
  ],
};

describe('parse: the four real Claude Code transcripts', () => {
  it.each(Object.entries(TYPED))('%s: every typed prompt once, in order, each with the reply', async (name, prompts) => {
    const exchanges = buildExchanges(await readTranscripts([fixture(name)]));
    expect(exchanges.map((x) => x.learner?.text.slice(0, prompts[0]?.length ?? 0))).toHaveLength(prompts.length);
    exchanges.forEach((x, i) => expect(x.learner?.text.startsWith(prompts[i] as string), x.learner?.text.slice(0, 60)).toBe(true));
    for (const x of exchanges) expect(x.tutor?.text.length).toBeGreaterThan(0);
  });

  it('keeps no tool output, no wrappers, no harness tags, no empty reasoning', async () => {
    const exchanges = buildExchanges(await readTranscripts(Object.keys(TYPED).map(fixture)));
    const all = JSON.stringify(exchanges);
    for (const noise of ['<command-name>', '<system-reminder>', '<local-command-stdout>', '<bash-stdout>', '<bash-input>', '<ide_opened_file>', 'test session starts', 'tool_use_id', 'Caveat: The messages below', '"type":"tool_result"']) {
      expect(all, noise).not.toContain(noise);
    }
    for (const x of exchanges) if (x.tutor?.thinking !== null && x.tutor?.thinking !== undefined) expect(x.tutor.thinking.trim().length).toBeGreaterThan(0);
  });

  it('joins a reply spread over records sharing message.id, and keeps non-empty reasoning apart', async () => {
    const [first] = buildExchanges(await readTranscripts([fixture('cc-2.1.42-conversation-thinking-03eb5929.jsonl')]));
    expect(first?.tutor?.text.startsWith("Let me take a look at what's here.")).toBe(true);
    expect(first?.tutor?.text).toContain('Got it. One idea file');
    expect(first?.tutor?.thinking?.length).toBeGreaterThan(100);
  });

  it('empty-signature reasoning (all of it, in 2.1.114) leaves no reasoning block', async () => {
    const exchanges = buildExchanges(await readTranscripts([fixture('cc-2.1.114-attachments-teammates-ef958aa1.jsonl')]));
    expect(exchanges.every((x) => x.tutor?.thinking === null)).toBe(true);
  });

  it('parallel tool calls with results in another order do not split the turn', async () => {
    const exchanges = buildExchanges(await readTranscripts([fixture('cc-2.0.28-ide-parallel-tools-5ed31c36.jsonl')]));
    expect(exchanges).toHaveLength(1);
    const text = exchanges[0]?.tutor?.text ?? '';
    expect(text.indexOf("I'll help you disable the MD034 rule")).toBeLessThan(text.indexOf("I've created a [.markdownlintrc.json]"));
  });

  it('survives a torn last line, and a resumed session repeating history counts it once', () => {
    const text = readFileSync(fixture('cc-2.1.42-conversation-thinking-03eb5929.jsonl'), 'utf8');
    const whole = buildExchanges(parseText(text));
    const torn = buildExchanges(parseText(text.slice(0, text.length - 200)));
    expect(torn.length).toBeGreaterThanOrEqual(whole.length - 1);
    expect(buildExchanges([...parseText(text, 0), ...parseText(text, 1)])).toEqual(whole);
  });
});

describe('parse: synthetic edge cases', () => {
  const line = (record: object) => JSON.stringify({ timestamp: '2026-06-18T09:00:00.000Z', uuid: crypto.randomUUID(), ...record });
  const user = (content: unknown, extra: object = {}) => line({ type: 'user', message: { role: 'user', content }, ...extra });
  const assistant = (content: unknown, id = 'msg_1', extra: object = {}) => line({ type: 'assistant', message: { id, role: 'assistant', content }, ...extra });

  it('drops sidechains, meta, compaction summaries, interruptions and unknown records; strips inline tags', () => {
    const entries = parseText(
      [
        user('What is a token?<system-reminder>internal</system-reminder>'),
        user('sub-agent prompt', { isSidechain: true }),
        assistant([{ type: 'text', text: 'sub-agent reply' }], 'msg_s', { isSidechain: true }),
        user('This session is being continued from a previous conversation…', { isCompactSummary: true }),
        user('[Request interrupted by user for tool use]'),
        user('meta', { isMeta: true }),
        line({ type: 'summary', summary: 'x' }),
        line({ type: 'progress', data: {} }),
        '{"type":"user","message":',
        JSON.stringify({ type: 'user', message: { content: 'no timestamp' } }),
        user(undefined),
        assistant([{ type: 'thinking', thinking: '', signature: 'abc' }, { type: 'text', text: '\n\n' }]),
        assistant([{ type: 'text', text: 'A token is an id.' }]),
      ].join('\n'),
    );
    const exchanges = buildExchanges(entries);
    expect(exchanges).toEqual([{ learner: { ts: '2026-06-18T09:00:00.000Z', text: 'What is a token?' }, tutor: { ts: '2026-06-18T09:00:00.000Z', text: 'A token is an id.', thinking: null } }]);
  });

  it('adds the Stop hook last_assistant_message when the log lags one message behind', () => {
    const lagging = buildExchanges(parseText(user('Why quadratic?')));
    expect(withLastReply(lagging, 'Because every token attends to every other.', '2026-06-18T09:01:00.000Z')[0]?.tutor?.text).toBe('Because every token attends to every other.');
    const current = buildExchanges(parseText([user('Why?'), assistant([{ type: 'text', text: 'Because.' }])].join('\n')));
    expect(withLastReply(current, 'Because.', '2026-06-18T09:01:00.000Z')).toEqual(current);
  });
});
