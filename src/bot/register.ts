import { DiscordAPIError, RateLimitError, REST, Routes } from 'discord.js';
import dotenv from 'dotenv';
import { firstLineOf } from '../core/index.js';
import { COMMANDS } from './commands/index.js';
import { ConfigError, loadConfig } from './config.js';
import { secretWiper } from './logger.js';

/**
 * `npm run register`: replaces the bot's slash commands with COMMANDS in one bulk overwrite,
 * in one server (DISCORD_GUILD_ID: instant, for testing) or globally. Running it again with
 * the same commands changes nothing.
 */
async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env, 'register');
  const rest = new REST({
    ...(config.apiUrl ? { api: config.apiUrl } : {}),
    // Discord's daily limit on creating commands can ask for a wait of hours: say so, do not hang.
    rejectOnRateLimit: () => true,
    timeout: REQUEST_TIMEOUT_MS,
    retries: 1,
  }).setToken(config.token);
  const body = COMMANDS.map((command) => command.data);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId!, config.guildId)
    : Routes.applicationCommands(config.clientId!);
  const registered = await rest.put(route, { body });
  if (!Array.isArray(registered)) throw new Error('Discord answered with something other than the commands');
  const where = config.guildId
    ? `in server ${config.guildId} (available now)`
    : 'globally (may take up to an hour to appear)';
  process.stdout.write(
    `Registered ${registered.length} commands ${where}: ${(registered as Array<{ name: string }>).map((c) => `/${c.name}`).join(', ')}\n`,
  );
}

const REQUEST_TIMEOUT_MS = 15_000;

/** What went wrong, in words that say what to do. */
function problemOf(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof RateLimitError)
    return `Discord is rate limiting command registration: try again in ${Math.max(1, Math.round(error.retryAfter / 1000))} s`;
  if (error instanceof DiscordAPIError && error.status === 401)
    return 'Discord refused DISCORD_TOKEN: reset the token in Developer Portal → Bot and put the new one in .env';
  if (error instanceof Error && error.name === 'AbortError')
    return `could not register the commands: Discord did not answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  return `could not register the commands: ${firstLineOf(error)}`;
}

await main().catch((error: unknown) => {
  const message = problemOf(error);
  process.stderr.write(`citebot: ${secretWiper([process.env.DISCORD_TOKEN?.trim()])(message)}\n`);
  process.exit(1);
});
