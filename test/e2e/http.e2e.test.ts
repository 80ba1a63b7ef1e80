import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../src/bot/bot.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/core/engine.js';
import {
  applicationKeys,
  FakeDiscord,
  type InteractionCallback,
  postSigned,
  snowflake,
} from '../fake-discord/fake-discord.js';
import { knowledgeSource, VALID_FIELDS } from '../helpers.js';
import { type CapturedLogs, startTestBot, TEST_TOKEN } from './harness.js';

// Two copies of the bot in HTTP mode behind the fake's round robin, as behind a load balancer: the
// first answers on its event loop, the second on its answer thread, as `npm start` does.
const keys = applicationKeys();
const env = { DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: '0', LOG_LEVEL: 'info' };
let fake: FakeDiscord;
let first: RunningBot;
let firstLogs: CapturedLogs;
let second: RunningBot;
const urlOf = (bot: RunningBot) => `http://127.0.0.1:${bot.port}/interactions`;

beforeAll(async () => {
  fake = await new FakeDiscord({ token: TEST_TOKEN }).start();
  ({ bot: first, logs: firstLogs } = await startTestBot(fake, { env }));
  second = (await startTestBot(fake, { env, answerThread: { knowledgeDir: DEFAULT_KNOWLEDGE_DIR } })).bot;
  fake.deliverOverHttp([urlOf(first), urlOf(second)], keys.privateKey);
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await fake?.stop();
});

type Embed = { title: string; description: string; footer: { text: string }; author?: { name: string } };
type Button = { custom_id: string; label: string; disabled: boolean };
type Data = {
  embeds: Embed[];
  components: Array<{ components: Button[] }>;
  content?: string;
  flags?: number;
  allowed_mentions: unknown;
};
const data = (callback: InteractionCallback) => callback.data as unknown as Data;
const paragraphOf = (callback: InteractionCallback) =>
  Number(/paragraph (\d+)/.exec(data(callback).embeds[0]!.footer.text)?.[1]);
const ask = (question: string) => FakeDiscord.command('ask', { question });
/** A signed-ready interaction body with this command data, from a user in a guild. */
const interaction = (commandData: Record<string, unknown>) => JSON.stringify(FakeDiscord.guildInteraction(commandData));

describe('the HTTP interactions endpoint', () => {
  it('opens no gateway connection', () => {
    expect([first.mode, first.client]).toEqual(['http', undefined]);
    expect(fake.identifies).toEqual([]);
  });

  it('answers a signed PING with {"type":1}, on / and on /interactions', async () => {
    expect(await postSigned(`http://127.0.0.1:${first.port}/`, keys.privateKey, '{"type":1}')).toEqual({
      status: 200,
      body: '{"type":1}',
    });
    expect(await postSigned(urlOf(first), keys.privateKey, '{"type":1}')).toEqual({ status: 200, body: '{"type":1}' });
  });

  it('answers /ask in the HTTP response, with its citation and mentions switched off', async () => {
    const callback = await fake.interact(ask('who urged restraint'));
    expect(callback.status).toBe(200);
    expect(callback.type).toBe(4);
    expect(data(callback).allowed_mentions).toEqual({ parse: [] });
    expect(paragraphOf(callback)).toBe(7);
    expect(data(callback).embeds[0]!.author).toEqual({ name: 'Q: who urged restraint' });
  });

  it.each([
    ['no signature', { headers: { 'x-signature-ed25519': '' } }],
    [
      'a signature by another key',
      {
        headers: {
          'x-signature-ed25519': FakeDiscord.signature(
            applicationKeys().privateKey,
            String(Math.floor(Date.now() / 1000)),
            '{"type":1}',
          ),
        },
      },
    ],
    ['a malformed signature', { headers: { 'x-signature-ed25519': 'zz'.repeat(64) } }],
    ['no timestamp', { headers: { 'x-signature-timestamp': '' } }],
    ['a timestamp 6 minutes old', { timestamp: String(Math.floor(Date.now() / 1000) - 360) }],
  ])('refuses a request with %s: 401', async (_case, options) => {
    expect((await postSigned(urlOf(first), keys.privateKey, '{"type":1}', options)).status).toBe(401);
  });

  it('refuses a body signed for another text: 401', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(urlOf(first), {
      method: 'POST',
      headers: {
        'x-signature-ed25519': FakeDiscord.signature(keys.privateKey, timestamp, '{"type":1}'),
        'x-signature-timestamp': timestamp,
      },
      body: '{"type": 1}',
    });
    expect(response.status).toBe(401);
  });

  it('answers a body over 64 KB, bad JSON, a wrong path or method with a 4xx, and keeps serving', async () => {
    expect(
      (await postSigned(urlOf(first), keys.privateKey, JSON.stringify({ type: 1, pad: 'x'.repeat(70_000) }))).status,
    ).toBe(413);
    expect((await postSigned(urlOf(first), keys.privateKey, '{"type":')).status).toBe(400);
    expect((await postSigned(urlOf(first), keys.privateKey, '"just a string"')).status).toBe(400);
    expect((await postSigned(`http://127.0.0.1:${first.port}/elsewhere`, keys.privateKey, '{"type":1}')).status).toBe(
      404,
    );
    const get = await fetch(urlOf(first));
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    expect((await postSigned(urlOf(first), keys.privateKey, '{"type":1}')).status).toBe(200);
  });

  it('refuses a body that grows past 64 KB without saying its length (chunked): 413, and keeps serving', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(urlOf(first), { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write('x'.repeat(8 * 1024));
      req.end();
    });
    expect(status).toBe(413);
    expect((await postSigned(urlOf(first), keys.privateKey, '{"type":1}')).status).toBe(200);
  });

  it('takes a body the client stops sending as the client gone: no error logged, and keeps serving', async () => {
    const socket = connect(first.port!, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST /interactions HTTP/1.1\r\nhost: x\r\ncontent-length: 1000\r\n\r\n{"t');
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await postSigned(urlOf(first), keys.privateKey, '{"type":1}')).status).toBe(200);
    expect(firstLogs.entries.filter((entry) => (entry.level as number) >= 50)).toEqual([]);
  });

  it('serves /healthz (200 with the knowledge loaded) and /metrics on the same port', async () => {
    const health = await fetch(`http://127.0.0.1:${first.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', knowledge: true });
    const threaded = await fetch(`http://127.0.0.1:${second.port}/healthz`);
    expect(await threaded.json()).toEqual({ status: 'ok', knowledge: true, shards: {}, answerThread: true });
    const metrics = await (await fetch(`http://127.0.0.1:${first.port}/metrics`)).text();
    expect(metrics).toMatch(/^citebot_interactions_total\{command="ask",kind="command",outcome="answered"\} [1-9]/m);
    expect(metrics).toMatch(/^citebot_knowledge_passages 14$/m);
    expect(metrics).toMatch(/^citebot_interaction_duration_seconds_bucket\{le="0.005",kind="command"\} \d+/m);
  });
});

describe('buttons served by any copy of the bot', () => {
  it('a click served by the second copy pages through an answer the first one gave', async () => {
    const asker = snowflake();
    const answer = await fake.interact(ask('Is there a military solution to the conflict?'), { userId: asker });
    const seen = [paragraphOf(answer)];
    const endpoints = [answer.endpoint];
    let current = answer;
    while (!data(current).components[0]!.components[0]!.disabled) {
      current = await fake.click(current, data(current).components[0]!.components[0]!.custom_id, { userId: asker });
      expect(current.type).toBe(7);
      seen.push(paragraphOf(current));
      endpoints.push(current.endpoint);
    }
    expect(seen).toEqual([3, 4, 7, 12]);
    expect(new Set(endpoints)).toEqual(new Set([0, 1]));
    const context = await fake.click(current, data(current).components[0]!.components[1]!.custom_id, { userId: asker });
    expect(data(context).embeds[0]!.footer.text).toMatch(/paragraphs 11–13$/);
  });

  it('a click after a restart still works: nothing about the answer lived in the process', async () => {
    const asker = snowflake();
    const answer = await fake.interact(ask('Is there a military solution to the conflict?'), { userId: asker });
    await Promise.all([first.stop(), second.stop()]);
    ({ bot: first, logs: firstLogs } = await startTestBot(fake, { env }));
    second = (await startTestBot(fake, { env, answerThread: { knowledgeDir: DEFAULT_KNOWLEDGE_DIR } })).bot;
    fake.deliverOverHttp([urlOf(first), urlOf(second)], keys.privateKey);
    const next = await fake.click(answer, data(answer).components[0]!.components[0]!.custom_id, { userId: asker });
    expect([next.type, paragraphOf(next)]).toEqual([7, 4]);
  });

  it('a click on an answer older than 10 minutes gets an ephemeral note that it expired', async () => {
    const asker = snowflake();
    const answer = await fake.interact(ask('Is there a military solution to the conflict?'), { userId: asker });
    const message = FakeDiscord.messageOf(answer);
    const old = (BigInt(Date.now() - 11 * 60_000 - 1_420_070_400_000) << 22n).toString();
    const aged = { ...message, interaction_metadata: { ...(message.interaction_metadata as object), id: old } };
    const click = await fake.click(aged, data(answer).components[0]!.components[0]!.custom_id, { userId: asker });
    expect(click.type).toBe(4);
    expect(data(click).flags! & 64).toBe(64);
    expect(data(click).content).toMatch(/^These buttons have expired/);
  });
});

describe('a knowledge folder answered from the answer thread', () => {
  it('answers from a new article, counts it in /metrics, and keeps the old knowledge when a file is broken', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'citebot-http-'));
    await cp(new URL('../../knowledge/', import.meta.url), folder, { recursive: true });
    const { bot, logs } = await startTestBot(fake, {
      env,
      watchDir: folder,
      answerThread: { knowledgeDir: folder },
    });
    const url = urlOf(bot);
    const titleOf = async (question: string) =>
      (
        JSON.parse((await postSigned(url, keys.privateKey, interaction(ask(question)))).body) as {
          data: { embeds?: Array<{ title: string }> };
        }
      ).data.embeds?.[0]?.title;
    const passagesMetric = async () =>
      /^citebot_knowledge_passages (\d+)$/m.exec(
        await (await fetch(`http://127.0.0.1:${bot.port}/metrics`)).text(),
      )?.[1];
    try {
      expect(await passagesMetric()).toBe('14');
      const fields = { ...VALID_FIELDS, title: 'Lake Sevan water levels', url: 'https://example.org/sevan' };
      await writeFile(
        path.join(folder, 'lake-sevan.md'),
        knowledgeSource(fields, [
          'Lake Sevan, the largest lake in the Caucasus, rose by twelve centimetres after a wet spring.',
        ]),
      );
      await expect
        .poll(() => titleOf('How much did Lake Sevan rise?'), { timeout: 5000, interval: 100 })
        .toBe('Lake Sevan water levels');
      expect(await passagesMetric()).toBe('15');

      await writeFile(path.join(folder, 'zz-broken.md'), 'no front matter here');
      await expect
        .poll(
          () =>
            logs.entries.find(
              (entry) => entry.msg === 'knowledge reload failed: still answering from the previous knowledge',
            )?.problem,
          { timeout: 5000 },
        )
        .toMatch(/^zz-broken\.md: no front matter/);
      expect(await titleOf('How much did Lake Sevan rise?')).toBe('Lake Sevan water levels');
      expect(await passagesMetric()).toBe('15');
    } finally {
      await bot.stop();
      await rm(folder, { recursive: true, force: true });
    }
  }, 20_000);
});
