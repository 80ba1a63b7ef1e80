import { type Client, DiscordAPIError, Events, GatewayDispatchEvents, RateLimitError, Routes } from 'discord.js';
import type { APIInteraction } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import { createClient } from './client.js';
import type { BotConfig } from './config.js';
import type { HandledInteraction } from './handle-interaction.js';
import { SHUTDOWN_GRACE_MS } from './http-server.js';
import { interactionFields, recordInteraction } from './interaction-log.js';
import type { BotMetrics } from './metrics.js';

// Discord's answers to a reply that came too late or twice: nothing left to do but note it.
const UNKNOWN_INTERACTION = 10062;
const ALREADY_ACKNOWLEDGED = 40060;

/**
 * What a failed reply's log line says of the error. Not the error itself: discord.js's REST errors
 * carry the callback's URL, whose path holds the interaction token (it can post as the bot for
 * 15 minutes), and the request body, which holds the asker's question and ephemeral answer.
 */
function replyError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { status, code, method } = error as { status?: unknown; code?: unknown; method?: unknown };
  return {
    type: error.name,
    message: error.message,
    ...(code !== undefined ? { code } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(method !== undefined ? { method } : {}),
  };
}

export interface GatewayConnection {
  client: Client;
  /** The shard ids this process runs. */
  shardIds: readonly number[];
  stop(): Promise<void>;
}

/**
 * The gateway transport: logs in with discord.js (every shard of this process), takes each
 * INTERACTION_CREATE as its raw payload, hands it to the handler layer and delivers the response
 * through Discord's REST callback. Resolves once every shard of this process is ready; rejects if
 * login fails. A shard that drops reconnects (resumes or identifies again) on its own.
 */
export async function connectGateway(options: {
  config: BotConfig;
  logger: Logger;
  metrics: BotMetrics;
  handle: (interaction: APIInteraction) => HandledInteraction;
}): Promise<GatewayConnection> {
  const { config, logger, metrics, handle } = options;
  const client = createClient(config, logger);

  async function serve(interaction: APIInteraction): Promise<void> {
    const started = performance.now();
    const handled = handle(interaction);
    try {
      await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: handled.response,
        auth: false,
      });
      recordInteraction(logger, metrics, interaction, handled, started);
    } catch (error) {
      const fields = interactionFields(interaction, handled, started);
      metrics.interaction({ ...handled, outcome: 'failed' }, fields.latencyMs / 1000);
      if (error instanceof RateLimitError) {
        logger.warn(
          { ...fields, retryAfterMs: error.retryAfter },
          'reply dropped: rate limited past the interaction deadline',
        );
      } else if (
        error instanceof DiscordAPIError &&
        (error.code === UNKNOWN_INTERACTION || error.code === ALREADY_ACKNOWLEDGED)
      ) {
        logger.warn(
          { ...fields, code: error.code, err: replyError(error) },
          'reply refused: interaction expired or already answered',
        );
      } else {
        logger.error({ ...fields, err: replyError(error) }, 'reply failed: Discord did not take the response');
      }
    }
  }

  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction) => {
    // Once stopping, a new interaction is left unanswered: Discord tells the user, and nothing half-done remains.
    if (stopping) return;
    const serving = serve(interaction).finally(() => inFlight.delete(serving));
    inFlight.add(serving);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  client.on(Events.Debug, (message) => logger.trace({ detail: message }, 'discord client debug'));
  client.on(Events.ShardReady, (shard) => {
    metrics.shard(shard, true);
    logger.debug({ shard }, 'gateway shard ready');
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    metrics.shard(shard, true);
    logger.info({ shard, replayed }, 'gateway session resumed');
  });
  client.on(Events.ShardReconnecting, (shard) => {
    metrics.shard(shard, false);
    logger.info({ shard }, 'gateway reconnecting');
  });
  client.on(Events.ShardDisconnect, (event, shard) => {
    metrics.shard(shard, false);
    logger.warn({ shard, code: event.code }, 'gateway disconnected');
  });

  let failed: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    failed = reject;
    client.once(Events.ClientReady, () => resolve());
  });
  // A shard Discord will not take back (bad token, sharding required, bad shard): starting cannot succeed.
  client.on(Events.ShardDisconnect, (event, shard) => failed(new GatewayRefusedError(event.code, shard)));
  try {
    await Promise.all([client.login(config.token), ready]);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw error;
  }
  const shardIds = client.options.shards as number[];
  for (const id of shardIds) metrics.shard(id, true);
  return {
    client,
    shardIds,
    async stop() {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise((resolve) => (timer = setTimeout(resolve, SHUTDOWN_GRACE_MS)));
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      clearTimeout(timer);
      await client.destroy();
    },
  };
}

/** Discord closed a shard for good at start: the code says why. */
export class GatewayRefusedError extends Error {
  constructor(
    readonly code: number,
    readonly shard: number,
  ) {
    super(GATEWAY_REFUSALS[code] ?? `Discord closed the gateway connection of shard ${shard} with code ${code}`);
    this.name = 'GatewayRefusedError';
  }
}

const GATEWAY_REFUSALS: Record<number, string> = {
  4004: 'Discord refused DISCORD_TOKEN: reset the token in Developer Portal → Bot and put the new one in .env',
  4010: 'Discord refused the shard: SHARD_IDS must all be below SHARD_COUNT',
  4011: 'Discord requires sharding (the bot is in too many servers for one shard): unset SHARD_COUNT to use the recommended count, or raise it',
  4013: 'Discord refused the gateway intents',
  4014: 'Discord refused a privileged intent: the bot needs none, check the Developer Portal → Bot settings',
};
