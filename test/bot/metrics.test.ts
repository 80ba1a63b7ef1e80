import { describe, expect, it } from 'vitest';
import { createBotHandler } from '../../src/bot/bot-handler.js';
import { BotMetrics } from '../../src/bot/metrics.js';
import { FakeDiscord } from '../fake-discord/fake-discord.js';
import { shippedIndex } from '../helpers.js';

describe('/healthz', () => {
  it('is unhealthy until the knowledge is loaded and the transport has started', () => {
    const metrics = new BotMetrics({ processMetrics: false });
    expect(metrics.healthy).toBe(false);
    metrics.knowledge(14, false);
    expect(metrics.healthy).toBe(false);
    metrics.started();
    expect(metrics.health()).toEqual({ status: 'ok', knowledge: true, shards: {} });
  });

  it('is unhealthy while any shard of this process is not ready, and healthy again once it is', () => {
    const metrics = new BotMetrics({ processMetrics: false });
    metrics.knowledge(14, false);
    metrics.started();
    metrics.shard(0, true);
    metrics.shard(1, false);
    expect(metrics.health()).toEqual({ status: 'unavailable', knowledge: true, shards: { 0: true, 1: false } });
    metrics.shard(1, true);
    expect(metrics.healthy).toBe(true);
  });
});

describe('/metrics', () => {
  it('counts interactions by command, kind and outcome, knowledge reloads and failures, and shard status', async () => {
    const metrics = new BotMetrics({ processMetrics: false });
    metrics.knowledge(14, false);
    metrics.knowledge(15, true);
    metrics.knowledgeReloadFailed();
    metrics.interaction({ command: 'ask', kind: 'command', outcome: 'answered' }, 0.002);
    metrics.interaction({ command: 'made-up', kind: 'command', outcome: 'unknown' }, 0.001);
    metrics.shard(3, false);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^citebot_interactions_total\{command="ask",kind="command",outcome="answered"\} 1$/m);
    // A command name from the payload that the bot does not know never becomes a label value.
    expect(text).not.toContain('made-up');
    expect(text).toMatch(/^citebot_interactions_total\{command="unknown",kind="command",outcome="unknown"\} 1$/m);
    expect(text).toMatch(/^citebot_knowledge_passages 15$/m);
    expect(text).toMatch(/^citebot_knowledge_reloads_total 1$/m);
    expect(text).toMatch(/^citebot_knowledge_reload_failures_total 1$/m);
    expect(text).toMatch(/^citebot_shard_ready\{shard="3"\} 0$/m);
    expect(text).toMatch(/^citebot_interaction_duration_seconds_count\{kind="command"\} 2$/m);
  });
});

describe('command names from the payload', () => {
  it("reach logs and metric labels only when they are the bot's own, whatever the interaction type", async () => {
    const index = await shippedIndex();
    const handle = createBotHandler(() => index, { limit: 0, windowMs: 1000 });
    const metrics = new BotMetrics({ processMetrics: false });
    const made = `made-up-${'x'.repeat(1000)}`;
    const interactions = [
      { ...FakeDiscord.guildInteraction({ name: made }), type: 1 },
      FakeDiscord.guildInteraction({ ...FakeDiscord.command('ask', { question: 'hi' }), name: made }),
      FakeDiscord.guildInteraction(FakeDiscord.command('ask', { question: 'who urged restraint' })),
    ];
    const handled = interactions.map((interaction) => handle(interaction as never));
    expect(handled.map(({ command, kind, outcome }) => [command, kind, outcome])).toEqual([
      ['', 'ping', 'answered'],
      ['', 'command', 'unknown'],
      ['ask', 'command', 'answered'],
    ]);
    for (const one of handled) metrics.interaction(one, 0.001);
    expect(await metrics.registry.metrics()).not.toContain('made-up');
  });
});
