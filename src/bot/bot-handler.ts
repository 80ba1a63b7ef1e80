import type { APIInteraction } from 'discord-api-types/v10';
import type { SearchIndex } from '../core/index.js';
import { COMMANDS } from './commands/index.js';
import { createInteractionHandler, type HandledInteraction } from './handle-interaction.js';
import { SlidingWindowRateLimiter } from './rate-limiter.js';

/**
 * The bot's handler, wherever it runs (the event loop or the answer thread): its commands,
 * answering from whatever index `index()` gives now, with the per-user `/ask` limit (0: none).
 */
export function createBotHandler(
  index: () => SearchIndex,
  askLimit: { limit: number; windowMs: number },
): (interaction: APIInteraction) => HandledInteraction {
  const { limit, windowMs } = askLimit;
  return createInteractionHandler(COMMANDS, {
    index,
    rateLimiter: limit > 0 ? new SlidingWindowRateLimiter(limit, windowMs) : undefined,
    now: Date.now,
  });
}
