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

describe('parse: a rewound conversation is a tree (issue 16)', () => {
  it('2.1.42 holds a real rewind: the abandoned attempt is a branch before the prompt that replaced it, not repeated turns', async () => {
    // Read off the file: the prompts of lines 18 and 38 both have parentUuid eb84e3ee (the
    // stop_hook_summary after the first reply), half an hour apart; the session went on from the second.
    const exchanges = buildExchanges(await readTranscripts([fixture('cc-2.1.42-conversation-thinking-03eb5929.jsonl')]));
    expect(exchanges.map((x) => x.rewound?.length ?? 0)).toEqual([0, 1, 0, 0]);
    const [branch] = exchanges[1]?.rewound ?? [];
    expect(branch?.exchanges.map((x) => x.learner?.text.slice(0, 40))).toEqual([
      'I very much like this idea, and I used i',
      'OK, so, to be fair, maybe also list 5 we',
      'Fair enough. Can you write a balanced op',
    ]);
    expect(branch?.exchanges.every((x) => (x.tutor?.text.length ?? 0) > 0 && x.rewound === undefined)).toBe(true);
    expect(branch?.abandonedAt).toBe('2026-02-16T18:53:24.117Z');
    expect(exchanges[1]?.learner?.text.startsWith("I actually don't like much this idea")).toBe(true);
  });

  /** The old reading, flat in time order, for logs without a rewind: what the page showed before issue 16. */
  const flat = (entries: readonly TranscriptEntry[]) => {
    const seen = new Set<string>();
    const shown = entries.filter((e) => e.role !== 'link' && (e.uuid === null || (!seen.has(e.uuid) && seen.add(e.uuid))));
    const out: { learner: string | null; tutor: string }[] = [];
    for (const e of [...shown].sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.sequence - b.sequence))) {
      if (e.role === 'learner' || out.length === 0) out.push({ learner: e.role === 'learner' ? e.text : null, tutor: '' });
      const last = out[out.length - 1] as { tutor: string };
      if (e.role === 'tutor' && e.text) last.tutor = last.tutor ? `${last.tutor}\n\n${e.text}` : e.text;
    }
    return out.filter((x) => x.learner !== null || x.tutor.length > 0);
  };

  it.each(Object.keys(TYPED).filter((n) => !n.includes('2.1.42')))('%s has no rewind: the same exchanges as a flat reading, parallel tools and `!` commands included', async (name) => {
    const entries = await readTranscripts([fixture(name)]);
    const exchanges = buildExchanges(entries);
    expect(exchanges.some((x) => x.rewound !== undefined)).toBe(false);
    expect(exchanges.map((x) => ({ learner: x.learner?.text ?? null, tutor: x.tutor?.text ?? '' }))).toEqual(flat(entries));
  });

  // Records as Claude Code links them: each names the one it follows.
  const at = (minute: number) => new Date(Date.UTC(2026, 5, 18, 9, minute)).toISOString();
  const record = (type: string, uuid: string, parentUuid: string | null, minute: number, extra: object = {}) => JSON.stringify({ type, uuid, parentUuid, timestamp: at(minute), sessionId: 's', ...extra });
  const prompt = (uuid: string, parent: string | null, minute: number, text: string, extra: object = {}) => record('user', uuid, parent, minute, { message: { role: 'user', content: text }, ...extra });
  const reply = (uuid: string, parent: string, minute: number, text: string, extra: object = {}) =>
    record('assistant', uuid, parent, minute, { message: { id: `msg_${uuid}`, role: 'assistant', content: [{ type: 'text', text }] }, ...extra });
  /** A prompt `id` and, a minute later, the reply `r<id>` to it. */
  const turn = (id: string, parent: string | null, minute: number, text: string) => [prompt(id, parent, minute, text), reply(`r${id}`, id, minute + 1, `reply: ${text}`)].join('\n');
  const hook = (uuid: string, parent: string, minute: number) => record('system', uuid, parent, minute, { subtype: 'stop_hook_summary' });
  const learners = (xs: readonly { learner: { text: string } | null }[] | undefined) => xs?.map((x) => x.learner?.text);

  it('the main thread is the path to the latest message, whatever the order in the file', () => {
    // The first attempt (q1) is written first and is the one the session went on with; q1b, a
    // second prompt under the same parent, was left.
    const log = [turn('q0', null, 0, 'start'), hook('h0', 'rq0', 1), turn('q1', 'h0', 2, 'first try'), turn('q1b', 'h0', 5, 'second try'), turn('q2', 'rq1', 8, 'went on from the first')].join('\n');
    const exchanges = buildExchanges(parseText(log));
    expect(learners(exchanges)).toEqual(['start', 'first try', 'went on from the first']);
    expect(exchanges[1]?.rewound).toEqual([{ exchanges: [{ learner: { ts: at(5), text: 'second try' }, tutor: { ts: at(6), text: 'reply: second try', thinking: null } }], abandonedAt: at(6) }]);
  });

  it('two rewinds at one point are two branches, in the order begun; a rewind inside a branch is a branch of it', () => {
    const log = [
      turn('q0', null, 0, 'start'),
      turn('a', 'rq0', 2, 'attempt a'),
      turn('a2', 'ra', 4, 'a, then this'),
      turn('a2b', 'ra', 6, 'a, then that instead'),
      turn('b', 'rq0', 10, 'attempt b'),
      turn('c', 'rq0', 20, 'attempt c'),
    ].join('\n');
    const exchanges = buildExchanges(parseText(log));
    expect(learners(exchanges)).toEqual(['start', 'attempt c']);
    const branches = exchanges[1]?.rewound ?? [];
    expect(branches.map((b) => learners(b.exchanges))).toEqual([['attempt a', 'a, then that instead'], ['attempt b']]);
    expect(branches.map((b) => b.abandonedAt)).toEqual([at(7), at(11)]);
    expect(branches[0]?.exchanges[1]?.rewound?.map((b) => learners(b.exchanges))).toEqual([['a, then this']]);
  });

  it('not rewinds: parallel tool calls, a sidechain, a replay with the same timestamp; the old order is kept', () => {
    const toolUse = (uuid: string, parent: string, minute: number) => record('assistant', uuid, parent, minute, { message: { id: 'msg_t', role: 'assistant', content: [{ type: 'tool_use', id: `t_${uuid}`, name: 'Read', input: {} }] } });
    const toolResult = (uuid: string, parent: string, minute: number, of: string) => record('user', uuid, parent, minute, { message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: `t_${of}`, content: 'x' }] } });
    const log = [
      prompt('q0', null, 0, 'start'),
      toolUse('t1', 'q0', 1),
      toolUse('t2', 't1', 1), // parallel: the second call follows the first, its result is a sibling
      toolResult('u1', 't1', 2, 't1'),
      toolResult('u2', 't2', 2, 't2'),
      reply('r0', 'u2', 3, 'read both'),
      prompt('side', 'r0', 4, 'subagent prompt', { isSidechain: true }),
      prompt('q1', 'r0', 5, 'next'),
      prompt('q1replay', 'r0', 5, 'next'),
      reply('r1', 'q1replay', 6, 'done'),
    ].join('\n');
    const exchanges = buildExchanges(parseText(log));
    expect(exchanges.some((x) => x.rewound !== undefined)).toBe(false);
    expect(learners(exchanges)).toEqual(['start', 'next', 'next']);
  });

  it('a compaction boundary (parentUuid null, logicalParentUuid) keeps the chain: a rewind after it is found', () => {
    const log = [
      turn('q0', null, 0, 'before compaction'),
      record('system', 'cb', null, 2, { subtype: 'compact_boundary', logicalParentUuid: 'rq0' }),
      prompt('sum', 'cb', 2, 'This session is being continued…', { isCompactSummary: true }),
      turn('q1', 'sum', 3, 'left'),
      turn('q2', 'sum', 6, 'kept'),
    ].join('\n');
    expect(parseText(log).find((e) => e.uuid === 'cb')?.parentUuid).toBe('rq0');
    const exchanges = buildExchanges(parseText(log));
    expect(learners(exchanges)).toEqual(['before compaction', 'kept']);
    expect(exchanges[1]?.rewound?.map((b) => learners(b.exchanges))).toEqual([['left']]);
  });

  it('a cycle of parentUuids (a damaged log) loses nothing and ends', () => {
    const log = [prompt('a', 'b', 0, 'one'), reply('b', 'a', 1, 'two')].join('\n');
    expect(learners(buildExchanges(parseText(log)))).toEqual(['one']);
  });

  it("keeps the indentation of a prompt's first line; only blank lines around it go", () => {
    const [entry] = parseText(prompt('q', null, 0, '\n\n    return x\n        + 1\n\n'));
    expect(entry?.text).toBe('    return x\n        + 1');
    const [tutor] = parseText(reply('r', 'q', 1, '\n\n    indented code block\n'));
    expect(tutor?.text).toBe('    indented code block');
  });
});
