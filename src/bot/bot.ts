import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { SearchIndex } from '../core/search-index.js';
import { AnswerSessions } from './answer-sessions.js';
import { createClient } from './client.js';
import { Cooldown } from './cooldown.js';
import type { BotContext } from './command.js';
import { COMMANDS } from './commands/index.js';
import type { BotConfig } from './config.js';
import { createDispatcher } from './dispatcher.js';
import { watchKnowledge } from './knowledge-watcher.js';

// Buttons under an answer work for 10 minutes (interaction tokens last 15), for this many answers at once.
const ANSWER_BUTTONS_LIFETIME_MS = 10 * 60 * 1000;
const MAX_LIVE_ANSWERS = 5000;

export interface RunningBot {
  client: Client;
  /** Milliseconds from start to ready. */
  readyMs: number;
  /** Answers from this index from now on. */
  replaceIndex(index: SearchIndex): void;
  stop(): Promise<void>;
}

/**
 * Logs in, waits for ready and answers interactions until stopped. Rejects if login fails.
 * With `watchDir`, a change in that knowledge folder swaps in a rebuilt index.
 */
export async function startBot(options: { config: BotConfig; logger: Logger; index: SearchIndex; watchDir?: string }): Promise<RunningBot> {
  const { config, logger } = options;
  const started = performance.now();
  let index = options.index;
  const { limit, windowMs } = config.askLimit;
  const sessions = new AnswerSessions(ANSWER_BUTTONS_LIFETIME_MS, MAX_LIVE_ANSWERS);
  const context: BotContext = { index: () => index, logger, cooldown: limit > 0 ? new Cooldown(limit, windowMs) : undefined, sessions };
  const client = createClient(config, logger);
  const dispatch = createDispatcher(COMMANDS, context);

  client.on(Events.InteractionCreate, (interaction) => void dispatch(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  client.on(Events.Debug, (message) => logger.trace({ detail: message }, 'discord client debug'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw error;
  }
  const watcher = options.watchDir
    ? watchKnowledge(options.watchDir, {
        logger,
        onIndex: (next) => {
          index = next;
        },
      })
    : undefined;
  const readyMs = Math.round(performance.now() - started);
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, passages: index.passages.length, readyMs },
    'ready: answering /ask',
  );
  return {
    client,
    readyMs,
    replaceIndex(next) {
      index = next;
    },
    async stop() {
      watcher?.close();
      sessions.clear();
      await client.destroy();
    },
  };
}
