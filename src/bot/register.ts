import { REST, Routes } from 'discord.js';
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
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const body = COMMANDS.map((command) => command.data);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId!, config.guildId)
    : Routes.applicationCommands(config.clientId!);
  const registered = (await rest.put(route, { body })) as Array<{ name: string }>;
  const where = config.guildId
    ? `in server ${config.guildId} (available now)`
    : 'globally (may take up to an hour to appear)';
  process.stdout.write(
    `Registered ${registered.length} commands ${where}: ${registered.map((c) => `/${c.name}`).join(', ')}\n`,
  );
}

await main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.message : `could not register the commands: ${firstLineOf(error)}`;
  process.stderr.write(`citebot: ${secretWiper([process.env.DISCORD_TOKEN?.trim()])(message)}\n`);
  process.exit(1);
});
