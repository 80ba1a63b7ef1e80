import { DiscordjsError, DiscordjsErrorCodes } from 'discord.js';
import dotenv from 'dotenv';
import { loadIndex, knowledgeDir } from '../core/engine.js';
import { KnowledgeError } from '../core/knowledge.js';
import { startBot } from './bot.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger, secretWiper } from './logger.js';

/** `npm start`: the bot, until SIGINT or SIGTERM. Setup problems end it with one line and exit code 1. */
async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env, 'start');
  const logger = createLogger({ level: config.logLevel, secrets: [config.token] });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  const dir = config.knowledgeDir ?? knowledgeDir();
  const index = await loadIndex(dir);
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot({ config, logger, index, watchDir: dir });
  } catch (error) {
    if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) {
      fail('Discord refused DISCORD_TOKEN: reset the token in Developer Portal → Bot and put the new one in .env');
    }
    fail(`could not connect to Discord: ${secretWiper([config.token])(messageOf(error))}`);
  }

  let stopping = false;
  const shutDown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await bot.stop().catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'));
    logger.flush();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutDown(signal));
  process.once('SIGTERM', (signal) => void shutDown(signal));
}

function fail(line: string): never {
  process.stderr.write(`citebot: ${line}\n`);
  process.exit(1);
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

await main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(error.message);
  if (error instanceof KnowledgeError) fail(`cannot load the knowledge: ${error.message}`);
  fail(`unexpected error at start: ${messageOf(error)}`);
});
