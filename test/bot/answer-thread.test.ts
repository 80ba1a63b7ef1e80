import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerThread } from '../../src/bot/answer-thread.js';
import { createBotHandler } from '../../src/bot/bot-handler.js';
import { type InteractionReply, replyToInteraction } from '../../src/bot/interaction-request.js';
import { createLogger } from '../../src/bot/logger.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/core/engine.js';
import { CapturedLogs } from '../e2e/harness.js';
import { FAKE_USER_ID, FakeDiscord } from '../fake-discord/fake-discord.js';
import { knowledgeSource, shippedIndex, VALID_FIELDS } from '../helpers.js';

const settings = { knowledgeDir: DEFAULT_KNOWLEDGE_DIR, askLimit: { limit: 0, windowMs: 60_000 } };
const askBody = (question: string) =>
  JSON.stringify(FakeDiscord.guildInteraction(FakeDiscord.command('ask', { question }), { userId: FAKE_USER_ID }));
const answerOn = (thread: AnswerThread, body: string) =>
  new Promise<InteractionReply>((resolve) => thread.answer(Buffer.from(body), resolve));

describe('the answer thread', () => {
  let thread: AnswerThread;
  beforeAll(async () => {
    thread = await AnswerThread.start(settings, createLogger({ level: 'silent', secrets: [] }));
  });
  afterAll(() => thread?.close());

  it('replies to /ask exactly as the handler does in this thread', async () => {
    const index = await shippedIndex();
    const handle = createBotHandler(() => index, settings.askLimit);
    for (const question of ['who urged restraint', 'What is the weather in Yerevan today?', '@everyone hi']) {
      const body = askBody(question);
      const here = replyToInteraction(handle, body);
      const there = await answerOn(thread, body);
      expect([there.status, there.body]).toEqual([here.status, here.body]);
      expect({ ...there.record!.handled, answerMs: 0 }).toEqual({ ...here.record!.handled, answerMs: 0 });
    }
  });

  it('answers bad JSON and non-interactions with a 400, and goes on answering', async () => {
    expect(await answerOn(thread, '{"type":')).toEqual({ status: 400, body: '{"error":"body is not JSON"}' });
    expect(await answerOn(thread, '[1,2]')).toEqual({ status: 400, body: '{"error":"not an interaction"}' });
    expect((await answerOn(thread, '{"type":1}')).body).toBe('{"type":1}');
  });

  it('answers a verified body whose ids nest too deep to pass between threads, naming only snowflake ids', async () => {
    for (const depth of [5_000, 30_000]) {
      const body = `{"type":1,"id":"1","guild_id":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      const reply = await answerOn(thread, body);
      expect([reply.status, reply.body, reply.record?.interaction]).toEqual([200, '{"type":1}', { id: '1' }]);
    }
    const long = await answerOn(thread, JSON.stringify({ type: 1, id: '9'.repeat(100_000), guild_id: 42 }));
    expect(long.record?.interaction).toEqual({ id: 'invalid' });
    expect((await answerOn(thread, askBody('who urged restraint'))).status).toBe(200);
  });

  it('keeps replies with their requests when many are in flight', async () => {
    const questions = ['who urged restraint', 'Is there a military solution to the conflict?', 'hello'];
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, i) => answerOn(thread, askBody(questions[i % 3]!))),
    );
    const authors = replies.map(
      (reply) =>
        (JSON.parse(reply.body) as { data: { embeds?: Array<{ author?: { name: string } }> } }).data.embeds?.[0]?.author
          ?.name,
    );
    expect(authors.slice(0, 3)).toEqual([
      'Q: who urged restraint',
      'Q: Is there a military solution to the conflict?',
      undefined,
    ]);
    expect(authors.slice(27)).toEqual(authors.slice(0, 3));
  });
});

describe('reloading the answer thread', () => {
  it('answers from a new article once told to reload, and keeps its knowledge when the folder is broken', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'citebot-thread-'));
    await writeFile(
      path.join(folder, 'harbour.md'),
      knowledgeSource(VALID_FIELDS, ['The harbour bridge opened in May.']),
    );
    const thread = await AnswerThread.start(
      { ...settings, knowledgeDir: folder },
      createLogger({ level: 'silent', secrets: [] }),
    );
    const titleOf = async (question: string) =>
      (JSON.parse((await answerOn(thread, askBody(question))).body) as { data: { embeds?: Array<{ title: string }> } })
        .data.embeds?.[0]?.title;
    try {
      const fields = { ...VALID_FIELDS, title: 'Lake Sevan water levels', url: 'https://example.org/sevan' };
      await writeFile(
        path.join(folder, 'lake-sevan.md'),
        knowledgeSource(fields, [
          'Lake Sevan, the largest lake in the Caucasus, rose by twelve centimetres after a wet spring.',
        ]),
      );
      expect(await thread.reload()).toEqual({ documents: 2, passages: 2 });
      expect([thread.passages, await titleOf('How much did Lake Sevan rise?')]).toEqual([2, 'Lake Sevan water levels']);

      await writeFile(path.join(folder, 'zz-broken.md'), 'no front matter here');
      expect(await thread.reload()).toEqual({ problem: expect.stringMatching(/^zz-broken\.md: no front matter/) });
      expect(await titleOf('How much did Lake Sevan rise?')).toBe('Lake Sevan water levels');
    } finally {
      await thread.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('when the answer thread dies', () => {
  it('fails the requests it held with a 500, answers 503 while it restarts, then answers again', async () => {
    const logs = new CapturedLogs();
    const running: boolean[] = [];
    const thread = await AnswerThread.start(settings, createLogger({ level: 'info', secrets: [], destination: logs }), {
      workerUrl: new URL('../fixtures/workers/crashing-answer-worker.mjs', import.meta.url),
      onRunning: (up) => running.push(up),
    });
    try {
      expect(await answerOn(thread, 'hello')).toEqual({ status: 200, body: '"ok"' });
      expect((await answerOn(thread, 'crash')).status).toBe(500);
      expect((await answerOn(thread, 'hello')).status).toBe(503);
      expect(running).toEqual([true, false]);
      await expect
        .poll(() => logs.entries.some((entry) => entry.msg === 'answer thread started again'), { timeout: 5000 })
        .toBe(true);
      expect(await answerOn(thread, 'hello')).toEqual({ status: 200, body: '"ok"' });
      expect(running).toEqual([true, false, true]);
    } finally {
      await thread.close();
    }
  });
});

describe('a request the answer thread never answers', () => {
  it('gets a 500 after the deadline, and the thread goes on answering', async () => {
    const logs = new CapturedLogs();
    const thread = await AnswerThread.start(settings, createLogger({ level: 'info', secrets: [], destination: logs }), {
      workerUrl: new URL('../fixtures/workers/crashing-answer-worker.mjs', import.meta.url),
      answerDeadlineMs: 100,
    });
    try {
      expect((await answerOn(thread, 'never')).status).toBe(500);
      expect(logs.entries.map((entry) => [entry.msg, entry.requests])).toContainEqual([
        'the answer thread did not answer in time',
        1,
      ]);
      expect(await answerOn(thread, 'hello')).toEqual({ status: 200, body: '"ok"' });
    } finally {
      await thread.close();
    }
  });
});

describe('an answer thread that cannot load the knowledge', () => {
  it('refuses to start, saying in one line what is wrong with the knowledge', async () => {
    const logger = createLogger({ level: 'silent', secrets: [] });
    await expect(AnswerThread.start({ ...settings, knowledgeDir: '/nonexistent/knowledge' }, logger)).rejects.toThrow(
      /^cannot load the knowledge: \/nonexistent\/knowledge: cannot read the knowledge folder /,
    );
  });
});
