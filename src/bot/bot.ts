import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { SearchIndex } from '../core/index.js';
import { AnswerThread } from './answer-thread.js';
import { createBotHandler } from './bot-handler.js';
import type { BotConfig } from './config.js';
import { type RunningHttpServer, startHttpServer } from './http-server.js';
import { answeringInline, type RequestAnswerer } from './interaction-request.js';
import { type Reload, reloadIndex, watchKnowledge } from './knowledge-watcher.js';
import { BotMetrics } from './metrics.js';
import { publicKeyFromHex } from './signature.js';

export interface RunningBot {
  mode: BotConfig['mode'];
  /** The discord.js client (gateway mode only). */
  client: Client | undefined;
  /** The port of the HTTP server: interactions in HTTP mode, else health and metrics; undefined when none runs. */
  port: number | undefined;
  metrics: BotMetrics;
  /** Milliseconds from start to ready. */
  readyMs: number;
  /** Answers from this index from now on (on the event loop; an answer thread answers from its knowledge folder). */
  replaceIndex(index: SearchIndex): void;
  /** Stops taking interactions, lets those in flight finish (at most 2 s), disconnects. */
  stop(): Promise<void>;
}

/** Where the answers come from: an index on this thread, or (HTTP mode) an answer thread that loads its own. */
type AnswerSource =
  | { index: SearchIndex; answerThread?: undefined }
  | { answerThread: { knowledgeDir: string }; index?: undefined };

/**
 * Starts the bot in the mode its config says and resolves when it is ready: in HTTP mode when
 * the Interactions Endpoint listens, in gateway mode when every shard of this process is ready
 * (rejects if login fails). With `watchDir`, a change in that knowledge folder swaps in a
 * rebuilt index. With `answerThread` (HTTP mode), interactions are answered on a thread of their
 * own, the only holder of the knowledge in that folder (see AnswerThread); else in this thread,
 * from `index`.
 */
export async function startBot(
  options: {
    config: BotConfig;
    logger: Logger;
    watchDir?: string;
    /** When the knowledge began to load (ms): a change to `watchDir` since then is reloaded once ready. */
    watchSince?: number;
    processMetrics?: boolean;
  } & AnswerSource,
): Promise<RunningBot> {
  const { config, logger } = options;
  const started = performance.now();
  const metrics = new BotMetrics({ processMetrics: options.processMetrics ?? false });
  let answering: Answering;

  let server: RunningHttpServer | undefined;
  let stopGateway: (() => Promise<void>) | undefined;
  let client: Client | undefined;
  let readyFields: Record<string, unknown>;
  if (config.mode === 'http') {
    let answer: RequestAnswerer;
    if (options.answerThread) {
      const thread = await AnswerThread.start(
        { knowledgeDir: options.answerThread.knowledgeDir, askLimit: config.askLimit },
        logger,
        { onRunning: (running) => metrics.answerThread(running) },
      );
      answering = threadAnswering(thread, metrics);
      answer = thread.answer;
    } else {
      const inline = inlineAnswering(options.index, config.askLimit, metrics);
      answering = inline;
      answer = answeringInline(inline.handler());
    }
    try {
      server = await startHttpServer({
        port: config.port,
        logger,
        metrics,
        interactions: { publicKey: publicKeyFromHex(config.publicKey!), answer },
      });
    } catch (error) {
      await answering.close();
      throw error;
    }
    readyFields = { mode: 'http', port: server.port };
  } else {
    if (options.answerThread) throw new Error('startBot: an answer thread answers only in HTTP mode');
    const inline = inlineAnswering(options.index, config.askLimit, metrics);
    answering = inline;
    if (config.metricsPort !== undefined) server = await startHttpServer({ port: config.metricsPort, logger, metrics });
    // Loaded only here: the HTTP mode never loads discord.js.
    const { connectGateway } = await import('./gateway.js');
    try {
      const gateway = await connectGateway({ config, logger, metrics, handle: inline.handler() });
      client = gateway.client;
      stopGateway = gateway.stop;
      readyFields = {
        mode: 'gateway',
        user: client.user?.tag,
        guilds: client.guilds.cache.size,
        shards: gateway.shardIds,
        ...(server ? { metricsPort: server.port } : {}),
      };
    } catch (error) {
      await server?.close();
      throw error;
    }
  }
  metrics.started();

  const knowledge = answering;
  const watchDir = options.watchDir;
  const watcher = watchDir
    ? watchKnowledge(watchDir, {
        logger,
        reload: () => knowledge.reload(watchDir),
        onFailure: () => metrics.knowledgeReloadFailed(),
        ...(options.watchSince !== undefined ? { since: options.watchSince } : {}),
      })
    : undefined;
  const readyMs = Math.round(performance.now() - started);
  logger.info({ ...readyFields, passages: knowledge.passages(), readyMs }, 'ready: answering /ask');
  return {
    mode: config.mode,
    client,
    port: server?.port,
    metrics,
    readyMs,
    replaceIndex: (next) => knowledge.replace?.(next),
    async stop() {
      watcher?.close();
      await Promise.all([server?.close(), stopGateway?.()]);
      await knowledge.close();
    },
  };
}

/** What holds the knowledge the bot answers from, and reloads it when its folder changes. */
interface Answering {
  reload(dir: string): Promise<Reload>;
  passages(): number;
  /** Answers from this index from now on; only where this thread answers. */
  replace?(next: SearchIndex): void;
  close(): Promise<void>;
}

/** Answering on this thread, from an index that a change in the knowledge folder replaces. */
function inlineAnswering(
  first: SearchIndex,
  askLimit: BotConfig['askLimit'],
  metrics: BotMetrics,
): Answering & { handler(): ReturnType<typeof createBotHandler> } {
  let index = first;
  const replace = (next: SearchIndex, reloaded: boolean) => {
    index = next;
    metrics.knowledge(next.passages.length, reloaded);
  };
  replace(first, false);
  return {
    handler: () => createBotHandler(() => index, askLimit),
    reload: (dir) => reloadIndex(dir, (next) => replace(next, true)),
    passages: () => index.passages.length,
    replace: (next) => replace(next, false),
    close: async () => {},
  };
}

/** Answering on an answer thread, the only holder of the knowledge (HTTP mode). */
function threadAnswering(thread: AnswerThread, metrics: BotMetrics): Answering {
  metrics.knowledge(thread.passages, false);
  return {
    async reload() {
      const result = await thread.reload();
      if ('passages' in result) metrics.knowledge(result.passages, true);
      return result;
    },
    passages: () => thread.passages,
    close: () => thread.close(),
  };
}
