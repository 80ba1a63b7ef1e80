import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, snowflake } from '../fake-discord/fake-discord.js';
import { BURST_QUESTIONS } from '../fixtures/burst-questions.js';
import { type Harness, startHarness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ env: { LOG_LEVEL: 'info' } });
});
afterAll(async () => {
  await harness?.close();
});

const EPHEMERAL = 64;

describe('a burst of 1,000 /ask interactions', () => {
  it('answers every one exactly once: none twice, none lost', async () => {
    const callbacks = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        harness.fake.interact(FakeDiscord.command('ask', { question: BURST_QUESTIONS[i % BURST_QUESTIONS.length]! }), {
          timeoutMs: 60_000,
        }),
      ),
    );
    const ids = callbacks.map((callback) => callback.interactionId);
    expect(new Set(ids).size).toBe(1000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const perInteraction = new Map<string, number>();
    for (const callback of harness.fake.callbacks)
      perInteraction.set(callback.interactionId, (perInteraction.get(callback.interactionId) ?? 0) + 1);
    expect(ids.filter((id) => perInteraction.get(id) !== 1).map((id) => [id, perInteraction.get(id)])).toEqual([]);
    expect(
      callbacks.every(
        (callback) => (callback.data as { allowed_mentions: { parse: unknown[] } }).allowed_mentions.parse.length === 0,
      ),
    ).toBe(true);
    expect(harness.logs.entries.filter((entry) => (entry.level as number) >= 50)).toEqual([]);
  }, 90_000);
});

describe('the per-user rate limit', () => {
  it('tells a user over 5 asks in 30 s when to try again, only them, and leaves other users alone', async () => {
    const alice = snowflake();
    for (let i = 0; i < 5; i++) {
      const callback = await harness.fake.interact(FakeDiscord.command('ask', { question: 'who urged restraint' }), {
        userId: alice,
      });
      expect((callback.data as { embeds?: unknown[] }).embeds).toHaveLength(1);
    }
    const limited = await harness.fake.interact(FakeDiscord.command('ask', { question: 'who urged restraint' }), {
      userId: alice,
    });
    const data = limited.data as { content: string; flags: number; allowed_mentions: unknown };
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const retryAt = Number(/<t:(\d+):R>/.exec(data.content)?.[1]);
    expect(retryAt * 1000).toBeGreaterThan(Date.now() + 25_000);
    expect(retryAt * 1000).toBeLessThanOrEqual(Date.now() + 31_000);

    const bob = await harness.fake.interact(FakeDiscord.command('ask', { question: 'who urged restraint' }), {
      userId: snowflake(),
    });
    expect((bob.data as { embeds?: unknown[] }).embeds).toHaveLength(1);
  });
});
