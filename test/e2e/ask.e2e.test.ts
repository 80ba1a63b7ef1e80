import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { FakeDiscord } from '../fake-discord/fake-discord.js';
import { shippedIndex } from '../helpers.js';
import { type Harness, startHarness, TEST_TOKEN } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const EPHEMERAL = 64;
type Embed = { title: string; url: string; description: string; footer: { text: string } };

describe('/ask through the real discord.js client and a local Discord', () => {
  it('logs ready with the bot user, guild count, passages indexed and time to ready', () => {
    const ready = harness.logs.entries.find((entry) => entry.msg === 'ready: answering /ask');
    expect(ready).toMatchObject({ user: 'citebot', guilds: 1, passages: 14 });
    expect(ready!.readyMs).toBeGreaterThan(0);
  });

  it('answers "who urged restraint" within 3 s with the restraint paragraph, its citation and link', async () => {
    const sent = performance.now();
    const callback = await harness.fake.interact(FakeDiscord.command('ask', { question: 'who urged restraint' }));
    expect(callback.receivedAt - sent).toBeLessThan(3000);
    expect(callback.type).toBe(4);
    const data = callback.data as { embeds: Embed[]; allowed_mentions: { parse: string[] }; flags?: number };
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.flags ?? 0).toBe(0);
    const [embed] = data.embeds;
    expect(embed!.title).toBe('NATO Secretary General Stoltenberg meets Armenian President Sarkisian in Brussels');
    expect(embed!.url).toBe('https://azatutyun.am/a/28336839.html');
    expect(embed!.description).toMatch(
      /^Iran, another regional power, .* \*\*An Iranian Foreign Ministry spokesman said .*“exercise restraint”.*\*\*$/,
    );
    const confidence = answerQuestion(await shippedIndex(), 'who urged restraint').best!.score.toFixed(2);
    expect(embed!.footer.text).toBe(
      `Azatutyun (RFE/RL Armenian Service) · 27 February 2017 · paragraph 7 · confidence ${confidence}`,
    );
  });

  it('answers only the asker when private is true', async () => {
    const callback = await harness.fake.interact(
      FakeDiscord.command('ask', { question: 'who urged restraint', private: true }),
    );
    expect((callback.data as { flags: number }).flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('tells only the asker that the article does not cover an off-topic question, with things it can answer', async () => {
    const callback = await harness.fake.interact(
      FakeDiscord.command('ask', { question: 'What is the weather in Yerevan today?' }),
    );
    const data = callback.data as { content: string; flags: number; allowed_mentions: unknown; embeds?: unknown[] };
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toMatch(
      /^The article does not seem to cover “What is the weather in Yerevan today\?”\.\n\nIt can tell you about, for example:\n• /,
    );
  });

  it('escapes the question when it shows it, and pings nobody', async () => {
    const callback = await harness.fake.interact(
      FakeDiscord.command('ask', { question: '@everyone **bold** <@123456789012345678> pizza' }),
    );
    const data = callback.data as { content: string; allowed_mentions: unknown };
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toContain('@\u200beveryone \\*\\*bold\\*\\* <@\u200b123456789012345678> pizza');
  });

  it('lists the sources with title, publisher, date and link', async () => {
    const callback = await harness.fake.interact(FakeDiscord.command('sources'));
    const data = callback.data as { embeds: Embed[]; allowed_mentions: unknown };
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds[0]!.description).toBe(
      '**[NATO Secretary General Stoltenberg meets Armenian President Sarkisian in Brussels](https://azatutyun.am/a/28336839.html)**\nAzatutyun (RFE/RL Armenian Service) · 27 February 2017 · 14 passages',
    );
  });

  it('logs each interaction with its id, guild, command, latency, outcome and score', async () => {
    const callback = await harness.fake.interact(FakeDiscord.command('ask', { question: 'ceasefire violation' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const line = harness.logs.entries.find(
      (entry) => entry.msg === 'interaction' && entry.interaction === callback.interactionId,
    );
    const { score } = answerQuestion(await shippedIndex(), 'ceasefire violation').best!;
    expect(line).toMatchObject({ guild: '200000000000000001', command: 'ask', outcome: 'answered', score });
    expect(typeof line!.latencyMs).toBe('number');
  });

  it('never writes the token to the logs, even at trace level', () => {
    expect(harness.logs.lines.length).toBeGreaterThan(10);
    for (const part of [TEST_TOKEN, ...TEST_TOKEN.split('.')]) expect(harness.logs.text).not.toContain(part);
    expect(harness.logs.text).toContain('Provided token: [redacted].[redacted].');
  });
});

describe('when a handler fails', () => {
  it('apologises to the asker only, logs the error, and answers the next question', async () => {
    const index = await shippedIndex();
    const broken = Object.create(index, {
      vocabulary: {
        get() {
          throw new Error('simulated failure inside the answer engine');
        },
      },
    });
    harness.bot.replaceIndex(broken);
    try {
      const failed = await harness.fake.interact(FakeDiscord.command('ask', { question: 'who urged restraint' }));
      const data = failed.data as { content: string; flags: number; allowed_mentions: unknown };
      expect(data.content).toBe('Sorry, something went wrong while answering. Please try again in a moment.');
      expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(data.allowed_mentions).toEqual({ parse: [] });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const logged = harness.logs.entries.find(
        (entry) => entry.msg === 'handler failed' && entry.interaction === failed.interactionId,
      );
      expect((logged!.err as { message: string }).message).toBe('simulated failure inside the answer engine');
    } finally {
      harness.bot.replaceIndex(index);
    }
    const next = await harness.fake.interact(FakeDiscord.command('ask', { question: 'who urged restraint' }));
    expect((next.data as { embeds: Embed[] }).embeds[0]!.footer.text).toMatch(/paragraph 7/);
  });
});
