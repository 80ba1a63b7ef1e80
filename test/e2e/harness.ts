import { Writable } from 'node:stream';
import { type RunningBot, startBot } from '../../src/bot/bot.js';
import { loadConfig } from '../../src/bot/config.js';
import { createLogger } from '../../src/bot/logger.js';
import type { SearchIndex } from '../../src/core/search-index.js';
import { FakeDiscord, type FakeDiscordOptions } from '../fake-discord/fake-discord.js';
import { shippedIndex } from '../helpers.js';

/** Recognizable, never a real token (and not shaped like one, so secret scanners stay quiet). */
export const TEST_TOKEN = 'citebot-test-token.FAKE.do-not-leak-9f8e7d6c5b4a';

/** Every log line the bot wrote, as text and parsed. */
export class CapturedLogs extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }

  get entries(): Array<Record<string, unknown>> {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  get text(): string {
    return this.lines.join('\n');
  }
}

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  logs: CapturedLogs;
  close(): Promise<void>;
}

/** A fake Discord on a free port and the real bot logged into it, logging at trace level. */
export async function startHarness(
  options: Partial<FakeDiscordOptions> & { index?: SearchIndex; env?: NodeJS.ProcessEnv; watchDir?: string } = {},
): Promise<Harness> {
  const fake = await new FakeDiscord({ token: TEST_TOKEN, ...options }).start();
  const { bot, logs } = await startTestBot(fake, options);
  const harness: Harness = {
    fake,
    bot,
    logs,
    async close() {
      await harness.bot.stop();
      await fake.stop();
    },
  };
  return harness;
}

/** One more copy of the bot against the same fake (in HTTP mode: another endpoint), with its own logs. */
export async function startTestBot(
  fake: FakeDiscord,
  options: {
    index?: SearchIndex;
    env?: NodeJS.ProcessEnv;
    watchDir?: string;
    answerThread?: { knowledgeDir: string };
  } = {},
): Promise<{ bot: RunningBot; logs: CapturedLogs }> {
  const logs = new CapturedLogs();
  const config = loadConfig(
    { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'trace', ...options.env },
    'start',
  );
  const logger = createLogger({ level: config.logLevel, secrets: [config.token], destination: logs });
  const bot = await startBot({
    config,
    logger,
    ...(options.answerThread
      ? { answerThread: options.answerThread }
      : { index: options.index ?? (await shippedIndex()) }),
    ...(options.watchDir ? { watchDir: options.watchDir } : {}),
  });
  return { bot, logs };
}
