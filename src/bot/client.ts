import { Client, GatewayIntentBits, Options } from 'discord.js';
import type { Logger } from 'pino';
import type { BotConfig } from './config.js';
import { DISCORD_LIMITS } from './limits.js';

const REQUEST_TIMEOUT_MS = 2500;
// Waiting longer than this for a first reply cannot beat Discord's 3-second deadline.
const MAX_CALLBACK_WAIT_MS = DISCORD_LIMITS.interactionDeadlineMs;

/**
 * A discord.js client with only what /ask needs: the Guilds intent (no privileged intents), and
 * no caches of messages, members, users, presences or the like, so memory stays flat however
 * many servers the bot is in. Guilds and channels are cached by discord.js regardless.
 * Interactions are read raw from the gateway (see gateway.ts), not through discord.js objects.
 */
export function createClient(config: Pick<BotConfig, 'apiUrl' | 'shards'>, logger: Logger): Client {
  // discord.js reads SHARD_COUNT and SHARDS from the environment itself, over the options below
  // (an empty SHARD_COUNT, as a copied .env.example had it, read as 0 shards and stopped the
  // start): this process's shards come from its config alone.
  delete process.env.SHARD_COUNT;
  delete process.env.SHARDS;
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // As many shards as Discord recommends, or this process's share of a fleet's shards.
    ...(config.shards === 'auto'
      ? { shards: 'auto' as const }
      : { shards: [...config.shards.ids], shardCount: config.shards.count }),
    allowedMentions: { parse: [] },
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl } : {}),
      // A request that hangs this long will miss Discord's 3-second window anyway: give up and
      // retry (up to 3 times) rather than wait the default 15 s.
      timeout: REQUEST_TIMEOUT_MS,
      // Called on every rate limit, including a 429 on an interaction callback, which discord.js
      // otherwise waits out silently: log the wait, and give up on a reply whose wait would
      // outlast the interaction itself.
      rejectOnRateLimit: (limit) => {
        const hopeless = limit.route.startsWith('/interactions') && limit.retryAfter > MAX_CALLBACK_WAIT_MS;
        logger.warn(
          {
            route: limit.route,
            method: limit.method,
            retryAfterMs: limit.retryAfter,
            global: limit.global,
            scope: limit.scope,
            givingUp: hopeless,
          },
          hopeless
            ? 'rate limited past the interaction deadline: not replying'
            : 'rate limited by Discord: waiting before retrying',
        );
        return hopeless;
      },
    },
    makeCache: Options.cacheWithLimits({
      ApplicationCommandManager: 0,
      ApplicationEmojiManager: 0,
      AutoModerationRuleManager: 0,
      BaseGuildEmojiManager: 0,
      DMMessageManager: 0,
      EntitlementManager: 0,
      GuildBanManager: 0,
      GuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildInviteManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      GuildMessageManager: 0,
      GuildScheduledEventManager: 0,
      GuildStickerManager: 0,
      GuildTextThreadManager: 0,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      StageInstanceManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      VoiceStateManager: 0,
    }),
  });
}
