import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { SearchIndex } from '../core/index.js';
import { AnswerThread } from './answer-thread.js';
import { createBotHandler } from './bot-handler.js';
import type { BotConfig } from './config.js';
import { type RunningHttpServer, startHttpServer } from './http-server.js';
import { answeringInline } from './interaction-request.js';
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

/**
 * Starts the bot in the mode its config says and resolves when it is ready: in HTTP mode when
 * the Interactions Endpoint listens, in gateway mode when every shard of this process is ready
 * (rejects if login fails). With `watchDir`, a change in that knowledge folder swaps in a
 * rebuilt index. With `answerThread` (HTTP mode), interactions are answered on a thread of their
 * own, the only holder of the knowledge in that folder (see AnswerThread); else in this thread,
 * from `index`.
 */
export async function startBot(options: {
  config: BotConfig;
  logger: Logger;
  /** The knowledge to answer from on the event loop: needed unless an answer thread answers. */
  index?: SearchIndex;
  watchDir?: string;
  processMetrics?: boolean;
  answerThread?: { knowledgeDir: string };
}): Promise<RunningBot> {
  const { config, logger } = options;
  const started = performance.now();
  const metrics = new BotMetrics({ processMetrics: options.processMetrics ?? false });
  const threaded = config.mode === 'http' && options.answerThread !== undefined;
  if (!options.index && !threaded) throw new Error('startBot: an index is needed unless an answer thread answers');
  let index = options.index!;
  const replaceIndex = (next: SearchIndex, reloaded: boolean) => {
    index = next;
    metrics.knowledge(next.passages.length, reloaded);
  };
  if (!threaded) replaceIndex(index, false);
  // Made only where this thread answers: an answer thread has a handler of its own.
  const eventLoopHandler = () => createBotHandler(() => index, config.askLimit);
  let thread: AnswerThread | undefined;

  let server: RunningHttpServer | undefined;
  let stopGateway: (() => Promise<void>) | undefined;
  let client: Client | undefined;
  let readyFields: Record<string, unknown>;
  if (config.mode === 'http') {
    if (options.answerThread) {
      thread = await AnswerThread.start(
        { knowledgeDir: options.answerThread.knowledgeDir, askLimit: config.askLimit },
        logger,
        { onRunning: (running) => metrics.answerThread(running) },
      );
      metrics.knowledge(thread.passages, false);
    }
    try {
      server = await startHttpServer({
        port: config.port,
        logger,
        metrics,
        interactions: {
          publicKey: publicKeyFromHex(config.publicKey!),
          answer: thread ? thread.answer : answeringInline(eventLoopHandler()),
        },
      });
    } catch (error) {
      await thread?.close();
      throw error;
    }
    readyFields = { mode: 'http', port: server.port };
  } else {
    if (config.metricsPort !== undefined) server = await startHttpServer({ port: config.metricsPort, logger, metrics });
    // Loaded only here: the HTTP mode never loads discord.js.
    const { connectGateway } = await import('./gateway.js');
    try {
      const gateway = await connectGateway({ config, logger, metrics, handle: eventLoopHandler() });
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

  const answerThread = thread;
  const watchDir = options.watchDir;
  const reload = async (): Promise<Reload> => {
    if (!answerThread) return reloadIndex(watchDir!, (next) => replaceIndex(next, true));
    const result = await answerThread.reload();
    if ('passages' in result) metrics.knowledge(result.passages, true);
    return result;
  };
  const watcher = watchDir
    ? watchKnowledge(watchDir, { logger, reload, onFailure: () => metrics.knowledgeReloadFailed() })
    : undefined;
  const readyMs = Math.round(performance.now() - started);
  const passages = answerThread ? answerThread.passages : index.passages.length;
  logger.info({ ...readyFields, passages, readyMs }, 'ready: answering /ask');
  return {
    mode: config.mode,
    client,
    port: server?.port,
    metrics,
    readyMs,
    replaceIndex: (next) => replaceIndex(next, false),
    async stop() {
      watcher?.close();
      await Promise.all([server?.close(), stopGateway?.()]);
      await thread?.close();
    },
  };
}
