import { afterEach, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../src/bot/bot.js';
import { FAKE_GUILD_ID, FakeDiscord, MAX_GUILDS_PER_SHARD, shardOf } from '../fake-discord/fake-discord.js';
import { type CapturedLogs, startTestBot, TEST_TOKEN } from './harness.js';

let fake: FakeDiscord | undefined;
let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  await fake?.stop();
  fake = undefined;
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const identifiedShards = (f: FakeDiscord) =>
  f.identifies.map((identify) => (identify as { shard: [number, number] }).shard);

describe('the fake Discord, like Discord', () => {
  it('refuses an unsharded login past 2,500 guilds with close code 4011, and the bot says so in one line', async () => {
    fake = await new FakeDiscord({ token: TEST_TOKEN, guilds: 3000 }).start();
    const start = startTestBot(fake, { env: { SHARD_COUNT: '1', LOG_LEVEL: 'info' } });
    await expect(start).rejects.toMatchObject({
      name: 'GatewayRefusedError',
      code: 4011,
      message: expect.stringMatching(/^Discord requires sharding/),
    });
    expect(identifiedShards(fake)).toEqual([[0, 1]]);
    expect(fake.guildIds.length).toBeGreaterThan(MAX_GUILDS_PER_SHARD);
  });
});

describe('the sharded gateway', () => {
  it('uses as many shards as Discord recommends, is ready when all are, and holds every guild', async () => {
    fake = await new FakeDiscord({ token: TEST_TOKEN, guilds: 3000, heartbeatIntervalMs: 1000 }).start();
    let logs: CapturedLogs;
    ({ bot, logs } = await startTestBot(fake, { env: { LOG_LEVEL: 'info', METRICS_PORT: '0' } }));
    expect(identifiedShards(fake).sort()).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(fake.connectedShards).toEqual([0, 1, 2]);
    expect(bot.client!.guilds.cache.size).toBe(3000);
    expect(logs.entries.find((entry) => entry.msg === 'ready: answering /ask')).toMatchObject({
      mode: 'gateway',
      guilds: 3000,
      shards: [0, 1, 2],
    });

    const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect([health.status, await health.json()]).toEqual([
      200,
      { status: 'ok', knowledge: true, shards: { 0: true, 1: true, 2: true } },
    ]);
    expect(await (await fetch(`http://127.0.0.1:${bot.port}/metrics`)).text()).toMatch(
      /^citebot_shard_ready\{shard="2"\} 1$/m,
    );

    // An interaction from a guild on each shard is answered.
    for (let shard = 0; shard < 3; shard++) {
      const guild = fake.guildIds.find((id) => shardOf(id, 3) === shard)!;
      const callback = await fake.interact(FakeDiscord.command('ask', { question: 'who urged restraint' }), {
        extra: { guild_id: guild },
      });
      expect(callback.type).toBe(4);
    }
  });

  it('reconnects a dropped shard alone: the others keep their sessions', async () => {
    fake = await new FakeDiscord({ token: TEST_TOKEN, guilds: 3000, heartbeatIntervalMs: 1000 }).start();
    ({ bot } = await startTestBot(fake, { env: { LOG_LEVEL: 'info', METRICS_PORT: '0' } }));
    const dropped = shardOf(FAKE_GUILD_ID, 3);
    fake.dropConnection(4000, dropped);
    await waitFor(() => fake!.resumes.length === 1 && fake!.connectedShards.length === 3);
    expect(fake.identifies).toHaveLength(3);
    await waitFor(() => bot!.metrics.healthy);
    const callback = await fake.interact(FakeDiscord.command('ask', { question: 'who urged restraint' }));
    expect(callback.type).toBe(4);
  });

  it('with SHARD_COUNT and SHARD_IDS, runs only those shards out of the fleet', async () => {
    fake = await new FakeDiscord({ token: TEST_TOKEN, guilds: 4000 }).start();
    ({ bot } = await startTestBot(fake, { env: { LOG_LEVEL: 'info', SHARD_COUNT: '4', SHARD_IDS: '1,3' } }));
    expect(identifiedShards(fake).sort()).toEqual([
      [1, 4],
      [3, 4],
    ]);
    const mine = fake.guildIds.filter((id) => [1, 3].includes(shardOf(id, 4))).length;
    expect(bot.client!.guilds.cache.size).toBe(mine);
    expect(mine).toBe(2000);
  });
});
