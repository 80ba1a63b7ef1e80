import dotenv from 'dotenv';
import { DEFAULT_KNOWLEDGE_DIR, firstLineOf, KnowledgeError, loadIndex, loadLexicalResources } from '../core/index.js';
import { type RunningBot, startBot } from './bot.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger, secretWiper } from './logger.js';
import { tierUpSooner } from './tier-up.js';

/**
 * `npm start`: the bot, until SIGINT or SIGTERM: the HTTP interactions endpoint when
 * DISCORD_PUBLIC_KEY is set, else the gateway. Setup problems end it with one line and exit code 1.
 */
async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env, 'start');
  const logger = createLogger({ level: config.logLevel, secrets: [config.token] });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  // Signals are handled from the start: a SIGTERM that comes while the bot is still starting (or
  // just as it logs ready) stops it cleanly too.
  let bot: RunningBot | undefined;
  let stopping = false;
  const shutDown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await bot?.stop().catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'));
    logger.flush();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutDown(signal));
  process.once('SIGTERM', (signal) => void shutDown(signal));

  const dir = config.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
  // A knowledge file changed after this, while the bot starts, is reloaded once it is ready.
  const loadStarted = Date.now();
  // In HTTP mode the answer thread holds the knowledge and the lexical tables, and loads them.
  const knowledge = config.mode === 'http' ? { answerThread: { knowledgeDir: dir } } : { index: await loadIndex(dir) };
  // Before ready, so that the first question is answered as fast as any other.
  if (config.mode !== 'http') loadLexicalResources();
  try {
    bot = await startBot({
      config,
      logger,
      watchDir: dir,
      watchSince: loadStarted,
      processMetrics: true,
      ...knowledge,
    });
    tierUpSooner();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'TokenInvalid')
      fail('Discord refused DISCORD_TOKEN: reset the token in Developer Portal → Bot and put the new one in .env');
    if (code === 'EADDRINUSE')
      fail(
        `port ${config.mode === 'http' ? `${config.port} (PORT)` : `${config.metricsPort} (METRICS_PORT)`} is already in use: free it or choose another`,
      );
    if ((error as Error).name === 'GatewayRefusedError' || (error as Error).name === 'AnswerThreadError')
      fail((error as Error).message);
    fail(`could not connect to Discord: ${secretWiper([config.token])(firstLineOf(error))}`);
  }
}

function fail(line: string): never {
  process.stderr.write(`citebot: ${line}\n`);
  process.exit(1);
}

await main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(error.message);
  if (error instanceof KnowledgeError) fail(`cannot load the knowledge: ${error.message}`);
  fail(`unexpected error at start: ${firstLineOf(error)}`);
});
